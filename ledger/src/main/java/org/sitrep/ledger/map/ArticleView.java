package org.sitrep.ledger.map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored article with the events read from it, for showing the evidence in its text.
 *
 * @param id       the article's id in the ledger
 * @param sourceId the id the input gave
 * @param events   the event records as {@code sitrep extract} writes them (offsets into {@code text})
 * @param incidents the incident of each event, in the same order
 */
public record ArticleView(long id, String sourceId, String url, String outlet, LocalDate published, String text,
                          List<ObjectNode> events, List<Long> incidents) {
}
