package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command lines that cannot be understood: exit 2, one line, nothing read. */
class UsageTest {
    @TempDir
    Path home;

    @Test
    void noPathIsAUsageError() {
        Cli.Result r = Cli.run(home, "extract");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "sitrep: Missing required parameter: 'PATH' (see 'sitrep extract --help')");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionsAndBadValuesAreUsageErrors() {
        Path any = home.resolve("a.txt");
        assertThat(Cli.run(home, "extract", "--frobnicate", any.toString()).errLines()).containsExactly(
                "sitrep: Unknown option: '--frobnicate' (see 'sitrep extract --help')");
        Cli.Result date = Cli.run(home, "extract", "--published", "03/07/2022", any.toString());
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.errLines()).containsExactly("sitrep: Invalid value for option '--published': '03/07/2022'"
                + " is not a date of the form YYYY-MM-DD (see 'sitrep extract --help')");
        Cli.Result size = Cli.run(home, "extract", "--max-bytes", "lots", any.toString());
        assertThat(size.code()).isEqualTo(2);
        assertThat(size.errLines()).containsExactly("sitrep: Invalid value for option '--max-bytes': 'lots' is not"
                + " a size in bytes (e.g. 5000000, 512k, 5M) (see 'sitrep extract --help')");
    }

    @Test
    void aMissingLexiconDirectoryIsAUsageError() {
        Path missing = home.resolve("no-such-lexicon");
        Cli.Result r = Cli.run(home, "extract", "--lexicon", missing.toString(), home.resolve("a.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("sitrep: --lexicon " + missing
                + ": no such directory (see 'sitrep extract --help')");
    }

    @Test
    void aMissingPlacesFileIsAUsageError() {
        Path missing = home.resolve("no-places.txt");
        Cli.Result r = Cli.run(home, "extract", "--places", missing.toString(), home.resolve("a.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("sitrep: --places " + missing
                + ": no such file (see 'sitrep extract --help')");
    }

    @Test
    void withoutACommandTheUsageGoesToStandardError() {
        Cli.Result r = Cli.run(home);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Usage: sitrep").contains("extract");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpAndVersionGoToStandardOutputWithExitZero() {
        Cli.Result help = Cli.run(home, "extract", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: sitrep extract", "--max-bytes", "--published", "--lexicon", "--out");
        Cli.Result version = Cli.run(home, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("sitrep ");
    }

    @Test
    void helpListsEveryCommandThoughARunBuildsOnlyTheOneItNames() {
        String help = Cli.run(home, "--help").out();
        for (String command : java.util.List.of("extract", "places", "ingest", "incidents", "show", "search", "decide",
                "serve", "user", "watch", "feeds", "train", "help")) {
            assertThat(help).containsPattern("(?m)^  " + command + " ");
        }
        assertThat(org.sitrep.app.Main.subcommandsFor("extract", "a.txt")).containsExactly(ExtractCommand.class);
        assertThat(org.sitrep.app.Main.subcommandsFor("help", "extract")).hasSize(13);
        assertThat(org.sitrep.app.Main.subcommandsFor("--debug", "extract")).hasSize(13);
        assertThat(Cli.run(home, "help", "places").out()).startsWith("Usage: sitrep places");
        assertThat(Cli.run(home, "--debug", "places", "--help").out()).startsWith("Usage: sitrep places");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result r = Cli.run(home, "extrct", "a.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("'extrct'");
    }
}
