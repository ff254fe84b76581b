package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of one story that differ only in invisible characters (a zero-width space, a soft hyphen, a
 * zero-width non-joiner inside a word, a byte order mark, bidi controls, a variation selector) are one
 * article, one source, and the same events, at offsets into each copy's own text.
 */
class InvisibleCharactersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "Russian missiles struck Kharkiv on Monday, killing 3 people and wounding 12,"
            + " the regional governor said.";
    private static final List<String> COPIES = List.of(
            STORY,
            STORY.replace("Kharkiv", "Khar\u200Bkiv").replace("regional", "re\u00ADgional"),
            STORY.replace("missiles", "mis\u200Csiles"),
            "\uFEFF" + STORY.replace("the regional", "\u202Bthe\u202C regional").replace("Monday", "Monday\uFE0F"),
            STORY.replace("governor", "gov\u200Dernor").replace(" struck", "\u2060 struck"));

    @TempDir
    Path dir;

    @Test
    void copiesThatDifferOnlyInInvisibleCharactersAreStoredOnceAndCountedAsOneSource() throws Exception {
        Path input = dir.resolve("copies.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < COPIES.size(); i++) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "copy-" + i);
            o.put("url", "https://outlet" + i + ".example/story");
            o.put("outlet", "Outlet " + i);
            o.put("published", "2024-05-21");
            o.put("text", COPIES.get(i));
            lines.append(o).append('\n');
        }
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        Path db = dir.resolve("l.db");
        Cli.Result r = Cli.run(dir, "ingest", "--db", db.toString(), input.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 added, 0 re-extracted, 4 already stored");
        JsonNode incidents = JSON.readTree(Cli.run(dir, "incidents", "--db", db.toString(), "--format", "json").out());
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).path("sources").asInt()).isEqualTo(1);
    }

    @Test
    void aJoinerInsideAWordChangesNoEventAndOffsetsPointIntoTheCopy() throws Exception {
        Path input = dir.resolve("copies.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < COPIES.size(); i++) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", "copy-" + i);
            o.put("published", "2024-05-21");
            o.put("text", COPIES.get(i));
            lines.append(o).append('\n');
        }
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(dir, "extract", input.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> out = r.outLines().stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        JsonNode clean = out.get(0).path("events").get(0);
        assertThat(clean.path("kind").asText()).isEqualTo("missile_strike");
        for (int i = 1; i < out.size(); i++) {
            JsonNode e = out.get(i).path("events").get(0);
            assertThat(e.path("kind").asText()).as("copy %d", i).isEqualTo(clean.path("kind").asText());
            assertThat(e.path("place").path("geonameid").asLong()).isEqualTo(clean.path("place").path("geonameid").asLong());
            assertThat(e.path("fatalities").path("low").asInt()).isEqualTo(3);
            String copy = COPIES.get(i);
            JsonNode place = e.path("place");
            assertThat(copy.substring(place.path("start").asInt(), place.path("end").asInt()).replaceAll("\\p{Cf}", ""))
                    .isEqualTo("Kharkiv");
        }
    }
}
