package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.query.QueryException;
import org.sitrep.web.access.AccessControl;
import org.sitrep.web.access.ClientAddress;
import org.sitrep.web.access.LoginThrottle;
import org.sitrep.web.access.Passwords;
import org.sitrep.web.access.Sessions;
import org.sitrep.web.api.BadRequest;
import org.sitrep.web.api.FeedRoutes;
import org.sitrep.web.api.IncidentRoutes;
import org.sitrep.web.api.IngestRoutes;
import org.sitrep.web.api.PlaceRoutes;
import org.sitrep.web.api.ReviewRoutes;
import org.sitrep.web.api.RouteTable;
import org.sitrep.web.api.SessionRoutes;
import org.sitrep.web.api.UserRoutes;
import org.sitrep.web.guard.HostCheck;
import org.sitrep.web.guard.JsonErrorPages;
import org.sitrep.web.ingest.ArticleIngest;
import org.sitrep.web.ingest.IngestJobs;

/**
 * The web app: the page and its assets, the JSON API behind access control, and the OpenAPI document.
 * Errors reach clients as {@code {"error": "one line"}} with the status that fits.
 */
public final class WebServer implements AutoCloseable {
    private static final String PUBLIC = "/org/sitrep/web/public";
    private static final String OPENAPI = "/org/sitrep/web/openapi.json";

    private final Javalin app;
    private final IngestJobs jobs;
    private final List<RouteTable.Route> routes;

    private WebServer(Javalin app, IngestJobs jobs, List<RouteTable.Route> routes) {
        this.app = app;
        this.jobs = jobs;
        this.routes = routes;
    }

    /**
     * Starts serving.
     *
     * @param ledgers   the ledger, open
     * @param gazetteer for the places analysts type
     * @param ingest    what stores the batches submitted from the browser
     */
    public static WebServer start(ServerSettings settings, LedgerPool ledgers, PlaceIndex gazetteer, ArticleIngest ingest,
                                  Passwords passwords, Clock clock) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Map<String, String> securityHeaders = securityHeaders(contentSecurityPolicy(settings.tileUrl()));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = PUBLIC;
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
                sf.mimeTypes.add("application/geo+json", "geojson");
            });
            config.staticFiles.enableWebjars();
            // Each route has its own limit (RouteTable, BodyLimit); this one only backs them up.
            config.http.maxRequestSize = IngestRoutes.MAX_BODY;
            config.jetty.multipartConfig.maxFileSize(IngestRoutes.MAX_BATCH_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(IngestRoutes.MAX_BODY, io.javalin.config.SizeUnit.BYTES);
            // Uploaded files go to disk as they arrive, however small, not into the heap (Jetty reads 0 as
            // "never"; it also keeps a request to at most 1000 parts).
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages(securityHeaders)));
        });
        Sessions sessions = new Sessions(clock);
        AccessControl access = new AccessControl(ledgers, sessions, settings.anonymousRead());
        HostCheck hosts = HostCheck.of(settings.bind(), settings.publicUrl());
        app.before(ctx -> {
            securityHeaders.forEach(ctx::header);
            hosts.check(ctx);
        });
        app.before("/api/*", access::check);
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(QueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(LedgerException.class, (e, ctx) -> error(ctx, status(e), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        // Anything else is a bug: the operator sees it on standard error, the client a plain 500.
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace();
            error(ctx, 500, "internal error (the server's log has the details)");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        IngestJobs jobs = new IngestJobs(ingest);
        RouteTable table = new RouteTable(app);
        new SessionRoutes(ledgers, sessions, passwords, settings.anonymousRead(), new LoginThrottle(clock),
                new ClientAddress(settings.trustedProxies()), settings.secureCookies()).register(table);
        new IncidentRoutes(ledgers, settings).register(table);
        new PlaceRoutes(gazetteer).register(table);
        new ReviewRoutes(ledgers, gazetteer).register(table);
        new IngestRoutes(jobs).register(table);
        new UserRoutes(ledgers, sessions, passwords, clock).register(table);
        new FeedRoutes(ledgers).register(table);
        byte[] openapi = resource(OPENAPI);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        app.start(settings.bind(), settings.port());
        return new WebServer(app, jobs, table.routes());
    }

    public int port() {
        return app.port();
    }

    /** The API's routes, as registered. */
    public List<RouteTable.Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
    }

    private static int status(LedgerException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith("no incident") || m.startsWith("no article")) {
            return 404;
        }
        if (m.contains("busy") || m.contains("locked") || m.contains("cannot connect") || m.contains("connection")
                || m.contains("database error") || m.contains("damaged") || m.contains("disk full")) {
            return 503;
        }
        return 400;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "error " + status : message));
    }

    private static Map<String, String> securityHeaders(String csp) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put("Content-Security-Policy", csp);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "same-origin");
        return h;
    }

    /**
     * Scripts and styles only from this server; Leaflet sets inline styles on its elements, so inline
     * style attributes are allowed, inline scripts never. Images also from the tile server when there is one.
     */
    static String contentSecurityPolicy(String tileUrl) {
        String tiles = "";
        if (tileUrl != null) {
            try {
                URI u = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
                if (u.getScheme() != null && u.getHost() != null) {
                    tiles = " " + u.getScheme() + "://" + u.getHost().replace("%7Bs%7D", "*")
                            + (u.getPort() == -1 ? "" : ":" + u.getPort());
                }
            } catch (IllegalArgumentException e) {
                tiles = "";
            }
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
