package org.sitrep.web.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sitrep.web.guard.BodyLimit;

/** The JSON object a write request carries, and its text fields: what every writing route reads. */
final class JsonBody {
    /** No request of this API nests deeper than a few levels. */
    static final int MAX_DEPTH = 32;
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBody() {
    }

    /** The body as a JSON object, read within the route's limit, or a 400 (413) saying why not. */
    static JsonNode of(Context ctx) {
        return of(ctx, Long.MAX_VALUE);
    }

    /** The same, within {@code maxBytes} when that is below the route's limit. */
    static JsonNode of(Context ctx, long maxBytes) {
        try (InputStream in = BodyLimit.stream(ctx, maxBytes)) {
            JsonNode n = MAPPER.readTree(in);
            if (n == null || !n.isObject()) {
                throw new BadRequest("the body is a JSON object");
            }
            return n;
        } catch (StreamConstraintsException e) {
            throw new BadRequest("the body is not JSON this API reads (nested deeper than " + MAX_DEPTH
                    + " levels, or a value too long)");
        } catch (MismatchedInputException e) {
            throw new BadRequest(e.getMessage() != null && e.getMessage().startsWith("Trailing token")
                    ? "the body holds more than one JSON value (something follows the object" + at(e.getLocation()) + ")"
                    : "the body is a JSON object");
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not JSON (" + (e.getOriginalMessage() == null ? "unreadable"
                    : firstWords(e.getOriginalMessage())) + at(e.getLocation()) + ")");
        } catch (HttpResponseException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static String at(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    /** Jackson's message up to the first hint of its internals (class and method names, advice to the caller). */
    private static String firstWords(String m) {
        String s = m.replaceAll("[\\p{Cntrl}]+", " ");
        int cut = s.length();
        for (String stop : new String[] {" (", ": was expecting", "\n", " at [Source"}) {
            int i = s.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        s = s.substring(0, cut).strip();
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
