package org.sitrep.app.feed;

import java.time.LocalDate;

/**
 * One item of a feed.
 *
 * @param url         the item's link, absolute; else its guid (which may not be an address)
 * @param title       its title, or null
 * @param published   its date (published, else updated), or null
 * @param contentHtml the article's own text in the feed (content:encoded, Atom content), as HTML; null
 *                    when the feed carries only a summary or nothing
 */
public record FeedEntry(String url, String title, LocalDate published, String contentHtml) {

    /** Whether the item's page can be fetched (its key is an http(s) address). */
    public boolean hasPage() {
        return url.startsWith("http://") || url.startsWith("https://");
    }
}
