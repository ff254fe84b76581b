package org.sitrep.ledger.feed;

import java.time.Instant;

/**
 * A feed as the ledger knows it.
 *
 * @param id           the feed's id in the ledger
 * @param url          the feed's URL, as it was given
 * @param title        the feed's own title as last read; null before it was read
 * @param addedAt      when it was first followed
 * @param lastFetchAt  the last attempt, whatever its result; null when never fetched
 * @param lastOkAt     the last time it was read or answered "not modified"; null when never
 * @param lastStatus   one line on the last attempt: what it did, or what went wrong
 * @param etag         the ETag of the last complete read, sent back as If-None-Match
 * @param lastModified the Last-Modified of the last complete read, sent back as If-Modified-Since
 * @param failures     consecutive failed attempts
 * @param nextFetchAt  not fetched before this (backoff, Retry-After); null when due any time
 * @param itemsSeen    items it has listed
 * @param itemsStored  of which stored as articles
 * @param itemsRefused of which refused for good
 */
public record Feed(long id, String url, String title, Instant addedAt, Instant lastFetchAt, Instant lastOkAt,
                   String lastStatus, String etag, String lastModified, int failures, Instant nextFetchAt,
                   int itemsSeen, int itemsStored, int itemsRefused) {

    /** Consecutive failures from which a feed is reported as down rather than failing. */
    public static final int DOWN_AFTER = 5;

    /** How a feed is doing, in one word. */
    public enum Health {
        /** Never fetched yet. */
        NEW,
        /** The last attempt worked. */
        OK,
        /** The last attempts failed, fewer than {@link #DOWN_AFTER} in a row. */
        FAILING,
        /** {@link #DOWN_AFTER} or more failures in a row. */
        DOWN;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Health health() {
        if (lastFetchAt == null) {
            return Health.NEW;
        }
        if (failures == 0) {
            return Health.OK;
        }
        return failures >= DOWN_AFTER ? Health.DOWN : Health.FAILING;
    }

    /** Whether the feed may be fetched at {@code now} (not backing off). */
    public boolean due(Instant now) {
        return nextFetchAt == null || !now.isBefore(nextFetchAt);
    }
}
