package org.sitrep.app.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

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
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long number;
    private long total;

    /** @param in a buffered stream: it is read one byte at a time */
    LineSplitter(InputStream in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        current.reset();
        long length = 0;
        int b;
        while ((b = in.read()) >= 0) {
            total++;
            if (b == '\n') {
                break;
            }
            if (++length <= maxLine) {
                current.write(b);
            }
        }
        if (b < 0 && length == 0) {
            return null;
        }
        number++;
        if (length > maxLine) {
            return new Line(number, null, length);
        }
        byte[] bytes = current.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(number, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end), length);
    }

    /** Bytes consumed so far. */
    long total() {
        return total;
    }
}
