package org.sitrep.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.input.BoundedRead;
import org.sitrep.app.input.Input;
import org.sitrep.app.input.InputPaths;
import org.sitrep.app.input.Readers;
import org.sitrep.app.output.JsonLinesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep extract PATH...}: one JSON line of events and claims per article read. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads articles and writes one JSON line per article: its events and the claims about them.",
            "Inputs: .txt (first line the title), .html/.htm (a saved page), .json (an article object or an array"
                    + " of them), .jsonl (one object per line), directories (recursively), - (standard input).",
            "A bad input is reported on one line and skipped; the exit code is then 1."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--explain", description = "Instead of the events, write every candidate event of each article with"
            + " the scorer's probability, the features it weighed and the frames (words) it was read from.")
    boolean explain;




    @Mixin
    ReadingOptions reading;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        EngineFactory.Settings settings = reading.settings(io);
        try (JsonLinesWriter writer = openOutput(io, reporter)) {
            if (writer == null) {
                return 1;
            }
            ExtractRun run = new ExtractRun(EngineFactory.userData(settings), writer, reporter, reading.published,
                    explain ? ExtractRun.Mode.EXPLAIN : ExtractRun.Mode.EVENTS);
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
    private JsonLinesWriter openOutput(Io io, Reporter reporter) {
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
