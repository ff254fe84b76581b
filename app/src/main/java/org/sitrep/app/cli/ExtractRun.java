package org.sitrep.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.EnglishCheck;
import org.sitrep.app.input.Input;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.app.output.JsonLinesWriter;
import org.sitrep.engine.Engine;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/**
 * One {@code extract} run: every article read goes through the language check and the engine and
 * out as a line; every problem is reported and the run goes on with the next input.
 */
final class ExtractRun implements ArticleSink {
    /** Past this many problems in one file, the rest are counted but not printed. */
    static final int SHOWN_PER_SOURCE = 20;

    private final Engine engine;
    private final JsonLinesWriter writer;
    private final Reporter reporter;
    private final LocalDate defaultPublished;
    private int problemsInSource;

    ExtractRun(Engine engine, JsonLinesWriter writer, Reporter reporter, LocalDate defaultPublished) {
        this.engine = engine;
        this.writer = writer;
        this.reporter = reporter;
        this.defaultPublished = defaultPublished;
    }

    /** @throws UncheckedIOException when the output cannot be written: nothing after that can succeed */
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
        } catch (UncheckedIOException e) {
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
        Extraction extraction;
        try {
            extraction = engine.extract(withDefaultDate(input.article()));
        } catch (RuntimeException e) {
            reporter.internal(input.where(), e);
            return;
        }
        try {
            writer.write(extraction);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reject(InputProblem problem) {
        problemsInSource++;
        reporter.problem(problem, problemsInSource > SHOWN_PER_SOURCE);
    }

    private Article withDefaultDate(Article a) {
        return a.published() != null || defaultPublished == null ? a
                : new Article(a.id(), a.url(), a.outlet(), defaultPublished, a.text());
    }
}
