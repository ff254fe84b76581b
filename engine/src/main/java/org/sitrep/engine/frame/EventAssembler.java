package org.sitrep.engine.frame;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.knowledge.ClaimSignal;
import org.sitrep.engine.claim.SourcedClaim;
import org.sitrep.engine.knowledge.CasualtyKind;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Trigger;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.mention.CasualtyMention;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Casualties;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;
import org.sitrep.engine.text.WordSet;

/**
 * Merges the frames of one article that concern the same place and type of event (and dates no more
 * than a day apart, or within the week or month a vaguer date covers) into events, and fills each event from all of its frames: the most specific kind,
 * the explicit date, the most conservative casualty figure with the highest competing one as upper
 * bound, every distinct claim, and what the text says about verification.
 */
public final class EventAssembler {

    private static final Set<String> CIVILIAN = WordSet.of("civilian", "civilians", "apartment", "residential", "hospital",
            "school", "market", "shopping", "homes", "houses", "house", "theatre", "theater", "children", "church",
            "mall", "railway", "station", "cafe", "restaurant", "kindergarten", "shelter", "people");
    private static final Set<String> MILITARY = WordSet.of("military", "command", "posts", "depot", "depots", "ammunition",
            "troops", "positions", "base", "barracks", "weapons", "soldiers", "units", "equipment", "headquarters");
    private static final Set<String> INFRASTRUCTURE = WordSet.of("power", "energy", "substation", "plant", "bridge",
            "infrastructure", "port", "airport", "fuel", "oil", "grid", "dam", "pipeline");

    private static final class Group {
        /** Frames the rules of reading admit; the event is built from them when there are any. */
        final List<Frame> frames = new ArrayList<>();
        /** Frames of the same incident that the rules do not admit: evidence for the scorer only. */
        final List<Frame> shadows = new ArrayList<>();

        Frame first() {
            return frames.isEmpty() ? shadows.get(0) : frames.get(0);
        }

        List<Frame> members() {
            return frames.isEmpty() ? shadows : frames;
        }

        List<Frame> all() {
            List<Frame> out = new ArrayList<>(frames);
            out.addAll(shadows);
            return out;
        }
    }

