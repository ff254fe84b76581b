package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class JsonArticleReaderTest {
    @TempDir
    Path dir;

    private final JsonArticleReader reader = new JsonArticleReader(ByteSize.MB);

    @Test
    void readsOneObject() throws IOException {
        Article a = Collected.read(reader, dir.resolve("one.json"), """
                {"id": "k-17", "url": "https://example.org/k17", "outlet": "Field Desk",
                 "published": "2023-03-09T08:00:00+02:00", "text": "Shelling overnight.", "extra": [1, 2]}
                """).only();
        assertThat(a).isEqualTo(new Article("k-17", "https://example.org/k17", "Field Desk",
                LocalDate.of(2023, 3, 9), "Shelling overnight."));
    }

    @Test
    void aTitleGoesFirstUnlessTheTextAlreadyStartsWithIt() throws IOException {
        Collected c = Collected.read(reader, dir.resolve("t.json"), """
                [{"title": "Depot hit", "text": "A depot was hit."},
                 {"title": "Depot hit", "text": "Depot hit\\nA depot was hit."}]
                """);
        assertThat(c.articles).extracting(x -> x.article().text())
                .containsExactly("Depot hit\nA depot was hit.", "Depot hit\nA depot was hit.");
    }

    @Test
    void anArrayGivesEveryGoodItemAndReportsTheBadOnes() throws IOException {
        Path file = dir.resolve("batch.json");
        Collected c = Collected.read(reader, file, """
                [{"id": 7, "text": "First."},
                 {"id": "b", "body": "no text field"},
                 {"text": "Third.", "published": "last week"},
                 "just a string",
                 {"text": "Fifth."}]
                """);
        assertThat(c.ids()).containsExactly("7", "batch-5");
        assertThat(c.problems).containsExactly(
                file + ": item 2: no \"text\" field",
                file + ": item 3: \"published\" is not a date (\"last week\"; expected YYYY-MM-DD)",
                file + ": item 4: not a JSON object (found a string)");
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Collected c = Collected.read(reader, file, "{\"id\": \"a\",\n \"text\": oops}\n");
        assertThat(c.problems).singleElement().asString()
                .startsWith(file + ":2: not JSON (Unrecognized token 'oops'")
                .endsWith("at column 10)");
    }

    @Test
    void anObjectWithoutIdTakesTheFileName() throws IOException {
        assertThat(Collected.read(reader, dir.resolve("lone.json"), "{\"text\": \"x\"}").only().id())
                .isEqualTo("lone");
    }

    @Test
    void wrongTypesAreNamed() throws IOException {
        Path file = dir.resolve("types.json");
        assertThat(Collected.read(reader, file, "{\"text\": 42}").problems)
                .containsExactly(file + ": \"text\" is not a string (found a number)");
        assertThat(Collected.read(reader, file, "42").problems)
                .containsExactly(file + ": not an article object or array of them (found a number)");
        assertThat(Collected.read(reader, file, "[]").problems)
                .containsExactly(file + ": no articles (empty array)");
    }
}
