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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Io;
import org.sitrep.app.Main;

/**
 * Issue 9's data loss, reproduced the way it happened: a real {@code sitrep serve} process ingests
 * articles posted to its API, a real {@code sitrep ingest} process writes to the same ledger at the same
 * time, other commands open it meanwhile ({@code user add}, a CSV export), and an analyst reads the file
 * again and again with Debian's {@code sqlite3} shell, and backs it up with its {@code .backup}. While the
 * server runs, the shell must never find itself the ledger's last user (it would checkpoint and delete
 * the -wal and -shm files the server still writes to); afterwards {@code PRAGMA integrity_check} says
 * ok and every article is there, with its text.
 */
class OutsideReaderWhileServingTest {
    private static final String[] TOWNS = {"Kharkiv", "Sumy", "Odesa", "Dnipro", "Kherson", "Mykolaiv", "Zaporizhzhia"};
    private static final int POSTED = 24;
    private static final int FROM_CLI = 400;

    @TempDir
    Path dir;

    @Test
    void theShellReadsWhileTheServerAndAnIngestWriteAndNothingIsLost() throws Exception {
        Sqlite3Shell.assumePresent();
        Path db = dir.resolve("l.db");
        run("ingest", "--db", db.toString(), Path.of("..", "examples", "articles").toString());
        run("user", "add", "ana", "--role", "analyst", "--db", db.toString());
        String token = run("user", "token", "ana", "--db", db.toString()).strip().lines().reduce((a, b) -> b).orElseThrow();
        long examples = Long.parseLong(Sqlite3Shell.run(db, "SELECT COUNT(*) FROM articles"));

        Map<String, String> expected = new LinkedHashMap<>();
        Path cliInput = dir.resolve("more.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < FROM_CLI; i++) {
            ObjectNode a = article("cli", i);
            expected.put(a.path("url").asText(), a.path("text").asText());
            lines.append(a).append('\n');
        }
        Files.writeString(cliInput, lines, StandardCharsets.UTF_8);

        ExecutorService shell = Executors.newSingleThreadExecutor();
        try (ServeProcess serve = ServeProcess.start(db, dir, "512m")) {
            Http api = new Http(serve.base());
            Process ingest = ServeProcess.sitrep(dir, "ingest", "--db", db.toString(), "--batch", "20",
                    cliInput.toString()).start();
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<Integer> reads = shell.submit(() -> {
                int n = 0;
                while (writing.get() || n < 5) {
                    Sqlite3Shell.run(db, "SELECT COUNT(*) FROM incidents");
                    Sqlite3Shell.run(db, "SELECT COUNT(*), MAX(id) FROM articles");
                    n++;
                    assertThat(db.resolveSibling("l.db-wal")).as("the server's log, after the shell's read " + n).exists();
                    assertThat(db.resolveSibling("l.db-shm")).exists();
                }
                return n;
            });
            List<String> batches = new ArrayList<>();
            for (int i = 0; i < POSTED; i++) {
                ObjectNode a = article("api", i);
                expected.put(a.path("url").asText(), a.path("text").asText());
                Http.Response r = api.send("POST", "/api/ingest", a.toString(), Map.of("Authorization", "Bearer " + token,
                        "Content-Type", "application/json"));
                // An account may have 3 batches waiting: a client sends the next when one has started.
                for (int wait = 0; r.status() == 429 && wait < 1200; wait++) {
                    Thread.sleep(50);
                    r = api.send("POST", "/api/ingest", a.toString(), Map.of("Authorization", "Bearer " + token,
                            "Content-Type", "application/json"));
                }
                assertThat(r.status()).as(r.body()).isEqualTo(202);
                batches.add(r.json().path("batch").asText());
                Thread.sleep(40);
            }
            Process user = ServeProcess.sitrep(dir, "user", "add", "bob", "--role", "viewer", "--db", db.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(password().toFile())).start();
            Process export = ServeProcess.sitrep(dir, "incidents", "--db", db.toString(), "--format", "csv", "--out",
                    dir.resolve("export.csv").toString()).start();
            Sqlite3Shell.run(db, ".backup " + dir.resolve("copy.db"));
            for (Process p : List.of(user, export)) {
                assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
                assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            }
            assertThat(Sqlite3Shell.run(dir.resolve("copy.db"), "PRAGMA integrity_check")).isEqualTo("ok");
            for (String b : batches) {
                JsonNode status = waitUntilDone(api, b);
                assertThat(status.path("added").asInt()).as(status.toString()).isEqualTo(1);
            }
            assertThat(ingest.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String ingestOut = new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ingest.exitValue()).as(ingestOut).isZero();
            assertThat(ingestOut).contains(FROM_CLI + " added");
            writing.set(false);
            assertThat(reads.get(2, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(5);
        } finally {
            shell.shutdownNow();
        }

        assertThat(Sqlite3Shell.run(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Long.parseLong(Sqlite3Shell.run(db, "SELECT COUNT(*) FROM articles")))
                .isEqualTo(examples + POSTED + FROM_CLI);
        Map<String, String> stored = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT a.url, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id"
                    + " WHERE a.url LIKE 'https://example.test/%'");
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(stored).isEqualTo(expected);
        assertThat(Sqlite3Shell.run(db, "SELECT name FROM users ORDER BY name")).isEqualTo("ana\nbob");
    }

    private static JsonNode waitUntilDone(Http api, String batch) throws InterruptedException {
        JsonNode status = api.get("/api/ingest/" + batch).json();
        for (int i = 0; i < 1200 && !status.path("state").asText().equals("done"); i++) {
            Thread.sleep(50);
            status = api.get("/api/ingest/" + batch).json();
        }
        assertThat(status.path("state").asText()).as(batch).isEqualTo("done");
        return status;
    }

    /** A distinct report of a strike: its own URL, town, day and figures, so that no two texts are the same. */
    private static ObjectNode article(String from, int i) {
        String town = TOWNS[i % TOWNS.length];
        LocalDate day = LocalDate.of(2024, 5, 1).plusDays(i / 3);
        ObjectNode o = Http.JSON.createObjectNode();
        o.put("url", "https://example.test/" + from + "/" + i);
        o.put("published", day.toString());
        o.put("text", "Russian missiles struck " + town + " on " + day.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ", killing " + (i % 7 + 2) + " people and"
                + " wounding " + (i % 11 + 3) + ", the regional governor said in report " + from + "-" + i + ".");
        return o;
    }

    private Path password() throws java.io.IOException {
        return Files.writeString(dir.resolve("password.txt"), "correct horse battery\n");
    }

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Io io = new Io(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)), out,
                new PrintWriter(err, true), Map.of(), Files.createDirectories(dir.resolve("home")));
        int code = Main.run(io, args);
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
