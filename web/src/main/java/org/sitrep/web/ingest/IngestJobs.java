package org.sitrep.web.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Batches submitted from the browser, run one at a time on a background thread (ingest writes; one
 * writer at a time is what the ledger does best), each with the progress the page polls.
 *
 * <p>The queue is bounded: each account may have {@value #MAX_WAITING_PER_USER} batches waiting, the
 * server {@value #MAX_WAITING} in all; a batch beyond that is refused before its body is read
 * ({@link #reserve}). Waiting batches are files on disk, not articles in memory, and accounts take turns,
 * so a small batch never waits behind everything one busy account queued.
 */
public final class IngestJobs implements AutoCloseable {
    /** A batch's progress, as the API reports it. */
    public record Status(String batch, String state, String by, int total, int done, int added, int unchanged,
                         int failed, List<String> errors, List<Long> incidents) {
    }

    /** The queue is full: the status to answer (429 for the account's own limit, 503 for the server's) and why. */
    public static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Full(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A place in the queue, held while the batch's files are received. */
    public static final class Ticket {
        private final String by;
        private boolean used;

        private Ticket(String by) {
            this.by = by;
        }
    }

    public static final int MAX_WAITING_PER_USER = 3;
    public static final int MAX_WAITING = 16;
    private static final int MAX_ERRORS = 100;
    /** Incidents listed per batch: enough to link to from the page, not a copy of a big upload's ledger. */
    private static final int MAX_INCIDENTS = 500;
    /** Finished batches remembered for their progress page; older ones are forgotten. */
    static final int KEPT = 200;
    private final ArticleIngest ingest;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();
    /** Guarded by this: waiting batches per account, in the order accounts take turns. */
    private final LinkedHashMap<String, Deque<Job>> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> placesHeld = new LinkedHashMap<>();
    private int placesTotal;
    private boolean closed;
    /** The batch running now, whose files close() removes too (the process is ending). */
    private volatile Job current;
    private final Thread runner;

    public IngestJobs(ArticleIngest ingest) {
        this.ingest = ingest;
        this.runner = new Thread(this::runForever, "sitrep-web-ingest");
        runner.setDaemon(true);
        runner.start();
    }

    /** Holds a place for a batch of {@code by}, or refuses it (a {@link Full}) when the queue is full. */
    public synchronized Ticket reserve(String by) {
        int mine = placesHeld.getOrDefault(by, 0);
        if (mine >= MAX_WAITING_PER_USER) {
            throw new Full(429, by + " has " + mine + " batches waiting already (at most " + MAX_WAITING_PER_USER
                    + "); send more when one has started");
        }
        if (placesTotal >= MAX_WAITING) {
            throw new Full(503, "the server has " + placesTotal + " batches waiting to be ingested (at most "
                    + MAX_WAITING + "); try again in a few minutes");
        }
        placesHeld.merge(by, 1, Integer::sum);
        placesTotal++;
        return new Ticket(by);
    }

    /** Gives back a place whose batch could not be received. */
    public synchronized void cancel(Ticket t) {
        if (!t.used) {
            t.used = true;
            release(t.by);
        }
    }

    /**
     * Queues a batch in the place of {@code ticket}.
     *
     * @param spool a directory holding the uploads, deleted when the batch has run
     */
    public String submit(Ticket ticket, List<Upload> uploads, Path spool) {
        long n = next.incrementAndGet();
        String id = "b" + n;
        Job job = new Job(id, ticket.by, uploads, spool);
        jobs.put(id, job);
        jobs.remove("b" + (n - KEPT));
        synchronized (this) {
            if (ticket.used || closed) {
                throw new IllegalStateException("a place in the ingest queue was used twice, or the server is stopping");
            }
            ticket.used = true;
            waiting.computeIfAbsent(ticket.by, k -> new ArrayDeque<>()).addLast(job);
            notifyAll();
        }
        return id;
    }

    public Optional<Status> status(String id) {
        Job j = jobs.get(id);
        return j == null ? Optional.empty() : Optional.of(j.status());
    }

    @Override
    public void close() {
        List<Job> left = new ArrayList<>();
        synchronized (this) {
            closed = true;
            waiting.values().forEach(left::addAll);
            waiting.clear();
            notifyAll();
        }
        runner.interrupt();
        left.forEach(Job::deleteSpool);
        Job running = current;
        if (running != null) {
            running.deleteSpool();
        }
    }

    private void release(String by) {
        placesHeld.computeIfPresent(by, (k, v) -> v <= 1 ? null : v - 1);
        placesTotal--;
    }

    /** The next batch: the first waiting one of the account whose turn it is; that account then goes last. */
    private synchronized Job take() throws InterruptedException {
        while (waiting.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            throw new InterruptedException("closed");
        }
        String by = waiting.keySet().iterator().next();
        Deque<Job> queue = waiting.remove(by);
        Job job = queue.pollFirst();
        if (!queue.isEmpty()) {
            waiting.put(by, queue);
        }
        release(by);
        return job;
    }

    private void runForever() {
        while (true) {
            Job job;
            try {
                job = take();
            } catch (InterruptedException e) {
                return;
            }
            current = job;
            job.run(ingest);
            current = null;
        }
    }

    private static final class Job implements Progress {
        private final String id;
        private final String by;
        private final Path spool;
        private List<Upload> uploads;
        private String state = "queued";
        private int total;
        private int done;
        private int added;
        private int unchanged;
        private int failed;
        private final List<String> errors = new ArrayList<>();
        private final java.util.Set<Long> incidents = new java.util.LinkedHashSet<>();

        Job(String id, String by, List<Upload> uploads, Path spool) {
            this.id = id;
            this.by = by;
            this.uploads = uploads;
            this.spool = spool;
        }

        void run(ArticleIngest ingest) {
            synchronized (this) {
                state = "running";
            }
            try {
                ingest.ingest(uploads, this);
            } catch (RuntimeException e) {
                failed("the batch stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (OutOfMemoryError e) {
                uploads = null;
                System.err.println("sitrep serve: out of memory while ingesting batch " + id + " of " + by
                        + "; the batch stopped, the articles stored before that are kept");
                failed("the batch stopped: the server ran short of memory; the articles stored before that are kept");
            } finally {
                uploads = null;
                deleteSpool();
                synchronized (this) {
                    state = "done";
                }
            }
        }

        void deleteSpool() {
            if (spool == null) {
                return;
            }
            try (Stream<Path> files = Files.walk(spool)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // A file left in the temporary directory is the operating system's to clean.
                    }
                });
            } catch (IOException e) {
                // Same.
            }
        }

        @Override
        public synchronized void total(int articles) {
            total = articles;
        }

        @Override
        public synchronized void stored(String outcome) {
            done++;
            if ("unchanged".equals(outcome)) {
                unchanged++;
            } else {
                added++;
            }
        }

        @Override
        public synchronized void skipped(String problem) {
            done++;
            failed(problem);
        }

        @Override
        public synchronized void failed(String problem) {
            failed++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(problem);
            }
        }

        @Override
        public synchronized void incidents(java.util.Collection<Long> ids) {
            for (Long i : ids) {
                if (incidents.size() < MAX_INCIDENTS && i != null) {
                    incidents.add(i);
                }
            }
        }

        synchronized Status status() {
            return new Status(id, state, by, total, done, added, unchanged, failed, List.copyOf(errors),
                    List.copyOf(incidents));
        }
    }
}
