package org.sitrep.app;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.app.input.BoundedRead;
import org.sitrep.app.input.ByteSize;
import org.sitrep.app.input.InputProblem;
import org.sitrep.app.input.Source;
import org.sitrep.app.input.TextBytes;
import org.sitrep.engine.Engine;
import org.sitrep.engine.Geoparser;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.KnowledgeFormatException;
import org.sitrep.gazetteer.GeoNamesIndex;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.gazetteer.UserPlaces;
import org.sitrep.gazetteer.UserPlacesException;

/**
 * Builds an {@link Engine} from the bundled place index and lexicons plus the user's own files;
 * every command that extracts (extract, and later ingest and serve) gets its engine here.
 *
 * <p>Two steps, so that a mistake in the user's files is reported at once while the slow part waits
 * until an article needs it: {@link #userData} reads and checks the user's files, {@link #engine}
 * adds the bundled place index, which is loaded once per process and shared (it is immutable).
 */
public final class EngineFactory {
    /** User lexicon and places files are hand-written lists; anything bigger is a mistake. */
    private static final long MAX_USER_FILE = 50 * ByteSize.MB;
    private static PlaceIndex defaultIndex;
    private static Knowledge defaultKnowledge;
    private static final Object KNOWLEDGE_LOCK = new Object();

    /**
     * What the user adds to the bundled data.
     *
     * @param lexiconDir a directory of lexicon files, or null
     * @param placesFile a file of the user's own places (see {@link UserPlaces}), or null
     */
    public record Settings(Path lexiconDir, Path placesFile) {
    }

    private EngineFactory() {
    }

    /**
     * The user's additions, read and checked.
     *
     * @param knowledge the bundled lexicons extended with the user's
     * @param places    the user's own places, found ahead of the bundled ones; empty when none
     */
    public record UserData(Knowledge knowledge, List<GeoPlace> places) {
    }

    /** Reads the user's files; fast, and the place for every mistake in them to show. */
    public static UserData userData(Settings settings) throws SetupProblem {
        Knowledge knowledge = bundledKnowledge();
        if (settings.lexiconDir() != null) {
            knowledge = withLexicons(knowledge, settings.lexiconDir());
        }
        List<GeoPlace> places = settings.placesFile() == null ? List.of() : places(settings.placesFile());
        return new UserData(knowledge, places);
    }

    /** The engine over the bundled index (loaded now if it was not yet) and the user's data. */
    public static Engine engine(UserData data) throws SetupProblem {
        return engine(data, org.sitrep.engine.frame.EventScorer.shipped(), org.sitrep.engine.claim.ClaimAttribution.shipped());
    }

    /** The engine with the given event scorer (training weighs candidates by the rules alone). */
    public static Engine engine(UserData data, org.sitrep.engine.frame.EventScorer scorer,
                                org.sitrep.engine.claim.ClaimAttribution claims) throws SetupProblem {
        PlaceIndex index = data.places().isEmpty() ? placeIndex() : UserPlaces.overlay(placeIndex(), data.places());
        return new Engine(index, data.knowledge(), scorer, claims);
    }

    /** The place layer alone, over the same index and lexicons as {@link #engine}. */
    public static Geoparser geoparser(UserData data) throws SetupProblem {
        PlaceIndex index = data.places().isEmpty() ? placeIndex() : UserPlaces.overlay(placeIndex(), data.places());
        return new Geoparser(index, data.knowledge());
    }

    /** Both steps at once, for commands that extract right away. */
    public static Engine create(Settings settings) throws SetupProblem {
        return engine(userData(settings));
    }

    /**
     * Starts loading what every extracting command needs, on threads of their own, so that it is ready,
     * or nearly, when the command line is parsed and the first article arrives: the place index on one,
     * the bundled lexicons and then the JSON reader and writer (whose libraries take a cold JVM a fifth
     * of a second to set up) on another. A failure is not reported here: the first use loads again and
     * reports it.
     */
    public static void prepareInBackground() {
        inBackground("sitrep-index-loader", () -> {
            try {
                placeIndex();
            } catch (SetupProblem e) {
                // reported by the first use, which tries again
            }
        });
        inBackground("sitrep-lexicon-loader", () -> {
            bundledKnowledge();
            for (Class<?> json : JSON_CLASSES) {
                try {
                    Class.forName(json.getName(), true, json.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // its first use reports it
                }
            }
        });
    }

    /** Classes whose static set-up builds the JSON mappers of article input and line output. */
    private static final List<Class<?>> JSON_CLASSES = List.of(org.sitrep.app.input.JsonArticles.class,
            org.sitrep.app.output.JsonLinesWriter.class);

    private static void inBackground(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** The lexicons bundled in the engine, read on first use; never changed (a user's lexicons extend a copy). */
    public static Knowledge bundledKnowledge() {
        synchronized (KNOWLEDGE_LOCK) { // not the index's lock: the two load side by side
            if (defaultKnowledge == null) {
                defaultKnowledge = Knowledge.defaults();
            }
            return defaultKnowledge;
        }
    }

    /** The bundled index, loaded on first use. */
    public static synchronized PlaceIndex placeIndex() throws SetupProblem {
        if (defaultIndex == null) {
            try {
                defaultIndex = GeoNamesIndex.loadDefault();
            } catch (IOException | RuntimeException e) {
                throw new SetupProblem("cannot load the bundled place index (" + e + ")", e);
            }
        }
        return defaultIndex;
    }

    /**
     * The lexicon directory used without {@code --lexicon}: {@code $SITREP_HOME/lexicon}, else
     * {@code ~/.sitrep/lexicon}, whichever exists first; null when neither does.
     */
    public static Path defaultLexiconDir(Map<String, String> env, Path home) {
        String sitrepHome = env.get("SITREP_HOME");
        if (sitrepHome != null && !sitrepHome.isBlank() && Files.isDirectory(Path.of(sitrepHome, "lexicon"))) {
            return Path.of(sitrepHome, "lexicon");
        }
        Path inHome = home == null ? null : home.resolve(".sitrep").resolve("lexicon");
        return inHome != null && Files.isDirectory(inHome) ? inHome : null;
    }

    /** Each regular, non-hidden file of the directory in name order, so overrides apply predictably. */
    private static Knowledge withLexicons(Knowledge knowledge, Path dir) throws SetupProblem {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new SetupProblem(BoundedRead.unreadable(dir.toString(), e).getMessage());
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                knowledge = knowledge.extendedWith(name, new StringReader(readUserFile(file)));
            } catch (KnowledgeFormatException e) {
                String message = e.getMessage() == null ? "cannot be read" : e.getMessage();
                throw new SetupProblem(message.startsWith(name) ? dir + java.io.File.separator + message
                        : file + ": " + message);
            }
        }
        return knowledge;
    }

    private static List<GeoPlace> places(Path file) throws SetupProblem {
        try {
            return UserPlaces.parse(new StringReader(readUserFile(file)), file.toString());
        } catch (UserPlacesException e) {
            throw new SetupProblem(e.getMessage());
        }
    }

    /** A user's own data file, through the same size, binary and UTF-8 checks as articles. */
    static String readUserFile(Path file) throws SetupProblem {
        try {
            return TextBytes.decodeFile(file.toString(), BoundedRead.readAll(
                    Source.file(file), MAX_USER_FILE));
        } catch (IOException e) {
            throw new SetupProblem(BoundedRead.unreadable(file.toString(), e).getMessage());
        } catch (InputProblem p) {
            throw new SetupProblem(p.getMessage().replace("; see --max-bytes", ""));
        }
    }
}