    /**
     * Every candidate event of the article: the frames grouped by incident, each group built into an
     * event and described by its features. Frames the rules admit ({@code admitted}) build the events and
     * their claims; the others only join or form candidates for the scorer to weigh.
     */
    public List<Candidate> assemble(String articleId, Document doc, Mentions m, java.time.LocalDate published,
                                    List<Frame> frames, Set<Frame> admitted, Map<Frame, List<SourcedClaim>> claims) {
        Set<Integer> framed = new java.util.HashSet<>();
        Map<Integer, Set<String>> scenes = new java.util.HashMap<>();
        Map<Integer, Set<String>> regionScenes = new java.util.HashMap<>();
        Map<Integer, List<Frame>> bySentence = new java.util.HashMap<>();
        for (Frame f : frames) {
            if (admitted.contains(f)) {
                framed.add(f.sentence().index());
                bySentence.computeIfAbsent(f.sentence().index(), k -> new ArrayList<>()).add(f);
            }
            if (f.place().precision() == org.sitrep.model.Precision.TOWN) {
                scenes.computeIfAbsent(f.sentence().index(), k -> new java.util.HashSet<>()).add(f.place().key());
            } else if (f.place().precision() == org.sitrep.model.Precision.REGION) {
                regionScenes.computeIfAbsent(f.sentence().index(), k -> new java.util.HashSet<>()).add(f.place().key());
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Frame f : frames) {
            if (admitted.contains(f)) {
                Group g = groups.stream().filter(x -> !x.frames.isEmpty() && compatible(x.frames, f)).findFirst().orElse(null);
                if (g == null) {
                    g = new Group();
                    groups.add(g);
                }
                g.frames.add(f);
            }
        }
        for (Frame f : frames) {
            if (!admitted.contains(f)) {
                Group g = groups.stream().filter(x -> compatible(x.members(), f)).findFirst().orElse(null);
                if (g == null) {
                    g = new Group();
                    groups.add(g);
                }
                g.shadows.add(f);
            }
        }
        // frames retyped by folding keep the claims read for them as they were found
        Map<Frame, Frame> origin = new java.util.HashMap<>();
        foldInterceptions(doc, groups, origin);
        foldGeneric(groups, origin);
        foldRegionIntoTown(doc, groups, origin);
        refineGeneric(doc, m, groups, framed, origin);
        if (!origin.isEmpty()) {
            Map<Frame, List<SourcedClaim>> found = claims;
            claims = new java.util.HashMap<>(found);
            for (Map.Entry<Frame, Frame> e : origin.entrySet()) {
                claims.putIfAbsent(e.getKey(), found.getOrDefault(e.getValue(), List.of()));
            }
        }
        List<Candidate> out = new ArrayList<>();
        groups.sort(Comparator.comparingInt(g -> g.first().sentence().start()));
        Told told = new Told(scenes, regionScenes, bySentence, voices(doc, claims));
        for (Group g : groups) {
            Event e = event(articleId + "#c" + (out.size() + 1), doc, m, g, claims, framed, told, published);
            boolean headline = headlineOnly(doc, g);
            boolean summary = summarisesTowns(doc, g, groups);
            boolean ruled = !g.frames.isEmpty() && !headline && !summary;
            List<FrameTrace> traces = new ArrayList<>();
            g.frames.forEach(f -> traces.add(FrameTrace.of(f, true)));
            g.shadows.forEach(f -> traces.add(FrameTrace.of(f, false)));
            List<SourcedClaim> raw = new ArrayList<>();
            for (Frame f : g.members()) {
                raw.addAll(claims.getOrDefault(f, List.of()));
            }
            out.add(new Candidate(e, () -> EventFeatures.of(doc, m, g.frames, g.shadows, e, published, headline, summary), ruled,
                    traces, g.members(), g.frames.isEmpty() ? List.of() : g.shadows, raw));
        }
        return out;
    }

    /**
     * Missiles shot down over a town whose debris then hit it are one incident, told as a strike: an
     * interception in the same sentence as a strike on the same place joins the strike.
     */
    private static void foldInterceptions(Document doc, List<Group> groups, Map<Frame, Frame> origin) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (g.first().subType() != AcledSubEventType.DISRUPTED_WEAPONS_USE) {
                continue;
            }
            for (Group other : groups) {
                boolean sameStanding = other.frames.isEmpty() == g.frames.isEmpty();
                if (other != g && sameStanding
                        && other.first().subType().parent() == org.sitrep.model.AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE
                        && other.first().place().key().equals(g.first().place().key())
                        && sameTime(other.members(), g.members())
                        && !fendedOff(g, other) && !toldBackAfter(doc, other, g)) {
                    other.frames.addAll(g.frames.stream().map(f -> retype(f, other.first(), origin)).toList());
                    other.shadows.addAll(g.shadows.stream().map(f -> retype(f, other.first(), origin)).toList());
                    it.remove();
                    break;
                }
            }
        }
        // "repelled a drone attack on the Moscow region": the attack is what was fended off, told as its interception;
        // "the drone raid had caused no damage" after the drones shot down over the region names that interception again
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group strike = it.next();
            Group into = groups.stream().filter(g -> g != strike && g.first().subType() == AcledSubEventType.DISRUPTED_WEAPONS_USE
                    && (fendedOff(g, strike) || toldBackAfter(doc, strike, g) && sameTime(strike.members(), g.members())))
                    .findFirst().orElse(null);
            if (into != null) {
                into.frames.addAll(strike.frames.stream().map(f -> retype(f, into.first(), origin)).toList());
                into.shadows.addAll(strike.shadows.stream().map(f -> retype(f, into.first(), origin)).toList());
                it.remove();
            }
        }
    }

    /**
     * Whether every frame of {@code strike} names, after {@code interception} was told at the same place, an act
     * already told ("the drone raid"): the interception again, not a strike of its own.
     */
    private static boolean toldBackAfter(Document doc, Group strike, Group interception) {
        if (!interception.first().place().key().equals(strike.first().place().key()) || strike.frames.isEmpty()) {
            return false;
        }
        int told = interception.all().stream().mapToInt(Frame::triggerToken).min().orElse(Integer.MAX_VALUE);
        return strike.all().stream().allMatch(f -> f.triggerToken() > told && !f.has(Cue.BY_DEBRIS)
                && toldAlready(doc.tokens(), f.sentence(), f.triggerToken()));
    }

    /** Whether every frame of {@code strike} is the object of one of {@code interception}'s: "repelled a drone attack". */
    private static boolean fendedOff(Group interception, Group strike) {
        if (!interception.first().place().key().equals(strike.first().place().key()) || strike.frames.isEmpty()) {
            return false;
        }
        return strike.all().stream().allMatch(s -> !s.has(Cue.BY_DEBRIS) && interception.all().stream().anyMatch(i -> i.sentence() == s.sentence()
                && s.triggerToken() > i.triggerToken() && s.triggerToken() - i.triggerToken() <= OBJECT_WORDS));
    }

    /** How far after "repelled" the attack it fended off is named: "repelled a Ukrainian drone attack". */
    private static final int OBJECT_WORDS = 5;

    /**
     * "an attack outside the airport killed 13 troops" beside "two suicide bombers blew themselves up at the
     * airport": words that name violence without its kind tell the incident another sentence typed, at the
     * same place and time; they join it (the group with most frames when several could).
     */
    private static void foldGeneric(List<Group> groups, Map<Frame, Frame> origin) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (!g.all().stream().allMatch(f -> f.has(Cue.GENERIC))) {
                continue;
            }
            Group into = null;
            for (Group other : groups) {
                boolean specific = other != g && !other.all().stream().allMatch(f -> f.has(Cue.GENERIC));
                if (specific && other.frames.isEmpty() == g.frames.isEmpty()
                        && other.first().place().key().equals(g.first().place().key())
                        && other.first().subType().parent() != g.first().subType().parent()
                        && sameTime(other.members(), g.members())
                        && (into == null || other.all().size() > into.all().size())) {
                    into = other;
                }
            }
            if (into != null) {
                Group target = into;
                target.frames.addAll(g.frames.stream().map(f -> retype(f, target.first(), origin)).toList());
                target.shadows.addAll(g.shadows.stream().map(f -> retype(f, target.first(), origin)).toList());
                it.remove();
            }
        }
    }

    /**
     * "a drone strike killed 85 on Sunday in a village in northwest Kaduna State", then "the drone struck Tudun
     * Biri": a region's incident that one town's incident of its kind and time lies in is that town's incident,
     * told first by its region. It joins the town's group, bringing its date and its sources. (A region beside
     * several such towns summarises them and is left to {@link #summarisesTowns}.)
     */
    private static void foldRegionIntoTown(Document doc, List<Group> groups, Map<Frame, Frame> origin) {
        for (java.util.Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group region = it.next();
            if (region.frames.isEmpty()) {
                continue;
            }
            List<Group> towns = groups.stream().filter(g -> inRegion(doc, region, g)).toList();
            if (towns.size() == 1) {
                Group town = towns.get(0);
                // "a suicide bomber ... in Khyber Pakhtunkhwa", then "the attack took place in the Bannu district":
                // the town's words only name violence, the region's say what it was
                boolean regionTypes = town.all().stream().allMatch(f -> f.has(Cue.GENERIC))
                        && !region.all().stream().allMatch(f -> f.has(Cue.GENERIC));
                Frame as = regionTypes ? region.frames.get(0) : town.first();
                if (regionTypes) {
                    town.frames.replaceAll(f -> retype(f, as, origin));
                    town.shadows.replaceAll(f -> retype(f, as, origin));
                }
                town.frames.addAll(region.frames.stream().map(f -> retype(f, as, origin)).toList());
                town.shadows.addAll(region.shadows.stream().map(f -> retype(f, as, origin)).toList());
                it.remove();
            }
        }
    }

    /** A headline names the story the body tells; an incident only the headline names is not read from it. */
    private static boolean headlineOnly(Document doc, Group g) {
        boolean hasBody = doc.sentences().size() > 1 && doc.sentences().get(doc.sentences().size() - 1).paragraph() > 0;
        Sentence first = doc.sentences().get(0);
        // a headline is short and ends without a full stop; a first line that ends with one is the story's lead
        String firstLine = doc.textOf(first.start(), first.end()).strip();
        boolean shortHeadline = first.paragraph() == 0 && !firstLine.endsWith(".") && doc.sentences().stream()
                .filter(x -> x.paragraph() == 0).mapToInt(Sentence::size).sum() < 30;
        return hasBody && shortHeadline && g.members().stream().allMatch(f -> f.sentence().paragraph() == 0);
    }

    /** "Russian forces withdraw from key areas in Kharkiv region" beside captures of Kharkiv region's towns: a summary. */
    private static boolean summarisesTowns(Document doc, Group region, List<Group> groups) {
        // a town only the headline names is not told by the body: the body's region is then the one told
        return groups.stream().anyMatch(g -> inRegion(doc, region, g) && !headlineOnly(doc, g));
    }

    /** Whether {@code town} is an admitted incident of {@code region}'s kind and time in a town of that region. */
    private static boolean inRegion(Document doc, Group region, Group town) {
        org.sitrep.engine.mention.Location r = region.first().place();
        if (compassPartOf(r, town)) {
            // "a barrage of rockets on northern Israel", then the rockets on Kiryat Shmona: the part of a country
            // a town's incident of its kind and time lies in told first
            return true;
        }
        if (!r.key().startsWith("region:") || r.admin1Code() == null) {
            return false;
        }
        return town != region && !town.frames.isEmpty()
                && town.first().subType().parent() == region.first().subType().parent()
                && (town.first().place().precision() == org.sitrep.model.Precision.TOWN
                        || (isFirstLevel(r) && isSecondLevel(town.first().place())))
                && r.country().equals(town.first().place().country())
                && (r.admin1Code().equals(town.first().place().admin1Code()) || areaOf(doc, region, town))
                && (!isSecondLevel(r) || near(r, town.first().place()))
                && sameTime(region.members(), town.members());
    }

    /** How far from a district's seat a town may lie and still be taken to be in the district (GeoNames gives towns no district). */
    private static final double DISTRICT_KM = 60;

    /** "Kathua district" does not hold Kulgam, 150 km away in the same state. */
    private static boolean near(org.sitrep.engine.mention.Location district, org.sitrep.engine.mention.Location town) {
        if (district.lat() == null || town.lat() == null) {
            return true;
        }
        return org.sitrep.engine.mention.Location.distanceKm(district.lat(), district.lon(), town.lat(), town.lon())
                <= DISTRICT_KM;
    }

    private static final List<String> COMPASS_PREFIXES = List.of("north", "south", "east", "west", "central");

    /** A part of a country named by the compass ("northern Israel") and a town's incident of its kind and time there. */
    private static boolean compassPartOf(org.sitrep.engine.mention.Location r, Group town) {
        String name = r.name() == null ? "" : r.name().toLowerCase(java.util.Locale.ROOT);
        boolean compass = r.key().startsWith(org.sitrep.engine.mention.Location.COMPASS_PART)
                || (r.key().startsWith("named:") && COMPASS_PREFIXES.stream().anyMatch(name::startsWith));
        return compass && r.country() != null && !town.frames.isEmpty()
                && town.first().place().precision() == org.sitrep.model.Precision.TOWN
                && r.country().equals(town.first().place().country());
    }

    /**
     * "the Sanaa area" beside Sanaa: the area a town names is the town's surroundings, even where the gazetteer
     * files the town under another division (a capital's own district) than the division of that name.
     */
    private static boolean areaOf(Document doc, Group region, Group town) {
        if (town.first().place().precision() != org.sitrep.model.Precision.TOWN) {
            return false;
        }
        Set<String> townNames = new java.util.HashSet<>();
        for (Frame f : town.all()) {
            if (f.placeSpan() != null) {
                townNames.add(org.sitrep.gazetteer.NameFolding.fold(doc.textOf(f.placeSpan().start(), f.placeSpan().end())));
            }
        }
        return region.frames.stream().allMatch(f -> {
            String words = f.placeSpan() == null ? "" : doc.textOf(f.placeSpan().start(), f.placeSpan().end());
            return words.endsWith(" area")
                    && townNames.contains(org.sitrep.gazetteer.NameFolding.fold(words.substring(0, words.length() - 5)));
        });
    }


    private static boolean isFirstLevel(org.sitrep.engine.mention.Location l) {
        return l.divisionLevel() == 1;
    }

    /** A second-level division ("Kaura Namoda district"): as precise as a town for its first-level one. */
    private static boolean isSecondLevel(org.sitrep.engine.mention.Location l) {
        return l.divisionLevel() == 2;
    }

    /** Whether the text dates any of the frames (the rest took a paragraph's date). */
    private static boolean anyDated(List<Frame> frames) {
        for (Frame f : frames) {
            if (f.dateExplicit()) {
                return true;
            }
        }
        return false;
    }

    /** Whether two groups' dates can be one time (judged when either was given in the text). */
    private static boolean sameTime(List<Frame> a, List<Frame> b) {
        boolean aDated = anyDated(a);
        boolean bDated = anyDated(b);
        for (Frame x : a) {
            if (aDated && !x.dateExplicit()) {
                continue; // a group is dated by the frames the text dates, when it dates any
            }
            for (Frame y : b) {
                if (bDated && !y.dateExplicit()) {
                    continue;
                }
                long allowed = x.dateExplicit() && y.dateExplicit() ? slack(x, y) : Math.max(3, slack(x, y));
                if ((x.dateExplicit() || y.dateExplicit()) && x.date() != null && y.date() != null
                        && Math.abs(ChronoUnit.DAYS.between(x.date(), y.date())) > allowed) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Frame retype(Frame f, Frame as, Map<Frame, Frame> origin) {
        return retype(f, as.kind(), as.subType(), origin);
    }

    private static Frame retype(Frame f, EventKind kind, AcledSubEventType sub, Map<Frame, Frame> origin) {
        Frame out = new Frame(f.sentence(), f.trigger(), f.triggerToken(), kind, sub, f.place(), f.placeSpan(),
                f.date(), f.datePrecision(), f.dateExplicit(), f.casualties(), f.weapons(), f.attackerSide(), f.negated(),
                f.site(), f.cues());
        origin.putIfAbsent(out, origin.getOrDefault(f, f));
        return out;
    }

    /**
     * "Six people were killed in an attack at the mayor's office in Mogadishu. A suicide bomber set off a
     * blast near the office": words that name violence without its kind are typed by the act the next
     * sentences tell, when those name no other place and open no event of their own.
     */
    private static void refineGeneric(Document doc, Mentions m, List<Group> groups, Set<Integer> framed,
                                      Map<Frame, Frame> origin) {
        for (Group g : groups) {
            if (g.frames.isEmpty() || !g.all().stream().allMatch(f -> f.has(Cue.GENERIC))) {
                continue;
            }
            Frame last = g.all().stream().max(Comparator.comparingInt(f -> f.sentence().index())).orElseThrow();
            Trigger act = null;
            for (int k = last.sentence().index() + 1; k < Math.min(doc.sentences().size(), last.sentence().index() + 3)
                    && act == null; k++) {
                Sentence n = doc.sentences().get(k);
                boolean elsewhere = m.placesIn(n).stream().anyMatch(p -> !p.location().key().equals(last.place().key())
                        && !p.location().countryWide());
                if (elsewhere || m.isBackground(n) || framed.contains(k)) {
                    break; // an act its own sentence places is its own event
                }
                for (org.sitrep.engine.knowledge.PhraseTrie.Match<Trigger> t : m.triggersIn(n)) {
                    Trigger v = t.value();
                    // "whether the drone strike was linked to the blast": an act of another incident's kind is that one
                    boolean another = groups.stream().anyMatch(o -> o != g && !o.frames.isEmpty()
                            && o.first().subType() == v.subType());
                    if (v.opensFrame() && !v.has("violence") && !v.has("kill") && !v.has("ground") && !v.has("weak")
                            && !another && v.subType().parent() == org.sitrep.model.AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE) {
                        act = v;
                        break;
                    }
                }
            }
            if (act != null) {
                Trigger v = act;
                g.frames.replaceAll(f -> retype(f, v.kind(), v.subType(), origin));
                g.shadows.replaceAll(f -> retype(f, v.kind(), v.subType(), origin));
            }
        }
    }

    private static boolean compatible(List<Frame> group, Frame f) {
        Frame o = group.get(0);
        if (o.subType().parent() != f.subType().parent() || !o.place().key().equals(f.place().key())) {
            return false;
        }
        for (Frame x : group) {
            if (x.site() != null && f.site() != null && !x.site().equals(f.site())) {
                return false; // two named sites of one town: two incidents
            }
            if (x.has(Cue.RECALLED) != f.has(Cue.RECALLED) && x.dateExplicit() && f.dateExplicit()) {
                return false; // "earlier this month, the military had struck ...": an episode before the news
            }
            if (x.dateExplicit() && f.dateExplicit() && x.date() != null && f.date() != null
                    && Math.abs(ChronoUnit.DAYS.between(x.date(), f.date())) > slack(x, f)) {
                return false;
            }
        }
        return true;
    }

    /** Days two dates may lie apart and still be one incident: a day, or the span a vaguer date covers. */
    private static long slack(Frame a, Frame b) {
        if (a.datePrecision() == DatePrecision.MONTH || b.datePrecision() == DatePrecision.MONTH) {
            return 30;
        }
        if (a.datePrecision() == DatePrecision.WEEK || b.datePrecision() == DatePrecision.WEEK) {
            return 6;
        }
        // "the missile hit ... on Wednesday" and "on Tuesday evening, Russian drones also hit energy facilities":
        // days the text gives two acts of different weapons are two incidents; one act told across midnight is one
        boolean twoWeapons = a.dateExplicit() && b.dateExplicit() && a.subType() != b.subType()
                && a.subType().parent() == AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE
                && b.subType().parent() == AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE
                && !a.has(Cue.GENERIC) && !b.has(Cue.GENERIC);
        return twoWeapons ? 0 : 1;
    }

    /**
     * What the article tells around an event: the towns each sentence places events in, the admitted frames of
     * each sentence, and the side of whoever speaks in each sentence that carries a claim.
     */
    private record Told(Map<Integer, Set<String>> scenes, Map<Integer, Set<String>> regionScenes,
                        Map<Integer, List<Frame>> frames, Map<Integer, String> voices) {
    }

    /** Each sentence's first source's side, by the claims read from it ("he said" stands for a named source). */
    private static Map<Integer, String> voices(Document doc, Map<Frame, List<SourcedClaim>> claims) {
        Map<Integer, String> out = new java.util.HashMap<>();
        Map<Integer, Integer> at = new java.util.HashMap<>();
        for (List<SourcedClaim> list : claims.values()) {
            for (SourcedClaim c : list) {
                int start = c.claim().words().start();
                int sentence = sentenceAt(doc, start);
                String side = c.claim().side();
                if (sentence >= 0 && side != null && !side.equals("media") && !side.equals("unknown")
                        && (!at.containsKey(sentence) || start < at.get(sentence))) {
                    at.put(sentence, start);
                    out.put(sentence, side); // a state and its armed opposition are two voices
                }
            }
        }
        return out;
    }

    private static int sentenceAt(Document doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                return s.index();
            }
        }
        return -1;
    }

    /**
     * A week or a month is dated by its first day: a day named inside it ("this week's attack" ... "on
     * Thursday") is the finer account of the same incident, not a later update. A weekend ends on its Sunday.
     */
    private static Frame dayWithin(Group g, Frame coarse) {
        if (coarse.datePrecision() != DatePrecision.WEEK && coarse.datePrecision() != DatePrecision.MONTH) {
            return coarse;
        }
        java.time.LocalDate from = coarse.date();
        java.time.LocalDate until = coarse.datePrecision() == DatePrecision.MONTH ? from.withDayOfMonth(1).plusMonths(1)
                : from.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        return g.members().stream()
                .filter(f -> f.dateExplicit() && f.date() != null && f.datePrecision() == DatePrecision.DAY
                        && !f.has(Cue.RECALLED) && !f.date().isBefore(from) && f.date().isBefore(until))
                .min(Comparator.comparing(Frame::date)).orElse(coarse);
    }

    private Event event(String id, Document doc, Mentions m, Group g, Map<Frame, List<SourcedClaim>> claimsByFrame,
                        Set<Integer> framed, Told sentences, java.time.LocalDate published) {
        Frame lead = mostSpecific(g);
        // reports come after the fact: of several explicit dates the earliest is the incident, the rest updates
        // (a recalled episode that joined the incident, "earlier this month ...", does not date it)
        Frame earliest = g.members().stream().filter(f -> f.dateExplicit() && f.date() != null)
                .min(Comparator.comparing((Frame f) -> f.has(Cue.RECALLED)).thenComparing(Frame::date)).orElse(null);
        Frame dated = earliest != null ? dayWithin(g, earliest)
                : g.members().stream().filter(Frame::dateExplicit).findFirst()
                        .orElse(g.members().stream().filter(f -> f.date() != null).min(Comparator.comparing(Frame::date))
                                .orElse(g.first()));
        List<SourcedClaim> heard = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        Set<String> weapons = new LinkedHashSet<>();
        for (Frame f : g.members()) {
            heard.addAll(claimsByFrame.getOrDefault(f, List.of()));
            Span s = new Span(f.sentence().start(), f.sentence().end());
            if (!evidence.contains(s)) {
                evidence.add(s);
            }
            for (Weapon w : f.weapons()) {
                weapons.add(w.name());
            }
        }
        List<SourcedClaim> sourced = onePerSource(heard);
        List<Claim> claims = sideStances(thirdParties(distinctSources(withoutReporters(sourced)), sourced, lead, attacker(g), m),
                lead, attacker(g), target(doc, g), doc);
        AcledSubEventType sub = lead.subType();
        java.time.LocalDate date = dated.date();
        DatePrecision precision = date == null ? DatePrecision.UNKNOWN : dated.datePrecision();
        if (!dated.dateExplicit()) {
            // "... had collapsed after the strike on Wednesday evening": a later sentence about the same strike dates it
            org.sitrep.engine.mention.DateMention told = toldLater(doc, m, g, framed);
            if (told == null) {
                told = saidOn(doc, m, sourced); // "the White Helmets said on Saturday": it happened by then
                if (told != null && date != null && !date.equals(published) && !date.isAfter(told.date())
                        && ChronoUnit.DAYS.between(date, told.date()) <= 7) {
                    told = null; // the day the story gave it a sentence before, days ahead of the telling, stays
                }
            }
            if (told != null) {
                date = told.date();
                precision = told.precision();
            }
        }
        return new Event(id, lead.kind(), sub, lead.place().toPlace(lead.placeSpan()), date, precision,
                casualties(doc, m, g, framed, sentences, CasualtyKind.FATALITIES),
                casualties(doc, m, g, framed, sentences, CasualtyKind.INJURED),
                attacker(g), target(doc, g), List.copyOf(weapons), claims, verification(doc, m, g, claims), evidence);
    }

    /**
     * The candidate's event with the given claims in place of those the rules attached: each source once,
     * third parties recognised, each side's stance read against the event, and the verification again.
     */
    public Event withClaims(Candidate c, Document doc, Mentions m, List<SourcedClaim> sourced) {
        Group g = new Group();
        g.frames.addAll(c.members());
        Frame lead = mostSpecific(g);
        List<SourcedClaim> once = onePerSource(sourced);
        List<Claim> claims = sideStances(thirdParties(distinctSources(withoutReporters(once)), once, lead, attacker(g), m),
                lead, attacker(g), target(doc, g), doc);
        Event e = c.event();
        return new Event(e.id(), e.kind(), e.subEventType(), e.place(), e.date(), e.datePrecision(), e.fatalities(),
                e.injured(), e.attacker(), e.target(), e.weapons(), claims, verification(doc, m, g, claims), e.evidence());
    }

    /**
     * Each source once per event, in the order first told: a source that both tells of an event and
     * contests it ("Peskov said Russia strikes only military targets ... denied hitting the building")
     * is counted by what it contests.
     */
    private static List<SourcedClaim> onePerSource(List<SourcedClaim> told) {
        Map<String, SourcedClaim> bySource = new java.util.LinkedHashMap<>();
        for (SourcedClaim c : told) {
            SourcedClaim kept = bySource.get(c.identity());
            if (kept == null) {
                bySource.put(c.identity(), c);
                continue;
            }
            // what the source says in all its statements ("Russia claims Dvorichna" and "its troops captured it")
            java.util.EnumSet<ClaimSignal> both = java.util.EnumSet.noneOf(ClaimSignal.class);
            both.addAll(kept.signals());
            both.addAll(c.signals());
            SourcedClaim chosen = kept.claim().stance() == Stance.ASSERTS && c.claim().stance() != Stance.ASSERTS ? c : kept;
            bySource.put(c.identity(), new SourcedClaim(chosen.claim(), chosen.vague(), chosen.identity(), chosen.generic(),
                    both));
        }
        return new ArrayList<>(bySource.values());
    }

    /**
     * A vague source ("Moscow") saying what a named source of its side says adds no source, and generic
     * sources of one side ("the defence ministry", "officials") saying the same thing count once.
     */
    private static final java.util.regex.Pattern REPORTER = java.util.regex.Pattern.compile(
            "\\b(?i:correspondent|reporter|journalist|anchor) \\p{Lu}\\p{L}+|['\u2019]s \\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+");

    /**
     * A news organisation merely reporting is no source of a claim: its own correspondents named as its
     * reporters ("CNN's Fred Pleitgen", "ITV News Correspondent Geraint Vincent reports") are dropped; an outlet
     * cited for a fact ("according to the BBC", "an AFP correspondent said Kunduz had fallen") stays.
     */
    private static List<SourcedClaim> withoutReporters(List<SourcedClaim> sourced) {
        return sourced.stream().filter(sc -> {
            Claim c = sc.claim();
            if (!c.side().equals("media")) {
                return true;
            }
            return !REPORTER.matcher(c.by()).find();
        }).toList();
    }

    private static List<SourcedClaim> distinctSources(List<SourcedClaim> sourced) {
        List<SourcedClaim> named = new ArrayList<>(sourced);
        named.sort(Comparator.comparing(SourcedClaim::vague)); // named sources first: the vague ones echo them
        List<SourcedClaim> kept = new ArrayList<>();
        for (SourcedClaim c : named) {
            boolean echo = kept.stream().anyMatch(o -> o.claim().side().equals(c.claim().side())
                    && o.claim().stance() == c.claim().stance() && (c.vague() || (c.generic() && o.generic())));
            if (!echo) {
                kept.add(c);
            }
        }
        List<SourcedClaim> out = new ArrayList<>();
        for (SourcedClaim c : sourced) {
            if (kept.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A state that is neither where the event happened, nor who carried it out, nor a belligerent named
     * in the article speaks as a third party ("US President Donald Trump called it a mistake").
     */
    private static List<SourcedClaim> thirdParties(List<SourcedClaim> claims, List<SourcedClaim> all, Frame lead,
                                                   String attacker, Mentions m) {
        Set<String> parties = new java.util.HashSet<>(m.combatants());
        // every claim heard tells who takes part, also one dropped as the echo of another ("Russia blames Ukraine")
        for (SourcedClaim c : all) {
            if (c.says(ClaimSignal.BLAMES_OTHER)) {
                parties.add(baseSide(c.claim().side())); // a state that blames another for it is a party to it
            }
            if (c.says(ClaimSignal.OWN_FORCES)) {
                parties.add(baseSide(c.claim().side())); // "a Russian claim that its troops had captured"
            }
        }
        if (lead.place().country() != null) {
            parties.add(lead.place().country());
        }
        if (attacker != null) {
            parties.add(baseSide(attacker));
        }
        for (org.sitrep.engine.mention.ActorMention a : m.actors()) {
            if (a.side() != null && (a.role() == org.sitrep.engine.knowledge.Role.MILITARY
                    || a.role() == org.sitrep.engine.knowledge.Role.ARMED_GROUP)) {
                parties.add(baseSide(a.side()));
            }
            // the authority of the struck place is the struck side, whichever state installed it
            if (a.side() != null && a.role() == org.sitrep.engine.knowledge.Role.LOCAL && a.seat() != null
                    && a.seat().country() != null && a.seat().country().equals(lead.place().country())) {
                parties.add(baseSide(a.side()));
            }
        }
        List<SourcedClaim> out = new ArrayList<>();
        for (SourcedClaim s : claims) {
            Claim c = s.claim();
            boolean state = c.side().length() == 2 && Character.isUpperCase(c.side().charAt(0));
            out.add(state && !parties.contains(c.side())
                    ? new SourcedClaim(new Claim(c.by(), "third_party", c.stance(), c.about(), c.words()), s.vague(),
                            s.identity(), s.generic(), s.signals()) : s);
        }
        return out;
    }

    /**
     * What a side's claim means depends on the side and on what it says. Territory: the defender saying
     * the fight for a town goes on denies its capture; the side that lost ground calling it a regrouping
     * disputes it. A strike: the side the text says carried it out, or the side other than the struck
     * country's that blames someone else, contests who did it; the attacker naming a military target where
     * the struck side or a third party reports the strike contests the target (alone, it reports its strike); a side calling it a mistake asserts it; a side
     * saying it had no part denies it.
     */
    private static List<Claim> sideStances(List<SourcedClaim> sourced, Frame lead, String attacker, String target,
                                           Document doc) {
        String country = lead.place().country();
        List<Claim> claims = sourced.stream().map(SourcedClaim::claim).toList();
        List<Claim> out = new ArrayList<>();
        for (SourcedClaim sc : sourced) {
            Claim c = sc.claim();
            Stance stance = c.stance();
            boolean party = !(c.side().equals("third_party") || c.side().equals("media") || c.side().equals("unknown"));
            AcledSubEventType sub = lead.subType();
            boolean violence = sub.parent() == org.sitrep.model.AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE
                    || sub.parent() == org.sitrep.model.AcledEventType.VIOLENCE_AGAINST_CIVILIANS;
            if (stance == Stance.ASSERTS && party && violence && sc.says(ClaimSignal.DENIAL)) {
                // "US forces were not involved"; with its own version of the target ("a gathering of terrorists ...
                // reports of civilian deaths were fabricated") a denial disputes how the event is told; so does one by a
                // side that owns the strike ("the air force had struck ... reports of deaths were propaganda")
                stance = sc.says(ClaimSignal.MILITARY_TARGET) || sc.says(ClaimSignal.OTHER_VERSION)
                        || sc.says(ClaimSignal.OWN_STRIKE) ? Stance.DISPUTES : Stance.DENIES;
            } else if (stance == Stance.ASSERTS && party && country != null) {
                // a state and the armed group fighting it in its land share a country but not a side
                boolean accused = attacker != null
                        ? (attacker.contains("_") || c.side().contains("_") ? c.side().equals(attacker)
                                : baseSide(c.side()).equals(baseSide(attacker)))
                        : !c.side().equals(country);
                // who holds the town speaks for its state; the armed group that took it does not ("M23 rebels say
                // they have seized Kanyabayonga; army says fighting continues")
                boolean taker = c.side().contains("_") && (attacker == null || c.side().equals(attacker));
                if (sub == AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY && baseSide(c.side()).equals(country)
                        && !taker && !admits(doc, c)) {
                    if (!contests(doc, c)) {
                        continue; // the defender speaking of something else (an evacuation) says nothing of the capture
                    }
                    stance = Stance.DENIES;
                } else if (sub == AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY && !baseSide(c.side()).equals(country)
                        && !admits(doc, c)) {
                    stance = Stance.DISPUTES;
                } else if (violence && accused && sc.says(ClaimSignal.MISTAKE)) {
                    stance = Stance.ASSERTS; // an admitted mistake contests neither target, toll nor who did it
                } else if (violence && accused && sc.says(ClaimSignal.BLAMES_OTHER) && !c.side().equals(country)
                        && !claimsTheAct(doc, c)) {
                    stance = Stance.DISPUTES; // "accused the Ukrainian army of striking the plant"
                } else if (violence && sc.says(ClaimSignal.OTHER_VERSION)) {
                    stance = Stance.DISPUTES; // "the strikes had instead hit a livestock market": another account
                } else if (violence && namesItsTarget(doc, sc)
                        // naming the target, a side speaks as the attacker: a foreign one, the state the text says
                        // struck in its own land ("the junta's jets bombed the village"), or one telling of its own
                        // forces' act ("the air force had struck")
                        && (!baseSide(c.side()).equals(country) || (attacker != null && attacker.equals(c.side()))
                                || sc.says(ClaimSignal.OWN_STRIKE))
                        && claims.stream().anyMatch(o -> !o.side().equals(c.side()) && !o.side().equals("media")
                                && tellsCivilianHarm(doc, o))) {
                    stance = Stance.DISPUTES; // "struck a command centre" where the other side reports a school hit
                }
            }
            out.add(stance == c.stance() ? c : new Claim(c.by(), c.side(), stance, c.about(), c.words()));
        }
        return out;
    }

    /**
     * Whether a side names what its strike hit: a military target in the lexicon's words, or its own strike with its
     * own words for the target in quotation marks ("its aircraft had hit 'a workshop assembling drones'") that tell
     * of no harm to people or homes.
     */
    private static boolean namesItsTarget(Document doc, SourcedClaim sc) {
        if (sc.says(ClaimSignal.MILITARY_TARGET)) {
            return true;
        }
        return sc.says(ClaimSignal.OWN_STRIKE) && quotes(sc.claim().words().of(doc.text()))
                && !tellsCivilianHarm(doc, sc.claim());
    }

    private static boolean quotes(String words) {
        for (int i = 0; i < words.length(); i++) {
            char ch = words.charAt(i);
            if (ch == '"' || ch == '\u201C' || ch == '\u201D' || ch == '\u00AB') {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HARM = WordSet.of("civilian", "civilians", "people", "children", "residents", "killed",
            "killing", "dead", "wounded", "injured", "women", "villagers", "families", "family", "displaced", "homes",
            "houses", "building", "buildings");

    /** Whether a claim's words tell of people, homes or civil works harmed: the account a named military target answers. */
    private static boolean tellsCivilianHarm(Document doc, Claim c) {
        for (String w : c.words().of(doc.text()).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (HARM.contains(w) || CIVILIAN.contains(w) || INFRASTRUCTURE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words with which a side takes an act as its own: then whom it accuses is its target, not the culprit. */
    private static final List<String> OWN_ACT = List.of("it had carried out", "it carried out", "we carried out",
            "they had carried out", "claimed responsibility", "claims responsibility", "claiming responsibility");

    /**
     * "The ELN said it had carried out 'a military action' against the base, which it accused of coordinating with
     * paramilitaries": a side that claims the act accuses its target; it blames no one else for it.
     */
    private static boolean claimsTheAct(Document doc, Claim c) {
        String words = c.words().of(doc.text()).toLowerCase(java.util.Locale.ROOT);
        return OWN_ACT.stream().anyMatch(words::contains);
    }

    private static final List<String> CONTESTS = List.of("continu", "still", "fight", "battle", "repel", "repuls",
            "hold", "not ", "n't", "control", "false", "fake", "lie", "untrue", "denied", "denies");

    /** Whether a defender's words contest a capture ("the battle for Soledar continues", "not true"). */
    private static boolean contests(Document doc, Claim c) {
        String words = c.words().of(doc.text()).toLowerCase(java.util.Locale.ROOT);
        return CONTESTS.stream().anyMatch(words::contains);
    }

    private static String baseSide(String side) {
        int u = side.indexOf('_');
        return u < 0 ? side : side.substring(0, u);
    }

    private static final Set<String> ADMISSIONS = WordSet.of("withdrew", "withdrawn", "withdraw", "retreated", "lost",
            "fell", "fallen", "left", "abandoned", "captured", "liberated", "recaptured", "retook", "retaken", "took",
            "taken", "seized", "control");

    /** Whether a claim's words concede the change of control rather than contest it. */
    private static boolean admits(Document doc, Claim c) {
        String words = c.words().of(doc.text()).toLowerCase(java.util.Locale.ROOT);
        if (words.contains("not true") || words.contains(" not ") || words.contains("n't") || words.contains("continu")
                || words.contains("still") || words.contains("deny") || words.contains("denied") || words.contains("denying")) {
            return false;
        }
        for (String w : words.split("[^a-z]+")) {
            if (ADMISSIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Frame mostSpecific(Group g) {
        Frame best = g.first();
        for (Frame f : g.members()) {
            if (specificity(f) > specificity(best)) {
                best = f;
            }
        }
        return best;
    }

    /**
     * Words that say what the act was ("a suicide bomber", "an attack with guided aerial bombs") tell its kind
     * before words that only name violence ("the attack").
     */
    private static int specificity(Frame f) {
        // a suicide bombing is what no other word of the story ("bombing", "blast") can say it was
        int suicide = f.subType() == AcledSubEventType.SUICIDE_BOMB ? 5 : 0;
        return (f.has(Cue.GENERIC) && f.weapons().isEmpty() ? 0 : 10) + rank(f.kind()) + suicide;
    }

    private static int rank(EventKind k) {
        return switch (k) {
            case MISSILE_STRIKE, AIR_STRIKE, DRONE_STRIKE -> 3;
            case SHELLING -> 2;
            case STRIKE -> 1;
            default -> 0;
        };
    }

    /** How many of the regions hold none of the others ("South Waziristan district" lies in "Khyber Pakhtunkhwa"). */
    private static long apart(Set<String> regionKeys) {
        return regionKeys.stream().filter(k -> regionKeys.stream().noneMatch(o -> o.startsWith(k + "."))).count();
    }

    /** Whether the figure's sentence tells of events in two towns (or two regions) or more. */
    private static boolean overSeveralTowns(Document doc, Told told, CasualtyMention c) {
        Map<Integer, Set<String>> scenes = told.scenes();
        int sentence = doc.tokens().get(c.first()).sentence();
        if (scenes.getOrDefault(sentence, Set.of()).size() > 1) {
            return true;
        }
        if (!scenes.containsKey(sentence) && apart(told.regionScenes().getOrDefault(sentence, Set.of())) > 1) {
            return true; // "Two attacks in Khyber Pakhtunkhwa and Balochistan left 19 dead": two regions' total
        }
        // "Russia's largest air attack, killing 30" over "In Kyiv, nine people were killed": a figure of a sentence
        // that places no town (a headline, a lede told before any town), in a story of several towns, is no one
        // town's where a town has its own
        if (!scenes.containsKey(sentence) && beforeAnyBodyScene(scenes, sentence)
                && scenes.values().stream().flatMap(Set::stream).distinct().count() > 1) {
            return true;
        }
        List<Token> words = doc.tokensOf(doc.sentences().get(sentence));
        for (int k = 0; k < words.size(); k++) {
            Token t = words.get(k);
            if (SEVERAL_PLACES.contains(t.folded())) {
                return true; // "missiles at cities across Ukraine, killing at least 11"
            }
            // "Russian attacks killed six civilians across Ukraine over the past day": a country's total
            if ((t.is("across") || t.is("throughout")) && k + 1 < words.size() && (words.get(k + 1).isCapitalized()
                    || (words.get(k + 1).is("the") && k + 2 < words.size() && words.get(k + 2).is("country")))
                    || t.is("nationwide") || t.is("countrywide")) {
                return true;
            }
        }
        return false;
    }

    /** Whether no sentence of the body before this one places a town: the headline, or a lede that tells the whole first. */
    private static boolean beforeAnyBodyScene(Map<Integer, Set<String>> scenes, int sentence) {
        for (int k = 1; k < sentence; k++) {
            if (scenes.containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    /** Words that spread a sentence over several towns or regions. */
    private static final Set<String> SEVERAL_PLACES = WordSet.of("cities", "towns", "villages", "regions", "provinces", "oblasts");

    /**
     * "say they launched a drone strike on Sunday ... where a terrorist attack killed more than 180 people
     * Thursday": of a sentence telling two incidents, a figure is the toll of the one whose trigger is nearest.
     */
    private static boolean nearestIsOwn(Group g, Told told, CasualtyMention c, Frame f) {
        List<Frame> here = told.frames().getOrDefault(f.sentence().index(), List.of());
        Frame nearest = null;
        for (Frame o : here) {
            if (nearest == null || Math.abs(o.triggerToken() - c.first()) < Math.abs(nearest.triggerToken() - c.first())) {
                nearest = o;
            }
        }
        if (nearest == null || g.members().contains(nearest)) {
            return true;
        }
        Frame near = nearest;
        return g.members().stream().anyMatch(x -> x.triggerToken() == near.triggerToken());
    }

    /** Lowest current figure as the bound; an update ("rose to") replaces earlier figures; the highest competing one as upper bound. */
    private static Casualties casualties(Document doc, Mentions m, Group g, Set<Integer> framed, Told told,
                                         CasualtyKind kind) {
        Map<Integer, Set<String>> scenes = told.scenes();
        List<CasualtyMention> all = new ArrayList<>();
        Set<Integer> seenSentences = new LinkedHashSet<>();
        List<Frame> tellers = new ArrayList<>(g.members());
        for (Frame f : g.shadows) {
            if (f.has(Cue.GENERIC) && !f.has(Cue.HYPOTHETICAL) && !f.has(Cue.HABITUAL) && !f.has(Cue.CUMULATIVE)
                    && !f.has(Cue.RECALLED) && !g.frames.isEmpty()) {
                tellers.add(f); // "Israeli forces killed seven Palestinians": a killing that joined the strike tells its toll
            }
        }
        for (Frame f : tellers) {
            if (seenSentences.add(f.sentence().index())) {
                for (CasualtyMention c : f.casualties()) {
                    if (c.kind() == kind && (c.low() != null || c.high() != null) && nearestIsOwn(g, told, c, f)) {
                        all.add(c);
                    }
                }
            }
            List<Sentence> around = new ArrayList<>(continuation(doc, m, f, framed));
            around.addAll(leadIn(doc, m, f, framed));
            for (Sentence next : around) {
                if (seenSentences.add(next.index())) {
                    for (CasualtyMention c : m.casualtiesIn(next)) {
                        if (c.kind() == kind && (c.low() != null || c.high() != null)) {
                            all.add(c);
                        }
                    }
                }
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        // "strikes killed 31 civilians, 16 of them in Muridke and Bahawalpur": a total over several towns is not
        // one town's toll where a sentence of that town alone gives its own
        List<CasualtyMention> ownTown = all.stream().filter(c -> !overSeveralTowns(doc, told, c)).toList();
        if (!ownTown.isEmpty()) {
            all = new ArrayList<>(ownTown);
        }
        // Precise figures outrank vague ones, and a toll outranks a "no one was killed" from another source.
        // Within a sentence figures compete: the lowest is the bound. Across sentences a report updates
        // the one before (tolls rise as the dead are found): the highest is the current one.
        List<CasualtyMention> exact = all.stream().filter(CasualtyMention::exact).toList();
        List<CasualtyMention> pool = exact.isEmpty() ? all : exact;
        if (pool.stream().anyMatch(c -> c.low() != null && c.low() > 0)) {
            pool = pool.stream().filter(c -> c.low() == null || c.low() > 0).toList();
        }
        Map<Integer, CasualtyMention> lowestPerSentence = new java.util.TreeMap<>();
        for (CasualtyMention c : pool) {
            int sentence = doc.tokens().get(c.first()).sentence();
            CasualtyMention prev = lowestPerSentence.get(sentence);
            // "four soldiers were martyred and three militants were killed": the attackers' dead add to the
            // victims' figure below, they do not compete with it
            // ("killing 16 soldiers, according to ISPR, which said eight attackers were also killed": told as more)
            boolean victimsFirst = prev != null && perpetrators(doc.tokens(), c) != perpetrators(doc.tokens(), prev)
                    && (!toldBetween(m, doc.sentences().get(sentence), prev, c) || toldAsMore(doc.tokens(), c));
            if (prev != null && prev.latest() != c.latest()) {
                // "initially reported two killed; by 9 a.m. the toll had risen to three": the update replaces
                if (c.latest()) {
                    lowestPerSentence.put(sentence, c);
                }
                continue;
            }
            if (prev == null || (victimsFirst ? perpetrators(doc.tokens(), prev)
                    : c.low() != null && (prev.low() == null || c.low() < prev.low()))) {
                lowestPerSentence.put(sentence, c);
            }
        }
        // "killing 23 soldiers ... The army killed 30 of the attackers": the attackers' dead add to the victims'
        // figure (below), they neither update nor compete with it
        boolean victimsTold = lowestPerSentence.values().stream().anyMatch(c -> !perpetrators(doc.tokens(), c));
        if (victimsTold) {
            lowestPerSentence.values().removeIf(c -> perpetrators(doc.tokens(), c));
        }
        CasualtyMention low = null;
        for (CasualtyMention c : lowestPerSentence.values()) {
            boolean better = c.low() != null && (low == null || low.low() == null || c.low() > low.low());
            if (low == null || better) {
                low = c;
            }
        }
        CasualtyMention competing = lowestOfCompetingVoices(doc, m, told.voices(), lowestPerSentence);
        if (competing != null) {
            low = competing;
        }
        // "killing between 27 and 32 people", then "32 were killed", "put the toll at 27": the range the figures
        // fall in is the count, not its top
        for (CasualtyMention r : lowestPerSentence.values()) {
            if (r.low() != null && r.high() != null && lowestPerSentence.values().stream()
                    .allMatch(c -> c == r || (c.low() != null && c.low() >= r.low() && c.low() <= r.high() && !c.latest()))) {
                low = r;
                break;
            }
        }
        Integer high = low.high();
        for (CasualtyMention c : pool) {
            if (victimsTold && perpetrators(doc.tokens(), c)) {
                continue;
            }
            Integer candidate = c.high() != null ? c.high() : c.low();
            if (candidate != null && low.low() != null && candidate > low.low() && (high == null || candidate > high)) {
                high = candidate;
            }
        }
        List<Token> tokens = doc.tokens();
        Span words = new Span(tokens.get(low.first()).start(), tokens.get(low.end() - 1).end());
        Integer total = low.low();
        // from the air no attacker is on the ground to die: the fighters an air or drone strike killed are its victims
        boolean fromAfar = g.first().subType() == AcledSubEventType.AIR_DRONE_STRIKE;
        // in fighting between armed groups "fighters" killed are its dead, not attackers beside its victims
        boolean battle = g.first().kind() == EventKind.ARMED_CLASH;
        if (kind == CasualtyKind.FATALITIES && total != null && !fromAfar && !perpetrators(tokens, low)) {
            // "five civilians were killed ... security forces killed six of the militants": the attackers' dead add up
            Integer attackers = null;
            for (CasualtyMention c : pool) {
                if (c != low && c.low() != null && perpetrators(tokens, c) && !(battle && fighters(tokens, c))
                        && (attackers == null || c.low() > attackers)) {
                    attackers = c.low();
                }
            }
            if (attackers != null) {
                total += attackers;
                high = high == null ? null : high + attackers;
            }
        }
        return new Casualties(total, high, words);
    }

    /** "eight attackers were also killed": a figure told as more dead beside those counted before. */
    private static boolean toldAsMore(List<Token> tokens, CasualtyMention c) {
        for (int k = c.first(); k < c.end(); k++) {
            if (tokens.get(k).is("also")) {
                return true;
            }
        }
        return false;
    }

    /** "killed 93 Palestinians, while the military said 31 militants died": a second voice between two figures. */
    private static boolean toldBetween(Mentions m, Sentence s, CasualtyMention a, CasualtyMention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.first(), b.first());
        return m.reportingIn(s).stream().anyMatch(c -> c.start() >= from && c.start() < to);
    }

    private static final Set<String> PERPETRATORS = WordSet.of("militants", "attackers", "assailants", "gunmen", "terrorists",
            "insurgents", "bombers", "jihadists", "raiders", "fighters");

    /**
     * "the Taliban said 46 people were killed ... Pakistan's military said it killed dozens of militants": figures
     * that sides speaking for different parties give compete, and the lowest is the bound (each voice's own latest
     * figure counts). Null when one voice tells them all, or a figure is told as an update ("rose to").
     */
    private static CasualtyMention lowestOfCompetingVoices(Document doc, Mentions m, Map<Integer, String> voices,
                                                          Map<Integer, CasualtyMention> bySentence) {
        if (bySentence.size() < 2) {
            return null;
        }
        Map<String, CasualtyMention> byVoice = new java.util.HashMap<>();
        int voiced = 0;
        for (Map.Entry<Integer, CasualtyMention> e : bySentence.entrySet()) {
            CasualtyMention c = e.getValue();
            if (c.low() == null || c.low() == 1) {
                continue; // "killed one police officer", "one South African died": a side's own loss, one of many
            }
            String voice = voices.get(e.getKey());
            if (voice == null) {
                voice = voiceOf(doc, m, doc.sentences().get(e.getKey()));
            }
            voiced += voice == null ? 0 : 1;
            // each voice's current figure: its update ("the toll had risen to 89"), else its highest
            byVoice.merge(voice == null ? "" : voice, c, (a, b) -> a.latest() != b.latest() ? (b.latest() ? b : a)
                    : b.low() > a.low() ? b : a);
        }
        long parties = byVoice.keySet().stream().filter(v -> !v.isEmpty()).count();
        if (parties < 2 || voiced < 2) {
            return null;
        }
        return byVoice.values().stream().min(Comparator.comparing(CasualtyMention::low)).orElse(null);
    }

    /** The side of whoever a sentence's reporting words give the words to, or null. */
    private static String voiceOf(Document doc, Mentions m, Sentence s) {
        for (org.sitrep.engine.knowledge.PhraseTrie.Match<org.sitrep.engine.knowledge.ReportingCue> c : m.reportingIn(s)) {
            for (org.sitrep.engine.mention.ActorMention a : m.actorsIn(s)) {
                boolean before = a.end() <= c.start() && c.start() - a.end() <= 3;
                boolean after = a.first() >= c.end() && a.first() - c.end() <= 3;
                if ((before || after) && a.side() != null && !a.side().equals("media") && !a.side().equals("unknown")) {
                    return baseSide(a.side());
                }
            }
        }
        return null;
    }

    /** "killed at least nine fighters": the figure counts fighters. */
    private static boolean fighters(List<Token> tokens, CasualtyMention c) {
        for (int k = c.first(); k < Math.min(tokens.size(), c.end() + 2); k++) {
            if (tokens.get(k).is("fighters")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure counts the attackers killed ("six of the militants", "all four attackers"). */
    private static boolean perpetrators(List<Token> tokens, CasualtyMention c) {
        int from = Math.max(0, c.first() - 1);
        int to = Math.min(tokens.size(), c.end() + 4);
        for (int k = from; k < to; k++) {
            if (PERPETRATORS.contains(tokens.get(k).folded())) {
                return true;
            }
            if (k >= c.end() && (tokens.get(k).is("and") || tokens.get(k).type() == Token.Type.PUNCT)) {
                return false; // "four soldiers were martyred and three militants": the next figure's group
            }
        }
        return false;
    }

    /** Nouns that, after "the", name an incident already told: "the victims of the incident at the souk on Tuesday". */
    private static final Set<String> INCIDENT_NOUNS = WordSet.of("incident", "attack", "strike", "shelling", "bombing",
            "blast", "explosion", "massacre", "raid", "assault", "ambush", "airstrike");

    /** Whether a sentence points back at the incident told before ("the incident", "the attack"). */
    private static boolean pointsBack(Document doc, Sentence n) {
        List<org.sitrep.engine.text.Token> tokens = doc.tokens();
        for (int k = n.firstToken(); k + 1 < n.endToken(); k++) {
            if ((tokens.get(k).folded().equals("the") || tokens.get(k).folded().equals("that"))
                    && INCIDENT_NOUNS.contains(tokens.get(k + 1).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences after a frame's that go on about it ("Authorities said at least 40 people are dead"): up
     * to four, passing over background, until one opens a frame of its own or names another town.
     */
    private static List<Sentence> continuation(Document doc, Mentions m, Frame f, Set<Integer> framed) {
        Sentence s = f.sentence();
        List<Sentence> out = new ArrayList<>();
        for (int k = s.index() + 1; k < Math.min(doc.sentences().size(), s.index() + 8) && out.size() < 4; k++) {
            Sentence n = doc.sentences().get(k);
            if (m.isBackground(n)) {
                continue; // passed over: a background sentence's figures are the war's, not the incident's
            }
            // "Bryansk governor Alexander Bogomaz said there were no casualties": a speaker's seat is no other scene
            boolean otherTown = m.placesIn(n).stream()
                    .anyMatch(p -> p.location().precision() == org.sitrep.model.Precision.TOWN
                            && !p.location().key().equals(f.place().key())
                            && m.actorsIn(n).stream().noneMatch(a -> a.first() <= p.first() && p.end() <= a.end()));
            // "Bryansk Governor Alexander Bogomaz said there were no casualties": an official of another region
            // tells of his own region's events
            // (a seat the event's own sentence named, as what holds its village, is no other: "the village of Furcy,
            // in the commune of Kenscoff ... Kenscoff Mayor Massillon Jean said at least 15 people were killed")
            boolean otherSeat = m.actorsIn(n).stream().anyMatch(a -> a.seat() != null
                    && a.seat().precision() != org.sitrep.model.Precision.COUNTRY && !a.seat().seatOf(f.place())
                    && m.placesIn(s).stream().noneMatch(p -> p.location().key().equals(a.seat().key())));
            boolean otherTime = ofAnotherTime(m, n, f);
            // a new incident stops it; words that only name the kind of one ("a terrorist attack") do not
            // ("a suicide bomber set off a blast" after the suicide bombing it tells more of does not)
            // nor does one named with "the" ("were killed in the exchange of fire"): the act told already ("the
            // fighting along the border" is all of it, not the act)
            if (framed.contains(k) || otherTown || otherSeat || otherTime || m.triggersIn(n).stream().anyMatch(t -> t.value().opensFrame()
                    && !t.value().has("weak") && !t.value().has("violence") && !t.value().has("kill")
                    && t.value().subType() != f.subType() && !toldAlready(doc.tokens(), n, t.start())
                    && !withdrawingAfter(doc.tokens(), n, t))) {
                break;
            }
            out.add(n);
        }
        return out;
    }

    /** "burnt two armoured vehicles before withdrawing": the attackers leaving ends the act told, it is no new one. */
    private static boolean withdrawingAfter(List<Token> tokens, Sentence n,
                                            org.sitrep.engine.knowledge.PhraseTrie.Match<org.sitrep.engine.knowledge.Trigger> t) {
        if (!t.value().has("loss")) {
            return false;
        }
        for (int k = t.start() - 1; k >= Math.max(n.firstToken(), t.start() - 3); k--) {
            if (tokens.get(k).is("before")) {
                return true; // "before withdrawing", "before the insurgents withdrew"
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean toldAlready(List<Token> tokens, Sentence n, int trigger) {
        return trigger > n.firstToken() && tokens.get(trigger - 1).is("the") && !tokens.get(trigger).is("fighting");
    }

    /** A date in a continuing sentence that names the event's type again ("the strike on Wednesday"). */
    private static org.sitrep.engine.mention.DateMention toldLater(Document doc, Mentions m, Group g, Set<Integer> framed) {
        for (Frame f : g.members()) {
            for (Sentence n : continuation(doc, m, f, framed)) {
                boolean same = m.triggersIn(n).stream().anyMatch(t -> t.value().opensFrame()
                        && t.value().subType().parent() == f.subType().parent()) || pointsBack(doc, n);
                if (same) {
                    for (org.sitrep.engine.mention.DateMention d : m.datesIn(n)) {
                        if (d.date() != null) {
                            return d;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The earliest day a statement about the event was made on, when its sentence says ("said on Saturday"). */
    private static org.sitrep.engine.mention.DateMention saidOn(Document doc, Mentions m, List<SourcedClaim> claims) {
        org.sitrep.engine.mention.DateMention best = null;
        for (SourcedClaim c : claims) {
            for (Sentence s : doc.sentences()) {
                if (s.start() != c.claim().words().start()) {
                    continue;
                }
                for (org.sitrep.engine.mention.DateMention d : m.datesIn(s)) {
                    if (d.date() != null && d.precision() == DatePrecision.DAY && !d.distant()
                            && (best == null || d.date().isBefore(best.date()))) {
                        best = d;
                    }
                }
            }
        }
        return best;
    }

    /** "In April, a junta air strike ... killed more than 160": a sentence dated to another time tells another incident. */
    private static boolean ofAnotherTime(Mentions m, Sentence n, Frame f) {
        return f.date() != null && m.datesIn(n).stream().anyMatch(d -> d.date() != null
                && Math.abs(ChronoUnit.DAYS.between(d.date(), f.date())) > (d.precision() == DatePrecision.DAY ? 6 : 31));
    }

    /**
     * The sentences just before a frame's that tell the same incident without naming its place ("Ukrainian
     * forces attacked a border city inside Russia, killing four." before "... the blasts in Belgorod"):
     * up to two, each with a trigger of the frame's type, no town or region, and no frame of their own.
     */
    private static List<Sentence> leadIn(Document doc, Mentions m, Frame f, Set<Integer> framed) {
        List<Sentence> out = new ArrayList<>();
        for (int k = f.sentence().index() - 1; k >= Math.max(0, f.sentence().index() - 2); k--) {
            Sentence p = doc.sentences().get(k);
            boolean placed = m.placesIn(p).stream()
                    .anyMatch(x -> x.location().precision() != org.sitrep.model.Precision.COUNTRY);
            boolean sameType = m.triggersIn(p).stream().anyMatch(t -> t.value().opensFrame()
                    && (t.value().subType().parent() == f.subType().parent() || t.value().has("violence")
                    || t.value().has("kill") || t.value().has("ground")));
            if (framed.contains(k) || m.isBackground(p) || placed || !sameType || ofAnotherTime(m, p, f)) {
                break;
            }
            if (k > 0 && framed.contains(k - 1)) {
                break; // "In Kyiv, missiles hit the centre. Five people were killed.": it goes on the story before it
            }
            out.add(p);
        }
        return out;
    }

    /** The side most of the event's frames name as having carried it out. */
    private static String attacker(Group g) {
        Map<String, Integer> votes = new java.util.HashMap<>();
        String best = null;
        for (Frame f : g.members()) {
            if (f.attackerSide() != null) {
                int n = votes.merge(f.attackerSide(), 1, Integer::sum);
                if (best == null || n > votes.get(best)) {
                    best = f.attackerSide();
                }
            }
        }
        return best;
    }

    private static String target(Document doc, Group g) {
        int kinds = 0;
        java.util.BitSet read = new java.util.BitSet();
        for (Frame f : g.members()) {
            if (read.get(f.sentence().index())) {
                continue;
            }
            read.set(f.sentence().index());
            for (Token t : doc.tokensOf(f.sentence())) {
                kinds |= TARGET_KINDS.getOrDefault(t.folded(), 0);
            }
        }
        if (Integer.bitCount(kinds) > 1) {
            return "mixed";
        }
        return kinds == CIVILIAN_TARGET ? "civilians" : kinds == MILITARY_TARGET ? "military"
                : kinds == INFRASTRUCTURE_TARGET ? "infrastructure" : null;
    }

    private static final int CIVILIAN_TARGET = 1;
    private static final int MILITARY_TARGET = 2;
    private static final int INFRASTRUCTURE_TARGET = 4;
    /** Each word of {@link #CIVILIAN}, {@link #MILITARY} and {@link #INFRASTRUCTURE} with the kinds it names, as bits. */
    private static final Map<String, Integer> TARGET_KINDS = targetKinds();

    private static Map<String, Integer> targetKinds() {
        Map<String, Integer> kinds = new java.util.HashMap<>();
        CIVILIAN.forEach(w -> kinds.merge(w, CIVILIAN_TARGET, (a, b) -> a | b));
        MILITARY.forEach(w -> kinds.merge(w, MILITARY_TARGET, (a, b) -> a | b));
        INFRASTRUCTURE.forEach(w -> kinds.merge(w, INFRASTRUCTURE_TARGET, (a, b) -> a | b));
        return Map.copyOf(kinds);
    }

    private static final Set<String> NEGATIONS = WordSet.of("not", "t", "neither", "nor", "no", "never", "unable", "without",
            "cannot", "yet");

    private static boolean negatedBefore(Document doc, Sentence s, int at) {
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - 8); k--) {
            if (NEGATIONS.contains(doc.tokens().get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** What the text says: unverified or confirmed near the event's sentences; else disputed when sides oppose. */
    private static Verification verification(Document doc, Mentions m, Group g, List<Claim> claims) {
        Set<Integer> near = new LinkedHashSet<>();
        for (Frame f : g.members()) {
            Sentence s = f.sentence();
            for (int k = s.index(); k <= Math.min(doc.sentences().size() - 1, s.index() + 2); k++) {
                if (doc.sentences().get(k).paragraph() - s.paragraph() <= 1) {
                    near.add(k);
                }
            }
        }
        for (int k : near) {
            for (PhraseTrie.Match<Verification> v : m.verificationIn(doc.sentences().get(k))) {
                if (v.value() == Verification.CONFIRMED && negatedBefore(doc, doc.sentences().get(k), v.start())) {
                    return Verification.UNVERIFIED; // "neither side's account could be independently verified"
                }
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
