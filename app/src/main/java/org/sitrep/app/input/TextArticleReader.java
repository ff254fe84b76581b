package org.sitrep.app.input;

import org.sitrep.model.Article;

/**
 * A plain-text article: the whole file is the text (its first line the title) and the id is the
 * file name without extension. The text is kept byte for byte apart from a UTF-8 byte order mark,
 * so that offsets into it are offsets into the file's characters.
 */
public final class TextArticleReader implements ArticleReader {
    private final long maxBytes;

    public TextArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Source source, ArticleSink sink) throws InputProblem {
        readBytes(source, BoundedRead.readAll(source, maxBytes), sink);
    }

    /** The article in bytes already read (standard input reads them before it knows the format). */
    static void readBytes(Source source, byte[] bytes, ArticleSink sink) throws InputProblem {
        String text = TextBytes.decodeFile(source.name(), bytes);
        if (text.isBlank()) {
            throw new InputProblem(source.name(), "no text (only white space)");
        }
        Article article = new Article(source.defaultId(), null, null, Dateline.find(text), text);
        sink.accept(new InputArticle(source.name(), article));
    }
}
