package org.sitrep.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * One report behind an incident: an event as one article told it, with the article and the sentences
 * it was read from.
 *
 * @param articleId the article's id as the input gave it
 * @param url       the article's URL, or null
 * @param outlet    its outlet, or null
 * @param published its publication date, or null
 * @param event     the event record, as {@code sitrep extract} writes it
 * @param evidence  the text of each evidence span, in order
 * @param claims    each claim with the words that carry it
 * @param eventId   the event's id in the ledger (what a split names)
 * @param articleKey the article's id in the ledger (what the article endpoint takes)
 */
public record Report(String articleId, String url, String outlet, LocalDate published, ObjectNode event,
                     List<String> evidence, List<QuotedClaim> claims, long eventId, long articleKey) {

    /**
     * A claim and its words.
     *
     * @param by     the source as named
     * @param side   its side
     * @param stance asserts, denies or disputes
     * @param words  the words of the article carrying the claim
     */
    public record QuotedClaim(String by, String side, String stance, String words) {
    }
}
