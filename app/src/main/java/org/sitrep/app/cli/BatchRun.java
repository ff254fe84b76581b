package org.sitrep.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.input.BoundedRead;
import org.sitrep.app.input.Input;
import org.sitrep.app.input.InputPaths;
import org.sitrep.app.input.Readers;
import org.sitrep.app.output.JsonLinesWriter;

/**
 * What {@code extract} and {@code places} share: read every input, run the engine over each article in
 * the given mode, write one JSON line per article to standard output or {@code --out}, and report each
 * bad input on its own line while the others go on.
 */
final class BatchRun {

    private BatchRun() {
    }

    /** @return the exit code: 1 when any input failed or the output could not be written */
    static int run(Io io, boolean debug, ReadingOptions reading, List<String> paths, Path out, ExtractRun.Mode mode) {
        Reporter reporter = new Reporter(io.err(), debug);
        EngineFactory.Settings settings = reading.settings(io);
        try (JsonLinesWriter writer = openOutput(io, out, reporter)) {
            if (writer == null) {
                return 1;
            }
            ExtractRun run = new ExtractRun(EngineFactory.userData(settings), writer, reporter, reading.published, mode);
            InputPaths inputs = new InputPaths(new Readers(reading.maxBytes), io.in(), out);
            for (String path : paths) {
                for (Input input : inputs.expand(path)) {
                    run.process(input);
                }
            }
            run.finish();
        } catch (SetupProblem e) {
            reporter.fatal(e.getMessage());
        } catch (ExtractRun.SetupFailed e) {
            reporter.fatal(e.getMessage());
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (out == null && isBrokenPipe(cause)) {
                // The reader went away (sitrep extract ... | head): the user knows, so no message.
                return 1;
            }
            reporter.fatal("cannot write " + (out == null ? "to standard output" : out.toString())
                    + " (" + BoundedRead.reason(cause) + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }

    private static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }

    /** Standard output, or the --out file; null (after reporting) when the file cannot be created. */
    private static JsonLinesWriter openOutput(Io io, Path out, Reporter reporter) {
        if (out == null) {
            return new JsonLinesWriter(io.out(), false);
        }
        try {
            return new JsonLinesWriter(Files.newOutputStream(out), true);
        } catch (IOException e) {
            reporter.fatal("--out " + out + ": cannot write (" + BoundedRead.reason(e) + ")");
            return null;
        }
    }
}
