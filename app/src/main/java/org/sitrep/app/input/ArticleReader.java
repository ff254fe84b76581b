package org.sitrep.app.input;

/** Reads the articles of one input format. Implementations are stateless and thread-safe. */
public interface ArticleReader {

    /**
     * Reads every article in {@code source} into {@code sink}.
     *
     * @throws InputProblem when the source as a whole cannot be used (missing, too large, binary, ...);
     *                      a problem with one record of many goes to {@link ArticleSink#reject} instead
     */
    void read(Source source, ArticleSink sink) throws InputProblem;
}
