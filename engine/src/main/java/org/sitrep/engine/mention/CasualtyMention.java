package org.sitrep.engine.mention;

import org.sitrep.engine.knowledge.CasualtyKind;

/**
 * A casualty figure with its words: tokens {@code [first, end)}.
 *
 * @param kind   dead or injured
 * @param low    lower bound, or null
 * @param high   upper bound, or null
 * @param latest whether the text presents it as an update ("the toll rose to 40")
 * @param exact  false for vague or approximate counts ("dozens", "about 500")
 */
public record CasualtyMention(int first, int end, CasualtyKind kind, Integer low, Integer high, boolean latest,
                              boolean exact) {
}
