package org.sitrep.app.fetch;

import java.time.Duration;

/**
 * A fetch that failed, in one line for the user ("HTTP 404 (Not Found)", "timed out after 30 s",
 * "disallowed by robots.txt"), with whether trying again later may help.
 */
public final class FetchProblem extends Exception {
    private final boolean temporary;
    private final Duration retryAfter;
    private final int status;
    private boolean asked = true;

    /**
     * @param message    what went wrong, starting lower case (or with "HTTP")
     * @param temporary  whether trying again later may help (a 5xx, a timeout, a refused connection)
     * @param retryAfter how long the server asked us to wait, or null
     * @param status     the HTTP status the server answered with, or 0 when it did not answer
     */
    public FetchProblem(String message, boolean temporary, Duration retryAfter, int status) {
        super(message, null, false, false);
        this.temporary = temporary;
        this.retryAfter = retryAfter;
        this.status = status;
    }

    public static FetchProblem temporary(String message) {
        return new FetchProblem(message, true, null, 0);
    }

    public static FetchProblem permanent(String message) {
        return new FetchProblem(message, false, null, 0);
    }

    /** Refused before asking the server (robots.txt, a host's Retry-After, an address that is not http(s)). */
    static FetchProblem unasked(String message, boolean temporary, Duration retryAfter) {
        FetchProblem p = new FetchProblem(message, temporary, retryAfter, 0);
        p.asked = false;
        return p;
    }

    /**
     * A status that is not a success: server errors, 408 and 429 may pass; other client errors will not.
     *
     * @param retryAfter the Retry-After the server sent, or null
     */
    static FetchProblem http(int status, Duration retryAfter) {
        boolean temporary = status >= 500 || status == 408 || status == 429;
        String wait = retryAfter == null ? "" : "; asked to wait " + Math.max(1, retryAfter.toSeconds()) + " s";
        return new FetchProblem(HttpStatus.describe(status) + wait, temporary, retryAfter, status);
    }

    public boolean temporary() {
        return temporary;
    }

    /** How long the server asked us to wait (Retry-After), or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the server was asked at all (false: refused by robots.txt, a pause, the address). */
    public boolean asked() {
        return asked;
    }

    /** The HTTP status, or 0 when the server gave none (timeout, refused connection, robots.txt). */
    public int status() {
        return status;
    }
}
