package org.sitrep.app.input;

/**
 * Where a reader hands what it read, one record at a time, so that a bad record in a file of many
 * is reported and skipped while the good ones still go through.
 */
public interface ArticleSink {

    /** A record that was read. */
    void accept(InputArticle article);

    /** A record that could not be read; the reader goes on with the next one. */
    void reject(InputProblem problem);
}
