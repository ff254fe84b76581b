package org.sitrep.ledger.query;

/** A query that cannot be run as written; the message is the one line the user sees. */
public final class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message, null, false, false);
    }
}
