package org.sitrep.app.input;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.model.Article;

/**
 * A plain-text article: the whole file is the text (its first line the title) and the id is the
 * file name without extension; its publication date comes from a {@code published.tsv} beside it
 * ({@link PublishedDates}), else from a dateline in its first lines. The text is kept byte for byte apart from a UTF-8 byte order mark,
 * so that offsets into it are offsets into the file's characters.
 */
public final class TextArticleReader implements ArticleReader {
    private final long maxBytes;
    private final PublishedDates sidecars = new PublishedDates();

    public TextArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Source source, ArticleSink sink) throws InputProblem {
        byte[] bytes = BoundedRead.readAll(source, maxBytes);
        LocalDate listed = source.size() >= 0 ? sidecars.of(Path.of(source.name())) : null;
        readBytes(source, bytes, sink, listed);
    }

    /** The article in bytes already read (standard input reads them before it knows the format). */
    static void readBytes(Source source, byte[] bytes, ArticleSink sink) throws InputProblem {
        readBytes(source, bytes, sink, null);
    }

    /** {@code listed}: the date a {@code published.tsv} beside the file gives, preferred to a guess from a dateline. */
    private static void readBytes(Source source, byte[] bytes, ArticleSink sink, LocalDate listed) throws InputProblem {
        String text = TextBytes.decodeFile(source.name(), bytes);
        if (text.isBlank()) {
            throw new InputProblem(source.name(), "no text (only white space)");
        }
        LocalDate published = listed != null ? listed : Dateline.find(text);
        Article article = new Article(source.defaultId(), null, null, published, text);
        sink.accept(new InputArticle(source.name(), article));
    }
}
