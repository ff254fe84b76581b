package org.sitrep.ledger.feed;

import java.time.Instant;

/**
 * The result of one attempt at a feed, written when the pass is over.
 *
 * @param feedId        the feed
 * @param at            when it was fetched
 * @param title         the feed's title when it was read, else null (the stored one is kept)
 * @param status        one line: what the attempt did, or what went wrong
 * @param answered      whether the feed itself was read or answered "not modified"
 * @param validators    whether to store {@code etag} and {@code lastModified} (only once every item it
 *                      listed was dealt with; else the stored ones are kept)
 * @param etag          the feed's ETag, or null
 * @param lastModified  the feed's Last-Modified, or null
 * @param failures      consecutive failures after this attempt (0 when it worked)
 * @param nextFetchAt   not fetched again before this; null when due at the next pass
 */
public record FeedUpdate(long feedId, Instant at, String title, String status, boolean answered, boolean validators,
                         String etag, String lastModified, int failures, Instant nextFetchAt) {
}
