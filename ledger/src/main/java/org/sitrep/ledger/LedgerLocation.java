package org.sitrep.ledger;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a ledger lives, from what the user wrote after {@code --db}: a file path (SQLite), a
 * {@code jdbc:sqlite:} URL, or a {@code jdbc:postgresql:} URL.
 *
 * @param kind    which database
 * @param jdbcUrl the URL the driver gets (with credentials, if the user gave them)
 * @param file    the SQLite file, or null
 * @param display how messages name it: the file as written, or the URL without its password
 */
public record LedgerLocation(Kind kind, String jdbcUrl, Path file, String display) {

    /** The databases sitrep can keep a ledger in. */
    public enum Kind { SQLITE, POSTGRESQL }

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]+):[^/@]*@");

    public static LedgerLocation parse(String value) {
        String v = value.strip();
        if (v.startsWith("jdbc:postgresql:")) {
            return new LedgerLocation(Kind.POSTGRESQL, v, null, withoutPassword(v));
        }
        if (v.startsWith("jdbc:sqlite:")) {
            String path = v.substring("jdbc:sqlite:".length());
            return sqlite(Path.of(path), path);
        }
        if (v.startsWith("jdbc:")) {
            throw new LedgerException(withoutPassword(v) + ": unsupported database (sitrep keeps its ledger in a"
                    + " SQLite file or in PostgreSQL: jdbc:postgresql://host:5432/db?user=...&password=...)");
        }
        return sqlite(Path.of(v), v);
    }

    private static LedgerLocation sqlite(Path file, String display) {
        return new LedgerLocation(Kind.SQLITE, "jdbc:sqlite:" + file, file, display);
    }

    /** A URL fit for messages and logs: passwords never leave the process. */
    static String withoutPassword(String url) {
        return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("$1:***@");
    }

    /**
     * Whether writing {@code path} would overwrite this ledger: its SQLite file, or the file's log, shared
     * memory or journal (a command's --out pointed at them would destroy the ledger under its own readers).
     */
    public boolean isPartOf(Path path) {
        if (kind != Kind.SQLITE || path == null) {
            return false;
        }
        Path target = path.toAbsolutePath().normalize();
        Path db = file.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path part = db.resolveSibling(db.getFileName() + suffix);
            try {
                // isSameFile compares by stat, without opening either file: the ledger's locks are left alone.
                if (part.equals(target) || (java.nio.file.Files.exists(part) && java.nio.file.Files.exists(target)
                        && java.nio.file.Files.isSameFile(part, target))) {
                    return true;
                }
            } catch (java.io.IOException e) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return display;
    }
}
