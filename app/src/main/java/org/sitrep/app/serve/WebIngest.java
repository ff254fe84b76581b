package org.sitrep.app.serve;

import java.io.ByteArrayInputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.EnglishCheck;
import org.sitrep.app.input.Format;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.app.input.Readers;
import org.sitrep.app.input.Source;
import org.sitrep.engine.Engine;
import org.sitrep.ledger.IngestOutcome;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.ledger.store.LedgerWriter;
import org.sitrep.model.Article;
import org.sitrep.web.ingest.ArticleIngest;
import org.sitrep.web.ingest.Progress;
import org.sitrep.web.ingest.Upload;

/**
 * A batch from the browser, stored the way {@code sitrep ingest} stores files: the same readers (by
 * the file name's extension), the same language check, the same engine, in transactions of a few
 * dozen articles, so a failure loses at most the articles of one transaction and nothing stored before.
 */
public final class WebIngest implements ArticleIngest {
    private static final int BATCH = 50;
    private final LedgerLocation location;
    private final Engine engine;
    private final String engineVersion;
    private final Readers readers;

    public WebIngest(LedgerLocation location, Engine engine, String engineVersion, long maxBytes) {
        this.location = location;
        this.engine = engine;
        this.engineVersion = engineVersion;
        this.readers = new Readers(maxBytes);
    }

    @Override
    public void ingest(List<Upload> uploads, Progress progress) {
        List<InputArticle> articles = new ArrayList<>();
        for (Upload u : uploads) {
            read(u, articles, progress);
        }
        progress.total(articles.size());
        try (Ledger ledger = Ledger.open(location, true)) {
            List<LedgerWriter.Item> batch = new ArrayList<>();
            for (InputArticle in : articles) {
                Optional<String> notEnglish = EnglishCheck.problem(in.article().text());
                if (notEnglish.isPresent()) {
                    progress.skipped(in.where() + ": " + notEnglish.get());
                    continue;
                }
                Article a = in.article();
                String fingerprint = Ledger.fingerprint(a);
                if (!ledger.needsExtraction(a, fingerprint, engineVersion)) {
                    progress.stored(IngestOutcome.UNCHANGED.name().toLowerCase(Locale.ROOT));
                    continue;
                }
                try {
                    batch.add(new LedgerWriter.Item(a, engine.extract(a), engineVersion, fingerprint));
                } catch (RuntimeException e) {
                    progress.skipped(in.where() + ": could not be read (" + e.getClass().getSimpleName() + ")");
                    continue;
                }
                if (batch.size() >= BATCH) {
                    store(ledger, batch, progress);
                }
            }
            store(ledger, batch, progress);
            ledger.refresh();
            // The page links to what the batch became: each article's incidents, new or merged into.
            for (InputArticle in : articles) {
                Article a = in.article();
                progress.incidents(ledger.incidentsOfArticle(a.url(), Ledger.fingerprint(a)));
            }
        }
    }

    private void read(Upload u, List<InputArticle> into, Progress progress) {
        String name = safeName(u.name());
        Optional<Format> format;
        try {
            format = Format.of(Path.of(name));
        } catch (InvalidPathException e) {
            format = Optional.empty();
        }
        if (format.isEmpty()) {
            progress.failed(name + ": not a kind of file sitrep reads (" + Format.allExtensions() + ")");
            return;
        }
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        try {
            readers.of(format.get()).read(Source.stream(name, id, new ByteArrayInputStream(u.bytes())), new ArticleSink() {
                @Override
                public void accept(InputArticle article) {
                    into.add(article);
                }

                @Override
                public void reject(InputProblem problem) {
                    progress.failed(problem.where() + ": " + problem.problem());
                }
            });
        } catch (InputProblem p) {
            progress.failed(p.where() + ": " + p.problem());
        }
    }

    private static void store(Ledger ledger, List<LedgerWriter.Item> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        for (IngestOutcome o : ledger.ingest(batch)) {
            progress.stored(o.name().toLowerCase(Locale.ROOT));
        }
        batch.clear();
    }

    /** The file's own name, without any directory a browser or a client put in front of it. */
    static String safeName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return n.isEmpty() ? "upload.txt" : n;
    }
}
