package org.sitrep.app.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A real web server on loopback for the tests (the JDK's HttpServer): serves what a test puts at a
 * path as a static server would (ETag and Last-Modified, 304 on a conditional GET, gzip when asked),
 * 404 for anything else, plus the faults a test asks for. Records every request, and the most requests
 * it had in progress at once.
 */
public final class LoopbackSite implements AutoCloseable {
    /** A fixed Last-Modified, as a static server gives a file's modification time. */
    public static final String LAST_MODIFIED = "Tue, 05 Mar 2024 09:00:00 GMT";

    /** A request as the server saw it. */
    public record Request(String path, Map<String, List<String>> headers, long startNanos) {
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /**
     * What is served at a path.
     *
     * @param status      the status (200 for content; anything else is a fault)
     * @param contentType the Content-Type, or null for none
     * @param body        the body
     * @param headers     more headers (Location, Retry-After)
     * @param delayMillis how long the server waits before answering
     * @param validators  whether to send ETag / Last-Modified and honour them
     */
    public record Resource(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis,
                           boolean validators) {
    }

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    public LoopbackSite() throws IOException {
        // As web servers do: without TCP_NODELAY the JDK's server waits for the client's delayed ACK (40 ms)
        // between a response's headers and its body.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public LoopbackSite put(String path, Resource r) {
        resources.put(path, r);
        return this;
    }

    public LoopbackSite page(String path, String html) {
        return put(path, new Resource(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of(), 0,
                true));
    }

    public LoopbackSite rss(String path, String xml) {
        return put(path, new Resource(200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8),
                Map.of(), 0, true));
    }

    public LoopbackSite text(String path, String contentType, String body) {
        return put(path, new Resource(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0, true));
    }

    public LoopbackSite status(String path, int status, Map<String, String> headers) {
        return put(path, new Resource(status, null, new byte[0], headers, 0, false));
    }

    public LoopbackSite slow(String path, long delayMillis, String contentType, String body) {
        return put(path, new Resource(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), delayMillis, false));
    }

    public void remove(String path) {
        resources.remove(path);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int peakInFlight() {
        return peak.get();
    }

    public void clearLog() {
        requests.clear();
        peak.set(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        try {
            String path = ex.getRequestURI().getRawPath();
            requests.add(new Request(path, Map.copyOf(ex.getRequestHeaders()), System.nanoTime()));
            Resource r = resources.get(path);
            if (r == null) {
                send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            if (r.status() != 200) {
                send(ex, r.status(), r.contentType(), r.body(), false);
                return;
            }
            if (r.validators()) {
                String etag = "\"" + sha(r.body()) + "\"";
                ex.getResponseHeaders().add("ETag", etag);
                ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                String inm = ex.getRequestHeaders().getFirst("If-None-Match");
                String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
                if (etag.equals(inm) || (inm == null && LAST_MODIFIED.equals(ims))) {
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
            }
            String enc = ex.getRequestHeaders().getFirst("Accept-Encoding");
            send(ex, 200, r.contentType(), r.body(), enc != null && enc.contains("gzip"));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean gzip) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        byte[] out = body;
        if (gzip) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
                z.write(body);
            }
            out = buf.toByteArray();
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        } catch (IOException gone) {
            // the client hung up (a timeout or a size cap did its work)
        }
        ex.close();
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
