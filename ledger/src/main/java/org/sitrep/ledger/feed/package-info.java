/**
 * What the ledger keeps about the feeds {@code sitrep watch} follows: each feed's health (last fetch,
 * last status, validators for conditional GET, consecutive failures, backoff) and each item it listed
 * (stored as an article, to retry, or refused), so that an article page is fetched once and each stored
 * article can say which feeds brought it. Plain records; {@link org.sitrep.ledger.store.FeedStore}
 * reads and writes them.
 */
package org.sitrep.ledger.feed;
