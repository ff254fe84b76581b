package org.sitrep.ledger.feed;

import java.util.Locale;

/** What became of an item a feed listed. */
public enum ItemState {
    /** Stored as an article (whole, with its events): never fetched again. */
    STORED,
    /** Its page could not be read as an article yet (the server failed, or the page had no text yet): tried again later. */
    RETRY,
    /** Refused for good (not English, gone, disallowed by robots.txt, or still unreadable after a few tries). */
    REFUSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
