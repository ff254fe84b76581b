package org.sitrep.app.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that each line is decoded (and its bad
 * bytes reported) on its own, and a line over the size limit is skipped without being held in memory.
 */
final class LineSplitter {
    /** A line without its line terminator; {@code bytes} is null when it was over the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLine;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long number;
    private long total;

    /**
     * @param in read in blocks; {@code read} returns what is available, so a slow pipe's lines
     *           come through as they arrive
     */
    LineSplitter(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        current.reset();
        long length = 0;
        boolean ended = false;
        while (!ended) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            int newline = indexOfNewline();
            int end = newline >= 0 ? newline : limit;
            int take = end - position;
            if (length + take <= maxLine) {
                current.write(buffer, position, take);
            }
            length += take;
            total += take + (newline >= 0 ? 1 : 0);
            position = newline >= 0 ? newline + 1 : limit;
            ended = newline >= 0;
        }
        number++;
        return length > maxLine ? new Line(number, null, length) : new Line(number, withoutCr(current.toByteArray()), length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] withoutCr(byte[] bytes) {
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }

    /** Bytes consumed so far. */
    long total() {
        return total;
    }
}
