package org.sitrep.app.input;

/** The reader of each format, all sharing one size limit. */
public final class Readers {
    private final TextArticleReader text;
    private final HtmlArticleReader html;
    private final JsonArticleReader json;
    private final JsonLinesReader jsonLines;
    private final StdinReader stdin;

    /** @param maxBytes the limit for a whole file, or for one line of JSON Lines */
    public Readers(long maxBytes) {
        text = new TextArticleReader(maxBytes);
        html = new HtmlArticleReader(maxBytes);
        json = new JsonArticleReader(maxBytes);
        jsonLines = new JsonLinesReader(maxBytes);
        stdin = new StdinReader(maxBytes);
    }

    public ArticleReader of(Format format) {
        return switch (format) {
            case TEXT -> text;
            case HTML -> html;
            case JSON -> json;
            case JSON_LINES -> jsonLines;
        };
    }

    public ArticleReader stdin() {
        return stdin;
    }
}
