package org.sitrep.app.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.app.input.html.HtmlCharset;
import org.sitrep.app.input.html.PageMetadata;
import org.sitrep.app.input.html.PageText;
import org.sitrep.model.Article;

/**
 * A saved web page: the article text taken out of the page (title line, then its blocks one per
 * line), with url, outlet and publication date from the page's metadata. The id is the file name.
 */
public final class HtmlArticleReader implements ArticleReader {
    private final long maxBytes;

    public HtmlArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Source source, ArticleSink sink) throws InputProblem {
        read(source, sink, null);
    }

    /**
     * As {@link #read(Source, ArticleSink)}, for a page fetched over HTTP: the charset its Content-Type
     * header names comes before the one the page declares, as browsers read it (a byte order mark first).
     *
     * @param transport the charset of the Content-Type header, or null
     */
    public void read(Source source, ArticleSink sink, Charset transport) throws InputProblem {
        byte[] bytes = BoundedRead.readAll(source, maxBytes);
        Charset charset = TextBytes.hasUtf8Bom(bytes) ? StandardCharsets.UTF_8
                : transport != null ? transport : HtmlCharset.declared(bytes).orElse(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(TextBytes.decodeFile(source.name(), bytes, charset));
        PageMetadata meta = PageMetadata.read(doc);
        PageText page = PageText.extract(doc, meta.title());
        if (page.body().isBlank()) {
            throw new InputProblem(source.name(), "no article text found in the page");
        }
        String text = page.title() == null ? page.body() : page.title() + "\n" + page.body();
        LocalDate published = meta.dateCandidates().stream()
                .map(Dates::parseLenient).filter(Objects::nonNull).findFirst().orElse(null);
        sink.accept(new InputArticle(source.name(),
                new Article(source.defaultId(), meta.url(), meta.outlet(), published, text)));
    }

    /**
     * The text of an article given as HTML inside something else (a feed item's content:encoded or Atom
     * content), read as a page's article is: its headline (its own h1, else {@code title}), then its blocks.
     *
     * @return the text, or empty when the HTML holds no text
     */
    public static java.util.Optional<String> fragmentText(String html, String title) {
        PageText page = PageText.extract(Jsoup.parseBodyFragment(html), title);
        if (page.body().isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(page.title() == null ? page.body() : page.title() + "\n" + page.body());
    }
}
