package org.sitrep.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An article whose text matches a search, with the incidents it reports.
 *
 * @param articleId the article's id as the input gave it
 * @param url       its URL, or null
 * @param outlet    its outlet, or null
 * @param published its publication date, or null
 * @param snippet   the matching words in context, marked with [ ]
 * @param incidents the incidents its events belong to
 */
public record SearchHit(String articleId, String url, String outlet, LocalDate published, String snippet,
                        List<Long> incidents) {
}
