package org.sitrep.app.cli;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.sitrep.ledger.store.LedgerWriter;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/**
 * One {@code ingest} run: articles are read in order on this thread, extracted on a pool (the engine
 * is thread-safe), and written to the ledger in input order, in batches of one transaction each.
 * Only this thread touches the database. An article already stored by this engine is not extracted
 * again, so re-running an interrupted ingest costs little.
 */
final class IngestRun implements ArticleSink, AutoCloseable {
    /** An article being extracted; a failed extraction is reported when its turn to be written comes. */
    private record Pending(InputArticle input, String fingerprint, Future<Extraction> extraction) {
    }

    private final EngineFactory.UserData userData;
    private final Ledger ledger;
    private final Reporter reporter;
    private final LocalDate defaultPublished;
    private final String engineVersion;
    private final int batchSize;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<LedgerWriter.Item> batch = new ArrayList<>();
    private final int[] outcomes = new int[IngestOutcome.values().length];
    private volatile Engine engine;
    private int events;
    private int problemsInSource;

    IngestRun(EngineFactory.UserData userData, Ledger ledger, Reporter reporter, LocalDate defaultPublished,
              String engineVersion, int batchSize, int threads) {
        this.userData = userData;
        this.ledger = ledger;
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
        this.window = batchSize + 4 * threads;
    }

    void process(Input input) {
        if (input instanceof Input.Refused refused) {
            reporter.problem(refused.problem(), false);
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
            reporter.note(ready.source().name() + ": " + (problemsInSource - ExtractRun.SHOWN_PER_SOURCE)
                    + " more problems not shown");
        }
    }

    @Override
    public void accept(InputArticle input) {
        Optional<String> notEnglish = EnglishCheck.problem(input.article().text());
        if (notEnglish.isPresent()) {
            reject(new InputProblem(input.where(), notEnglish.get()));
            return;
        }
        Article article = ExtractRun.withDefaultDate(input.article(), defaultPublished);
        String fingerprint = Ledger.fingerprint(article);
        if (!ledger.needsExtraction(article, fingerprint, engineVersion)) {
            outcomes[IngestOutcome.UNCHANGED.ordinal()]++;
            return;
        }
        Engine ready = engine();
        InputArticle dated = new InputArticle(input.where(), article);
        pending.add(new Pending(dated, fingerprint, pool.submit(() -> ready.extract(article))));
        while (pending.size() > window) {
            take(pending.poll());
        }
    }

    @Override
    public void reject(InputProblem problem) {
        problemsInSource++;
        reporter.problem(problem, problemsInSource > ExtractRun.SHOWN_PER_SOURCE);
    }

    /** Writes everything still pending, then brings the summaries of much-reported incidents up to date. */
    void finish() {
        while (!pending.isEmpty()) {
            take(pending.poll());
        }
        flush();
        ledger.refresh();
    }

    private void take(Pending p) {
        Extraction x;
        try {
            x = p.extraction().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                reporter.failed(p.input().where(), "out of memory (give Java more with SITREP_JAVA_OPTS=-Xmx2g)");
            } else {
                reporter.internal(p.input().where(), cause);
            }
            return;
        }
        batch.add(new LedgerWriter.Item(p.input().article(), x, engineVersion, p.fingerprint()));
        events += x.events().size();
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        for (IngestOutcome o : ledger.ingest(batch)) {
            outcomes[o.ordinal()]++;
        }
        batch.clear();
    }

    int count(IngestOutcome o) {
        return outcomes[o.ordinal()];
    }

    int events() {
        return events;
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
        pool.shutdownNow();
    }
}
