package org.sitrep.app.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.model.Article;

/**
 * One article as a JSON object: {@code id}, {@code url}, {@code outlet}, {@code published},
 * {@code text} and an optional {@code title} (put before the text unless the text already starts
 * with it). Other fields are ignored, so annotated files with gold events read too.
 */
public final class JsonArticles {
    /** No string length cap of Jackson's own: --max-bytes already bounds every input. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern SOURCE = Pattern.compile(
            "\\s*\\(start marker at \\[Source: .*?; line: \\d+, column: \\d+]\\)|\\s*\\[Source: .*?; line: \\d+, column: \\d+]",
            Pattern.DOTALL);

    private JsonArticles() {
    }

    /**
     * Parses JSON text.
     *
     * @param where    the source, or source and line, for the message
     * @param withLine whether to name the line of the error (whole files) or only the column (one line of many)
     */
    static JsonNode parse(String where, String json, boolean withLine) throws InputProblem {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String whereExact = withLine && at != null && at.getLineNr() > 0 ? where + ":" + at.getLineNr() : where;
            String column = at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
            throw new InputProblem(whereExact, "not JSON (" + withoutSource(e.getOriginalMessage()) + column + ")");
        }
    }

    /** Jackson quotes the whole input in "[Source: ...]" locations; the user has it already. */
    private static String withoutSource(String message) {
        return SOURCE.matcher(message).replaceAll("");
    }

    /** The article in {@code node}; {@code fallbackId} when the object has no id. */
    static Article toArticle(String where, JsonNode node, String fallbackId) throws InputProblem {
        if (!node.isObject()) {
            throw new InputProblem(where, "not a JSON object (found " + kind(node) + ")");
        }
        String text = string(where, node, "text");
        if (text == null) {
            throw new InputProblem(where, "no \"text\" field");
        }
        if (text.isBlank()) {
            throw new InputProblem(where, "\"text\" is empty");
        }
        String title = string(where, node, "title");
        if (title != null && !title.isBlank() && !text.stripLeading().startsWith(title.strip())) {
            text = title.strip() + "\n" + text;
        }
        String id = id(where, node);
        return new Article(id == null ? fallbackId : id, string(where, node, "url"), string(where, node, "outlet"),
                date(where, node), text);
    }

    private static String id(String where, JsonNode node) throws InputProblem {
        JsonNode id = node.get("id");
        if (id != null && id.isIntegralNumber()) {
            return id.asText();
        }
        String s = string(where, node, "id");
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String where, JsonNode node) throws InputProblem {
        String s = string(where, node, "published");
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate d = Dates.parseLenient(s);
        if (d == null) {
            throw new InputProblem(where, "\"published\" is not a date (\"" + s + "\"; expected YYYY-MM-DD)");
        }
        return d;
    }

    /** A string field, null when absent or JSON null; any other type is an error, not a silent conversion. */
    private static String string(String where, JsonNode node, String field) throws InputProblem {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputProblem(where, "\"" + field + "\" is not a string (found " + kind(v) + ")");
        }
        return v.textValue();
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
