package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.web.access.Tokens;

/**
 * The API of {@code sitrep serve} over a real server and ledger: who may do what (anonymous, viewer,
 * analyst; sessions with CSRF tokens; bearer tokens; cross-site requests), hostile parameters, and the
 * OpenAPI document against the routes the server really has.
 */
class ServeApiTest {
    @TempDir
    static Path dir;
    static ServedExamples served;
    static long incident;

    @BeforeAll
    static void start() throws Exception {
        served = ServedExamples.start(dir, true);
        incident = new Http(served.base()).get("/api/incidents?limit=5000").json().path("incidents").get(0).path("id").asLong();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    Http anonymous() {
        return new Http(served.base());
    }

    Http as(String name) {
        Http h = new Http(served.base());
        assertThat(h.login(name, ServedExamples.PASSWORD).status()).isEqualTo(200);
        return h;
    }

    static final String CONFIRM = "{\"action\":\"confirm\",\"note\":\"seen the footage\"}";

    @Test
    void anonymousReadsButCannotWrite() {
        Http h = anonymous();
        int audited = detail().path("audit").size();
        assertThat(h.get("/api/incidents").status()).isEqualTo(200);
        for (String[] write : writes()) {
            Http.Response r = h.post(write[0], write[1]);
            assertThat(r.status()).as(write[0]).isEqualTo(401);
            assertThat(r.json().path("error").asText()).isNotBlank();
        }
        assertThat(detail().path("audit")).hasSize(audited);
    }

    @Test
    void aViewerCannotWriteWithASessionOrAToken() {
        Http viewer = as(ServedExamples.VIEWER);
        for (String[] write : writes()) {
            assertThat(viewer.post(write[0], write[1]).status()).as(write[0]).isEqualTo(403);
        }
        String token = token(ServedExamples.VIEWER);
        Http.Response r = anonymous().send("POST", "/api/incidents/" + incident + "/review", CONFIRM,
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(detail().path("audit")).noneMatch(a -> a.path("analyst").asText().equals(ServedExamples.VIEWER));
    }

    @Test
    void aSessionWriteWithoutTheCsrfTokenIsRefused() {
        Http analyst = as(ServedExamples.ANALYST);
        int audited = detail().path("audit").size();
        Map<String, String> json = Map.of("Content-Type", "application/json");
        assertThat(analyst.send("POST", "/api/incidents/" + incident + "/review", CONFIRM, json).status()).isEqualTo(403);
        assertThat(analyst.send("POST", "/api/incidents/" + incident + "/review", CONFIRM,
                Map.of("Content-Type", "application/json", "X-CSRF-Token", "forged")).status()).isEqualTo(403);
        // A form another site posts carries the cookie and an Origin of its own: refused even with a token.
        assertThat(analyst.send("POST", "/api/incidents/" + incident + "/review", CONFIRM,
                Map.of("Content-Type", "text/plain", "X-CSRF-Token", analyst.csrf(), "Origin", "https://evil.example"))
                .status()).isEqualTo(403);
        assertThat(detail().path("audit")).hasSize(audited);
    }

    @Test
    void anAnalystReviewsAndTheAuditLogSaysWhoWhenBeforeAndAfter() {
        Http analyst = as(ServedExamples.ANALYST);
        JsonNode before = detail().path("incident");
        Http.Response r = analyst.post("/api/incidents/" + incident + "/review",
                "{\"action\":\"fatalities\",\"value\":\"4-21\",\"note\":\"governor vs ministry\"}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode audit = r.json().path("audit");
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("fatalities");
        assertThat(last.path("analyst").asText()).isEqualTo(ServedExamples.ANALYST);
        assertThat(last.path("after").asText()).isEqualTo("4-21");
        String was = before.path("fatalitiesLow").isNull() ? "unknown" : before.path("fatalitiesLow").asText()
                + (before.path("fatalitiesHigh").isNull() ? "" : "-" + before.path("fatalitiesHigh").asText());
        assertThat(last.path("before").asText()).isEqualTo(was);
        assertThat(Instant.parse(last.path("at").asText())).isAfter(Instant.now().minusSeconds(60));
        assertThat(r.json().path("incident").path("fatalitiesLow").asInt()).isEqualTo(4);
        assertThat(anonymous().get("/api/audit").json().get(0).path("id").asLong()).isEqualTo(last.path("id").asLong());
        // Put it back for the other tests, through a bearer token this time (no CSRF token needed).
        Http.Response back = anonymous().send("POST", "/api/incidents/" + incident + "/review",
                "{\"action\":\"fatalities\",\"value\":\"" + was + "\"}",
                Map.of("Authorization", "Bearer " + token(ServedExamples.ANALYST), "Content-Type", "application/json"));
        assertThat(back.status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        assertThat(as(ServedExamples.ANALYST).get("/api/users").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/users").status()).isEqualTo(401);
        Http admin = as(ServedExamples.ADMIN);
        assertThat(admin.get("/api/users").json()).extracting(u -> u.path("name").asText())
                .contains(ServedExamples.ANALYST, ServedExamples.VIEWER, ServedExamples.ADMIN);
        assertThat(as(ServedExamples.ANALYST).post("/api/users",
                "{\"name\":\"eve\",\"role\":\"admin\",\"password\":\"long enough pw\"}").status()).isEqualTo(403);
        assertThat(admin.post("/api/users", "{\"name\":\"dan\",\"role\":\"viewer\",\"password\":\"short\"}")
                .json().path("error").asText()).contains("at least 8");
        assertThat(admin.post("/api/users", "{\"name\":\"dan\",\"role\":\"viewer\",\"password\":\"long enough pw\"}")
                .status()).isEqualTo(201);
        Http dan = new Http(served.base());
        assertThat(dan.login("dan", "long enough pw").json().path("user").path("role").asText()).isEqualTo("viewer");
        assertThat(admin.post("/api/users/dan/remove", "{}").status()).isEqualTo(204);
        assertThat(dan.get("/api/session").json().path("user").isNull()).isTrue();
        assertThat(admin.post("/api/users/" + ServedExamples.ADMIN + "/remove", "{}").status()).isEqualTo(400);
    }

    @Test
    void wrongPasswordsUnknownTokensAndLoggedOutSessionsGetNothing() {
        assertThat(anonymous().login(ServedExamples.ANALYST, "wrong password").status()).isEqualTo(401);
        assertThat(anonymous().login("nobody", ServedExamples.PASSWORD).status()).isEqualTo(401);
        for (int i = 0; i < 6; i++) {
            assertThat(anonymous().login("mallory", "guess " + i).status()).isEqualTo(401);
        }
        Http.Response held = anonymous().login("mallory", "guess 7");
        assertThat(held.status()).isEqualTo(429);
        assertThat(held.headers()).containsKey("retry-after");
        assertThat(anonymous().send("GET", "/api/incidents", null, Map.of("Authorization", "Bearer not-a-token")).status())
                .isEqualTo(401);
        Http analyst = as(ServedExamples.ANALYST);
        assertThat(analyst.get("/api/session").json().path("user").path("role").asText()).isEqualTo("analyst");
        assertThat(analyst.send("POST", "/api/logout", "{}", Map.of("Content-Type", "application/json")).status())
                .as("a logout without the CSRF token").isEqualTo(403);
        assertThat(analyst.get("/api/session").json().path("user").path("name").asText()).isEqualTo(ServedExamples.ANALYST);
        assertThat(analyst.post("/api/logout", "{}").status()).isEqualTo(204);
        assertThat(analyst.get("/api/session").json().path("user").isNull()).isTrue();
        assertThat(analyst.post("/api/incidents/" + incident + "/review", CONFIRM).status()).isEqualTo(401);
    }

    @Test
    void aGuesserOnTheOwnersAddressCannotKeepHerOutOfHerBrowserNorDodgeTheThrottleWithAForgedAddress() {
        String name = "dora";
        served.pool.with(l -> {
            l.accounts().put(name, "analyst", ServedExamples.FAST.hash(ServedExamples.PASSWORD), Instant.now());
            return null;
        });
        Http owner = anonymous();
        assertThat(owner.login(name, ServedExamples.PASSWORD).status()).isEqualTo(200);
        assertThat(owner.post("/api/logout", "{}").status()).isEqualTo(204);
        Http guesser = anonymous();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            // A made-up X-Forwarded-For from a client that is no trusted proxy changes nothing.
            seen.add(guesser.send("POST", "/api/login", "{\"name\":\"dora\",\"password\":\"guess " + i + "\"}",
                    Map.of("Content-Type", "application/json", "X-Forwarded-For", "198.51.100." + i)).status());
        }
        assertThat(seen).containsExactlyInAnyOrder(401, 429);
        assertThat(anonymous().login(name, ServedExamples.PASSWORD).status()).as("a browser dora never used").isEqualTo(429);
        assertThat(owner.login(name, ServedExamples.PASSWORD).status()).as("dora's own browser").isEqualTo(200);
    }

    @Test
    void behindAnHttpsProxyCookiesAreSecureAndOnlyThePublicNameIsServed() throws Exception {
        try (ServedExamples proxied = ServedExamples.start(dir.resolve("proxied"), false, "https://sitrep.example.org/")) {
            Http h = new Http(proxied.base());
            Http.Response login = h.send("POST", "/api/login", "{\"name\":\"ana\",\"password\":\"" + ServedExamples.PASSWORD
                    + "\"}", Map.of("Content-Type", "application/json"));
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.headers().get("set-cookie").lines()).hasSize(2).allSatisfy(c ->
                    assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Strict"));
            assertThat(RawHttp.send(proxied.server.port(), "GET /api/session HTTP/1.1\r\nHost: sitrep.example.org\r\n")
                    .status()).isEqualTo(200);
            assertThat(RawHttp.send(proxied.server.port(), "GET /api/session HTTP/1.1\r\nHost: other.example.org\r\n")
                    .status()).isEqualTo(421);
        }
        Http.Response direct = anonymous().login(ServedExamples.VIEWER, ServedExamples.PASSWORD);
        assertThat(direct.headers().get("set-cookie")).doesNotContain("Secure");
    }

    @Test
    void sqlMetacharactersInEveryFilterAreHarmless() {
        long count = anonymous().get("/api/incidents?limit=5000").json().path("total").asLong();
        List<String> hostile = List.of("'; DROP TABLE incidents; --", "1' OR '1'='1", "\" OR 1=1 --", "%", "_",
                "1); DELETE FROM decisions; --", "UA') OR ('a'='a", "\\", "NULL");
        List<String> params = List.of("since", "until", "type", "side", "contested", "minSources", "q", "bbox", "review",
                "limit");
        for (String endpoint : List.of("/api/incidents", "/api/histogram", "/api/export.csv", "/api/export.geojson",
                "/api/search")) {
            for (String p : params) {
                for (String v : hostile) {
                    Http.Response r = anonymous().get(endpoint + "?" + p + "=" + Http.enc(v)
                            + (endpoint.equals("/api/search") && !p.equals("q") ? "&q=strike" : ""));
                    assertThat(r.status()).as(endpoint + " " + p + "=" + v).isIn(200, 400);
                    if (r.status() == 400) {
                        assertThat(r.json().path("error").asText()).isNotBlank();
                    }
                    if (r.status() == 200 && endpoint.equals("/api/incidents") && !p.equals("q") && !p.equals("side")) {
                        assertThat(r.json().path("total").asLong()).as(p + "=" + v).isLessThanOrEqualTo(count);
                    }
                }
            }
        }
        assertThat(anonymous().get("/api/incidents?side=" + Http.enc("%")).status()).isEqualTo(400);
        assertThat(anonymous().get("/api/incidents?q=" + Http.enc("1' OR '1'='1")).json().path("total").asLong())
                .isLessThan(count);
        assertThat(anonymous().get("/api/incidents?limit=5000").json().path("total").asLong()).isEqualTo(count);
    }

    @Test
    void aSearchResultsArticleIdIsTheOneTheArticleRouteTakes() {
        JsonNode hits = anonymous().get("/api/search?q=Kramatorsk").json();
        assertThat(hits.size()).isPositive();
        for (JsonNode hit : hits) {
            assertThat(hit.path("articleId").isIntegralNumber()).as(hit.toString()).isTrue();
            JsonNode article = anonymous().get("/api/articles/" + hit.path("articleId").asLong()).json();
            assertThat(article.path("sourceId").asText()).isEqualTo(hit.path("sourceId").asText()).isNotEmpty();
            assertThat(article.path("text").asText()).contains("Kramatorsk");
        }
    }

    @Test
    void theBaseLayerIsServedAsGeoJson() {
        for (String file : List.of("/base/countries.geojson", "/base/places.geojson")) {
            Http.Response r = anonymous().get(file);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().get("content-type")).as(file).startsWith("application/geo+json");
            assertThat(r.headers().get("x-content-type-options")).isEqualTo("nosniff");
        }
    }

    @Test
    void badParametersSayWhatIsWrong() {
        assertThat(anonymous().get("/api/incidents?bbox=1,2,3").json().path("error").asText()).contains("bbox");
        assertThat(anonymous().get("/api/incidents?since=yesterday").json().path("error").asText()).contains("since");
        assertThat(anonymous().get("/api/incidents?type=riot").json().path("error").asText()).contains("unknown type");
        assertThat(anonymous().get("/api/incidents/999999").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/incidents/abc").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/nothing").status()).isEqualTo(404);
        Http.Response maybe = anonymous().get("/api/incidents?contested=maybe");
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.json().path("error").asText()).isEqualTo("contested is true or false, not 'maybe'");
        assertThat(anonymous().get("/api/histogram?contested=maybe").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/incidents?contested=false").json().path("total").asInt())
                .isEqualTo(anonymous().get("/api/incidents").json().path("total").asInt());
        Http analyst = as(ServedExamples.ANALYST);
        assertThat(analyst.post("/api/incidents/" + incident + "/review", "{\"action\":\"date\",\"value\":\"5 March\"}")
                .json().path("error").asText()).contains("YYYY-MM-DD");
        assertThat(analyst.post("/api/incidents/" + incident + "/review", "{\"action\":\"place\",\"value\":\"Nowhereville\"}")
                .json().path("error").asText()).contains("unknown place");
        assertThat(analyst.post("/api/incidents/" + incident + "/review", "not json").status()).isEqualTo(400);
    }

    @Test
    void responsesForbidScriptsFromAnywhereElseAndArticleTextIsData() {
        Http.Response page = anonymous().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().get("content-security-policy")).contains("script-src 'self'").doesNotContain("unsafe-eval");
        assertThat(page.headers().get("x-content-type-options")).isEqualTo("nosniff");
        JsonNode report = detail().path("reports").get(0);
        Http.Response article = anonymous().get("/api/articles/" + report.path("articleId").asLong());
        assertThat(article.headers().get("content-type")).startsWith("application/json");
        assertThat(article.json().path("text").asText()).isNotBlank();
    }

    @Test
    void aServerWithoutAnonymousReadingWantsALogin() throws Exception {
        try (ServedExamples closed = ServedExamples.start(dir.resolve("closed"), false)) {
            Http h = new Http(closed.base());
            assertThat(h.get("/api/incidents").status()).isEqualTo(401);
            assertThat(h.get("/api/session").status()).isEqualTo(200);
            assertThat(h.login(ServedExamples.VIEWER, ServedExamples.PASSWORD).status()).isEqualTo(200);
            assertThat(h.get("/api/incidents").status()).isEqualTo(200);
        }
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesTheServerHas() {
        JsonNode doc = anonymous().get("/openapi.json").json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            path.getValue().properties().forEach(m -> documented.add(m.getKey() + " " + path.getKey()));
        }
        Set<String> registered = new HashSet<>();
        served.server.routes().forEach(r -> registered.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void uploadedFilesAreIngestedInTheBackgroundAndABadOneIsNamed() throws Exception {
        Http analyst = as(ServedExamples.ANALYST);
        String article = "Ukraine's air force said Russian drones struck an energy facility in Sumy overnight, killing two"
                + " workers and cutting power to thousands of homes. The regional governor said rescuers were still at the"
                + " site on Wednesday morning. Russia's defence ministry said its forces had hit military targets in the"
                + " region. The claims could not be independently verified.";
        String boundary = "sitrep-test-boundary";
        String body = part(boundary, "sumy-drones.txt", "Drones hit Sumy\n\n" + article)
                + part(boundary, "notes.docx", "not an article") + "--" + boundary + "--\r\n";
        Http.Response r = analyst.send("POST", "/api/ingest", body, Map.of("Content-Type",
                "multipart/form-data; boundary=" + boundary, "X-CSRF-Token", analyst.csrf()));
        assertThat(r.status()).isEqualTo(202);
        String batch = r.json().path("batch").asText();
        JsonNode status = anonymous().get("/api/ingest/" + batch).json();
        for (int i = 0; i < 300 && !status.path("state").asText().equals("done"); i++) {
            Thread.sleep(100);
            status = anonymous().get("/api/ingest/" + batch).json();
        }
        assertThat(status.path("state").asText()).isEqualTo("done");
        assertThat(status.path("total").asInt()).isEqualTo(1);
        assertThat(status.path("added").asInt()).isEqualTo(1);
        assertThat(status.path("by").asText()).isEqualTo(ServedExamples.ANALYST);
        assertThat(status.path("errors").get(0).asText()).startsWith("notes.docx: not a kind of file sitrep reads");
        assertThat(anonymous().get("/api/incidents?q=Sumy&limit=50").json().path("total").asInt()).isPositive();
        assertThat(anonymous().get("/api/ingest/b999").status()).isEqualTo(404);
    }

    @Test
    void pastedTextsGetIdsOfTheirOwnLinksToTheirIncidentsAndTheCommandLinesLanguageRule() throws Exception {
        Http analyst = as(ServedExamples.ANALYST);
        String a = "Shelling kills two in Nikopol\n\nRussian artillery shelled the town of Nikopol on Monday, killing two"
                + " civilians and wounding five, the governor of the Dnipropetrovsk region said.";
        String b = "Drone strike hits Sumy power station\n\nRussian drones struck a power station in Sumy on Monday night,"
                + " wounding three workers, the regional military administration said.";
        JsonNode first = done(analyst, "{\"text\":" + Http.quote(a) + "}");
        JsonNode second = done(analyst, "{\"text\":" + Http.quote(b) + "}");
        Set<String> ids = new HashSet<>();
        for (JsonNode s : List.of(first, second)) {
            assertThat(s.path("added").asInt()).as(s.toString()).isEqualTo(1);
            assertThat(s.path("incidents")).as("the incidents the paste made").isNotEmpty();
            for (JsonNode id : s.path("incidents")) {
                JsonNode detail = anonymous().get("/api/incidents/" + id.asLong()).json();
                detail.path("reports").forEach(r -> {
                    if (r.path("sourceId").asText().startsWith("pasted-")) {
                        ids.add(r.path("sourceId").asText());
                    }
                });
            }
        }
        assertThat(ids).as("the two pastes' article ids").hasSize(2).allMatch(id -> id.matches("pasted-[0-9a-f]{12}"));
        // A short Russian text is not English: refused in the browser as `sitrep ingest` refuses it.
        JsonNode russian = done(analyst, "{\"text\":" + Http.quote("Обстрел Белгорода: двое погибших, ещё трое ранены") + "}");
        assertThat(russian.path("added").asInt()).isZero();
        assertThat(russian.path("failed").asInt()).isEqualTo(1);
        assertThat(russian.path("errors").get(0).asText()).contains("not English (looks like Russian");
        assertThat(russian.path("incidents")).isEmpty();
    }

    @Test
    void placesFacetsListsAndClusterMixesForTheMap() {
        JsonNode places = anonymous().get("/api/places?bbox=37,48.4,38,49&limit=10").json().path("places");
        assertThat(places).hasSize(10);
        List<String> names = new ArrayList<>();
        long previous = Long.MAX_VALUE;
        for (JsonNode p : places) {
            names.add(p.path("name").asText());
            assertThat(p.path("population").asLong()).isLessThanOrEqualTo(previous);
            previous = p.path("population").asLong();
            assertThat(p.path("lat").asDouble()).isBetween(48.4, 49.0);
            assertThat(p.path("lon").asDouble()).isBetween(37.0, 38.0);
        }
        assertThat(names).contains("Kramatorsk", "Sloviansk", "Kostiantynivka");
        assertThat(anonymous().get("/api/places").status()).isEqualTo(400);

        JsonNode facets = anonymous().get("/api/facets").json();
        assertThat(facets.path("regions").findValuesAsText("country")).contains("UA", "RU");
        assertThat(facets.path("actors").findValuesAsText("name")).contains("RU");

        JsonNode all = anonymous().get("/api/incidents?limit=5000").json();
        JsonNode list = anonymous().get("/api/incidents?as=list&limit=5000").json();
        assertThat(list.path("incidents")).hasSize(all.path("total").asInt());
        assertThat(list.path("truncated").asBoolean()).isFalse();
        assertThat(anonymous().get("/api/incidents?as=list&limit=2").json().path("truncated").asBoolean()).isTrue();
        JsonNode cells = anonymous().get("/api/incidents?limit=1").json();
        assertThat(cells.path("clustered").asBoolean()).isTrue();
        for (JsonNode c : cells.path("clusters")) {
            int sum = 0;
            for (JsonNode n : c.path("types")) {
                sum += n.asInt();
            }
            assertThat(sum).as("the type mix of %s adds up to its count", c).isEqualTo(c.path("count").asInt());
        }
        JsonNode ua = anonymous().get("/api/incidents?limit=5000&country=UA&minFatalities=1").json();
        assertThat(ua.path("incidents")).isNotEmpty().allSatisfy(i -> {
            assertThat(i.path("country").asText()).isEqualTo("UA");
            assertThat(i.path("fatalitiesLow").asInt()).isPositive();
        });
        long last = anonymous().get("/api/meta").json().path("lastIncidentId").asLong();
        assertThat(anonymous().get("/api/incidents?after=" + last).json().path("total").asInt()).isZero();
        assertThat(anonymous().get("/api/incidents?after=" + (last - 1)).json().path("total").asInt()).isLessThanOrEqualTo(1);
    }

    private JsonNode done(Http analyst, String body) throws InterruptedException {
        Http.Response r = analyst.post("/api/ingest", body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String batch = r.json().path("batch").asText();
        JsonNode status = anonymous().get("/api/ingest/" + batch).json();
        for (int i = 0; i < 300 && !status.path("state").asText().equals("done"); i++) {
            Thread.sleep(100);
            status = anonymous().get("/api/ingest/" + batch).json();
        }
        assertThat(status.path("state").asText()).isEqualTo("done");
        return status;
    }

    private static String part(String boundary, String file, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    private static String token(String name) {
        String token = Tokens.random();
        served.pool.with(l -> {
            l.accounts().addToken(name, Tokens.sha256(token), Instant.now());
            return null;
        });
        return token;
    }

    private JsonNode detail() {
        return anonymous().get("/api/incidents/" + incident).json();
    }

    private static List<String[]> writes() {
        List<String[]> w = new ArrayList<>();
        w.add(new String[] {"/api/incidents/" + incident + "/review", CONFIRM});
        w.add(new String[] {"/api/incidents/" + incident + "/merge", "{\"into\":" + (incident + 1) + "}"});
        w.add(new String[] {"/api/incidents/" + incident + "/split", "{\"eventIds\":[1]}"});
        w.add(new String[] {"/api/ingest", "{\"text\":\"Shelling hit the town, the governor said.\"}"});
        return w;
    }
}
