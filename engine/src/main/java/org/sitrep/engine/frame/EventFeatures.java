package org.sitrep.engine.frame;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.learn.Features;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.mention.PlaceMention;
import org.sitrep.engine.text.Document;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Precision;
import org.sitrep.model.Verification;

/**
 * The features of a candidate event that the event scorer weighs: what its frames' cues say, where
 * and how often the article tells it, its place, date, toll, weapons and claims. Names are stable:
 * the model file refers to them.
 */
public final class EventFeatures {

    private EventFeatures() {
    }

    static Features of(Document doc, Mentions m, List<Frame> admitted, List<Frame> shadows, Event e, LocalDate published,
                       boolean headlineOnly, boolean summarisesTowns) {
        List<Frame> all = new ArrayList<>(admitted);
        all.addAll(shadows);
        Features f = new Features();
        f.flag("rules.admit", !admitted.isEmpty() && !headlineOnly && !summarisesTowns);
        f.flag("rules.admitted_frame", !admitted.isEmpty());
        f.flag("rules.headline_only", headlineOnly);
        f.flag("rules.summarises_towns", summarisesTowns);
        for (Cue c : Cue.values()) {
            boolean every = all.stream().allMatch(x -> x.has(c));
            boolean some = all.stream().anyMatch(x -> x.has(c));
            if (every) {
                f.flag("cue.all." + c.name().toLowerCase(java.util.Locale.ROOT), true);
            } else if (some) {
                f.flag("cue.some." + c.name().toLowerCase(java.util.Locale.ROOT), true);
            }
        }
        AcledEventType type = e.eventType();
        f.flag("type." + type.name().toLowerCase(java.util.Locale.ROOT), true);
        AcledSubEventType sub = e.subEventType();
        f.flag("sub.territory", sub == AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || sub == AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY);
        f.flag("sub.interception", sub == AcledSubEventType.DISRUPTED_WEAPONS_USE);
        Set<Integer> sentences = new HashSet<>();
        int firstSentence = Integer.MAX_VALUE;
        boolean inHeadline = false;
        for (Frame x : all) {
            sentences.add(x.sentence().index());
            firstSentence = Math.min(firstSentence, x.sentence().index());
            inHeadline |= x.sentence().paragraph() == 0;
        }
        f.set("told.frames", Math.log1p(all.size()));
        f.set("told.sentences", Math.log1p(sentences.size()));
        f.flag("told.headline", inHeadline);
        int n = Math.max(1, doc.sentences().size());
        f.set("told.first_position", firstSentence / (double) n);
        f.flag("told.lead", firstSentence <= 2);
        String key = e.place() == null ? null : placeKey(all);
        Map<String, Integer> mentions = new HashMap<>();
        for (PlaceMention p : m.places()) {
            if (p.location().precision() != Precision.COUNTRY) {
                mentions.merge(p.location().key(), 1, Integer::sum);
            }
        }
        int here = key == null ? 0 : mentions.getOrDefault(key, 0);
        int most = mentions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        f.set("place.mentions", Math.log1p(here));
        f.flag("place.most_named", here > 0 && here == most);
        Precision precision = e.place() == null ? null : e.place().precision();
        f.flag("place.town", precision == Precision.TOWN);
        f.flag("place.region", precision == Precision.REGION);
        f.flag("place.named_region", key != null && key.startsWith("named:"));
        f.flag("date.explicit", all.stream().anyMatch(Frame::dateExplicit));
        f.flag("date.unknown", e.date() == null);
        if (e.date() != null && published != null) {
            long days = ChronoUnit.DAYS.between(e.date(), published);
            f.flag("date.after_publication", days < 0);
            f.flag("date.same_day", days == 0);
            f.flag("date.day_before", days == 1);
            f.flag("date.week_before", days >= 2 && days <= 7);
            f.flag("date.month_before", days > 7 && days <= 31);
            f.flag("date.long_before", days > 31);
        }
        f.flag("toll.fatalities", e.fatalities() != null);
        f.flag("toll.injured", e.injured() != null);
        f.flag("weapons", !e.weapons().isEmpty());
        f.flag("attacker", e.attacker() != null);
        f.set("claims", Math.log1p(e.claims().size()));
        f.flag("claims.party", e.claims().stream().anyMatch(EventFeatures::party));
        f.flag("claims.denied", e.claims().stream().anyMatch(c -> c.stance() != org.sitrep.model.Stance.ASSERTS));
        f.flag("verification.stated", e.verification() == Verification.UNVERIFIED || e.verification() == Verification.CONFIRMED);
        return f;
    }

    private static String placeKey(List<Frame> frames) {
        return frames.get(0).place().key();
    }

    private static boolean party(Claim c) {
        return !(c.side().equals("third_party") || c.side().equals("media") || c.side().equals("unknown"));
    }
}
