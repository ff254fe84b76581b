package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, incidents, show, search and decide end to end: the real engine, gazetteer and a SQLite ledger. */
class LedgerCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ARTICLES = """
            {"id":"wire-1","url":"https://wire.example/kramatorsk","outlet":"Example Wire","published":"2024-03-05","text":"Missile strike kills seven in Kramatorsk\\nKRAMATORSK, March 5 - Two Russian missiles struck the centre of Kramatorsk on Tuesday, killing at least seven people and wounding 23, the governor of the Donetsk region said. Rescue workers searched the rubble of a five-storey apartment building through the night, he said on Telegram."}
            {"id":"daily-2","url":"https://daily.example/kramatorsk-strike","outlet":"Example Daily","published":"2024-03-06","text":"Kramatorsk mourns after missile attack\\nResidents of Kramatorsk laid flowers on Wednesday where a Russian missile strike destroyed an apartment block on Tuesday. Russia's defence ministry said its forces had struck a military command post in Kramatorsk, a claim Ukrainian officials rejected. The regional governor said seven civilians were killed."}
            {"id":"other-3","url":"https://wire.example/kharkiv","outlet":"Example Wire","published":"2024-03-05","text":"Drones hit Kharkiv power plant\\nKHARKIV, March 5 - Russian drones struck a power plant in Kharkiv overnight, cutting electricity to thousands of homes, the city's mayor said on Tuesday. No one was killed, he said, and repair crews were at work."}
            """;

    @TempDir
    Path dir;
    Path db;
    Path articles;

    @BeforeEach
    void files() throws IOException {
        db = dir.resolve("ledger.db");
        articles = dir.resolve("articles.jsonl");
        Files.writeString(articles, ARTICLES, StandardCharsets.UTF_8);
    }

    Cli.Result run(String... args) {
        return Cli.run(dir, args);
    }

    Cli.Result ingested() {
        Cli.Result r = run("ingest", "--db", db.toString(), articles.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return r;
    }

    static List<JsonNode> lines(Cli.Result r) {
        return r.outLines().stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void ingestTwiceStoresOnce() {
        assertThat(ingested().out()).contains("3 added, 0 re-extracted, 0 already stored; 2 incidents");
        assertThat(ingested().out()).contains("0 added, 0 re-extracted, 3 already stored; 2 incidents");
    }

    @Test
    void incidentsAsJsonLinesForTheScorer() {
        ingested();
        List<JsonNode> incidents = lines(run("incidents", "--db", db.toString(), "--format", "jsonl"));
        assertThat(incidents).hasSize(2);
        JsonNode kramatorsk = incidents.stream().filter(i -> i.get("members").size() == 2).findFirst().orElseThrow();
        assertThat(kramatorsk.get("contested").asBoolean()).isTrue();
        assertThat(kramatorsk.get("sources").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(kramatorsk.get("members")).extracting(m -> m.get("article_id").asText())
                .containsExactly("wire-1", "daily-2");
        assertThat(kramatorsk.get("members").get(0).get("acled_event_type").asText()).isEqualTo("Explosions/Remote violence");
    }

    @Test
    void filtersOnTheCommandLine() {
        ingested();
        String dbArg = db.toString();
        assertThat(run("incidents", "--db", dbArg, "--near", "Kramatorsk", "--radius", "20km").outLines())
                .anyMatch(l -> l.contains("Kramatorsk")).noneMatch(l -> l.contains("Kharkiv"))
                .contains("1 incident");
        assertThat(run("incidents", "--db", dbArg, "--contested").out()).contains("1 incident");
        assertThat(run("incidents", "--db", dbArg, "--type", "drone_strike").out()).contains("Kharkiv");
        assertThat(run("incidents", "--db", dbArg, "--side", "RU").out()).contains("1 incident");
        assertThat(run("incidents", "--db", dbArg, "--since", "2024-03-07").out()).contains("0 incidents");
        assertThat(run("incidents", "--db", dbArg, "--min-sources", "2").out()).contains("1 incident");
        assertThat(run("incidents", "--db", dbArg, "--near", "48.72,37.56").out()).contains("1 incident");
    }

    @Test
    void exports() throws IOException {
        ingested();
        Cli.Result csv = run("incidents", "--db", db.toString(), "--format", "csv");
        assertThat(csv.outLines().get(0)).startsWith("event_id_cnty,event_date,year,time_precision,event_type");
        assertThat(csv.outLines()).hasSize(3);
        JsonNode geo = JSON.readTree(run("incidents", "--db", db.toString(), "--format", "geojson").out());
        assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features")).hasSize(2);
        JsonNode json = JSON.readTree(run("incidents", "--db", db.toString(), "--format", "json").out());
        assertThat(json).hasSize(2);
        Path out = dir.resolve("out.csv");
        assertThat(run("incidents", "--db", db.toString(), "--format", "csv", "--out", out.toString()).out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("event_id_cnty");
    }

    @Test
    void anExportNeverOverwritesTheLedger() throws IOException {
        ingested();
        for (Path target : List.of(db, dir.resolve("ledger.db-wal"), dir.resolve("./ledger.db"))) {
            Cli.Result r = run("incidents", "--db", db.toString(), "--format", "csv", "--out", target.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("sitrep: --out " + target + ": that is the ledger itself; choose another file\n");
        }
        assertThat(run("incidents", "--db", db.toString()).outLines()).last().isEqualTo("2 incidents");
    }

    @Test
    void showListsEveryReportAndEachSidesClaims() throws IOException {
        ingested();
        JsonNode first = lines(run("incidents", "--db", db.toString(), "--format", "jsonl", "--contested")).get(0);
        String id = first.get("incident_id").asText();
        Cli.Result text = run("show", id, "--db", db.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("2 reports in 2 articles", "CONTESTED", "Claims by side:", "  RU", "  UA",
                "Example Wire", "Example Daily", "> ");
        JsonNode json = JSON.readTree(run("show", id, "--db", db.toString(), "--format", "json").out());
        assertThat(json.get("claims_by_side").has("RU")).isTrue();
        assertThat(json.get("reports")).hasSize(2);
        assertThat(run("show", "999", "--db", db.toString()).err()).isEqualTo("sitrep: no incident 999 in " + db + "\n");
    }

    @Test
    void searchAndDecide() {
        ingested();
        Cli.Result s = run("search", "power plant", "--db", db.toString());
        assertThat(s.out()).contains("other-3").contains("1 article");
        String id = lines(run("incidents", "--db", db.toString(), "--format", "jsonl", "--type", "drone_strike"))
                .get(0).get("incident_id").asText();
        Cli.Result d = run("decide", id, "--dismiss", "--by", "analyst-1", "--note", "duplicate feed", "--db", db.toString());
        assertThat(d.err()).isEmpty();
        assertThat(run("incidents", "--db", db.toString()).out()).contains("1 incident");
        assertThat(run("show", id, "--db", db.toString()).out()).contains("analyst-1 dismiss=true: duplicate feed");
    }

    @Test
    void correctionsFromTheCommandLine() throws IOException {
        ingested();
        String id = lines(run("incidents", "--db", db.toString(), "--format", "jsonl", "--type", "drone_strike"))
                .get(0).get("incident_id").asText();
        assertThat(run("decide", id, "--fatalities", "3-5", "--by", "analyst-1", "--db", db.toString()).code()).isZero();
        assertThat(run("decide", id, "--date", "2024-03-01", "--by", "analyst-1", "--db", db.toString()).code()).isZero();
        assertThat(run("decide", id, "--review", "confirmed", "--by", "analyst-2", "--db", db.toString()).code()).isZero();
        JsonNode json = JSON.readTree(run("show", id, "--db", db.toString(), "--format", "json").out());
        assertThat(json.toString()).contains("2024-03-01");
        Cli.Result bad = run("decide", id, "--fatalities", "many", "--by", "analyst-1", "--db", db.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("sitrep: fatalities are a number");
    }

    @Test
    void badQueriesAndBadLedgersAreOneLine() throws IOException {
        ingested();
        String dbArg = db.toString();
        Cli.Result farAway = run("incidents", "--db", dbArg, "--near", "Atlantis");
        assertThat(farAway.code()).isZero();
        assertThat(farAway.err()).as("the place taken is named, not a silent empty list")
                .matches("sitrep: --near Atlantis: Atlantis, ZA \\(-33\\.\\d+, 18\\.\\d+\\), within \\d+ km\n");
        assertThat(farAway.outLines()).last().isEqualTo("0 incidents");
        assertThat(run("incidents", "--db", dbArg, "--near", "Atlantisville").err())
                .isEqualTo("sitrep: unknown place 'Atlantisville' (not in the gazetteer; give coordinates as LAT,LON)\n");
        Cli.Result badDate = run("incidents", "--db", dbArg, "--since", "5 March");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.errLines()).hasSize(1);
        assertThat(badDate.err()).contains("'5 March' is not a date of the form YYYY-MM-DD");
        assertThat(run("incidents", "--db", dbArg, "--type", "nonsense").err()).startsWith("sitrep: unknown type 'nonsense'");
        assertThat(run("incidents", "--db", dbArg, "--near", "Kramatorsk", "--radius", "far").err())
                .startsWith("sitrep: 'far' is not a radius");
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database");
        Cli.Result bad = run("ingest", "--db", notes.toString(), articles.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("sitrep: " + notes + ": not a SQLite database\n");
        assertThat(Files.readString(notes)).isEqualTo("not a database");
        assertThat(run("incidents", "--db", dir.resolve("none.db").toString()).err()).contains("no ledger there");
    }

    @Test
    void theLedgerCanComeFromTheEnvironment() {
        Cli.Result r = Cli.run(dir, new byte[0], Map.of("SITREP_DB", db.toString()), "ingest", articles.toString());
        assertThat(r.code()).isZero();
        assertThat(db).exists();
    }

    @Test
    void aBadArticleIsSkippedAndTheRestStored() throws IOException {
        Files.writeString(articles, ARTICLES + "{not json\n", StandardCharsets.UTF_8);
        Cli.Result r = run("ingest", "--db", db.toString(), articles.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1).allMatch(l -> l.contains("articles.jsonl:4: not JSON"));
        assertThat(r.out()).contains("3 added");
    }
}
