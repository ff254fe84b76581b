package org.sitrep.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An article whose text matches a search, with the incidents it reports.
 *
 * @param articleKey the article's number in the ledger (what the web API calls its id)
 * @param articleId the article's id as the input gave it
 * @param url       its URL, or null
 * @param outlet    its outlet, or null
 * @param published its publication date, or null
 * @param snippet   the matching words in context, marked with [ ]
 * @param incidents the incidents its events belong to
 */
public record SearchHit(long articleKey, String articleId, String url, String outlet, LocalDate published, String snippet,
                        List<Long> incidents) {
}
