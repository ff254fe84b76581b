package org.sitrep.web.access;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The address a request comes from, for the login throttle. Behind a reverse proxy every request comes
 * from the proxy; the proxy names the client in {@code X-Forwarded-For}. That header is believed only
 * from a proxy the operator named ({@code --trusted-proxy}): from anyone else it is whatever they like.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    /** The client of a connection from {@code peer} that carried this X-Forwarded-For (or null). */
    String of(String peer, String forwarded) {
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        // The proxies append: the last address no trusted proxy added is the client as the first proxy saw it.
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() <= 64 ? hop : hop.substring(0, 64);
            }
        }
        return peer;
    }
}
