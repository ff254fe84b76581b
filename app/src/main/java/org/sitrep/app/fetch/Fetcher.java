package org.sitrep.app.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * GET with manners, for {@code sitrep watch}. Thread-safe: one fetcher serves every thread of a
 * watcher, so that the limits of each host hold across all of them.
 */
public final class Fetcher implements AutoCloseable {
    public static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/rdf+xml,"
            + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    public static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** The longest Retry-After honoured; a server asking for more is asked again after a day. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final Politeness politeness;
    private final HttpClient client;
    private final Hosts hosts;
    private final Robots robots;

    public Fetcher(Politeness politeness) {
        this.politeness = politeness;
        this.client = HttpClient.newBuilder()
                .connectTimeout(politeness.timeout().compareTo(Duration.ofSeconds(10)) < 0
                        ? politeness.timeout() : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.hosts = new Hosts(politeness);
        this.robots = new Robots(uri -> get(uri, Validators.NONE, "text/plain, */*;q=0.5", false));
    }

    public Politeness politeness() {
        return politeness;
    }

    /**
     * Fetches {@code uri}, politely: robots.txt first (once per host), the host's turn, conditional on
     * {@code validators}, redirects followed.
     *
     * @param accept the Accept header
     * @return the body, or a 304 when {@code validators} still hold
     * @throws FetchProblem when there is nothing to read, with whether a later try may do better
     */
    public Response get(URI uri, Validators validators, String accept) throws FetchProblem, InterruptedException {
        return get(uri, validators, accept, true);
    }

    private Response get(URI uri, Validators validators, String accept, boolean obeyRobots)
            throws FetchProblem, InterruptedException {
        URI current = uri;
        for (int hop = 0; hop <= politeness.maxRedirects(); hop++) {
            checkScheme(current);
            HostGate gate = hosts.of(current);
            if (obeyRobots) {
                BaseRobotRules rules = robots.rules(current);
                if (!rules.isAllowed(current.toString())) {
                    throw FetchProblem.unasked("disallowed by robots.txt", false, null);
                }
                if (rules.getCrawlDelay() > 0) {
                    gate.atLeast(Duration.ofMillis(rules.getCrawlDelay()));
                }
            }
            HttpResponse<byte[]> r;
            HostGate.Turn turn = gate.enter();
            try {
                r = exchange(current, validators, accept);
            } finally {
                turn.close();
            }
            int status = r.statusCode();
            if (REDIRECTS.contains(status)) {
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw FetchProblem.permanent(HttpStatus.describe(status) + " without a Location");
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw FetchProblem.permanent("redirected to a malformed address (" + location.strip() + ")");
                }
                continue;
            }
            if (status == 304) {
                return new Response(current, status, null, null, new byte[0], validators);
            }
            if (status >= 200 && status < 300) {
                return success(current, r);
            }
            Duration retryAfter = status == 429 || status == 503 ? retryAfter(r) : null;
            if (retryAfter != null) {
                gate.pause(retryAfter);
            }
            throw FetchProblem.http(status, retryAfter);
        }
        throw FetchProblem.permanent("more than " + politeness.maxRedirects() + " redirects");
    }

    private static void checkScheme(URI uri) throws FetchProblem {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw FetchProblem.unasked("not an http(s) address", false, null);
        }
    }

    private HttpResponse<byte[]> exchange(URI uri, Validators validators, String accept)
            throws FetchProblem, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(politeness.timeout())
                .header("User-Agent", politeness.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            b.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            b.header("If-Modified-Since", validators.lastModified());
        }
        long cap = politeness.maxBytes();
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(), info ->
                info.statusCode() >= 200 && info.statusCode() < 300 ? new CappedBody(info, cap)
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            return f.get(politeness.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw FetchProblem.temporary("timed out after " + seconds(politeness.timeout()));
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw problem(e.getCause());
        }
    }

    private FetchProblem problem(Throwable cause) {
        if (cause instanceof CappedBody.TooLarge) {
            return FetchProblem.permanent("too large (over " + org.sitrep.app.input.ByteSize.format(politeness.maxBytes())
                    + "; see --max-bytes)");
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchProblem.temporary("timed out after " + seconds(politeness.timeout()));
        }
        if (cause instanceof ConnectException) {
            return FetchProblem.temporary("cannot connect (" + (cause.getMessage() == null ? "connection refused"
                    : org.sitrep.app.input.InputProblem.oneLine(cause.getMessage())) + ")");
        }
        String m = cause.getMessage();
        return FetchProblem.temporary("cannot read (" + cause.getClass().getSimpleName()
                + (m == null ? "" : ": " + org.sitrep.app.input.InputProblem.oneLine(m)) + ")");
    }

    private Response success(URI uri, HttpResponse<byte[]> r) throws FetchProblem {
        byte[] body = r.body();
        String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            body = gunzip(body);
        } else if (!encoding.equals("identity") && !encoding.isEmpty()) {
            throw FetchProblem.permanent("sent in an encoding not asked for (" + encoding + ")");
        }
        String type = r.headers().firstValue("Content-Type").orElse(null);
        return new Response(uri, r.statusCode(), mediaType(type), charset(type), body,
                new Validators(r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Last-Modified").orElse(null)));
    }

    /** Decompressed up to the cap too: a small gzip can hold a huge body. */
    private byte[] gunzip(byte[] body) throws FetchProblem {
        long cap = politeness.maxBytes();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (out.length > cap) {
                throw problem(new CappedBody.TooLarge());
            }
            return out;
        } catch (IOException e) {
            throw FetchProblem.permanent("not valid gzip (" + org.sitrep.app.input.InputProblem.oneLine(
                    String.valueOf(e.getMessage())) + ")");
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String t = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").replace("'", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Seconds, or an HTTP date; capped at a day; null when absent or unreadable (then nobody waits on it). */
    static Duration retryAfter(HttpResponse<?> r) {
        String v = r.headers().firstValue("Retry-After").map(String::strip).orElse(null);
        if (v == null || v.isEmpty()) {
            return null;
        }
        Duration d;
        if (v.matches("\\d{1,10}")) {
            d = Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        // The JDK 17 client has no close(); its threads are daemons and end with the process.
    }
}
