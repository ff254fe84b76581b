package org.sitrep.app.input.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a page: the title and the article's blocks, one per line.
 *
 * <p>The article is the largest {@code <article>}, else {@code <main>}, else the body. Inside it,
 * page furniture is dropped: navigation, headers and footers, asides, forms, figures (captions
 * repeat the story and carry photo credits), hidden elements, and elements whose class or id names
 * them as sharing, related links, newsletters, adverts, cookies or comments.
 *
 * @param title the headline: the first {@code <h1>}, else the page's own title; null when there is none
 * @param body  the article's blocks joined by newlines
 */
public record PageText(String title, String body) {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " button, figure, figcaption, iframe, svg, canvas, select, textarea, dialog, menu, [hidden],"
            + " [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog]";
    private static final Set<String> FURNITURE_WORDS = Set.of("share", "sharing", "social", "related",
            "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads", "promo", "cookie",
            "cookies", "consent", "comments", "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal",
            "sponsored", "outbrain", "taboola", "menu", "nav", "navbar", "navigation", "footer", "masthead", "toolbar",
            "byline", "author", "credit", "credits", "timestamp", "caption");
    /** Lines that are a button's or a slot's label, not prose. */
    private static final Set<String> FURNITURE_LINES = Set.of("advertisement", "share", "share this article",
            "read more", "continue reading", "skip to content", "sponsored", "related", "related articles");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "hr",
            "address", "details", "summary", "center", "body");

    /** Extracts the text; prunes {@code doc} in place, so read {@link PageMetadata} first. */
    public static PageText extract(Document doc, String fallbackTitle) {
        Element root = articleRoot(doc);
        Element h1 = headline(doc, root);
        String title = h1 != null ? normalise(h1.text()) : fallbackTitle;
        if (h1 != null && isInside(h1, root)) {
            h1.remove();
        }
        prune(root);
        return new PageText(title == null || title.isBlank() ? null : title, blocks(root));
    }

    private static Element articleRoot(Document doc) {
        Element best = null;
        for (Element article : doc.select("article")) {
            if (best == null || article.text().length() > best.text().length()) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    /**
     * The article's own h1, else the page's first h1 outside navigation, footer and asides (a site
     * logo is often an h1 there).
     */
    private static Element headline(Document doc, Element root) {
        Element own = root.selectFirst("h1");
        if (own != null && !own.text().isBlank()) {
            return own;
        }
        for (Element h1 : doc.select("h1")) {
            if (h1.closest("nav, footer, aside, [role=navigation]") == null && !h1.text().isBlank()) {
                return h1;
            }
        }
        return null;
    }

    private static boolean isInside(Element e, Element root) {
        return e == root || e.parents().contains(root);
    }

    private static void prune(Element root) {
        root.select(FURNITURE).forEach(e -> {
            if (e != root) {
                e.remove();
            }
        });
        for (Element e : root.select("[class], [id]")) {
            if (e != root && e.parent() != null && namesFurniture(e)) {
                e.remove();
            }
        }
    }

    private static boolean namesFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return Arrays.stream(names.split("[\\s_-]+")).anyMatch(FURNITURE_WORDS::contains);
    }

    private static String blocks(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            private int inPre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // Line breaks in the page source are layout of the source, not of the text.
                    out.append(inPre > 0 ? t.getWholeText() : t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && e.normalName().equals("pre")) {
                    inPre++;
                    out.append('\n');
                } else if (node instanceof Element e && (e.normalName().equals("br") || isBlock(e))) {
                    out.append('\n');
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("pre")) {
                    inPre--;
                }
                if (node instanceof Element e && isBlock(e)) {
                    out.append('\n');
                }
            }
        });
        List<String> lines = out.toString().lines().map(PageText::normalise)
                .filter(l -> !l.isEmpty() && !FURNITURE_LINES.contains(l.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        return String.join("\n", lines);
    }

    private static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** One line: runs of white space, non-breaking spaces included, become one space. */
    static String normalise(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
