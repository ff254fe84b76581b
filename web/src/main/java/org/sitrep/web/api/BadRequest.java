package org.sitrep.web.api;

/** A request the API cannot answer as asked: a 400 with this one-line message. */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
