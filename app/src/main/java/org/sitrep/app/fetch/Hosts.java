package org.sitrep.app.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The gate of each host, made when the host is first met and kept for the life of the watcher. */
final class Hosts {
    private final Politeness politeness;
    private final Map<String, HostGate> gates = new ConcurrentHashMap<>();

    Hosts(Politeness politeness) {
        this.politeness = politeness;
    }

    HostGate of(URI uri) {
        return gates.computeIfAbsent(key(uri),
                k -> new HostGate(k, politeness.perHost(), politeness.hostDelay(), politeness.patience()));
    }

    /** scheme://host:port, the unit of politeness (and of robots.txt). */
    static String key(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
