package org.sitrep.ledger.map;

import java.util.Locale;
import java.util.Set;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.QueryException;

/**
 * The map's filter: the listing's filter plus a viewport, words the articles must contain, and the
 * review status. Rejected and dismissed incidents are only shown when asked for.
 *
 * @param base   dates, type, side, contested, sources (its near and limit are not used)
 * @param bbox   the viewport, or null for the whole world
 * @param text   words an article behind the incident must contain, or null
 * @param review confirmed, rejected, unreviewed, or null for all but the rejected
 */
public record MapFilter(IncidentFilter base, BBox bbox, String text, String review) {
    public static final Set<String> REVIEWS = Set.of("confirmed", "rejected", "unreviewed");

    public MapFilter {
        if (base == null) {
            base = IncidentFilter.ALL;
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (review != null) {
            review = review.strip().toLowerCase(Locale.ROOT);
            if (review.isEmpty()) {
                review = null;
            } else if (!REVIEWS.contains(review)) {
                throw new QueryException("review is confirmed, rejected or unreviewed, not '" + review + "'");
            }
        }
    }
}
