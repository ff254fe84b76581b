package org.sitrep.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for the API, keeping its own session cookie like a browser would. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    /** The cookies the server set, by name, sent back with every request (paths are not told apart). */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    /** A response: status, body, headers' first values. */
    record Response(int status, String body, Map<String, String> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Http(String base) {
        this.base = base;
    }

    /** Logs in through the API; keeps the cookie and the CSRF token. */
    Response login(String name, String password) {
        Response r = send("POST", "/api/login", "{\"name\":" + quote(name) + ",\"password\":" + quote(password) + "}",
                Map.of("Content-Type", "application/json"));
        if (r.status() == 200) {
            csrf = r.json().path("csrf").asText();
        }
        return r;
    }

    String csrf() {
        return csrf;
    }

    Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    /** A write as the page makes it: session cookie and CSRF header. */
    Response post(String path, String json) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        if (csrf != null) {
            h.put("X-CSRF-Token", csrf);
        }
        return send("POST", path, json, h);
    }

    Response send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String c : r.headers().allValues("Set-Cookie")) {
                String[] pair = c.split(";", 2)[0].split("=", 2);
                if (pair.length < 2 || pair[1].isEmpty()) {
                    cookies.remove(pair[0]);
                } else {
                    cookies.put(pair[0], pair[1]);
                }
            }
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join("\n", v)));
            return new Response(r.statusCode(), r.body(), h);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
