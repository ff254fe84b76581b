package org.sitrep.ledger.feed;

/**
 * An item the ledger has seen already, in some feed.
 *
 * @param feedId       the feed that listed it
 * @param url          the item's link (or guid)
 * @param articleId    the stored article, when {@code state} is stored
 * @param state        what became of it
 * @param problem      why it is not stored; null when it is
 * @param etag         of its page, for a conditional retry; null when unknown
 * @param lastModified of its page, for a conditional retry; null when unknown
 * @param attempts     how many times its page was fetched
 */
public record KnownItem(long feedId, String url, Long articleId, ItemState state, String problem, String etag,
                        String lastModified, int attempts) {
}
