package org.sitrep.app.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.app.input.InputProblem;

/**
 * RSS 0.9x, 1.0 and 2.0 and Atom, by Rome (which refuses DOCTYPEs, so no external entities are read).
 * Links are made absolute against the feed's address; an item listed twice is kept once.
 */
public final class FeedParser {
    private FeedParser() {
    }

    /**
     * @param where the feed's address: relative links are resolved against it, and problems name it
     * @throws InputProblem when the bytes are not a feed ("malformed XML (...)", "not RSS or Atom")
     */
    public static FeedDocument parse(URI where, byte[] body) throws InputProblem {
        return parse(where, body, null);
    }

    /**
     * As {@link #parse(URI, byte[])}, for a feed fetched over HTTP: its encoding is found as RFC 3023
     * says, from the Content-Type header and the XML declaration together (leniently: a server that names
     * a wrong charset does not make a readable feed unreadable).
     *
     * @param contentType the Content-Type header, or null
     */
    public static FeedDocument parse(URI where, byte[] body, String contentType) throws InputProblem {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            feed = input.build(contentType == null ? new XmlReader(in) : new XmlReader(in, contentType, true));
        } catch (FeedException e) {
            throw new InputProblem(where.toString(), describe(e));
        } catch (IllegalArgumentException e) {
            throw new InputProblem(where.toString(), "not RSS or Atom (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputProblem(where.toString(), "unreadable XML (" + e.getMessage() + ")");
        }
        List<FeedEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int skipped = 0;
        for (SyndEntry e : feed.getEntries()) {
            String url = key(where, e);
            if (url == null) {
                skipped++;
                continue;
            }
            if (seen.add(url)) {
                entries.add(new FeedEntry(url, blankToNull(e.getTitle()), day(e), content(e)));
            }
        }
        return new FeedDocument(blankToNull(feed.getTitle()), entries, skipped);
    }

    /** "malformed XML (line 3: ...)" for a parser error; Rome's own words otherwise. */
    private static String describe(FeedException e) {
        Throwable cause = e.getCause();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (cause != null || message.toLowerCase(Locale.ROOT).contains("invalid xml")) {
            return "malformed XML (" + (cause != null && cause.getMessage() != null ? cause.getMessage() : message) + ")";
        }
        return "not a feed (" + message + ")";
    }

    /** The link, absolute; else the guid / Atom id. */
    private static String key(URI feed, SyndEntry e) {
        String link = blankToNull(e.getLink());
        if (link != null) {
            try {
                URI u = feed.resolve(link.strip());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    return u.toString();
                }
            } catch (IllegalArgumentException bad) {
                // a link that is not an address: fall back to the guid
            }
        }
        String id = blankToNull(e.getUri());
        return id == null ? null : id.strip();
    }

    private static LocalDate day(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The first non-blank content (content:encoded, Atom content); not the description, which is a summary. */
    private static String content(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
                return type.contains("html") ? c.getValue() : escape(c.getValue());
            }
        }
        return null;
    }

    /** Plain-text content, made HTML so that one reader reads both. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.split("\\n\\s*\\n")) {
            out.append("<p>").append(org.jsoup.nodes.Entities.escape(para)).append("</p>\n");
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
