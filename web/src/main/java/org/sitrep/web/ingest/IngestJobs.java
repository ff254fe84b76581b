package org.sitrep.web.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batches submitted from the browser, run one at a time on a background thread (ingest writes; one
 * writer at a time is what the ledger does best), each with the progress the page polls.
 */
public final class IngestJobs implements AutoCloseable {
    /** A batch's progress, as the API reports it. */
    public record Status(String batch, String state, String by, int total, int done, int added, int unchanged,
                         int failed, List<String> errors, List<Long> incidents) {
    }

    private static final int MAX_ERRORS = 100;
    /** Incidents listed per batch: enough to link to from the page, not a copy of a big upload's ledger. */
    private static final int MAX_INCIDENTS = 500;
    /** Finished batches remembered for their progress page; older ones are forgotten. */
    static final int KEPT = 200;
    private final ArticleIngest ingest;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-web-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();

    public IngestJobs(ArticleIngest ingest) {
        this.ingest = ingest;
    }

    public String submit(List<Upload> uploads, String by) {
        long n = next.incrementAndGet();
        String id = "b" + n;
        Job job = new Job(id, by);
        jobs.put(id, job);
        jobs.remove("b" + (n - KEPT));
        runner.submit(() -> job.run(ingest, uploads));
        return id;
    }

    public Optional<Status> status(String id) {
        Job j = jobs.get(id);
        return j == null ? Optional.empty() : Optional.of(j.status());
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    private static final class Job implements Progress {
        private final String id;
        private final String by;
        private String state = "queued";
        private int total;
        private int done;
        private int added;
        private int unchanged;
        private int failed;
        private final List<String> errors = new ArrayList<>();
        private final java.util.Set<Long> incidents = new java.util.LinkedHashSet<>();

        Job(String id, String by) {
            this.id = id;
            this.by = by;
        }

        void run(ArticleIngest ingest, List<Upload> uploads) {
            synchronized (this) {
                state = "running";
            }
            try {
                ingest.ingest(uploads, this);
            } catch (RuntimeException e) {
                failed("the batch stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } finally {
                synchronized (this) {
                    state = "done";
                }
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
