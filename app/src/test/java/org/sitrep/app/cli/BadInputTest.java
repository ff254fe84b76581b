package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets one line on standard error naming the file (and line) and the problem,
 * never a stack trace, and exit code 1.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Cli.Result extract(String... paths) {
        String[] args = new String[paths.length + 1];
        args[0] = "extract";
        System.arraycopy(paths, 0, args, 1, paths.length);
        return Cli.run(dir, args);
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertOneLine(Cli.Result r, String line) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(line);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aNamedPipeIsRefusedAtOnceAndTheInputsAfterItAreRead() throws Exception {
        Path fifo = dir.resolve("feed.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        String good = write("good.txt", "Shelling hit Kharkiv\nRussian shelling hit Kharkiv on Monday, killing two people,"
                + " the regional governor said.");
        for (String command : new String[] {"extract", "ingest"}) {
            String[] args = command.equals("extract") ? new String[] {command, fifo.toString(), good}
                    : new String[] {command, "--db", dir.resolve("l.db").toString(), fifo.toString(), good};
            Cli.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> Cli.run(dir, args));
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat(r.errLines()).as(command).containsExactly("sitrep: " + fifo + ": not a regular file (a named pipe,"
                    + " device or socket); to read a stream, give - and send it to standard input");
            assertThat(r.out()).as(command).contains(command.equals("extract") ? "\"article_id\":\"good\"" : "1 added");
        }
    }

    @Test
    void emptyFile() throws IOException {
        String f = write("empty.txt", new byte[0]);
        assertOneLine(extract(f), "sitrep: " + f + ": empty (0 bytes)");
    }

    @Test
    void binaryFile() throws IOException {
        String f = write("scan.txt", new byte[] {'S', 'C', 'A', 'N', 0x01, 0x02, 'x', 'y', 'z', 'w', 'v', 'u', 0, 7});
        assertOneLine(extract(f), "sitrep: " + f + ": not text (binary content, NUL byte at offset 12)");
    }

    @Test
    void pdfNamedAsText() throws IOException {
        String f = write("report.txt", "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        assertOneLine(extract(f), "sitrep: " + f + ": not text (a PDF document; extract its text first)");
    }

    @Test
    void twentyMegabyteText() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] block = "The shelling continued through the night. ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 20L * 1024 * 1024; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, 20L * 1024 * 1024 - written));
            }
        }
        assertThat(Files.size(big)).isEqualTo(20L * 1024 * 1024);
        assertOneLine(extract(big.toString()), "sitrep: " + big + ": too large (20.0 MB, limit 5.0 MB; see --max-bytes)");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] latin1 = "Kyiv\nThe caf\u00e9 was closed.\n".getBytes(StandardCharsets.ISO_8859_1);
        String f = write("latin1.txt", latin1);
        assertOneLine(extract(f), "sitrep: " + f + ": not valid UTF-8 (byte 0xE9 at offset 12, line 2)");
    }

    @Test
    void malformedJsonLine() throws IOException {
        String f = write("articles.jsonl", "{\"id\": \"a\", \"text\": \"First.\"}\n{\"id\": \"b\", text: \"x\"}\n");
        Cli.Result r = extract(f);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("sitrep: " + f + ":2: not JSON (Unexpected character ('t' (code 116)):"
                + " was expecting double-quote to start field name at column 13)");
        assertThat(r.outLines()).hasSize(1);
    }

    @Test
    void jsonObjectWithoutText() throws IOException {
        String f = write("no-text.json", "{\"id\": \"x\", \"body\": \"The text is under the wrong name.\"}");
        assertOneLine(extract(f), "sitrep: " + f + ": no \"text\" field");
    }

    @Test
    void missingFile() {
        String f = dir.resolve("nowhere.txt").toString();
        assertOneLine(extract(f), "sitrep: " + f + ": no such file or directory");
    }

    @Test
    void unsupportedFileType() throws IOException {
        String f = write("notes.md", "# notes");
        assertOneLine(extract(f), "sitrep: " + f + ": unsupported file type (sitrep reads .txt, .html, .htm, .json,"
                + " .jsonl, .ndjson files, directories of them, and - for standard input)");
    }

    @Test
    void nonEnglishArticle() throws IOException {
        String f = write("fr.txt", sample("fr.txt"));
        assertOneLine(extract(f), "sitrep: " + f + ": not English (looks like French: 1% of 100 words are common"
                + " English words, need 7%)");
    }

    @Test
    void nonEnglishJsonLineNamesTheLine() throws IOException {
        String line = "{\"id\": \"uk\", \"text\": " + quote(sample("uk.txt")) + "}\n";
        String f = write("mixed.jsonl", line.repeat(2));
        Cli.Result r = extract(f);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "sitrep: " + f + ":1: not English (looks like Ukrainian: 0% of 67 words are common English words, need 7%)",
                "sitrep: " + f + ":2: not English (looks like Ukrainian: 0% of 67 words are common English words, need 7%)");
    }

    @Test
    void manyBadLinesAreCountedNotAllPrinted() throws IOException {
        String f = write("junk.jsonl", "nope\n".repeat(25));
        Cli.Result r = extract(f);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(ExtractRun.SHOWN_PER_SOURCE + 1)
                .last().isEqualTo("sitrep: " + f + ": 5 more problems not shown");
    }

    @Test
    void badStdin() {
        Cli.Result r = Cli.run(dir, new byte[] {'{', 'x', '\n'}, Map.of(), "extract", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("sitrep: stdin:1: not JSON (");
    }

    @Test
    void severalBadInputsAreAllReportedInOrder() throws IOException {
        String empty = write("empty.txt", new byte[0]);
        String missing = dir.resolve("missing.json").toString();
        Cli.Result r = extract(empty, missing);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("sitrep: " + empty + ": empty (0 bytes)",
                "sitrep: " + missing + ": no such file or directory");
    }

    @Test
    void aBadUserLexiconFileStopsBeforeAnyInputIsRead() throws IOException {
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        Files.write(lexicon.resolve("actors.txt"), new byte[] {'R', 'U', 0, 0});
        String article = write("a.txt", "Title\nText.");
        Cli.Result r = Cli.run(dir, "extract", "--lexicon", lexicon.toString(), article);
        assertOneLine(r, "sitrep: " + lexicon.resolve("actors.txt") + ": not text (binary content, NUL byte at offset 2)");
    }

    @Test
    void aBadUserPlacesFileNamesItsLine() throws IOException {
        String places = write("places.txt", "# my places\nRobotyne | Rabotino | 47.44 | not-a-longitude | UA\n");
        Cli.Result r = Cli.run(dir, "extract", "--places", places, write("a.txt", "Title\nText."));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("sitrep: " + places + ":2: ");
        assertThat(r.out()).isEmpty();
    }

    static String sample(String name) throws IOException {
        try (InputStream in = BadInputTest.class.getResourceAsStream("/org/sitrep/app/input/lang/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
