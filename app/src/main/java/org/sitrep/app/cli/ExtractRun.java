package org.sitrep.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.SetupProblem;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.EnglishCheck;
import org.sitrep.app.input.Input;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.app.output.JsonLinesWriter;
import java.util.function.Function;
import org.sitrep.model.Article;

/**
 * One {@code extract} or {@code places} run: every article read goes through the language check and
 * the engine (events and claims, or place names alone) and out as a line; every problem is reported
 * and the run goes on with the next input.
 */
final class ExtractRun implements ArticleSink {
    /** Past this many problems in one file, the rest are counted but not printed. */
    static final int SHOWN_PER_SOURCE = 20;

    /** What each line holds. */
    enum Mode {
        /** The article's events and claims. */
        EVENTS,
        /** Every candidate event with the evidence for and against it, and every statement. */
        EXPLAIN,
        /** The article's place names ({@code places}). */
        PLACES
    }

    private final EngineFactory.UserData userData;
    private final Mode mode;
    private Function<Article, Object> engine;
    private final JsonLinesWriter writer;
    private final Reporter reporter;
    private final LocalDate defaultPublished;
    private int problemsInSource;

    /**
     * The engine reads articles on every core (it is thread-safe); lines are still written in input order.
     * Null on a single core: then each article is read where it arrives.
     */
    private final java.util.concurrent.ExecutorService workers;
    private final int threads;
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    /** Articles waiting per worker: enough to keep every core busy, few enough to hold little memory. */
    private static final int QUEUED_PER_WORKER = 8;

    /** The engine is built when the first article needs it: a run of only bad inputs never loads the index. */
    ExtractRun(EngineFactory.UserData userData, JsonLinesWriter writer, Reporter reporter, LocalDate defaultPublished) {
        this(userData, writer, reporter, defaultPublished, Mode.EVENTS);
    }

    /** @param mode what each line holds */
    ExtractRun(EngineFactory.UserData userData, JsonLinesWriter writer, Reporter reporter, LocalDate defaultPublished,
               Mode mode) {
        this.userData = userData;
        this.mode = mode;
        this.threads = Runtime.getRuntime().availableProcessors();
        this.workers = threads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "sitrep-extract");
            th.setDaemon(true);
            return th;
        }) : null;
        this.writer = writer;
        this.reporter = reporter;
        this.defaultPublished = defaultPublished;
    }

    /**
     * @throws UncheckedIOException when the output cannot be written, and
     * @throws SetupFailed when the engine cannot be built: nothing after either can succeed
     */
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
        } catch (UncheckedIOException | SetupFailed e) {
            throw e;
        } catch (RuntimeException e) {
            reporter.internal(ready.source().name(), e);
        }
        if (problemsInSource > SHOWN_PER_SOURCE) {
            reporter.note(ready.source().name() + ": " + (problemsInSource - SHOWN_PER_SOURCE)
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
        Function<Article, Object> ready = engine();
        Article article = withDefaultDate(input.article(), defaultPublished);
        if (workers == null) {
            write(input, () -> ready.apply(article));
            return;
        }
        pending.addLast(new Pending(input, workers.submit(() -> ready.apply(article))));
        while (pending.size() > QUEUED_PER_WORKER * threads) {
            drainOne();
        }
    }

    /** Writes every article still being read, in the order they came. Call once all inputs are processed. */
    void finish() {
        while (!pending.isEmpty()) {
            drainOne();
        }
        if (workers != null) {
            workers.shutdown();
        }
    }

    /** An article handed to a worker, waiting for its turn to be written. */
    private record Pending(InputArticle input, java.util.concurrent.Future<Object> result) {
    }

    private void drainOne() {
        Pending p = pending.removeFirst();
        write(p.input(), () -> {
            try {
                return p.result().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an article", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        });
    }

    /** Writes one article's line, or reports why it has none; the output's order is the input's. */
    private void write(InputArticle input, java.util.function.Supplier<Object> extraction) {
        Object line;
        try {
            line = extraction.get();
        } catch (RuntimeException | StackOverflowError e) {
            reporter.internal(input.where(), e);
            return;
        } catch (OutOfMemoryError e) {
            // The article's data is garbage once we return, so the next article has the heap again.
            reporter.failed(input.where(), "out of memory (give Java more with SITREP_JAVA_OPTS=-Xmx2g)");
            return;
        }
        try {
            writer.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reject(InputProblem problem) {
        problemsInSource++;
        reporter.problem(problem, problemsInSource > SHOWN_PER_SOURCE);
    }

    private Function<Article, Object> engine() {
        if (engine == null) {
            try {
                engine = switch (mode) {
                    case PLACES -> EngineFactory.geoparser(userData)::parse;
                    case EVENTS -> EngineFactory.engine(userData)::extract;
                    case EXPLAIN -> {
                        org.sitrep.engine.Engine e = EngineFactory.engine(userData);
                        yield a -> org.sitrep.app.output.Explanations.of(a, e.explain(a), e.statements(a));
                    }
                };
            } catch (SetupProblem e) {
                throw new SetupFailed(e);
            }
        }
        return engine;
    }

    /** The date given by --published, for an article that has none of its own. */
    static Article withDefaultDate(Article a, LocalDate defaultPublished) {
        return a.published() != null || defaultPublished == null ? a
                : new Article(a.id(), a.url(), a.outlet(), defaultPublished, a.text());
    }

    /** Carries a {@link SetupProblem} out through the readers, which know nothing of it. */
    static final class SetupFailed extends RuntimeException {
        SetupFailed(SetupProblem cause) {
            super(cause.getMessage(), cause);
        }
    }
}
