package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ErrorHandlersTest {

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Option(names = "--debug")
        boolean debug;

        @Override
        public void run() {
            throw new IllegalStateException("the index is\nin a bad state");
        }
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Boom());
        cl.setErr(new PrintWriter(err, true));
        ErrorHandlers handlers = new ErrorHandlers();
        cl.setExecutionExceptionHandler(handlers);
        cl.setParameterExceptionHandler(handlers);
        assertThat(cl.execute(args)).isEqualTo(args.length > 0 && args[0].equals("--nope") ? 2 : 1);
        return err.toString();
    }

    @Test
    void aBugIsOneLineWithoutDebug() {
        assertThat(run().lines().toList()).containsExactly("sitrep: internal error (IllegalStateException: the index"
                + " is in a bad state); run with --debug for details");
    }

    @Test
    void withDebugTheStackTraceFollows() {
        String err = run("--debug");
        assertThat(err).startsWith("sitrep: internal error (IllegalStateException: the index is in a bad state)\n")
                .contains("\tat org.sitrep.app.cli.ErrorHandlersTest$Boom.run");
    }

    @Test
    void aBadCommandLineIsOneLine() {
        assertThat(run("--nope").lines().toList())
                .containsExactly("sitrep: Unknown option: '--nope' (see 'boom --help')");
    }
}
