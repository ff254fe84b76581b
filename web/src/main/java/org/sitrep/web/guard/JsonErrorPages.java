package org.sitrep.web.guard;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers itself, before any handler of ours runs (a malformed request line, a URI or
 * headers too long: 400, 414, 431): as the API's other errors, {@code {"error": "..."}}, with the same
 * security headers as every other response, rather than Jetty's HTML page.
 */
public final class JsonErrorPages extends ErrorHandler {
    private final Map<String, String> headers;

    /** @param headers the security headers every response carries */
    public JsonErrorPages(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        headers.forEach(fields::put);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        base.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        headers.forEach(response::setHeader);
        response.setContentType("application/json;charset=utf-8");
        Object message = request.getAttribute("jakarta.servlet.error.message");
        response.getOutputStream().write(body(response.getStatus(), message == null ? null : message.toString()));
    }

    static byte[] body(int status, String reason) {
        String message = switch (status) {
            case 400 -> "bad request (" + (reason == null || reason.equalsIgnoreCase("Bad Request") ? "malformed"
                    : plain(reason)) + ")";
            case 413 -> "the request is too large";
            case 414 -> "the request's URI is too long";
            case 431 -> "the request's headers are too large";
            default -> reason == null ? "error " + status : plain(reason);
        };
        return ("{\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Jetty's reason, one short line of words. */
    private static String plain(String reason) {
        String s = reason.replaceAll("[^\\p{Alnum} .,:;'/_-]", " ").replaceAll("\\s+", " ").strip();
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
