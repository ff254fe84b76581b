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

/** {@code sitrep places} end to end over the real index: one line per article in the geoparsing contract. */
class PlacesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesEveryPlaceNameWithOffsetsIdsAndRoles() throws IOException {
        String text = "Storm in Kentucky. GLASGOW, Ky. - Turkish and Syrian officials met in Glasgow.";
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "a1", "text", text)) + "\n"
                + "{not json}\n", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run(dir, "places", in.toString());

        assertThat(r.code()).isEqualTo(1); // the bad line is reported, the good one written
        assertThat(r.err()).contains("a.jsonl").contains("2");
        assertThat(r.outLines()).hasSize(1);
        JsonNode line = JSON.readTree(r.outLines().get(0));
        assertThat(line.get("article_id").asText()).isEqualTo("a1");
        JsonNode places = line.get("places");
        JsonNode kentucky = places.get(0);
        assertThat(text.substring(kentucky.get("start").asInt(), kentucky.get("end").asInt())).isEqualTo("Kentucky");
        assertThat(kentucky.get("geonameid").asLong()).isEqualTo(6254925L);
        assertThat(kentucky.get("precision").asText()).isEqualTo("region");
        assertThat(kentucky.get("role").asText()).isEqualTo("literal");
        java.util.List<String> roles = new java.util.ArrayList<>();
        places.forEach(p -> roles.add(p.get("text").asText() + ":" + p.get("role").asText() + ":" + p.get("country").asText()));
        assertThat(roles).contains("Turkish:demonym:TR", "Syrian:demonym:SY", "GLASGOW:literal:US");
    }
}
