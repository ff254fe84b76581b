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

    /**
     * @param failure why robots.txt could not be read, when that holds the host's pages back; else null
     */
    private record Entry(BaseRobotRules rules, FetchProblem failure, long fetched, long keep) {
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

    /**
     * The rules for the host of {@code uri}, read once per host however many threads ask.
     *
     * @throws FetchProblem when robots.txt could not be read (a server error, no answer): the host's pages
     *                      wait for a later pass
     */
    BaseRobotRules rules(URI uri) throws InterruptedException, FetchProblem {
        String host = Hosts.key(uri);
        Entry e = byHost.get(host);
        if (e == null || !e.fresh()) {
            synchronized (locks.computeIfAbsent(host, k -> new Object())) {
                e = byHost.get(host);
                if (e == null || !e.fresh()) {
                    e = read(uri);
                    byHost.put(host, e);
                }
            }
        }
        if (e.failure() != null) {
            throw e.failure();
        }
        return e.rules();
    }

    private Entry read(URI page) throws InterruptedException {
        URI robots = page.resolve("/robots.txt");
        long now = System.nanoTime();
        try {
            Response r = source.get(robots);
            return new Entry(parser.parseContent(robots.toString(), r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(AGENT)), null, now, KEEP);
        } catch (FetchProblem p) {
            int status = p.status();
            if (status >= 400 && status < 500) {
                // No robots.txt (any 4xx): everything is allowed.
                return new Entry(parser.failedFetch(status), null, now, KEEP);
            }
            // A server error or no answer: nothing is fetched from the host for now. No answer at all is the
            // host's problem, and said as such ("cannot connect"); an error is robots.txt's.
            String why = status == 0 ? p.getMessage() : "robots.txt answered " + p.getMessage() + "; trying at a later pass";
            return new Entry(parser.failedFetch(503), FetchProblem.unasked(why, true, p.retryAfter()), now, KEEP_FAILED);
        }
    }
}
