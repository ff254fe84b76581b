package org.sitrep.engine.frame;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.knowledge.CasualtyKind;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.mention.CasualtyMention;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Casualties;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;

/**
 * Merges the frames of one article that concern the same place and type of event (and dates no more
 * than a day apart) into events, and fills each event from all of its frames: the most specific kind,
 * the explicit date, the most conservative casualty figure with the highest competing one as upper
 * bound, every distinct claim, and what the text says about verification.
 */
public final class EventAssembler {

    private static final Set<String> CIVILIAN = Set.of("civilian", "civilians", "apartment", "residential", "hospital",
            "school", "market", "shopping", "homes", "houses", "house", "theatre", "theater", "children", "church",
            "mall", "railway", "station", "cafe", "restaurant", "kindergarten", "shelter", "people");
    private static final Set<String> MILITARY = Set.of("military", "command", "posts", "depot", "depots", "ammunition",
            "troops", "positions", "base", "barracks", "weapons", "soldiers", "units", "equipment", "headquarters");
    private static final Set<String> INFRASTRUCTURE = Set.of("power", "energy", "substation", "plant", "bridge",
            "infrastructure", "port", "airport", "fuel", "oil", "grid", "dam", "pipeline");

    private static final class Group {
        final List<Frame> frames = new ArrayList<>();

        Frame first() {
            return frames.get(0);
        }
    }

    public List<Event> assemble(String articleId, Document doc, Mentions m, List<Frame> frames, Map<Frame, List<Claim>> claims) {
        List<Group> groups = new ArrayList<>();
        for (Frame f : frames) {
            Group g = groups.stream().filter(x -> compatible(x, f)).findFirst().orElse(null);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.frames.add(f);
        }
        List<Event> events = new ArrayList<>();
        groups.sort(Comparator.comparingInt(g -> g.first().sentence().start()));
        for (Group g : groups) {
            events.add(event(articleId + "#e" + (events.size() + 1), doc, m, g, claims));
        }
        return events;
    }

    private static boolean compatible(Group g, Frame f) {
        Frame o = g.first();
        if (o.subType().parent() != f.subType().parent() || !o.place().key().equals(f.place().key())) {
            return false;
        }
        for (Frame x : g.frames) {
            if (x.dateExplicit() && f.dateExplicit() && x.date() != null && f.date() != null
                    && Math.abs(ChronoUnit.DAYS.between(x.date(), f.date())) > 1) {
                return false;
            }
        }
        return true;
    }

    private Event event(String id, Document doc, Mentions m, Group g, Map<Frame, List<Claim>> claimsByFrame) {
        Frame lead = mostSpecific(g);
        Frame dated = g.frames.stream().filter(Frame::dateExplicit).findFirst().orElse(g.first());
        List<Claim> claims = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Span> evidence = new ArrayList<>();
        Set<String> weapons = new LinkedHashSet<>();
        for (Frame f : g.frames) {
            for (Claim c : claimsByFrame.getOrDefault(f, List.of())) {
                if (seen.add(c.by().toLowerCase(java.util.Locale.ROOT) + "|" + c.stance())) {
                    claims.add(c);
                }
            }
            Span s = new Span(f.sentence().start(), f.sentence().end());
            if (!evidence.contains(s)) {
                evidence.add(s);
            }
            for (Weapon w : f.weapons()) {
                weapons.add(w.name());
            }
        }
        AcledSubEventType sub = lead.subType();
        return new Event(id, lead.kind(), sub, lead.place().toPlace(lead.placeSpan()), dated.date(),
                dated.date() == null ? DatePrecision.UNKNOWN : dated.datePrecision(),
                casualties(doc, g, CasualtyKind.FATALITIES), casualties(doc, g, CasualtyKind.INJURED),
                attacker(g), target(doc, g), List.copyOf(weapons), claims, verification(doc, m, g, claims), evidence);
    }

    private static Frame mostSpecific(Group g) {
        Frame best = g.first();
        for (Frame f : g.frames) {
            if (rank(f.kind()) > rank(best.kind())) {
                best = f;
            }
        }
        return best;
    }

    private static int rank(EventKind k) {
        return switch (k) {
            case MISSILE_STRIKE, AIR_STRIKE, DRONE_STRIKE -> 3;
            case SHELLING -> 2;
            case STRIKE -> 1;
            default -> 0;
        };
    }

    /** Lowest current figure as the bound; an update ("rose to") replaces earlier figures; the highest competing one as upper bound. */
    private static Casualties casualties(Document doc, Group g, CasualtyKind kind) {
        List<CasualtyMention> all = new ArrayList<>();
        Set<Integer> seenSentences = new LinkedHashSet<>();
        for (Frame f : g.frames) {
            if (seenSentences.add(f.sentence().index())) {
                for (CasualtyMention c : f.casualties()) {
                    if (c.kind() == kind && (c.low() != null || c.high() != null)) {
                        all.add(c);
                    }
                }
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        List<CasualtyMention> latest = all.stream().filter(CasualtyMention::latest).toList();
        List<CasualtyMention> pool = latest.isEmpty() ? all : latest;
        CasualtyMention low = pool.stream().filter(c -> c.low() != null)
                .min(Comparator.comparingInt(CasualtyMention::low)).orElse(pool.get(0));
        Integer high = low.high();
        for (CasualtyMention c : pool) {
            Integer candidate = c.high() != null ? c.high() : c.low();
            if (candidate != null && low.low() != null && candidate > low.low() && (high == null || candidate > high)) {
                high = candidate;
            }
        }
        List<Token> tokens = doc.tokens();
        Span words = new Span(tokens.get(low.first()).start(), tokens.get(low.end() - 1).end());
        return new Casualties(low.low(), high, words);
    }

    private static String attacker(Group g) {
        for (Frame f : g.frames) {
            if (f.attackerSide() != null) {
                return f.attackerSide();
            }
        }
        return null;
    }

    private static String target(Document doc, Group g) {
        boolean civilian = false, military = false, infrastructure = false;
        for (Frame f : g.frames) {
            for (Token t : doc.tokensOf(f.sentence())) {
                civilian |= CIVILIAN.contains(t.folded());
                military |= MILITARY.contains(t.folded());
                infrastructure |= INFRASTRUCTURE.contains(t.folded());
            }
        }
        int n = (civilian ? 1 : 0) + (military ? 1 : 0) + (infrastructure ? 1 : 0);
        if (n > 1) {
            return "mixed";
        }
        return civilian ? "civilians" : military ? "military" : infrastructure ? "infrastructure" : null;
    }

    /** What the text says: unverified or confirmed near the event's sentences; else disputed when sides oppose. */
    private static Verification verification(Document doc, Mentions m, Group g, List<Claim> claims) {
        Set<Integer> near = new LinkedHashSet<>();
        for (Frame f : g.frames) {
            Sentence s = f.sentence();
            for (int k = s.index(); k <= Math.min(doc.sentences().size() - 1, s.index() + 2); k++) {
                if (doc.sentences().get(k).paragraph() - s.paragraph() <= 1) {
                    near.add(k);
                }
            }
        }
        for (int k : near) {
            for (PhraseTrie.Match<Verification> v : m.verificationIn(doc.sentences().get(k))) {
                return v.value();
            }
        }
        for (Claim a : claims) {
            for (Claim b : claims) {
                if (a.stance() == Stance.ASSERTS && b.stance() != Stance.ASSERTS && !a.side().equals(b.side())) {
                    return Verification.DISPUTED;
                }
            }
        }
        return Verification.NOT_STATED;
    }
}
