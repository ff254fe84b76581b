package org.sitrep.app.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, per host, read with crawler-commons for the agent name "sitrep" and kept for a day (a
 * failed read for ten minutes). As RFC 9309 says: no robots.txt (4xx) allows everything; a server
 * error or an unreachable host disallows everything for now, so pages are tried at a later pass.
 */
final class Robots {
    static final String AGENT = "sitrep";
    private static final long KEEP = Duration.ofHours(24).toNanos();
    private static final long KEEP_FAILED = Duration.ofMinutes(10).toNanos();

    /** Fetches robots.txt for the rules; without checking robots.txt itself. */
    interface Source {
        Response get(URI uri) throws FetchProblem, InterruptedException;
    }

    private record Entry(BaseRobotRules rules, long fetched, long keep) {
        boolean fresh() {
            return System.nanoTime() - fetched < keep;
        }
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> byHost = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Source source;

    Robots(Source source) {
        this.source = source;
    }

    /** The rules for the host of {@code uri}, read once per host however many threads ask. */
    BaseRobotRules rules(URI uri) throws InterruptedException {
        String host = Hosts.key(uri);
        Entry e = byHost.get(host);
        if (e != null && e.fresh()) {
            return e.rules();
        }
        synchronized (locks.computeIfAbsent(host, k -> new Object())) {
            e = byHost.get(host);
            if (e == null || !e.fresh()) {
                e = read(uri);
                byHost.put(host, e);
            }
            return e.rules();
        }
    }

    private Entry read(URI page) throws InterruptedException {
        URI robots = page.resolve("/robots.txt");
        long now = System.nanoTime();
        try {
            Response r = source.get(robots);
            return new Entry(parser.parseContent(robots.toString(), r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(AGENT)), now, KEEP);
        } catch (FetchProblem p) {
            int status = p.status();
            // A missing robots.txt (any 4xx) allows all; a 5xx, a timeout, a refused connection: wait and see.
            BaseRobotRules rules = parser.failedFetch(status >= 400 && status < 500 ? status : 503);
            return new Entry(rules, now, status >= 400 && status < 500 ? KEEP : KEEP_FAILED);
        }
    }
}
