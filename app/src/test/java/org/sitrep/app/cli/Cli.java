package org.sitrep.app.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitrep.app.Io;
import org.sitrep.app.Main;

/** Runs the whole command line in-process with captured streams. */
final class Cli {
    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    /** @param home stands in for the user's home directory, so a real ~/.sitrep never leaks into a test */
    static Result run(Path home, byte[] stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream(stdin), out, new PrintWriter(err, true), env, home);
        int code = Main.run(io, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    static Result run(Path home, String... args) {
        return run(home, new byte[0], Map.of(), args);
    }
}
