package org.sitrep.app.feed;

import java.util.List;

/**
 * A feed as read.
 *
 * @param title   the feed's title, or null
 * @param entries its items with a link or guid, in the feed's order
 * @param skipped items with neither, which cannot be followed
 */
public record FeedDocument(String title, List<FeedEntry> entries, int skipped) {
}
