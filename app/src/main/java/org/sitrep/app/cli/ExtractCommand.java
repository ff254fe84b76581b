package org.sitrep.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
        return BatchRun.run(main.io(), main.debug(), reading, paths, out,
                explain ? ExtractRun.Mode.EXPLAIN : ExtractRun.Mode.EVENTS);
    }
}
