package org.sitrep.ledger.feed;

/**
 * A feed that brought a stored article.
 *
 * @param articleKey the article's id in the ledger
 * @param feedId     the feed's id in the ledger
 * @param feedUrl    the feed's URL
 * @param feedTitle  the feed's title, or null when never read
 * @param itemUrl    the item's link in that feed
 */
public record ArticleFeed(long articleKey, long feedId, String feedUrl, String feedTitle, String itemUrl) {
}
