package org.sitrep.web.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the API's routes and remembers them, so that a test can hold the OpenAPI document to
 * exactly the routes the server has.
 */
public final class RouteTable {
    /** A registered route, with its path in OpenAPI's form ({id} rather than Javalin's). */
    public record Route(String method, String path) {
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(Javalin app) {
        this.app = app;
    }

    public void get(String path, Handler h) {
        add(HandlerType.GET, path, h);
    }

    public void post(String path, Handler h) {
        add(HandlerType.POST, path, h);
    }

    private void add(HandlerType type, String path, Handler h) {
        app.addHttpHandler(type, path, h);
        routes.add(new Route(type.name().toLowerCase(java.util.Locale.ROOT), path));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
