package org.sitrep.ledger;

/**
 * Something the user must fix or know about the ledger itself: a file that is not a SQLite database,
 * a locked database, a server that cannot be reached, a schema newer than this sitrep. The message
 * is one complete line, naming the database ({@code x.db: not a SQLite database}).
 */
public final class LedgerException extends RuntimeException {
    public LedgerException(String message) {
        super(message, null, false, false);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
