package org.sitrep.engine.mention;

import java.util.List;
import org.sitrep.engine.knowledge.ClaimSignal;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.ReportingCue;
import org.sitrep.engine.knowledge.Trigger;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.text.Sentence;
import org.sitrep.model.Verification;

/**
 * Everything stage 3 found in one article, in text order; {@code controllers} are the sides of armed
 * groups the article says run a place ("Houthi-run", "rebel-held", "controlled by the RSF").
 */
public record Mentions(List<PlaceMention> places, List<ActorMention> actors, List<DateMention> dates,
                       List<CasualtyMention> casualties, List<PhraseTrie.Match<Weapon>> weapons,
                       List<PhraseTrie.Match<ReportingCue>> reporting, List<PhraseTrie.Match<Trigger>> triggers,
                       List<PhraseTrie.Match<Verification>> verification, boolean[] background,
                       boolean[] habitual, java.util.Set<String> controllers,
                       List<org.sitrep.engine.text.Token> tokens,
                       java.util.Map<Integer, java.util.Set<ClaimSignal>> signals, java.util.Set<String> combatants,
                       PhraseTrie<ClaimSignal> signalWords, SentenceBounds bounds) {

    /** The mentions starting inside a sentence. Every list is in text order, so two binary searches find them. */
    public static <T> List<T> in(List<T> all, Sentence s, java.util.function.ToIntFunction<T> first) {
        int from = lowerBound(all, s.firstToken(), first);
        int to = lowerBound(all, s.endToken(), first);
        return from >= to ? List.of() : all.subList(from, to);
    }

    static <T> int lowerBound(List<T> all, int token, java.util.function.ToIntFunction<T> first) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first.applyAsInt(all.get(mid)) < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<PlaceMention> placesIn(Sentence s) {
        return bounds.in(SentenceBounds.PLACES, places, s, PlaceMention::first);
    }

    public List<ActorMention> actorsIn(Sentence s) {
        return bounds.in(SentenceBounds.ACTORS, actors, s, ActorMention::first);
    }

    public List<DateMention> datesIn(Sentence s) {
        return bounds.in(SentenceBounds.DATES, dates, s, DateMention::first);
    }

    public List<CasualtyMention> casualtiesIn(Sentence s) {
        return bounds.in(SentenceBounds.CASUALTIES, casualties, s, CasualtyMention::first);
    }

    public List<PhraseTrie.Match<Weapon>> weaponsIn(Sentence s) {
        return bounds.in(SentenceBounds.WEAPONS, weapons, s, PhraseTrie.Match::start);
    }

    public List<PhraseTrie.Match<ReportingCue>> reportingIn(Sentence s) {
        return bounds.in(SentenceBounds.REPORTING, reporting, s, PhraseTrie.Match::start);
    }

    public List<PhraseTrie.Match<Trigger>> triggersIn(Sentence s) {
        return bounds.in(SentenceBounds.TRIGGERS, triggers, s, PhraseTrie.Match::start);
    }

    public List<PhraseTrie.Match<Verification>> verificationIn(Sentence s) {
        return bounds.in(SentenceBounds.VERIFICATION, verification, s, PhraseTrie.Match::start);
    }

    /** Whether the sentence describes what happens habitually or over a campaign, not one incident. */
    public boolean isHabitual(Sentence s) {
        return habitual[s.index()];
    }

    /** What a sentence's words say beyond "it happened" (see {@link ClaimSignal}), read once. */
    public java.util.Set<ClaimSignal> signalsOf(Sentence s) {
        return signals.computeIfAbsent(s.index(), k -> ClaimSignals.of(signalWords, tokens, s));
    }

    /**
     * States the article names as fighting: a people's name right before words of forces or fire ("Russian
     * missiles", "Israeli troops", "Ukrainian drones").
     */
    public java.util.Set<String> combatants() {
        return combatants;
    }

    public boolean isBackground(Sentence s) {
        return background[s.index()];
    }
}
