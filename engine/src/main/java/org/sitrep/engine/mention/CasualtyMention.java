package org.sitrep.engine.mention;

import org.sitrep.engine.knowledge.CasualtyKind;

/**
 * A casualty figure with its words: tokens {@code [first, end)}.
 *
 * @param kind   dead or injured
 * @param low    lower bound, or null
 * @param high   upper bound, or null
 * @param latest whether the text presents it as an update ("the toll rose to 40")
 */
public record CasualtyMention(int first, int end, CasualtyKind kind, Integer low, Integer high, boolean latest) {
}
