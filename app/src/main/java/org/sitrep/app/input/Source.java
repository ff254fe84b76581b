package org.sitrep.app.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input: a file or standard input.
 *
 * @param name      how messages name it: the path as the user wrote it (or reached it in a directory)
 * @param defaultId the article id when the input gives none: the file name without extension
 * @param size      the size in bytes, or -1 when it is only known after reading (standard input)
 * @param opener    opens the bytes; standard input can be opened only once
 */
public record Source(String name, String defaultId, long size, Opener opener) {

    /** Opens the bytes of a source. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file; its size is read now so that an oversized file is refused before any byte is read. */
    public static Source file(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String id = dot > 0 ? fileName.substring(0, dot) : fileName;
        return new Source(path.toString(), id, Files.size(path), () -> Files.newInputStream(path));
    }

    public static Source stream(String name, String defaultId, InputStream in) {
        return new Source(name, defaultId, -1, () -> in);
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The name of record {@code line} of this source, as messages show it. */
    public String line(long line) {
        return name + ":" + line;
    }
}
