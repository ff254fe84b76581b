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

/** {@code sitrep places PATH...}: one JSON line of place names per article read (the geoparsing contract). */
@Command(name = "places", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads articles and writes one JSON line per article: every place name in it, with its offsets,"
                + " its GeoNames id (town, division or country), a point, and its role (literal, venue, metonymic,"
                + " demonym).",
            "Inputs: .txt (first line the title), .html/.htm (a saved page), .json (an article object or an array"
                    + " of them), .jsonl (one object per line), directories (recursively), - (standard input).",
            "A bad input is reported on one line and skipped; the exit code is then 1."})
public final class PlacesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    ReadingOptions reading;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return BatchRun.run(main.io(), main.debug(), reading, paths, out, ExtractRun.Mode.PLACES);
    }
}
