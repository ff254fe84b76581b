package org.sitrep.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.Article;

/**
 * A news site on loopback for {@code bench/watch.sh}: the corpus's articles as web pages (with a site's
 * navigation, related links and footer), listed by RSS 2.0 and Atom feeds, served by several "outlets"
 * (one JDK HTTP server per loopback address, 127.0.0.1, 127.0.0.2, ...), each as a static server would:
 * ETag and Last-Modified with 304 on a conditional GET, gzip when asked (compressed once, ahead).
 *
 * <p>It watches how it is treated: per host, the most requests it had in progress at once and the
 * shortest time between two request starts, and which pages were asked for more than once.
 * {@code GET /_stats} on any host returns that as one line.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sitrep.bench.FeedSite --articles 10000 --feeds 50 --hosts 5 --dir DIR
 * </pre>
 * writes {@code DIR/feeds.opml} (every feed) and {@code DIR/ready} once it serves, then runs until killed.
 */
public final class FeedSite {
    private static final String LAST_MODIFIED = "Tue, 05 Mar 2024 09:00:00 GMT";
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** A resource, stored plain and gzipped. */
    private record Body(String type, byte[] plain, byte[] gzip, String etag) {
    }

    /** One outlet: its server and how it was treated. */
    private static final class Host {
        final String name;
        final HttpServer server;
        final Map<String, Body> paths = new ConcurrentHashMap<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();
        final AtomicLong lastStart = new AtomicLong();
        final AtomicLong minGap = new AtomicLong(Long.MAX_VALUE);

        Host(String name, HttpServer server) {
            this.name = name;
            this.server = server;
        }

        String base() {
            return "http://" + name + ":" + server.getAddress().getPort();
        }
    }

