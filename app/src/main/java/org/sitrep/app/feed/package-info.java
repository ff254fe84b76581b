/**
 * What {@code sitrep watch} reads besides web pages: RSS (0.9x, 1.0, 2.0) and Atom feeds, parsed by
 * Rome; OPML lists of feeds, parsed by rome-opml; the article a feed item's page or its own text
 * (content:encoded, Atom content) makes, through the same HTML reader as {@code extract}; and the
 * backoff of a failing feed. No network here: {@link org.sitrep.app.fetch} fetches, the command wires.
 */
package org.sitrep.app.feed;
