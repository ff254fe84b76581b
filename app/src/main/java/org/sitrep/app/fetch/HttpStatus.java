package org.sitrep.app.fetch;

import java.util.Map;

/** Status codes in the words users know. */
final class HttpStatus {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpStatus() {
    }

    /** "HTTP 404 (Not Found)". */
    static String describe(int status) {
        String reason = REASONS.get(status);
        return "HTTP " + status + (reason == null ? "" : " (" + reason + ")");
    }
}
