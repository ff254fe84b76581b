package org.sitrep.app.fetch;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work queued per host, each host with as many threads as it may have requests at once: a slow or
 * paused host holds up only its own queue, never the other hosts'.
 */
public final class HostLanes implements AutoCloseable {
    private final int perHost;
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();

    public HostLanes(int perHost) {
        this.perHost = perHost;
    }

    /** Runs {@code task} on the lane of {@code uri}'s host, after the tasks queued there before it. */
    public void submit(URI uri, Runnable task) {
        lanes.computeIfAbsent(Hosts.key(uri), k -> Executors.newFixedThreadPool(perHost, r -> {
            Thread t = new Thread(r, "sitrep-fetch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        })).execute(task);
    }

    /** Drops queued work and interrupts running work (a stopping watcher reads no further page). */
    public void stop() {
        lanes.values().forEach(ExecutorService::shutdownNow);
    }

    @Override
    public void close() {
        stop();
    }
}
