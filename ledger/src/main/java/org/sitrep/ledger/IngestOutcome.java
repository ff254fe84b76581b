package org.sitrep.ledger;

/** What storing one article did. */
public enum IngestOutcome {
    /** A new article: stored with its events. */
    ADDED,
    /** Already stored (same URL or same normalised text) by the same engine: nothing changed. */
    UNCHANGED,
    /** Already stored, now re-extracted: by another engine version, or its text was revised at the same URL. */
    REEXTRACTED
}
