package org.sitrep.ledger;

/**
 * An event type an analyst gave an incident: the ACLED type and sub-type, and sitrep's kind when the
 * sub-type has one.
 */
public record TypeFix(String eventType, String subType, String kind) {
}
