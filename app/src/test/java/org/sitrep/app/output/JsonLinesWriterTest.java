package org.sitrep.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Casualties;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Extraction;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;

/** The written line has the shape of shared/eval/OUTPUT.md. */
class JsonLinesWriterTest {

    private static String write(Extraction... extractions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = new JsonLinesWriter(out, true)) {
            for (Extraction e : extractions) {
                writer.write(e);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Event event(Place place, LocalDate date, Casualties fatalities) {
        Claim claim = new Claim("Regional governor", "UA", Stance.ASSERTS, "missile hit the terminal", new Span(10, 42));
        return new Event("a#e1", EventKind.MISSILE_STRIKE, AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, place,
                date, DatePrecision.DAY, fatalities, null, "Russia", "infrastructure", List.of("missile"),
                List.of(claim), Verification.NOT_STATED, List.of(new Span(0, 42)));
    }

    @Test
    void oneLinePerExtractionWithEveryFieldNamedAsInTheContract() throws IOException {
        Place place = new Place("Izmail", 699942L, 45.35, 28.84, "UA", "Odesa", Precision.TOWN, new Span(60, 66));
        String out = write(new Extraction("a", List.of(event(place, LocalDate.of(2023, 5, 14),
                new Casualties(2, null, new Span(43, 50))))), new Extraction("b", List.of()));
        List<String> lines = out.lines().toList();
        assertThat(out).endsWith("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("{\"article_id\":\"b\",\"events\":[]}");
        JsonNode e = new ObjectMapper().readTree(lines.get(0)).get("events").get(0);
        assertThat(e.fieldNames()).toIterable().containsExactly("id", "kind", "acled_event_type",
                "acled_sub_event_type", "place", "date", "date_precision", "fatalities", "injured", "attacker",
                "target", "weapons", "claims", "verification", "evidence");
        assertThat(e.get("kind").asText()).isEqualTo("missile_strike");
        assertThat(e.get("acled_event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(e.get("acled_sub_event_type").asText()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(e.get("date").isTextual()).isTrue();
        assertThat(e.get("date").asText()).isEqualTo("2023-05-14");
        assertThat(e.get("date_precision").asText()).isEqualTo("day");
        assertThat(e.get("injured").isNull()).isTrue();
        assertThat(e.get("fatalities").get("high").isNull()).isTrue();
        assertThat(e.get("fatalities").get("low").asInt()).isEqualTo(2);
        assertThat(e.get("place").fieldNames()).toIterable().containsExactly("name", "geonameid", "lat", "lon",
                "country", "admin1", "precision", "start", "end");
        assertThat(e.get("claims").get(0).fieldNames()).toIterable()
                .containsExactly("by", "side", "stance", "about", "start", "end");
        assertThat(e.get("claims").get(0).get("stance").asText()).isEqualTo("asserts");
        assertThat(e.get("evidence").get(0).toString()).isEqualTo("{\"start\":0,\"end\":42}");
        assertThat(e.get("verification").asText()).isEqualTo("not_stated");
    }

    @Test
    void unknownsAreWrittenAsNullsNotLeftOut() throws IOException {
        Place unresolved = new Place("Nowhereville", null, null, null, null, null, Precision.TOWN, null);
        String line = write(new Extraction("c", List.of(event(unresolved, null, null)))).strip();
        JsonNode e = new ObjectMapper().readTree(line).get("events").get(0);
        assertThat(e.has("date")).isTrue();
        assertThat(e.get("date").isNull()).isTrue();
        assertThat(e.get("fatalities").isNull()).isTrue();
        JsonNode place = e.get("place");
        for (String field : List.of("geonameid", "lat", "lon", "country", "admin1", "start", "end")) {
            assertThat(place.has(field)).as(field).isTrue();
            assertThat(place.get(field).isNull()).as(field).isTrue();
        }
    }
}
