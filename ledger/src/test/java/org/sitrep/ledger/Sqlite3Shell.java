package org.sitrep.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code sqlite3} shell, the outside reader our users open the ledger with. Tests that need it
 * are skipped where it is missing, and fail instead when {@code SITREP_REQUIRE_SQLITE3} is set (CI,
 * whose {@code .ci/sqlite3.sh} installs it).
 */
final class Sqlite3Shell {
    static final Path BINARY = Path.of("/usr/bin/sqlite3");

    private Sqlite3Shell() {
    }

    static void assumePresent() {
        if (!Files.isExecutable(BINARY)) {
            if (System.getenv("SITREP_REQUIRE_SQLITE3") != null) {
                throw new AssertionError(BINARY + " is missing (apt-get install sqlite3) and SITREP_REQUIRE_SQLITE3 is set");
            }
            Assumptions.abort(BINARY + " is missing (apt-get install sqlite3)");
        }
    }

    /** Runs one SQL statement in a fresh shell, as an analyst would, and returns what it printed. */
    static String run(Path db, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(BINARY.toString(), "-batch", "-cmd", ".timeout 5000", db.toString(), sql)
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("sqlite3 " + db + " \"" + sql + "\" failed: " + out);
        }
        return out;
    }
}
