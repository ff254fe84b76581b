package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class HtmlArticleReaderTest {
    @TempDir
    Path dir;

    private final HtmlArticleReader reader = new HtmlArticleReader(ByteSize.MB);

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("html/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void takesTheArticleTextAndDropsThePageFurniture() throws IOException {
        Article a = Collected.read(reader, fixture("news-page.html")).only();
        assertThat(a.text()).isEqualTo("""
                Ferry terminal hit in overnight strike
                A missile struck the passenger ferry terminal in the port city of Izmail shortly after 2 a.m. on\
                 Sunday, the regional governor said, damaging the ticket hall and a grain loading crane.
                Two dock workers were injured, one of them seriously. No ferries were in port at the time.
                The governor said air defences had shot down three drones over the district earlier in the night.\
                 The claim could not be independently verified.
                Port officials said repairs to the crane would take at least a week.
                Ferry services were suspended until further notice.""");
    }

    @Test
    void readsMetadata() throws IOException {
        Article a = Collected.read(reader, fixture("news-page.html")).only();
        assertThat(a.id()).isEqualTo("news-page");
        assertThat(a.url()).isEqualTo("https://courier.example/news/ferry-terminal-strike");
        assertThat(a.outlet()).isEqualTo("The Harbour Courier");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 5, 14));
    }

    @Test
    void readsJsonLdAndADeclaredCharset() throws IOException {
        Article a = Collected.read(reader, fixture("jsonld-page.html")).only();
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 8, 21));
        assertThat(a.outlet()).isEqualTo("Valley Bulletin");
        assertThat(a.url()).isNull();
        assertThat(a.text()).startsWith("Clashes reported near river crossing - Valley Bulletin\nFighting was")
                .contains("carrying troops \u2013 a claim")
                .doesNotContain("Home", "Reader comment");
    }

    @Test
    void timeAndMetaDatesAreUsedWhenNothingBetterIs() throws IOException {
        Article t = Collected.read(reader, dir.resolve("t.html"),
                "<html><body><article><h1>Title</h1><time datetime=\"2022-07-03\">Sunday</time>"
                        + "<p>Body.</p></article></body></html>").only();
        assertThat(t.published()).isEqualTo(LocalDate.of(2022, 7, 3));
        Article m = Collected.read(reader, dir.resolve("m.html"),
                "<html><head><meta name=\"DC.date.issued\" content=\"2022-07-04\"></head>"
                        + "<body><p>Body.</p></body></html>").only();
        assertThat(m.published()).isEqualTo(LocalDate.of(2022, 7, 4));
        assertThat(m.text()).isEqualTo("Body.");
    }

    @Test
    void theLargestArticleElementIsTheStory() throws IOException {
        Article a = Collected.read(reader, dir.resolve("two.html"), """
                <body><article><p>Teaser.</p></article>
                <article><h1>Main story</h1><p>The main story is longer than the teaser.</p></article></body>
                """).only();
        assertThat(a.text()).isEqualTo("Main story\nThe main story is longer than the teaser.");
    }

    @Test
    void aPageWithoutTextIsRefused() throws IOException {
        Path file = dir.resolve("empty-page.html");
        assertThat(Collected.read(reader, file, "<html><body><nav>Home</nav><script>x()</script></body></html>")
                .problems).containsExactly(file + ": no article text found in the page");
    }
}
