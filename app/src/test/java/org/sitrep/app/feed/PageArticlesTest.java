package org.sitrep.app.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.app.site.Stories;
import org.sitrep.model.Article;

/** A feed item's article: from its page, through extract's HTML reader, or from the feed's own text. */
class PageArticlesTest {
    static final FeedEntry ENTRY = new FeedEntry("https://news.example.org/depot?utm=feed", Stories.DEPOT.title(),
            LocalDate.of(2024, 3, 4), Stories.html(Stories.DEPOT));
    final PageArticles pages = new PageArticles(1 << 20);

    @Test
    void thePageGivesTextCanonicalUrlOutletAndDate() throws Exception {
        String html = Stories.page(Stories.DEPOT, "https://news.example.org/depot");
        Article a = pages.fromPage(ENTRY, URI.create("https://news.example.org/depot?utm=feed"), "text/html", null,
                html.getBytes(StandardCharsets.UTF_8));
        assertThat(a.id()).isEqualTo(ENTRY.url());
        assertThat(a.url()).isEqualTo("https://news.example.org/depot");
        assertThat(a.outlet()).isEqualTo("Example Wire");
        assertThat(a.published()).as("the page's date before the item's").isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(a.text()).isEqualTo(Stories.DEPOT.text());
    }

    @Test
    void withoutCanonicalOrDateTheAddressAndTheItemsDateServe() throws Exception {
        String html = "<html><body><article><h1>" + Stories.SCHOOL.title() + "</h1><p>"
                + String.join("</p><p>", Stories.SCHOOL.paragraphs()) + "</p></article></body></html>";
        Article a = pages.fromPage(ENTRY, URI.create("https://news.example.org/final"), null, null,
                html.getBytes(StandardCharsets.UTF_8));
        assertThat(a.url()).isEqualTo("https://news.example.org/final");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(a.outlet()).isNull();
    }

    @Test
    void theHeadersCharsetComesBeforeThePagesOwn() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Caf\u00e9 hit</h1><p>"
                + String.join(" ", Stories.PORT.paragraphs()) + "</p></article></body></html>";
        Article a = pages.fromPage(ENTRY, URI.create("https://x.example/"), "text/html", Charset.forName("windows-1252"),
                html.getBytes(Charset.forName("windows-1252")));
        assertThat(a.text()).startsWith("Caf\u00e9 hit\n");
    }

    @Test
    void aPageWithoutAnArticleMayGetOneLaterButAPdfNever() {
        assertThatThrownBy(() -> pages.fromPage(ENTRY, URI.create("https://x.example/v"), "text/html", null,
                Stories.videoPage("Watch: night on the front").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PageProblem.class).hasMessageStartingWith("not an article (")
                .satisfies(e -> assertThat(((PageProblem) e).mayChange()).isTrue());
        assertThatThrownBy(() -> pages.fromPage(ENTRY, URI.create("https://x.example/r.pdf"), "application/pdf", null,
                new byte[] {'%', 'P', 'D', 'F'}))
                .isInstanceOf(PageProblem.class).hasMessage("not a web page (application/pdf)")
                .satisfies(e -> assertThat(((PageProblem) e).mayChange()).isFalse());
    }

    @Test
    void theFeedsOwnTextMakesTheArticleWhenThePageCannot() throws Exception {
        Article a = PageArticles.fromEntry(ENTRY);
        assertThat(a.text()).isEqualTo(Stories.DEPOT.text());
        assertThat(a.url()).isEqualTo(ENTRY.url());
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(a.outlet()).isNull();
        assertThatThrownBy(() -> PageArticles.fromEntry(new FeedEntry("https://x.example/a", "t", null, null)))
                .hasMessage("the feed carries no text for it");
    }
}
