package org.sitrep.app.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Reads a whole source, refusing it once it exceeds the size limit rather than filling the heap. */
public final class BoundedRead {
    private BoundedRead() {
    }

    public static byte[] readAll(Source source, long maxBytes) throws InputProblem {
        if (source.size() > maxBytes) {
            throw tooLarge(source.name(), source.size(), maxBytes);
        }
        try (InputStream in = source.open()) {
            byte[] bytes = readUpTo(in, maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(source.name(), -1, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(source.name(), e);
        }
    }

    /** At most {@code limit} bytes, so that an endless stream cannot exhaust memory. */
    static byte[] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    /** @param size the full size when known, else -1 */
    public static InputProblem tooLarge(String where, long size, long maxBytes) {
        String found = size >= 0 ? ByteSize.format(size) : "over " + ByteSize.format(maxBytes);
        return new InputProblem(where, "too large (" + found + ", limit " + ByteSize.format(maxBytes)
                + "; see --max-bytes)");
    }

    /** The reason in the words of the file system, without Java's exception names. */
    public static InputProblem unreadable(String where, IOException e) {
        String reason = reason(e);
        return new InputProblem(where, e instanceof NoSuchFileException ? reason : "cannot read (" + reason + ")");
    }

    /** "no such file or directory", "permission denied", or the system's own words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
