package org.sitrep.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.EnglishCheck;
import org.sitrep.app.input.Input;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.engine.Engine;
import org.sitrep.ledger.IngestOutcome;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.feed.FeedOrigin;
import org.sitrep.ledger.store.LedgerWriter;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/**
 * One {@code ingest} run, in three stages: articles are read, checked and looked up in the ledger on
 * this thread; extracted on a pool (the engine is thread-safe); and written in input order, in batches
 * of one transaction each, by one writer thread, the only one that writes to the ledger. An article
 * already stored by this engine is not extracted again, so re-running an interrupted ingest costs little.
 */
final class IngestRun implements ArticleSink, AutoCloseable {
    /**
     * An article being extracted; a failed extraction is reported when its turn to be written comes.
     *
     * @param origin the feed item it came from, or null
     */
    private record Pending(InputArticle input, String fingerprint, Future<Extraction> extraction, FeedOrigin origin) {
    }

    /** Tells the writer that nothing more comes. */
    private static final Pending END = new Pending(null, null, null, null);

    private final EngineFactory.UserData userData;
    private final Ledger ledger;
    private final Ledger lookups;
    private final Reporter reporter;
    private final LocalDate defaultPublished;
    private final String engineVersion;
    private final int batchSize;
    private final ExecutorService pool;
    private final BlockingQueue<Pending> queue;
    private final Thread writer;
    private final List<LedgerWriter.Item> batch = new ArrayList<>();
    private final AtomicIntegerArray outcomes = new AtomicIntegerArray(IngestOutcome.values().length);
    private volatile Throwable writerFailure;
    private volatile long writerCpuNanos;
    private final AtomicLong extractNanos = new AtomicLong();
    private volatile long writeNanos;
    private volatile Engine engine;
    private int problemsInSource;