    private final List<Host> hosts = new ArrayList<>();
    private final Map<String, AtomicInteger> pageRequests = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    public static void main(String[] args) throws Exception {
        // As web servers do: without TCP_NODELAY the JDK's server waits for the client's delayed ACK (40 ms)
        // between a response's headers and its body.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int articles = 10_000;
        int feeds = 50;
        int hostCount = 5;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--feeds" -> feeds = Integer.parseInt(args[++i]);
                case "--hosts" -> hostCount = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: FeedSite --articles N --feeds F --hosts H --dir DIR");
            }
        }
        if (dir == null || feeds < hostCount || hostCount < 1 || hostCount > 200) {
            throw new IllegalArgumentException("--dir is needed; 1 <= hosts <= feeds");
        }
        FeedSite site = new FeedSite();
        String opml = site.build(articles, feeds, hostCount);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("feeds.opml"), opml);
        Files.writeString(dir.resolve("ready"), site.hosts.get(0).base() + "\n");
        Thread.currentThread().join();
    }

    /** Makes the hosts, the pages and the feeds; returns the OPML list of the feeds. */
    String build(int articleCount, int feedCount, int hostCount) throws IOException {
        for (int h = 0; h < hostCount; h++) {
            InetAddress address = InetAddress.getByName("127.0.0." + (h + 1));
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 128);
            Host host = new Host("127.0.0." + (h + 1), server);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "feed-site-" + host.name);
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/", ex -> handle(host, ex));
            hosts.add(host);
            host.paths.put("/robots.txt", body("text/plain", "User-agent: *\nAllow: /\n"));
        }
        CorpusGenerator corpus = new CorpusGenerator();
        List<List<String>> items = new ArrayList<>();
        for (int f = 0; f < feedCount; f++) {
            items.add(new ArrayList<>());
        }
        for (int i = 0; i < articleCount; i++) {
            int feed = i % feedCount;
            Host host = hosts.get(feed % hostCount);
            Article a = corpus.article(i);
            String path = "/articles/" + String.format(Locale.ROOT, "%06d", i) + ".html";
            host.paths.put(path, body("text/html; charset=utf-8", page(a, outlet(feed))));
            items.get(feed).add(item(host.base() + path, a, feed));
        }
        StringBuilder opml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head>"
                + "<title>bench outlets</title></head><body>\n");
        for (int f = 0; f < feedCount; f++) {
            Host host = hosts.get(f % hostCount);
            boolean atom = f % 5 == 4;
            String path = "/feeds/" + f + (atom ? ".atom" : ".xml");
            String xml = atom ? atom(outlet(f), items.get(f)) : rss(outlet(f), items.get(f));
            host.paths.put(path, body(atom ? "application/atom+xml" : "application/rss+xml", xml));
            opml.append("<outline text=\"").append(outlet(f)).append("\" type=\"rss\" xmlUrl=\"").append(host.base())
                    .append(path).append("\"/>\n");
        }
        for (Host h : hosts) {
            h.server.start();
        }
        return opml.append("</body></opml>\n").toString();
    }

    private static String outlet(int feed) {
        return "Bench Outlet " + feed;
    }

    /** What each feed item carries: link, title, date; RSS and Atom differ only in the wrapping. */
    private static String item(String link, Article a, int feed) {
        String title = escape(a.text().lines().findFirst().orElse(""));
        String date = a.published().atTime(8, 0).atOffset(ZoneOffset.UTC).format(RFC_1123);
        String iso = a.published() + "T08:00:00Z";
        return feed % 5 == 4
                ? "<entry><title>" + title + "</title><link rel=\"alternate\" href=\"" + link + "\"/><id>" + link
                        + "</id><updated>" + iso + "</updated><published>" + iso + "</published></entry>\n"
                : "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid><pubDate>" + date
                        + "</pubDate></item>\n";
    }

    private static String rss(String title, List<String> items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://bench.invalid/</link><description>bench feed</description>\n"
                + String.join("", items) + "</channel></rss>\n";
    }

    private static String atom(String title, List<String> entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title
                + "</title><id>urn:bench:" + title.hashCode() + "</id><updated>2024-03-06T10:00:00Z</updated>\n"
                + String.join("", entries) + "</feed>\n";
    }

    /** An article page as news sites make them: head metadata, navigation, the article, related links, footer. */
    private static String page(Article a, String outlet) {
        List<String> blocks = List.of(a.text().split("\n\\s*\n"));
        StringBuilder body = new StringBuilder();
        for (String p : blocks.subList(1, blocks.size())) {
            body.append("<p>").append(escape(p.strip())).append("</p>\n");
        }
        String title = escape(blocks.get(0).strip());
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | " + outlet
                + "</title>\n<meta property=\"og:site_name\" content=\"" + outlet + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + a.published() + "T08:00:00Z\">\n"
                + "<link rel=\"stylesheet\" href=\"/site.css\"><script src=\"/site.js\" defer></script></head>\n"
                + "<body><header class=\"masthead\"><a href=\"/\">" + outlet + "</a></header>\n"
                + "<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/europe\">Europe</a></li>"
                + "<li><a href=\"/middle-east\">Middle East</a></li><li><a href=\"/africa\">Africa</a></li></ul></nav>\n"
                + "<main><article><h1>" + title + "</h1>\n<div class=\"byline\">By the desk</div>\n" + body
                + "<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Email</a></div></article>\n"
                + "<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">More from the front</a></li>"
                + "<li><a href=\"/b\">Analysis: the week in the war</a></li></ul></aside></main>\n"
                + "<footer><p>Bench outlet, made for sitrep's benchmark.</p></footer></body></html>\n";
    }

    private static Body body(String type, String text) throws IOException {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(z)) {
            out.write(plain);
        }
        return new Body(type, plain, z.toByteArray(), "\"" + Integer.toHexString(text.hashCode()) + "\"");
    }

    private void handle(Host host, HttpExchange ex) throws IOException {
        if (ex.getRequestURI().getRawPath().equals("/_stats")) {
            send(ex, 200, "text/plain", stats().getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        long start = System.nanoTime();
        long previous = host.lastStart.getAndSet(start);
        if (previous != 0) {
            host.minGap.accumulateAndGet(start - previous, Math::min);
        }
        host.peak.accumulateAndGet(host.inFlight.incrementAndGet(), Math::max);
        try {
            String path = ex.getRequestURI().getRawPath();
            requests.incrementAndGet();
            if (path.startsWith("/articles/")) {
                pageRequests.computeIfAbsent(host.name + path, k -> new AtomicInteger()).incrementAndGet();
            }
            Body b = host.paths.get(path);
            if (b == null) {
                send(ex, 404, "text/plain", "not here\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            ex.getResponseHeaders().add("ETag", b.etag());
            ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            if (b.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            String enc = ex.getRequestHeaders().getFirst("Accept-Encoding");
            boolean gzip = enc != null && enc.contains("gzip");
            send(ex, 200, b.type(), gzip ? b.gzip() : b.plain(), gzip);
        } finally {
            host.inFlight.decrementAndGet();
        }
    }

    private void send(HttpExchange ex, int status, String type, byte[] out, boolean gzip) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        if (gzip) {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.sendResponseHeaders(status, out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
        bytes.addAndGet(out.length);
        ex.close();
    }

    /** How the site was treated, in one line. */
    private String stats() {
        long twice = pageRequests.values().stream().filter(c -> c.get() > 1).count();
        StringBuilder perHost = new StringBuilder();
        for (Host h : hosts) {
            long gap = h.minGap.get();
            perHost.append(String.format(Locale.ROOT, " %s: at most %d at once, shortest gap %s;", h.name, h.peak.get(),
                    gap == Long.MAX_VALUE ? "-" : String.format(Locale.ROOT, "%.1f ms", gap / 1e6)));
        }
        return String.format(Locale.ROOT, "site: %d requests (%d not modified), %.1f MB sent; %d article pages asked for,"
                        + " %d of them more than once; per host:%s%n", requests.get(), notModified.get(), bytes.get() / 1e6,
                pageRequests.size(), twice, perHost);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
