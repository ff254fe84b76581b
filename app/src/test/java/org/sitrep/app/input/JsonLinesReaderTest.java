package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryGoodLineAndNamesTheBadOnesByLine() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        Collected c = Collected.read(new JsonLinesReader(ByteSize.MB), file, """
                {"id": "a", "text": "First."}

                {"id": "b", "text": "Second."
                {"id": "c"}
                [1, 2]
                {"text": "Sixth, no id."}
                """);
        assertThat(c.ids()).containsExactly("a", "articles-6");
        assertThat(c.problems).containsExactly(
                file + ":3: not JSON (Unexpected end-of-input: expected close marker for Object at column 30)",
                file + ":4: no \"text\" field",
                file + ":5: not a JSON object (found an array)");
        assertThat(c.articles.get(1).where()).isEqualTo(file + ":6");
    }

    @Test
    void aLineOverTheLimitIsSkippedAndTheNextRead() throws IOException {
        Path file = dir.resolve("long.jsonl");
        String longLine = "{\"text\": \"" + "x".repeat(2000) + "\"}";
        Collected c = Collected.read(new JsonLinesReader(1000), file,
                longLine + "\n{\"id\": \"ok\", \"text\": \"fine\"}\n");
        assertThat(c.ids()).containsExactly("ok");
        assertThat(c.problems).containsExactly(file + ":1: too large (0.0 MB, limit 0.0 MB; see --max-bytes)");
    }

    @Test
    void badBytesAndNulsAreReportedPerLine() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\": \"ok one\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
        bytes.writeBytes("{\"text\": \"ok three\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        Collected c = Collected.read(new JsonLinesReader(ByteSize.MB), file);
        assertThat(c.ids()).containsExactly("mixed-1", "mixed-3");
        assertThat(c.problems).containsExactly(file + ":2: not valid UTF-8 (byte 0xC3 at offset 6 of the line)");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreFine() throws IOException {
        Path file = dir.resolve("bom.jsonl");
        Files.write(file, ("\uFEFF{\"id\": \"x\", \"text\": \"t\"}\r\n{\"id\": \"y\", \"text\": \"u\"}\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Collected.read(new JsonLinesReader(ByteSize.MB), file).ids()).containsExactly("x", "y");
    }

    @Test
    void emptyAndBlankFilesAreRefused() throws IOException {
        Path empty = dir.resolve("empty.jsonl");
        assertThat(Collected.read(new JsonLinesReader(ByteSize.MB), empty, "").problems)
                .containsExactly(empty + ": empty (0 bytes)");
        assertThat(Collected.read(new JsonLinesReader(ByteSize.MB), empty, "\n  \n").problems)
                .containsExactly(empty + ": no JSON lines (only white space)");
    }

    @Test
    void aBinaryFileIsRefusedWhole() throws IOException {
        Path file = dir.resolve("scan.jsonl");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', 0, 0, '\n'});
        assertThat(Collected.read(new JsonLinesReader(ByteSize.MB), file).problems)
                .containsExactly(file + ": not text (a PNG image)");
    }
}