    /**
     * @param ledger  the ledger written to (by the writer thread only)
     * @param lookups the same ledger opened again, for this thread's "stored already?" questions
     */
    IngestRun(EngineFactory.UserData userData, Ledger ledger, Ledger lookups, Reporter reporter,
              LocalDate defaultPublished, String engineVersion, int batchSize, int threads) {
        this.userData = userData;
        this.ledger = ledger;
        this.lookups = lookups;
        this.reporter = reporter;
        this.defaultPublished = defaultPublished;
        this.engineVersion = engineVersion;
        this.batchSize = batchSize;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-extract");
            t.setDaemon(true);
            return t;
        });
        // Deeper than a batch: while a batch is being written, the pool extracts the next one.
        this.queue = new ArrayBlockingQueue<>(batchSize + 4 * threads);
        this.writer = new Thread(this::write, "sitrep-ledger-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    void process(Input input) {
        if (input instanceof Input.Refused refused) {
            report(() -> reporter.problem(refused.problem(), false));
            return;
        }
        Input.Ready ready = (Input.Ready) input;
        problemsInSource = 0;
        try {
            ready.reader().read(ready.source(), this);
        } catch (InputProblem p) {
            reject(p);
        }
        if (problemsInSource > ExtractRun.SHOWN_PER_SOURCE) {
            report(() -> reporter.note(ready.source().name() + ": " + (problemsInSource - ExtractRun.SHOWN_PER_SOURCE)
                    + " more problems not shown"));
        }
    }

    @Override
    public void accept(InputArticle input) {
        accept(input, null);
    }

    /**
     * An article, as {@link #accept(InputArticle)}; one from a feed is stored with its link to the feed
     * item, in the same transaction (an article stored already gets only the link).
     *
     * @param origin the feed item it came from, or null
     * @return the problem it was refused for (reported already), or empty when it goes to the ledger
     */
    Optional<InputProblem> accept(InputArticle input, FeedOrigin origin) {
        Optional<String> notEnglish = EnglishCheck.problem(input.article().text());
        if (notEnglish.isPresent()) {
            InputProblem problem = new InputProblem(input.where(), notEnglish.get());
            if (origin == null) {
                reject(problem);
            } else {
                // Each feed item is an input of its own: its line is never one of "N more problems not shown".
                report(() -> reporter.problem(problem, false));
            }
            return Optional.of(problem);
        }
        Article article = ExtractRun.withDefaultDate(input.article(), defaultPublished);
        String fingerprint = Ledger.fingerprint(article);
        InputArticle dated = new InputArticle(input.where(), article);
        if (!lookups.needsExtraction(article, fingerprint, engineVersion)) {
            if (origin == null) {
                outcomes.incrementAndGet(IngestOutcome.UNCHANGED.ordinal());
            } else {
                enqueue(new Pending(dated, fingerprint, CompletableFuture.completedFuture(null), origin));
            }
            return Optional.empty();
        }
        Engine ready = engine();
        enqueue(new Pending(dated, fingerprint, pool.submit(() -> {
            long start = System.nanoTime();
            try {
                return ready.extract(article);
            } finally {
                extractNanos.addAndGet(System.nanoTime() - start);
            }
        }), origin));
        return Optional.empty();
    }

    @Override
    public void reject(InputProblem problem) {
        problemsInSource++;
        report(() -> reporter.problem(problem, problemsInSource > ExtractRun.SHOWN_PER_SOURCE));
    }

    /**
     * Waits for the writer to store everything, then to bring the summaries of much-reported incidents
     * up to date; rethrows what stopped the writer, if anything did.
     */
    void finish() {
        enqueue(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        rethrowWriterFailure();
    }

    private void enqueue(Pending p) {
        try {
            while (!queue.offer(p, 100, TimeUnit.MILLISECONDS)) {
                rethrowWriterFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        rethrowWriterFailure();
    }

    private void rethrowWriterFailure() {
        Throwable t = writerFailure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** The writer thread: batches in input order, one transaction each. */
    private void write() {
        try {
            for (Pending p = queue.take(); p != END; p = queue.take()) {
                take(p);
            }
            flush();
            ledger.refresh();
            writerCpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            writerFailure = e;
        }
    }

    private void take(Pending p) throws InterruptedException {
        Extraction x;
        try {
            x = p.extraction().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                report(() -> reporter.failed(p.input().where(), "out of memory (give Java more with SITREP_JAVA_OPTS=-Xmx2g)"));
            } else if (cause instanceof ExtractRun.SetupFailed setup) {
                throw setup;
            } else {
                report(() -> reporter.internal(p.input().where(), cause));
            }
            return;
        }
        batch.add(x == null && p.origin() != null
                ? LedgerWriter.Item.linkOnly(p.input().article(), engineVersion, p.fingerprint(), p.origin())
                : new LedgerWriter.Item(p.input().article(), x, engineVersion, p.fingerprint(), p.origin()));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        for (IngestOutcome o : ledger.ingest(batch)) {
            outcomes.incrementAndGet(o.ordinal());
        }
        writeNanos += System.nanoTime() - start;
        batch.clear();
    }

    /** Both threads report; the reporter counts, so one at a time. */
    private void report(Runnable r) {
        synchronized (reporter) {
            r.run();
        }
    }

    /** CPU seconds the writer thread used (for {@code -Dsitrep.ingest.stats=true}: where a slow ingest spends). */
    double writerCpuSeconds() {
        return writerCpuNanos / 1e9;
    }

    /** Thread seconds spent extracting, summed over the pool's threads. */
    double extractSeconds() {
        return extractNanos.get() / 1e9;
    }

    /** Seconds the writer spent in the ledger's transactions (storing, merging, committing). */
    double writeSeconds() {
        return writeNanos / 1e9;
    }

    int count(IngestOutcome o) {
        return outcomes.get(o.ordinal());
    }

    private Engine engine() {
        if (engine == null) {
            try {
                engine = EngineFactory.engine(userData);
            } catch (SetupProblem e) {
                throw new ExtractRun.SetupFailed(e);
            }
        }
        return engine;
    }

    @Override
    public void close() {
        writer.interrupt();
        pool.shutdownNow();
    }
}
