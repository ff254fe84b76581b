package org.sitrep.app.feed;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.EnglishCheck;
import org.sitrep.app.input.HtmlArticleReader;
import org.sitrep.app.input.InputArticle;
import org.sitrep.app.input.InputProblem;
import org.sitrep.app.input.Source;
import org.sitrep.model.Article;

/**
 * The article a feed item stands for: from its fetched page, through the same HTML reader as
 * {@code sitrep extract} (text, headline, canonical URL, outlet, date); or from the text the feed item
 * itself carries. The article's id is the item's link; its URL the page's canonical one, else the
 * address it was fetched from; its date the page's, else the item's.
 */
public final class PageArticles {
    /** Fewer words than this is a caption or a video's blurb, not an article (and too few to judge the language). */
    public static final int MIN_WORDS = EnglishCheck.MIN_WORDS;
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HtmlArticleReader reader;

    public PageArticles(long maxBytes) {
        this.reader = new HtmlArticleReader(maxBytes);
    }

    /**
     * @param fetched     the page's final address, after redirects
     * @param contentType its media type, or null when the server gave none
     * @param charset     the charset its Content-Type names, or null
     */
    public Article fromPage(FeedEntry entry, URI fetched, String contentType, java.nio.charset.Charset charset, byte[] body)
            throws PageProblem {
        if (contentType != null && !PAGE_TYPES.contains(contentType)) {
            throw new PageProblem("not a web page (" + contentType + ")", false);
        }
        List<Article> read = new ArrayList<>(1);
        List<InputProblem> problems = new ArrayList<>(1);
        try {
            reader.read(Source.stream(entry.url(), entry.url(), new ByteArrayInputStream(body)), new ArticleSink() {
                @Override
                public void accept(InputArticle article) {
                    read.add(article.article());
                }

                @Override
                public void reject(InputProblem problem) {
                    problems.add(problem);
                }
            }, charset);
        } catch (InputProblem p) {
            throw new PageProblem(notAnArticle(p.problem()), p.problem().startsWith("no article text"));
        }
        if (read.isEmpty()) {
            throw new PageProblem(problems.isEmpty() ? "not an article" : problems.get(0).problem(), false);
        }
        Article a = read.get(0);
        checkLength(a.text());
        return new Article(entry.url(), a.url() != null ? a.url() : fetched.toString(), a.outlet(),
                a.published() != null ? a.published() : entry.published(), a.text());
    }

    /**
     * The article from the feed item's own text (content:encoded, Atom content): for an item whose page
     * cannot be read. Its outlet is unknown (a feed's title is not an outlet's name).
     *
     * @throws PageProblem when the item carries no usable text
     */
    public static Article fromEntry(FeedEntry entry) throws PageProblem {
        if (entry.contentHtml() == null) {
            throw new PageProblem("the feed carries no text for it", false);
        }
        String text = HtmlArticleReader.fragmentText(entry.contentHtml(), entry.title())
                .orElseThrow(() -> new PageProblem("the feed's text for it is empty", false));
        checkLength(text);
        return new Article(entry.url(), entry.hasPage() ? entry.url() : null, null, entry.published(), text);
    }

    private static void checkLength(String text) throws PageProblem {
        int words = text.split("\\s+").length;
        if (words < MIN_WORDS) {
            throw new PageProblem("not an article (" + words + " words of text)", true);
        }
    }

    private static String notAnArticle(String problem) {
        return problem.startsWith("no article text") ? "not an article (" + problem + ")" : problem;
    }
}
