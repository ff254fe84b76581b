package org.sitrep.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Io;
import org.sitrep.app.Main;

/**
 * Issue 9's hostile inputs against a real {@code sitrep serve} (a JVM of its own with a 256 MB heap):
 * a foreign Host, a 20 MB login, a 300 MB upload, twenty concurrent 45 MB bodies, a flood of queued
 * batches, requests Jetty itself refuses, and malformed JSON. Bodies are generated as they are sent. Every
 * answer is the status that fits with a one-line JSON error; none is a 500; the server keeps answering
 * and never runs out of memory.
 */
class HostileInputTest {
    private static final long MB = 1024 * 1024;
    private static final String[] ANALYSTS = {"ana", "bob", "cy", "dee", "eve", "fay"};
    @TempDir
    static Path dir;
    static ServeProcess serve;
    static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path db = dir.resolve("l.db");
        run("ingest", "--db", db.toString(), Path.of("..", "examples", "articles").toString());
        for (String name : ANALYSTS) {
            run("user", "add", name, "--role", "analyst", "--db", db.toString());
            TOKENS.put(name, run("user", "token", name, "--db", db.toString()).strip().lines().reduce((a, b) -> b).orElseThrow());
        }
        serve = ServeProcess.start(db, dir, "256m");
    }

    @AfterAll
    static void stop() throws Exception {
        String log = serve.output();
        serve.close();
        assertThat(log).doesNotContain("OutOfMemoryError").doesNotContain("out of memory").doesNotContain("internal error");
    }

    @Test
    void aForeignHostIsRefusedAndTheServersOwnNamesAreServed() throws Exception {
        for (String path : List.of("/api/articles/1", "/", "/api/session")) {
            RawHttp.Reply r = RawHttp.send(serve.port, "GET " + path + " HTTP/1.1\r\nHost: evil.example:" + serve.port + "\r\n");
            assertThat(r.status()).as(path).isEqualTo(421);
            assertThat(r.headers().get("content-type")).startsWith("application/json");
            assertThat(Http.JSON.readTree(r.body()).path("error").asText()).contains("'evil.example'");
            assertThat(r.body()).doesNotContain("Atlantis");
        }
        for (String host : List.of("127.0.0.1:" + serve.port, "localhost:" + serve.port, "localhost")) {
            RawHttp.Reply r = RawHttp.send(serve.port, "GET /api/articles/1 HTTP/1.1\r\nHost: " + host + "\r\n");
            assertThat(r.status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void aTwentyMegabyteLoginIsRefusedBeforeItIsRead() throws Exception {
        for (boolean chunked : new boolean[] {false, true}) {
            RawHttp.Reply r = RawHttp.send(serve.port, post("/api/login", "application/json", null),
                    "{\"name\":\"ana\",\"password\":\"".getBytes(StandardCharsets.UTF_8), 20 * MB, "\"}".getBytes(), chunked);
            assertThat(r.status()).as("chunked " + chunked).isEqualTo(413);
            assertThat(Http.JSON.readTree(r.body()).path("error").asText()).isEqualTo("POST /api/login takes a body of at most 4 KB");
        }
    }

    @Test
    void aThreeHundredMegabyteUploadIs413() throws Exception {
        for (boolean chunked : new boolean[] {false, true}) {
            RawHttp.Reply r = multipart("ana", "huge.txt", 300 * MB, chunked);
            assertThat(r.status()).as("chunked " + chunked).isEqualTo(413);
            assertThat(Http.JSON.readTree(r.body()).path("error").asText()).contains("at most 51 MB");
        }
        RawHttp.Reply pasted = RawHttp.send(serve.port, post("/api/ingest", "application/json", "ana"),
                "{\"text\":\"".getBytes(), 45 * MB, "\"}".getBytes(), false);
        assertThat(pasted.status()).isEqualTo(413);
        assertThat(pasted.body()).contains("at most 1 MB");
    }

    @Test
    void twentyConcurrentFortyFiveMegabyteBodiesLeaveTheServerAnswering() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<RawHttp.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                Callable<RawHttp.Reply> call = switch (n % 4) {
                    case 0 -> () -> RawHttp.send(serve.port, post("/api/login", "application/json", null),
                            "{\"name\":\"ana\",\"password\":\"".getBytes(), 45 * MB, "\"}".getBytes(), n % 8 == 0);
                    case 1 -> () -> multipart(ANALYSTS[n % ANALYSTS.length], "big-" + n + ".txt", 45 * MB, false);
                    case 2 -> () -> RawHttp.send(serve.port, post("/api/ingest", "multipart/form-data; boundary=x", null),
                            new byte[0], 45 * MB, new byte[0], false);
                    default -> () -> RawHttp.send(serve.port, post("/api/incidents/1/review", "application/json",
                            ANALYSTS[n % ANALYSTS.length]), "{\"note\":\"".getBytes(), 45 * MB, "\"}".getBytes(), n % 8 == 3);
                };
                replies.add(pool.submit(call));
            }
            for (Future<RawHttp.Reply> f : replies) {
                RawHttp.Reply r = f.get(3, TimeUnit.MINUTES);
                assertThat(r.status()).as(r.body()).isIn(202, 401, 413, 429, 503);
                assertThat(Http.JSON.readTree(r.body()).path("error").isTextual() || r.status() == 202).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertAnswering();
    }

    @Test
    void aFloodOfBatchesIsBoundedPerAccountAndInAllAndTheServerKeepsAnswering() throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            ObjectNode a = Http.JSON.createObjectNode();
            a.put("url", "https://example.test/flood/" + i);
            a.put("text", "Russian drones struck Kharkiv overnight, injuring " + (i % 40 + 1) + " people in report " + i
                    + ", the regional governor said.");
            jsonl.append(a).append('\n');
        }
        RawHttp.Reply busy = RawHttp.send(serve.port, post("/api/ingest", "multipart/form-data; boundary=b", "fay"),
                part("b", "busy.jsonl"), 0, (jsonl + "\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(busy.status()).as(busy.body()).isEqualTo(202);
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        String perAccount = null;
        String total = null;
        for (int round = 0; round < 4; round++) {
            for (String name : ANALYSTS) {
                RawHttp.Reply r = pasted(name, "Shelling hit Sumy on Monday, wounding " + round + " people, " + name + " read.");
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() == 429) {
                    perAccount = Http.JSON.readTree(r.body()).path("error").asText();
                    assertThat(r.headers()).containsKey("retry-after");
                }
                if (r.status() == 503) {
                    total = Http.JSON.readTree(r.body()).path("error").asText();
                }
            }
        }
        assertThat(statuses.keySet()).as(statuses.toString()).containsOnly(202, 429, 503);
        assertThat(perAccount).matches("\\w+ has 3 batches waiting already \\(at most 3\\); send more when one has started");
        assertThat(total).startsWith("the server has 16 batches waiting to be ingested (at most 16)");
        assertAnswering();
        String id = Http.JSON.readTree(busy.body()).path("batch").asText();
        JsonNode status = new Http(serve.base()).get("/api/ingest/" + id).json();
        for (int i = 0; i < 1200 && !status.path("state").asText().equals("done"); i++) {
            Thread.sleep(100);
            status = new Http(serve.base()).get("/api/ingest/" + id).json();
        }
        assertThat(status.path("added").asInt()).as(status.toString()).isEqualTo(1500);
    }

    @Test
    void jettysOwnRefusalsAreJsonWithTheSecurityHeaders() throws Exception {
        List<String> requests = List.of("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                "GET /api/incidents?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n");
        for (String request : requests) {
            RawHttp.Reply r = RawHttp.send(serve.port, request);
            assertThat(r.status()).isIn(400, 414, 431);
            assertThat(r.headers().get("content-type")).startsWith("application/json");
            assertThat(r.headers()).containsKeys("content-security-policy", "x-content-type-options", "x-frame-options");
            assertThat(Http.JSON.readTree(r.body()).path("error").asText()).isNotBlank();
        }
    }

    @Test
    void malformedJsonIsA400ThatShowsNoLibraryInternals() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"text\":\"Shelling hit Sumy.\"} trailing garbage", "the body is not JSON");
        bodies.put("{\"text\":\"Shelling hit Sumy.\"}{\"text\":\"again\"}", "the body holds more than one JSON value");
        bodies.put("{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "nested deeper than 32 levels");
        bodies.put("[1,2,3]", "the body is a JSON object");
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            byte[] body = e.getKey().getBytes(StandardCharsets.UTF_8);
            RawHttp.Reply r = RawHttp.send(serve.port, post("/api/ingest", "application/json", "eve"), body, 0,
                    new byte[0], false);
            assertThat(r.status()).as(e.getValue()).isEqualTo(400);
            String error = Http.JSON.readTree(r.body()).path("error").asText();
            assertThat(error).contains(e.getValue()).doesNotContain("StreamReadConstraints").doesNotContain("jackson")
                    .doesNotContain("com.fasterxml").doesNotContain("Source:");
        }
    }

    private static void assertAnswering() throws Exception {
        long t0 = System.nanoTime();
        RawHttp.Reply r = RawHttp.send(serve.port, "GET /api/incidents?limit=5 HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        assertThat(r.status()).isEqualTo(200);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("ms to answer").isLessThan(10_000);
        assertThat(serve.process.isAlive()).isTrue();
    }

    private static RawHttp.Reply pasted(String name, String text) throws Exception {
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("text", text);
        return RawHttp.send(serve.port, post("/api/ingest", "application/json", name), o.toString().getBytes(StandardCharsets.UTF_8),
                0, new byte[0], false);
    }

    private static RawHttp.Reply multipart(String name, String file, long bytes, boolean chunked) throws Exception {
        return RawHttp.send(serve.port, post("/api/ingest", "multipart/form-data; boundary=b", name), part("b", file),
                bytes, "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8), chunked);
    }

    private static byte[] part(String boundary, String file) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String post(String path, String type, String as) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port + "\r\nContent-Type: " + type + "\r\n"
                + (as == null ? "" : "Authorization: Bearer " + TOKENS.get(as) + "\r\n");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)), out,
                new PrintWriter(err, true), Map.of(), dir.resolve("home"));
        int code = Main.run(io, args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
