package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerLocation;

/**
 * kill -9 in the middle of an ingest: the real command runs in a child JVM and is killed (SIGKILL,
 * no shutdown hooks) while it is writing batches. Afterwards the ledger opens, every committed
 * article is whole (its text as given, its events and incidents consistent), and running the same
 * ingest again completes it without storing anything twice.
 */
class IngestDurabilityTest {
    private static final int ARTICLES = 3000;
    private static final int BATCH = 40;
    private static final String[] TOWNS = {"Kramatorsk", "Kharkiv", "Sumy", "Odesa", "Dnipro", "Zaporizhzhia",
        "Kherson", "Mykolaiv", "Sloviansk", "Pokrovsk"};

    @TempDir
    Path dir;

    @Test
    void killedMidBatchLosesOnlyTheOpenBatch() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Map<String, String> texts = writeArticles(input);
        Path db = dir.resolve("ledger.db");

        Process child = ingest(db, input);
        try {
            waitForCommittedArticles(db, child, 3 * BATCH);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        long committed = count(db, "SELECT COUNT(*) FROM articles");
        assertThat(committed).isGreaterThanOrEqualTo(3 * BATCH).isLessThan(ARTICLES);
        assertThat(committed % BATCH).as("whole batches only").isZero();
        assertIntact(db, texts, false);

        Process again = ingest(db, input);
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.exitValue()).as(out).isZero();
        assertThat(out).contains((ARTICLES - committed) + " added, 0 re-extracted, " + committed + " already stored");
        assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(ARTICLES);
        assertThat(count(db, "SELECT COUNT(DISTINCT source_id) FROM articles")).isEqualTo(ARTICLES);
        assertIntact(db, texts, true);
    }

    private Process ingest(Path db, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.sitrep.app.Main", "ingest", "--db", db.toString(), "--batch", String.valueOf(BATCH), input.toString());
        pb.redirectErrorStream(true);
        pb.environment().remove("SITREP_DB");
        return pb.start();
    }

    private static void waitForCommittedArticles(Path db, Process child, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("ingest ended before it could be killed: "
                        + new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (Files.exists(db) && count(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'") == 1
                    && count(db, "SELECT COUNT(*) FROM articles") >= n) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no articles committed in time");
    }

    /**
     * Every stored article is the input's text, with its events, each in an incident whose counts add
     * up; the search index holds at most the stored articles (all of them once an ingest has ended).
     */
    private static void assertIntact(Path db, Map<String, String> texts, boolean ended) throws Exception {
        try (Ledger ledger = Ledger.open(LedgerLocation.parse(db.toString()), false)) {
            assertThat(ledger.counts().get("articles")).isPositive();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            ResultSet check = s.executeQuery("PRAGMA integrity_check");
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
            ResultSet rs = s.executeQuery("SELECT source_id, t.text, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)"
                    + " FROM articles a JOIN article_texts t ON t.article_id = a.id");
            while (rs.next()) {
                assertThat(rs.getString(2)).isEqualTo(texts.get(rs.getString(1)));
                assertThat(rs.getInt(3)).as("events of " + rs.getString(1)).isPositive();
            }
            assertThat(count(c, "SELECT COUNT(*) FROM article_texts")).isEqualTo(count(c, "SELECT COUNT(*) FROM articles"));
            assertThat(count(c, "SELECT COUNT(*) FROM event_records")).isEqualTo(count(c, "SELECT COUNT(*) FROM events"));
            assertThat(count(c, "SELECT COUNT(*) FROM events WHERE incident_id IS NULL"
                    + " OR incident_id NOT IN (SELECT id FROM incidents)")).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM incidents i WHERE members <> (SELECT COUNT(*) FROM events e"
                    + " WHERE e.incident_id = i.id)")).isZero();
            long indexed = count(c, "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'missiles'");
            if (ended) {
                assertThat(indexed).isEqualTo(count(c, "SELECT COUNT(*) FROM articles"));
            } else {
                assertThat(indexed).isLessThanOrEqualTo(count(c, "SELECT COUNT(*) FROM articles"));
            }
        }
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            ResultSet rs = s.executeQuery(sql);
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Distinct articles about strikes on towns on different days, each naming a source. */
    private static Map<String, String> writeArticles(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        StringBuilder out = new StringBuilder();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < ARTICLES; i++) {
            String town = TOWNS[i % TOWNS.length];
            LocalDate day = start.plusDays(i / 7);
            String text = "Missiles hit " + town + "\n" + town.toUpperCase() + ", " + day + " - Russian missiles struck "
                    + town + " on " + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + ", killing " + (i % 9 + 2) + " people and wounding " + (i % 13 + 5) + ", the regional governor said."
                    + " It was report number " + i + " from the city, officials said, as rescue crews searched the rubble"
                    + " of homes and a school near the station.";
            ObjectNode o = json.createObjectNode();
            o.put("id", "art-" + i);
            o.put("url", "https://example.test/" + i);
            o.put("outlet", i % 2 == 0 ? "Wire One" : "Wire Two");
            o.put("published", day.toString());
            o.put("text", text);
            out.append(json.writeValueAsString(o)).append('\n');
            texts.put("art-" + i, text);
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return texts;
    }
}
