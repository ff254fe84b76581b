package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command on the example articles the team ships (examples/articles), scored against their
 * gold annotations (examples/gold) with the matching rule of the evaluation: same ACLED event type,
 * places within 50 km, dates at most a day apart. The bars are below what the engine reaches today, so
 * a change that makes extraction clearly worse fails here.
 */
class ExamplesEndToEndTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private static Map<String, JsonNode> predicted;
    private static Map<String, JsonNode> gold;
    private static Map<String, String> texts;

    @BeforeAll
    static void extractAll() throws IOException {
        Cli.Result r = Cli.run(home, "extract", EXAMPLES.resolve("articles").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        predicted = new HashMap<>();
        for (String line : r.outLines()) {
            JsonNode n = JSON.readTree(line);
            predicted.put(n.get("article_id").asText(), n);
        }
        gold = new HashMap<>();
        texts = new HashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode g = JSON.readTree(f.toFile());
                gold.put(g.get("id").asText(), g);
                texts.put(g.get("id").asText(), g.get("text").asText());
            }
        }
    }

    @Test
    void everyExampleArticleIsRead() {
        assertThat(predicted.keySet()).containsExactlyInAnyOrderElementsOf(gold.keySet());
    }

    @Test
    void eventsMatchTheGoldWell() {
        int tp = 0, fp = 0, fn = 0, claimsRight = 0, claimsGold = 0;
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            List<JsonNode> golds = list(e.getValue().get("events"));
            List<JsonNode> preds = list(predicted.get(e.getKey()).get("events"));
            List<JsonNode> free = new ArrayList<>(preds);
            for (JsonNode g : golds) {
                JsonNode match = free.stream().filter(p -> sameIncident(g, p)).findFirst().orElse(null);
                boolean optional = g.path("optional").asBoolean(false);
                if (match != null) {
                    free.remove(match);
                    if (!optional) {
                        tp++;
                        claimsGold += g.get("claims").size();
                        claimsRight += sharedClaims(g, match);
                    }
                } else if (!optional) {
                    fn++;
                    claimsGold += g.get("claims").size();
                }
            }
            fp += free.size();
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(f1).as("event F1 (tp %d, fp %d, fn %d)", tp, fp, fn).isGreaterThan(0.70);
        assertThat(claimsRight / (double) claimsGold).as("claim recall").isGreaterThan(0.45);
    }

    @Test
    void theDistractorHasNoIncident() {
        assertThat(list(predicted.get("danube-grain-talks").get("events"))).isEmpty();
    }

    @Test
    void everyOffsetPointsIntoItsArticle() {
        for (Map.Entry<String, JsonNode> e : predicted.entrySet()) {
            int length = texts.get(e.getKey()).length();
            for (JsonNode ev : e.getValue().get("events")) {
                for (JsonNode span : ev.get("evidence")) {
                    assertThat(span.get("start").asInt()).isBetween(0, span.get("end").asInt());
                    assertThat(span.get("end").asInt()).isLessThanOrEqualTo(length);
                }
                for (JsonNode c : ev.get("claims")) {
                    assertThat(c.get("end").asInt()).isLessThanOrEqualTo(length);
                    assertThat(c.get("start").asInt()).isLessThan(c.get("end").asInt());
                }
            }
        }
    }

    private static boolean sameIncident(JsonNode g, JsonNode p) {
        if (!g.get("acled_event_type").asText().equals(p.get("acled_event_type").asText())) {
            return false;
        }
        JsonNode gp = g.get("place");
        JsonNode pp = p.get("place");
        if (gp.get("lat").isNull() || pp.get("lat").isNull()) {
            return gp.get("name").asText().equalsIgnoreCase(pp.get("name").asText());
        }
        if (km(gp.get("lat").asDouble(), gp.get("lon").asDouble(), pp.get("lat").asDouble(), pp.get("lon").asDouble()) > 50) {
            return false;
        }
        if (g.get("date").isNull() || p.get("date").isNull()) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(g.get("date").asText()), LocalDate.parse(p.get("date").asText()))) <= 1;
    }

    private static int sharedClaims(JsonNode g, JsonNode p) {
        List<String> left = new ArrayList<>();
        for (JsonNode c : g.get("claims")) {
            left.add(c.get("side").asText() + "/" + c.get("stance").asText());
        }
        int shared = 0;
        for (JsonNode c : p.get("claims")) {
            if (left.remove(c.get("side").asText() + "/" + c.get("stance").asText())) {
                shared++;
            }
        }
        return shared;
    }

    private static double km(double la1, double lo1, double la2, double lo2) {
        double a = Math.toRadians(la1), b = Math.toRadians(la2);
        double h = Math.pow(Math.sin((b - a) / 2), 2) + Math.cos(a) * Math.cos(b) * Math.pow(Math.sin(Math.toRadians(lo2 - lo1) / 2), 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
