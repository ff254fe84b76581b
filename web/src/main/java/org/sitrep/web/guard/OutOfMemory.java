package org.sitrep.web.guard;

import io.javalin.http.HttpResponseException;

/**
 * What happens when the heap runs out anyway (the limits should make it impossible): the operator gets
 * a line on standard error naming the request, the client a 503; the ledger's transaction was rolled
 * back by then, so nothing half-written stays.
 */
public final class OutOfMemory {
    private OutOfMemory() {
    }

    /** Logs the error; returns the response to throw. */
    public static HttpResponseException report(String what, OutOfMemoryError e) {
        System.err.println("sitrep serve: out of memory during " + what + " (" + e.getMessage()
                + "); the request was refused and nothing of it stored; start the server with more heap"
                + " (SITREP_JAVA_OPTS=-Xmx...) if this recurs");
        return new HttpResponseException(503, "the server ran short of memory for this request; nothing was stored;"
                + " try again later");
    }
}
