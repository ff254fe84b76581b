package org.sitrep.app.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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

    /**
     * Reads the uploads twice from disk: once to count the articles (the page shows progress against the
     * total), once to store them as they are read, so a batch never holds more than a transaction's
     * articles in memory, however large its files.
     */
    @Override
    public void ingest(List<Upload> uploads, Progress progress) {
        int[] total = {0};
        for (Upload u : uploads) {
            read(u, a -> total[0]++, problem -> { });
        }
        progress.total(total[0]);
        try (Ledger ledger = Ledger.open(location, true)) {
            List<LedgerWriter.Item> batch = new ArrayList<>();
            // what the page links to afterwards: each article's key, not its text (the batch is not held in memory)
            List<String[]> stored = new ArrayList<>();
            for (Upload u : uploads) {
                read(u, in -> {
                    Optional<String> notEnglish = EnglishCheck.problem(in.article().text());
                    if (notEnglish.isPresent()) {
                        progress.skipped(in.where() + ": " + notEnglish.get());
                        return;
                    }
                    Article a = in.article();
                    String fingerprint = Ledger.fingerprint(a);
                    stored.add(new String[] {a.url(), fingerprint});
                    if (!ledger.needsExtraction(a, fingerprint, engineVersion)) {
                        progress.stored(IngestOutcome.UNCHANGED.name().toLowerCase(Locale.ROOT));
                        return;
                    }
                    try {
                        batch.add(new LedgerWriter.Item(a, engine.extract(a), engineVersion, fingerprint));
                    } catch (RuntimeException e) {
                        progress.skipped(in.where() + ": could not be read (" + e.getClass().getSimpleName() + ")");
                        return;
                    }
                    if (batch.size() >= BATCH) {
                        store(ledger, batch, progress);
                    }
                }, progress::failed);
            }
            store(ledger, batch, progress);
            ledger.refresh();
            // The page links to what the batch became: each article's incidents, new or merged into.
            for (String[] key : stored) {
                progress.incidents(ledger.incidentsOfArticle(key[0], key[1]));
            }
        }
    }

    private void read(Upload u, Consumer<InputArticle> each, Consumer<String> problems) {
        String name = safeName(u.name());
        Optional<Format> format;
        try {
            format = Format.of(Path.of(name));
        } catch (InvalidPathException e) {
            format = Optional.empty();
        }
        if (format.isEmpty()) {
            problems.accept(name + ": not a kind of file sitrep reads (" + Format.allExtensions() + ")");
            return;
        }
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        try {
            Source source = new Source(name, id, Files.size(u.file()), () -> Files.newInputStream(u.file()));
            readers.of(format.get()).read(source, new ArticleSink() {
                @Override
                public void accept(InputArticle article) {
                    each.accept(article);
                }

                @Override
                public void reject(InputProblem problem) {
                    problems.accept(problem.where() + ": " + problem.problem());
                }
            });
        } catch (InputProblem p) {
            problems.accept(p.where() + ": " + p.problem());
        } catch (IOException e) {
            problems.accept(name + ": could not be read back from the server's disk (" + e.getMessage() + ")");
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
