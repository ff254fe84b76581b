package org.sitrep.app.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/** A sink that keeps what a reader handed it, for assertions. */
final class Collected implements ArticleSink {
    final List<InputArticle> articles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void accept(InputArticle article) {
        articles.add(article);
    }

    @Override
    public void reject(InputProblem problem) {
        problems.add(problem.getMessage());
    }

    Article only() {
        if (articles.size() != 1) {
            throw new AssertionError("expected one article, got " + articles.size() + "; problems " + problems);
        }
        return articles.get(0).article();
    }

    List<String> ids() {
        return articles.stream().map(a -> a.article().id()).toList();
    }

    /** Reads {@code content} written to {@code file} with {@code reader}; a whole-source problem is collected too. */
    static Collected read(ArticleReader reader, Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return read(reader, file);
    }

    static Collected read(ArticleReader reader, Path file) throws IOException {
        Collected c = new Collected();
        try {
            reader.read(Source.file(file), c);
        } catch (InputProblem p) {
            c.reject(p);
        }
        return c;
    }
}
