package org.sitrep.engine.frame;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.mention.CasualtyMention;
import org.sitrep.engine.mention.Location;
import org.sitrep.engine.text.Sentence;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventKind;
import org.sitrep.model.Span;

/**
 * One trigger in one sentence tied to one place: the unit that merges into events.
 *
 * @param sentence      the sentence it was read from
 * @param trigger       the trigger's token range as a span of text
 * @param triggerToken  first token of the trigger
 * @param kind          the event kind
 * @param subType       the ACLED sub-event type
 * @param place         where
 * @param placeSpan     the words naming the place
 * @param date          when, or null
 * @param datePrecision how exactly
 * @param dateExplicit  whether the sentence itself dated it
 * @param casualties    figures in the sentence
 * @param weapons       weapons in the sentence
 * @param attackerSide  side code of whoever carried it out, or null
 * @param negated       whether the trigger is negated ("is not under full control")
 * @param site          the named site the sentence places it at ("salah al din school"), folded, or null
 * @param cues          what the words around the trigger and place say about it
 */
public record Frame(Sentence sentence, Span trigger, int triggerToken, EventKind kind, AcledSubEventType subType,
                    Location place, Span placeSpan, LocalDate date, DatePrecision datePrecision, boolean dateExplicit,
                    List<CasualtyMention> casualties, List<Weapon> weapons, String attackerSide, boolean negated,
                    String site, java.util.Set<Cue> cues) {

    public boolean has(Cue cue) {
        return cues.contains(cue);
    }

    /**
     * Frames key the maps of claims and of retyped frames; hashing every component (lists of tolls,
     * weapons, cues) would cost more than the lookups. Equal frames agree on these parts, so equality
     * stays that of a record.
     */
    @Override
    public int hashCode() {
        return (31 * sentence.index() + triggerToken) * 31 + kind.ordinal() * 7 + (subType == null ? 0 : subType.ordinal());
    }
}
