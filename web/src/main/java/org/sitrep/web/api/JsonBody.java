package org.sitrep.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** The JSON object a write request carries, and its text fields: what every writing route reads. */
final class JsonBody {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBody() {
    }

    /** The body as a JSON object, or a 400 saying why not. */
    static JsonNode of(Context ctx) {
        try {
            JsonNode n = MAPPER.readTree(ctx.body());
            if (n == null || !n.isObject()) {
                throw new BadRequest("the body is a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** A field as text, stripped; null when absent, null or blank. */
    static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.isTextual() ? n.asText() : n.toString();
        return s.isBlank() ? null : s.strip();
    }
}
