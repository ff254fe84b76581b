package org.sitrep.web.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.web.guard.BodyLimit;
import org.sitrep.web.guard.OutOfMemory;

/**
 * Registers the API's routes and remembers them, so that a test can hold the OpenAPI document to
 * exactly the routes the server has. Each writing route has a limit on its body, checked before the
 * handler runs ({@link BodyLimit}); a route that runs out of memory anyway is logged and answered 503.
 */
public final class RouteTable {
    /** A registered route, with its path in OpenAPI's form ({id} rather than Javalin's). */
    public record Route(String method, String path) {
    }

    /** What a JSON write (a review, an account) needs, with room to spare. */
    public static final long DEFAULT_MAX_BODY = 64 * 1024;
    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(Javalin app) {
        this.app = app;
    }

    public void get(String path, Handler h) {
        add(HandlerType.GET, path, h);
    }

    /** A writing route whose JSON body holds at most {@link #DEFAULT_MAX_BODY}. */
    public void post(String path, Handler h) {
        post(path, DEFAULT_MAX_BODY, h);
    }

    /** A writing route whose body holds at most {@code maxBody} bytes. */
    public void post(String path, long maxBody, Handler h) {
        add(HandlerType.POST, path, ctx -> {
            BodyLimit.check(ctx, maxBody);
            h.handle(ctx);
        });
    }

    private void add(HandlerType type, String path, Handler h) {
        app.addHttpHandler(type, path, ctx -> {
            try {
                h.handle(ctx);
            } catch (OutOfMemoryError e) {
                throw OutOfMemory.report(ctx.method() + " " + ctx.path(), e);
            }
        });
        routes.add(new Route(type.name().toLowerCase(java.util.Locale.ROOT), path));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
