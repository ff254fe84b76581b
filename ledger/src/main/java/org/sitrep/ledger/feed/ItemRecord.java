package org.sitrep.ledger.feed;

/**
 * What a pass learned about one item that is not stored through the ledger's writer: an item refused or
 * to retry, or an item linked to an article stored before (by another feed, or by {@code sitrep ingest}).
 *
 * @param feedId       the feed that listed it
 * @param url          the item's link (or guid)
 * @param state        what became of it
 * @param articleId    the article, for a stored item; else null
 * @param problem      why it is not stored, one line; null for a stored item
 * @param etag         of its page when it was fetched and said so, else null (a stored one is kept)
 * @param lastModified likewise
 * @param fetched      whether its page was fetched in this pass (counted in attempts)
 */
public record ItemRecord(long feedId, String url, ItemState state, Long articleId, String problem, String etag,
                         String lastModified, boolean fetched) {
}
