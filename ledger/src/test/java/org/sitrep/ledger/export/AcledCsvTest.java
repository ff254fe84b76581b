package org.sitrep.ledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.store.Json;

class AcledCsvTest {
    static final IncidentRow ROW = new IncidentRow(7, "Explosions/Remote violence", "Shelling/artillery/missile attack",
            "missile_strike", "Kramatorsk", 704508L, "town", 48.72, 37.55, "UA", "Donetsk", LocalDate.of(2024, 3, 5), "day",
            2, 2, 3, true, true, 4, 21, List.of("RU", "UA"));

    @Test
    void acledColumnsThenSitreps() throws Exception {
        ObjectNode member = Json.record("{\"attacker\":\"RU\",\"target\":\"civilians\",\"claims\":[{\"by\":\"Kyiv, \\\"officials\\\"\","
                + "\"side\":\"UA\",\"stance\":\"asserts\"}]}");
        StringWriter out = new StringWriter();
        AcledCsv.write(out, List.of(ROW), Map.of(7L, List.of(member)), Map.of(7L, List.of("Wire A", "Wire B")));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
                + "country,admin1,admin2,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,");
        assertThat(lines[1]).startsWith("UKRSR7,2024-03-05,2024,1,Explosions/Remote violence,Shelling/artillery/missile attack,"
                + "RU,civilians,Ukraine,Donetsk,,Kramatorsk,48.72,37.55,1,\"Wire A; Wire B; Kyiv, \"\"officials\"\"\",,");
        assertThat(lines[1]).contains(",4,7,3,true,21,\"UA asserts: Kyiv, \"\"officials\"\"\"");
    }

    @Test
    void anInterceptionsInitiatorIsTheSideThatAssertsItAndTheSourceNamesWhoIsQuoted() throws Exception {
        IncidentRow interception = new IncidentRow(8, "Strategic developments", "Disrupted weapons use", "interception",
                "Kursk Oblast", null, "region", 51.7, 36.2, "RU", "Kursk Oblast", LocalDate.of(2024, 6, 8), "day", 1, 1, 1,
                false, false, null, null, List.of("RU"));
        ObjectNode member = Json.record("{\"attacker\":null,\"claims\":[{\"by\":\"Russia's defence ministry\","
                + "\"side\":\"RU\",\"stance\":\"asserts\"}]}");
        assertThat(AcledCsv.actor1(interception, List.of(member))).isEqualTo("RU");
        assertThat(AcledCsv.actor1(ROW, List.of(member))).as("a strike with no attacker named stays blank").isEmpty();
        assertThat(AcledCsv.source(List.of(), List.of(member))).isEqualTo("Russia's defence ministry");
        StringWriter out = new StringWriter();
        AcledCsv.write(out, List.of(interception), Map.of(8L, List.of(member)), Map.of());
        assertThat(out.toString().split("\r\n")[1]).contains(",Disrupted weapons use,RU,,Russia,")
                .contains(",Russia's defence ministry,,\"interception at Kursk Oblast on 2024-06-08: 1 report in 1 article,"
                        + " 1 independent source.\",");
    }

    @Test
    void cellsAnArticleCouldTurnIntoFormulasStayText() {
        assertThat(AcledCsv.quote("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(AcledCsv.quote("+cmd")).isEqualTo("'+cmd");
        assertThat(AcledCsv.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AcledCsv.quote("-2+3")).isEqualTo("'-2+3");
        assertThat(AcledCsv.quote("-73.98")).isEqualTo("-73.98");
        assertThat(AcledCsv.quote("Kramatorsk")).isEqualTo("Kramatorsk");
    }

    @Test
    void geoJsonPointsAreLonLat() {
        ObjectNode fc = GeoJson.collection(List.of(ROW), Map.of());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(37.55);
        assertThat(fc.at("/features/0/properties/contested").asBoolean()).isTrue();
    }
}
