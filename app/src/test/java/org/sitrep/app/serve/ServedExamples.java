package org.sitrep.app.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.web.LedgerPool;
import org.sitrep.web.ServerSettings;
import org.sitrep.web.WebServer;
import org.sitrep.web.access.Passwords;

/**
 * A real server for tests: a SQLite ledger holding the shipped example articles (ingested by the real
 * command), three accounts, and {@code sitrep serve}'s server on a free loopback port.
 */
final class ServedExamples implements AutoCloseable {
    static final String ANALYST = "ana";
    static final String VIEWER = "vic";
    static final String ADMIN = "root";
    static final String PASSWORD = "correct horse battery";
    /** bcrypt at its lowest cost: the tests log in often; the product uses {@link Passwords#COST}. */
    static final Passwords FAST = new Passwords(4);

    final Path dir;
    final LedgerLocation location;
    final LedgerPool pool;
    final WebServer server;

    private ServedExamples(Path dir, LedgerLocation location, LedgerPool pool, WebServer server) {
        this.dir = dir;
        this.location = location;
        this.pool = pool;
        this.server = server;
    }

    /** Starts a server over a fresh ledger of the examples in {@code dir}. */
    static ServedExamples start(Path dir, boolean anonymousRead) throws Exception {
        return start(dir, anonymousRead, null);
    }

    /** The same, for users who reach it at {@code publicUrl} through a proxy (null: directly). */
    static ServedExamples start(Path dir, boolean anonymousRead, String publicUrl) throws Exception {
        Path db = dir.resolve("ledger.db");
        Path examples = Path.of("..", "examples", "articles");
        StringWriter err = new StringWriter();
        int code = Main.run(new Io(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(err, true), Map.of(), Files.createDirectories(dir.resolve("home"))), "ingest", "--db",
                db.toString(), examples.toString());
        if (code != 0) {
            throw new IllegalStateException("ingest of the examples failed: " + err);
        }
        return over(dir, db, anonymousRead, publicUrl);
    }

    /** Starts a server over the ledger {@code db} (made by the caller), with the three accounts. */
    static ServedExamples over(Path dir, Path db, boolean anonymousRead) throws Exception {
        return over(dir, db, anonymousRead, null);
    }

    /** The same, reached at {@code publicUrl} through a proxy (null: directly). */
    static ServedExamples over(Path dir, Path db, boolean anonymousRead, String publicUrl) throws Exception {
        LedgerLocation location = LedgerLocation.parse(db.toString());
        LedgerPool pool = new LedgerPool(location, 4);
        pool.with(l -> {
            l.accounts().put(ANALYST, "analyst", FAST.hash(PASSWORD), Instant.now());
            l.accounts().put(VIEWER, "viewer", FAST.hash(PASSWORD), Instant.now());
            l.accounts().put(ADMIN, "admin", FAST.hash(PASSWORD), Instant.now());
            return null;
        });
        WebIngest ingest = new WebIngest(location, EngineFactory.create(new EngineFactory.Settings(null, null)),
                "test-engine", 5 * 1024 * 1024);
        WebServer server = WebServer.start(new ServerSettings(ServerSettings.LOOPBACK, 0, anonymousRead, null, null, publicUrl,
                java.util.List.of()), pool,
                EngineFactory.placeIndex(), ingest, FAST, Clock.systemUTC());
        return new ServedExamples(dir, location, pool, server);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        pool.close();
    }
}
