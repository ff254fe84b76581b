package org.sitrep.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.app.Io;

/** Where a query command writes: standard output, or the file of {@code --out}. */
final class Output {
    private Output() {
    }

    /** A UTF-8 writer; closing it closes a file and only flushes standard output. */
    static PrintWriter open(Io io, Path out) throws IOException {
        OutputStream stream = out == null ? new NonClosing(io.out()) : Files.newOutputStream(out);
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
