package org.sitrep.app.site;

import java.util.List;

/**
 * Articles written by the sitrep team for the feed tests (invented reports, in our own words), and the
 * pages and feeds that carry them.
 */
public final class Stories {
    /** A report as a page and a feed item carry it. */
    public record Story(String slug, String title, String date, String outlet, List<String> paragraphs) {
        public String text() {
            return title + "\n" + String.join("\n", paragraphs);
        }
    }

    public static final Story DEPOT = new Story("depot-fire", "Drone strike sets fuel depot ablaze near Kramatorsk",
            "2024-03-05", "Example Wire", List.of(
            "KRAMATORSK, March 5 - A Russian drone struck a fuel depot on the edge of Kramatorsk overnight, starting a"
                    + " fire that burned until morning, the governor of the Donetsk region said on Tuesday.",
            "Two workers at the depot were injured and taken to hospital, he said. Firefighters kept the blaze from"
                    + " reaching the houses nearby.",
            "Russia's defence ministry said its forces had hit a fuel store used by the army. The claim could not be"
                    + " independently verified."));

    public static final Story SCHOOL = new Story("school-shelled", "Shelling damages a school in Kherson",
            "2024-03-04", "Example Daily", List.of(
            "KHERSON, March 4 - Russian artillery shelled a school in Kherson on Monday afternoon, wounding a teacher"
                    + " and a guard, the city's military administration said.",
            "Lessons had moved online weeks ago because of the shelling, officials said, so no pupils were in the"
                    + " building when the shells hit.",
            "Windows were blown out on three floors and the gym roof caught fire, according to the administration."));

    public static final Story PORT = new Story("port-missiles", "Air defence downs missiles over Odesa",
            "2024-03-05", "Example Wire", List.of(
            "ODESA, March 5 - Ukrainian air defence shot down three cruise missiles over the Odesa region early on"
                    + " Tuesday, the air force said.",
            "Falling debris damaged a warehouse in the port, the regional governor said, and nobody was hurt.",
            "The air force said the missiles had been fired from ships in the Black Sea."));

    public static final Story BRIDGE = new Story("bridge-strike", "Missile strike hits a bridge near Zaporizhzhia",
            "2024-03-06", "Example Post", List.of(
            "ZAPORIZHZHIA, March 6 - A Russian missile hit a road bridge outside Zaporizhzhia on Wednesday morning,"
                    + " killing one driver and wounding four people, the regional governor said.",
            "Traffic was sent along a longer route to the south while engineers checked the damage, he said.",
            "Russia's defence ministry did not comment on the strike."));

    /** German prose of our own: a page that is not in English. */
    public static final Story GERMAN = new Story("stadt-bericht", "Nacht der Angriffe in der Stadt",
            "2024-03-05", "Beispiel Zeitung", List.of(
            "Die Stadtverwaltung teilte am Dienstag mit, dass in der Nacht mehrere Gebäude im Zentrum beschädigt"
                    + " wurden und die Feuerwehr bis zum Morgen im Einsatz war.",
            "Nach Angaben der Behörden wurde niemand verletzt, die Schäden an den Wohnhäusern seien jedoch erheblich"
                    + " und die Bewohner würden vorerst in Schulen untergebracht."));

    private Stories() {
    }

    /** The article's page as a news site serves it: navigation, the article with its metadata, a footer. */
    public static String page(Story s, String canonical) {
        StringBuilder body = new StringBuilder();
        for (String p : s.paragraphs()) {
            body.append("<p>").append(escape(p)).append("</p>\n");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                + "<title>" + escape(s.title()) + " | " + escape(s.outlet()) + "</title>\n"
                + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">\n")
                + "<meta property=\"og:site_name\" content=\"" + escape(s.outlet()) + "\">\n"
                + "<meta property=\"article:published_time\" content=\"" + s.date() + "T08:00:00Z\">\n"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
                + "<article><h1>" + escape(s.title()) + "</h1>\n" + body + "</article>\n"
                + "<footer>Example outlet for tests</footer></body></html>\n";
    }

    /** A page with no article: a video player and links. */
    public static String videoPage(String title) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><main><h1>" + escape(title) + "</h1>"
                + "<video src=\"/clip.mp4\" controls></video></main><footer>More videos</footer></body></html>";
    }

    /** An RSS 2.0 item; {@code content} goes in content:encoded when not null. */
    public static String rssItem(String link, Story s, String content) {
        return "<item><title>" + escape(s.title()) + "</title><link>" + link + "</link><guid>" + link + "</guid>"
                + "<pubDate>" + rfc822(s.date()) + "</pubDate>"
                + "<description>" + escape(s.paragraphs().get(0)) + "</description>"
                + (content == null ? "" : "<content:encoded><![CDATA[" + content + "]]></content:encoded>")
                + "</item>\n";
    }

    /** The story's paragraphs as HTML, as content:encoded or Atom content carry it. */
    public static String html(Story s) {
        StringBuilder out = new StringBuilder();
        for (String p : s.paragraphs()) {
            out.append("<p>").append(escape(p)).append("</p>");
        }
        return out.toString();
    }

    public static String rss(String title, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>" + escape(title)
                + "</title><link>http://example.invalid/</link><description>Test feed</description>\n" + items
                + "</channel></rss>\n";
    }

    public static String atom(String title, String entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>"
                + escape(title) + "</title><id>urn:test:feed</id><updated>2024-03-06T10:00:00Z</updated>\n" + entries
                + "</feed>\n";
    }

    public static String atomEntry(String link, Story s, String contentHtml) {
        return "<entry><title>" + escape(s.title()) + "</title><link rel=\"alternate\" href=\"" + link + "\"/>"
                + "<id>" + link + "</id><updated>" + s.date() + "T08:00:00Z</updated><published>" + s.date()
                + "T08:00:00Z</published>"
                + (contentHtml == null ? "" : "<content type=\"html\">" + escape(contentHtml) + "</content>")
                + "</entry>\n";
    }

    private static String rfc822(String isoDate) {
        return java.time.LocalDate.parse(isoDate).atTime(8, 0).atOffset(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
