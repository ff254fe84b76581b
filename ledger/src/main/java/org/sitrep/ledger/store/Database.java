package org.sitrep.ledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;
import org.sqlite.SQLiteConfig;

/**
 * One connection to a ledger, with its schema checked (and migrated when older than this sitrep).
 * Opening never changes or removes anything that is stored: a file that is not a SQLite database, or a
 * database that is not a ledger, is refused before any write.
 */
public final class Database implements AutoCloseable {
    /** Flyway reports through java.util.logging; users need none of it. Kept here so it is not collected. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    /** How long a writer waits for another process's write lock before giving up. */
    static final int BUSY_TIMEOUT_MS = 5000;

    static {
        FLYWAY_LOG.setLevel(Level.SEVERE);
    }

    private final LedgerLocation location;
    private final Dialect dialect;
    private final Connection raw;
    private final Connection connection;

    private Database(LedgerLocation location, Dialect dialect, Connection raw) {
        this.location = location;
        this.dialect = dialect;
        this.raw = raw;
        this.connection = StatementCache.wrap(raw);
    }

    /**
     * Opens the ledger at {@code location}.
     *
     * @param create whether a missing SQLite file may be created (ingest) or is an error (queries)
     */
    public static Database open(LedgerLocation location, boolean create) {
        Dialect dialect = Dialect.of(location);
        if (location.kind() == LedgerLocation.Kind.SQLITE) {
            checkSqliteFile(location, create);
        }
        Connection c = connect(location, dialect);
        try {
            Database db = new Database(location, dialect, c);
            db.ensureSchema();
            return db;
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The connection, keeping its prepared statements (see {@link StatementCache}); for one thread. */
    public Connection connection() {
        return connection;
    }

    public Dialect dialect() {
        return dialect;
    }

    public LedgerLocation location() {
        return location;
    }

    /** The one-line error for a driver exception met while using this ledger. */
    public LedgerException explain(SQLException e) {
        return dialect.explain(e, location);
    }

    /** The proxy's close ends the cached statements and then the connection itself. */
    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static Connection connect(LedgerLocation location, Dialect dialect) {
        try {
            Connection c;
            if (location.kind() == LedgerLocation.Kind.SQLITE) {
                c = DriverManager.getConnection(location.jdbcUrl(), sqliteConfig().toProperties());
            } else {
                c = DriverManager.getConnection(location.jdbcUrl(), postgresProperties());
            }
            dialect.configure(c);
            return c;
        } catch (SQLException e) {
            throw dialect.explain(e, location);
        }
    }

    /**
     * Write-ahead log with synchronous=NORMAL: a committed transaction survives the process being
     * killed (only a power cut can lose the last ones), and readers never block the writer.
     */
    static SQLiteConfig sqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // SQLite's default page cache is 2 MB: far smaller than the indexes an ingest keeps walking.
        config.setCacheSize(-64 * 1024);
        // Reads through a memory map rather than a system call per page (SQLite caps it at 2 GB).
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(2L * 1024 * 1024 * 1024));
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Checkpoints (the one fsync of WAL mode) every 64 MB of log rather than 4 MB: an index page that
        // every batch touches is then copied back once per checkpoint, not once per batch.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "16384");
        // The driver otherwise follows every INSERT with a freshly compiled SELECT last_insert_rowid(), for
        // getGeneratedKeys, which sitrep never calls (ids come back by RETURNING).
        config.setGetGeneratedKeys(false);
        return config;
    }

    /**
     * The writer sends the rows of a batch in JDBC batches: the driver then makes them multi-row INSERTs,
     * far fewer statements for the server. A setting in the user's URL wins.
     */
    static java.util.Properties postgresProperties() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    private static void checkSqliteFile(LedgerLocation location, boolean create) {
        Path file = location.file();
        if (Files.isDirectory(file)) {
            throw new LedgerException(location + ": is a directory, not a ledger file");
        }
        if (!Files.exists(file)) {
            if (!create) {
                throw new LedgerException(location + ": no ledger there (sitrep ingest makes one; or see --db)");
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new LedgerException(location + ": cannot create (no such directory " + parent + ")");
            }
            return;
        }
        // The header is left to SQLite (a file that is not a database fails with SQLITE_NOTADB before
        // anything is written). Reading it here would open a second descriptor on the file, and closing
        // that descriptor drops every POSIX lock this process holds on it: a connection already open in
        // the process (the server's pool, ingest's lookups) would keep running without its shared lock,
        // and the next outside reader to close (the sqlite3 shell) would believe itself the last user,
        // checkpoint, and delete the -wal and -shm files under us.
    }

    private void ensureSchema() {
        int version;
        try {
            version = SchemaVersion.read(raw);
        } catch (SQLException e) {
            throw explain(e);
        }
        if (version == SchemaVersion.NOT_A_LEDGER) {
            throw new LedgerException(location + ": a database, but not a sitrep ledger (it has other tables and"
                    + " no sitrep schema history); nothing was changed");
        }
        if (version > SchemaVersion.LATEST) {
            throw new LedgerException(location + ": made by a newer sitrep (schema version " + version
                    + ", this one knows up to " + SchemaVersion.LATEST + "); nothing was changed");
        }
        if (version < SchemaVersion.LATEST) {
            migrate();
        }
    }

    private void migrate() {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(new SingleConnectionDataSource(raw))
                    .locations(dialect.migrations())
                    .table(SchemaVersion.HISTORY_TABLE)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw explain(sql);
            }
            throw new LedgerException(location + ": cannot set up the schema (" + oneLine(e) + ")", e);
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String flat = m.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the first error is the one to report.
        }
    }
}
