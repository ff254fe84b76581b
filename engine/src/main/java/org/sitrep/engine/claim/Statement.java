package org.sitrep.engine.claim;

import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.ReportingCue;
import org.sitrep.engine.mention.ActorMention;
import org.sitrep.engine.text.Sentence;

/**
 * Somebody saying something: a reporting expression with its source, in one sentence.
 *
 * @param sentence the sentence it stands in
 * @param cue      the reporting expression ("said", "denied", "according to")
 * @param source   who says it, resolved (a pronoun to its antecedent, "his spokesman" to its owner)
 * @param echo     whether the sentence only echoes an earlier statement ("That was also confirmed by ...")
 */
public record Statement(Sentence sentence, PhraseTrie.Match<ReportingCue> cue, ActorMention source, boolean echo) {
}
