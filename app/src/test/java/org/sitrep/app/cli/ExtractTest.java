package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

/** {@code sitrep extract} end to end over the real engine and place index: one line per article read. */
class ExtractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "Two people were killed when a missile hit a warehouse on the edge of the city"
            + " early on Tuesday, the regional governor said. The defence ministry said it had struck a depot that"
            + " stored weapons, a claim that could not be independently verified.";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> ids(Cli.Result r) {
        return r.outLines().stream().map(ExtractTest::parse).map(n -> n.get("article_id").asText()).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cli.Result extract(Object... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = "extract";
        for (int i = 0; i < paths.length; i++) {
            args[i + 1] = paths[i].toString();
        }
        return Cli.run(dir, args);
    }

    private static void assertSucceeded(Cli.Result r) {
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void textFile() throws IOException {
        Cli.Result r = extract(write("warehouse-strike.txt", "Warehouse hit\n\n" + STORY));
        assertSucceeded(r);
        assertThat(r.outLines()).containsExactly("{\"article_id\":\"warehouse-strike\",\"events\":[]}");
    }

    @Test
    void htmlFile() throws IOException {
        Path page = write("page.html", "<html><head><meta property=\"article:published_time\" content=\"2023-01-02\">"
                + "</head><body><nav>Home</nav><article><h1>Warehouse hit</h1><p>" + STORY + "</p></article></body></html>");
        Cli.Result r = extract(page);
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("page");
    }

    @Test
    void jsonObjectAndArray() throws IOException {
        Path one = write("one.json", "{\"id\": \"single\", \"text\": \"" + STORY + "\"}");
        Path many = write("many.json", "[{\"id\": \"m1\", \"text\": \"" + STORY + "\"}, {\"text\": \"" + STORY + "\"}]");
        Cli.Result r = extract(one, many);
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("single", "m1", "many-2");
    }

    @Test
    void jsonLinesAsScorePyWritesThem() throws IOException {
        Path lines = write("eval.jsonl", "{\"id\": \"dev-000\", \"url\": null, \"outlet\": \"Field Desk\", \"published\":"
                + " \"2022-07-03\", \"text\": \"" + STORY + "\"}\n{\"id\": \"dev-001\", \"url\": \"https://x.example/a\","
                + " \"outlet\": null, \"published\": null, \"text\": \"" + STORY + "\"}\n");
        Cli.Result r = extract(lines);
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("dev-000", "dev-001");
    }

    @Test
    void directoriesAreWalkedInSortedOrder() throws IOException {
        write("in/b.txt", STORY);
        write("in/a/z.json", "{\"text\": \"" + STORY + "\"}");
        write("in/c.jsonl", "{\"id\": \"c1\", \"text\": \"" + STORY + "\"}\n");
        write("in/README.md", "not an article");
        Cli.Result r = extract(dir.resolve("in"));
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("z", "b", "c1");
    }

    @Test
    void standardInputAsTextOrJsonLines() {
        byte[] text = ("Warehouse hit\n" + STORY).getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(dir, text, Map.of(), "extract", "-");
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("stdin");
        byte[] lines = ("{\"id\": \"s1\", \"text\": \"" + STORY + "\"}\n{\"text\": \"" + STORY + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        Cli.Result jl = Cli.run(dir, lines, Map.of(), "extract", "-");
        assertSucceeded(jl);
        assertThat(ids(jl)).containsExactly("s1", "stdin-2");
    }

    @Test
    void goodInputsAfterBadOnesAreStillWritten() throws IOException {
        Path empty = write("a-empty.txt", "");
        Path good = write("b-good.txt", STORY);
        Path lines = write("c.jsonl", "{broken\n{\"id\": \"c2\", \"text\": \"" + STORY + "\"}\n");
        Cli.Result r = extract(empty, dir.resolve("missing.txt"), good, lines);
        assertThat(r.code()).isEqualTo(1);
        assertThat(ids(r)).containsExactly("b-good", "c2");
        assertThat(r.errLines()).hasSize(3);
    }

    @Test
    void outFileInsteadOfStandardOutput() throws IOException {
        Path out = dir.resolve("out.jsonl");
        write("x.txt", STORY);
        Cli.Result r = Cli.run(dir, "extract", "--out", out.toString(), dir.toString());
        assertSucceeded(r);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).containsExactly("{\"article_id\":\"x\",\"events\":[]}");
        Cli.Result again = Cli.run(dir, "extract", "--out", out.toString(), dir.toString());
        assertSucceeded(again);
        assertThat(Files.readAllLines(out)).as("the output file is not read as input").hasSize(1);
    }

    @Test
    void anOutFileThatCannotBeCreatedFails() throws IOException {
        Path out = dir.resolve("no-such-dir").resolve("out.jsonl");
        Cli.Result r = Cli.run(dir, "extract", "--out", out.toString(), write("x.txt", STORY).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("sitrep: --out " + out + ": cannot write (no such file or directory)");
    }

    @Test
    void aUserLexiconDirectoryIsRead() throws IOException {
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        write("lexicon/actors.txt", "# my own actors\n");
        Cli.Result r = Cli.run(dir, "extract", "--lexicon", lexicon.toString(), write("x.txt", STORY).toString());
        assertSucceeded(r);
    }

    @Test
    void aUserPlacesFileIsRead() throws IOException {
        Path places = write("places.txt", "# name | alternates | lat | lon | country | admin1 | population\n"
                + "Robotyne | Rabotino | 47.4436 | 35.8372 | UA | 26 | 480\n");
        Cli.Result r = Cli.run(dir, "extract", "--places", places.toString(), write("x.txt", STORY).toString());
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("x");
    }

    @Test
    void theDefaultLexiconDirectoryComesFromSitrepHomeOrTheHomeDirectory() throws IOException {
        Path sitrepHome = Files.createDirectories(dir.resolve("sh").resolve("lexicon")).getParent();
        assertThat(org.sitrep.app.EngineFactory.defaultLexiconDir(Map.of("SITREP_HOME", sitrepHome.toString()), dir))
                .isEqualTo(sitrepHome.resolve("lexicon"));
        assertThat(org.sitrep.app.EngineFactory.defaultLexiconDir(Map.of(), dir)).isNull();
        Path inHome = Files.createDirectories(dir.resolve(".sitrep").resolve("lexicon"));
        assertThat(org.sitrep.app.EngineFactory.defaultLexiconDir(Map.of(), dir)).isEqualTo(inHome);
    }

    @Test
    void publishedFillsOnlyMissingDates() {
        LocalDate given = LocalDate.of(2022, 7, 3);
        LocalDate own = LocalDate.of(2021, 1, 1);
        assertThat(ExtractRun.withDefaultDate(new Article("a", null, null, null, "t"), given).published())
                .isEqualTo(given);
        assertThat(ExtractRun.withDefaultDate(new Article("a", null, null, own, "t"), given).published())
                .isEqualTo(own);
        assertThat(ExtractRun.withDefaultDate(new Article("a", null, null, null, "t"), null).published()).isNull();
    }

    @Test
    void publishedOptionIsAccepted() throws IOException {
        Cli.Result r = Cli.run(dir, "extract", "--published", "2022-07-03", write("x.txt", STORY).toString());
        assertSucceeded(r);
        assertThat(ids(r)).containsExactly("x");
    }
}
