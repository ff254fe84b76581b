package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.ReportingCue;
import org.sitrep.engine.knowledge.Trigger;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.text.Sentence;
import org.sitrep.model.Verification;

/** Everything stage 3 found in one article, in text order. */
public record Mentions(List<PlaceMention> places, List<ActorMention> actors, List<DateMention> dates,
                       List<CasualtyMention> casualties, List<PhraseTrie.Match<Weapon>> weapons,
                       List<PhraseTrie.Match<ReportingCue>> reporting, List<PhraseTrie.Match<Trigger>> triggers,
                       List<PhraseTrie.Match<Verification>> verification, boolean[] background,
                       boolean[] habitual) {

    public static <T> List<T> in(List<T> all, Sentence s, java.util.function.ToIntFunction<T> first) {
        List<T> out = new ArrayList<>();
        for (T t : all) {
            int f = first.applyAsInt(t);
            if (f >= s.firstToken() && f < s.endToken()) {
                out.add(t);
            }
        }
        return out;
    }

    public List<PlaceMention> placesIn(Sentence s) {
        return in(places, s, PlaceMention::first);
    }

    public List<ActorMention> actorsIn(Sentence s) {
        return in(actors, s, ActorMention::first);
    }

    public List<DateMention> datesIn(Sentence s) {
        return in(dates, s, DateMention::first);
    }

    public List<CasualtyMention> casualtiesIn(Sentence s) {
        return in(casualties, s, CasualtyMention::first);
    }

    public List<PhraseTrie.Match<Weapon>> weaponsIn(Sentence s) {
        return in(weapons, s, PhraseTrie.Match::start);
    }

    public List<PhraseTrie.Match<ReportingCue>> reportingIn(Sentence s) {
        return in(reporting, s, PhraseTrie.Match::start);
    }

    public List<PhraseTrie.Match<Trigger>> triggersIn(Sentence s) {
        return in(triggers, s, PhraseTrie.Match::start);
    }

    public List<PhraseTrie.Match<Verification>> verificationIn(Sentence s) {
        return in(verification, s, PhraseTrie.Match::start);
    }

    /** Whether the sentence describes what happens habitually or over a campaign, not one incident. */
    public boolean isHabitual(Sentence s) {
        return habitual[s.index()];
    }

    public boolean isBackground(Sentence s) {
        return background[s.index()];
    }
}
