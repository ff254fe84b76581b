package org.sitrep.app;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run of the program talks to. Passed in rather than taken from {@link System}, so tests run
 * the whole command line in-process with their own streams and environment.
 *
 * @param in   standard input
 * @param out  standard output, written as raw UTF-8 bytes
 * @param err  standard error, for messages
 * @param env  environment variables ({@code SITREP_HOME})
 * @param home the user's home directory, or null
 */
public record Io(InputStream in, OutputStream out, PrintWriter err, Map<String, String> env, Path home) {

    /**
     * The process's own streams. Output goes through the file descriptors rather than
     * {@code System.out}, whose PrintStream would re-encode in the platform charset and hide write errors.
     */
    public static Io system() {
        String home = System.getProperty("user.home");
        return new Io(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                        StandardCharsets.UTF_8), true),
                System.getenv(), home == null ? null : Path.of(home));
    }
}
