package org.sitrep.ledger.feed;

/**
 * The feed item an article came from; stored with the article, in the same transaction, so that an
 * article is never in the ledger without its link to the feed, nor the link without the article.
 *
 * @param feedId  the feed that listed the item
 * @param itemUrl the item's link (or guid) as the feed gives it
 */
public record FeedOrigin(long feedId, String itemUrl) {
}
