package org.sitrep.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How articles are read, shared by every command that reads them ({@code extract}, {@code ingest}). */
final class ReadingOptions {

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "Publication date of inputs that give none of their own.")
    LocalDate published;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Directory of your own lexicon files"
            + " (default: $SITREP_HOME/lexicon or ~/.sitrep/lexicon, if it exists).")
    Path lexicon;

    @Option(names = "--places", paramLabel = "FILE", description = "Your own places, found ahead of GeoNames'."
            + " One a line: name | alternate names | lat | lon | country [| admin1 code | population].")
    Path places;

    @Option(names = "--max-bytes", paramLabel = "N", converter = Converters.Bytes.class, defaultValue = "5M",
            description = "Largest input file, or JSON line, to read: bytes, or with k, M, G (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The engine's user data, after checking that an explicit --lexicon or --places exists. */
    EngineFactory.Settings settings(Io io) {
        return new EngineFactory.Settings(lexiconDir(io), placesFile());
    }

    /** An explicit --lexicon must exist; the default one is used only when it does. */
    private Path lexiconDir(Io io) {
        if (lexicon == null) {
            return EngineFactory.defaultLexiconDir(io.env(), io.home());
        }
        if (!Files.isDirectory(lexicon)) {
            throw new ParameterException(spec.commandLine(), "--lexicon " + lexicon + ": "
                    + (Files.exists(lexicon) ? "not a directory" : "no such directory"));
        }
        return lexicon;
    }

    private Path placesFile() {
        if (places != null && !Files.isRegularFile(places)) {
            throw new ParameterException(spec.commandLine(), "--places " + places + ": "
                    + (Files.exists(places) ? "not a file" : "no such file"));
        }
        return places;
    }
}
