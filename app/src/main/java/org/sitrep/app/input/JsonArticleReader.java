package org.sitrep.app.input;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A {@code .json} file: one article object, or an array of them. In an array, a bad item is
 * reported as {@code file: item N} and the other items are still read; items without an id are
 * numbered after the file name.
 */
public final class JsonArticleReader implements ArticleReader {
    private final long maxBytes;

    public JsonArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Source source, ArticleSink sink) throws InputProblem {
        String json = TextBytes.decodeFile(source.name(), BoundedRead.readAll(source, maxBytes));
        if (json.isBlank()) {
            throw new InputProblem(source.name(), "no JSON (only white space)");
        }
        JsonNode root = JsonArticles.parse(source.name(), json, true);
        if (root.isObject()) {
            sink.accept(new InputArticle(source.name(),
                    JsonArticles.toArticle(source.name(), root, source.defaultId())));
        } else if (root.isArray()) {
            readArray(source, root, sink);
        } else {
            throw new InputProblem(source.name(),
                    "not an article object or array of them (found " + JsonArticles.kind(root) + ")");
        }
    }

    private static void readArray(Source source, JsonNode array, ArticleSink sink) throws InputProblem {
        if (array.isEmpty()) {
            throw new InputProblem(source.name(), "no articles (empty array)");
        }
        for (int i = 0; i < array.size(); i++) {
            String where = source.name() + ": item " + (i + 1);
            try {
                sink.accept(new InputArticle(where,
                        JsonArticles.toArticle(where, array.get(i), source.defaultId() + "-" + (i + 1))));
            } catch (InputProblem p) {
                sink.reject(p);
            }
        }
    }
}
