package org.sitrep.app.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.input.InputProblem;
import org.sitrep.app.site.Stories;

/** Every feed format the issue names, read by Rome; OPML read by rome-opml. */
class FeedParserTest {
    static final URI FEED = URI.create("https://news.example.org/feeds/world.xml");

    @TempDir
    Path dir;

    static FeedDocument parse(String xml) throws InputProblem {
        return FeedParser.parse(FEED, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rss2WithContentEncodedAndARelativeLink() throws Exception {
        FeedDocument d = parse(Stories.rss("Example Wire", Stories.rssItem("/news/depot-fire.html", Stories.DEPOT,
                Stories.html(Stories.DEPOT)) + Stories.rssItem("https://news.example.org/news/school.html", Stories.SCHOOL, null)
                + Stories.rssItem("/news/depot-fire.html", Stories.DEPOT, null)));
        assertThat(d.title()).isEqualTo("Example Wire");
        assertThat(d.entries()).as("an item listed twice is kept once").hasSize(2);
        FeedEntry e = d.entries().get(0);
        assertThat(e.url()).isEqualTo("https://news.example.org/news/depot-fire.html");
        assertThat(e.title()).isEqualTo(Stories.DEPOT.title());
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(e.contentHtml()).contains("fuel depot on the edge of Kramatorsk");
        assertThat(d.entries().get(1).contentHtml()).as("a description is a summary, not the text").isNull();
    }

    @Test
    void theHttpCharsetIsHeardWhenTheFeedDeclaresNone() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>Caf\u00e9 news</title><link>https://n.example/</link>"
                + "<description>d</description></channel></rss>";
        byte[] latin1 = xml.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(FeedParser.parse(FEED, latin1, "text/xml; charset=ISO-8859-1").title()).isEqualTo("Caf\u00e9 news");
    }

    @Test
    void rss091AndRss10() throws Exception {
        FeedDocument old = parse("<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>Old style</title>"
                + "<link>https://news.example.org/</link><description>d</description><language>en</language>"
                + "<item><title>Item</title><link>https://news.example.org/a.html</link><description>x</description></item>"
                + "</channel></rss>");
        assertThat(old.entries()).extracting(FeedEntry::url).containsExactly("https://news.example.org/a.html");
        FeedDocument rdf = parse("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://news.example.org/\"><title>RDF style</title><link>https://news.example.org/</link>"
                + "<description>d</description><items><rdf:Seq><rdf:li resource=\"https://news.example.org/b.html\"/></rdf:Seq></items></channel>"
                + "<item rdf:about=\"https://news.example.org/b.html\"><title>B</title><link>https://news.example.org/b.html</link>"
                + "<dc:date>2024-03-04T10:00:00Z</dc:date></item></rdf:RDF>");
        assertThat(rdf.title()).isEqualTo("RDF style");
        assertThat(rdf.entries()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://news.example.org/b.html");
            assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        });
    }

    @Test
    void atomWithContent() throws Exception {
        FeedDocument d = parse(Stories.atom("Example Post", Stories.atomEntry("https://news.example.org/port.html",
                Stories.PORT, Stories.html(Stories.PORT))));
        assertThat(d.entries()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://news.example.org/port.html");
            assertThat(e.contentHtml()).contains("three cruise missiles");
            assertThat(e.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        });
    }

    @Test
    void anItemWithNeitherLinkNorGuidIsCountedNotFollowed() throws Exception {
        FeedDocument d = parse(Stories.rss("x", "<item><title>Loose</title><description>no link</description></item>"));
        assertThat(d.entries()).isEmpty();
        assertThat(d.skipped()).isEqualTo(1);
    }

    @Test
    void malformedXmlAndPagesThatAreNotFeedsAreSaidSo() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>cut"))
                .isInstanceOf(InputProblem.class).hasMessageStartingWith(FEED + ": malformed XML (");
        assertThatThrownBy(() -> parse("<html><body><p>a web page</p></body></html>"))
                .isInstanceOf(InputProblem.class).hasMessageStartingWith(FEED + ": not RSS or Atom (");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"))
                .as("no external entities").isInstanceOf(InputProblem.class);
    }

    @Test
    void anOpmlFileListsItsFeedsFoldersIncluded() throws Exception {
        Path opml = dir.resolve("outlets.opml");
        Files.writeString(opml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><head><title>Outlets</title></head>"
                + "<body><outline text=\"Ukraine\"><outline text=\"Wire\" type=\"rss\" xmlUrl=\"https://a.example/rss\"/>"
                + "<outline text=\"Daily\" type=\"rss\" xmlUrl=\"https://b.example/atom.xml\"/></outline>"
                + "<outline text=\"Again\" type=\"rss\" xmlUrl=\"https://a.example/rss\"/>"
                + "<outline text=\"A site, no feed\" htmlUrl=\"https://c.example/\"/></body></opml>");
        assertThat(OpmlList.read(opml)).containsExactly("https://a.example/rss", "https://b.example/atom.xml");
        Path empty = dir.resolve("empty.opml");
        Files.writeString(empty, "<?xml version=\"1.0\"?><opml version=\"1.0\"><head/><body><outline text=\"x\"/></body></opml>");
        assertThatThrownBy(() -> OpmlList.read(empty)).hasMessage(empty + ": lists no feed (no outline with an xmlUrl)");
        Path rss = dir.resolve("feed.xml");
        Files.writeString(rss, Stories.rss("x", ""));
        assertThatThrownBy(() -> OpmlList.read(rss)).hasMessageStartingWith(rss + ": not an OPML file (a rss_2.0 feed");
        assertThatThrownBy(() -> OpmlList.read(dir.resolve("nope.opml"))).hasMessageContaining("no such file");
    }

    @Test
    void theShippedExampleOpmlReads() throws Exception {
        Path example = Path.of("..", "examples", "feeds.opml");
        assertThat(OpmlList.read(example)).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("https://"));
    }
}
