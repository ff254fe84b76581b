package org.sitrep.engine.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.sitrep.model.AcledSubEventType;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.frame.Frame;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.ReportingCue;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.mention.ActorMention;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.mention.PlaceMention;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.Claim;
import org.sitrep.model.Precision;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.engine.text.WordSet;

/** Finds who claims what about each frame. */
public final class ClaimFinder {

    private static final Set<String> PRONOUNS = WordSet.of("he", "she", "it", "they", "his", "her", "its", "their");
    /** Words after a denial that make it contest how the event is told, not that it happened ("rejected that figure"). */
    private static final Set<String> DISPUTE_WORDS = WordSet.of("deliberate", "deliberately", "intentional",
            "intentionally", "civilian", "civilians", "targeting", "targeted", "military", "responsibility", "figure",
            "figures", "toll", "tolls", "tally");
    private static final Set<String> DEMONSTRATIVES = WordSet.of("that", "this", "these", "those", "such");
    private static final Set<String> CLAIM_NOUNS = WordSet.of("claim", "claims", "accusation", "accusations", "allegation",
            "allegations", "statement", "assertion", "report", "reports", "version");

    /**
     * Every statement of the article: each usable reporting expression with its source, in text
     * order. Sentences of habitual violence say nothing about an incident and give none.
     */
    public List<Statement> statements(Document doc, Mentions m) {
        List<Statement> out = new ArrayList<>();
        ActorMention lastSource = null;
        for (Sentence s : doc.sentences()) {
            List<PhraseTrie.Match<ReportingCue>> cues = usableCues(doc, m, s);
            if (cues.isEmpty() || m.isHabitual(s)) {
                continue;
            }
            ActorMention spoke = null;
            List<Statement> here = new ArrayList<>();
            for (PhraseTrie.Match<ReportingCue> cue : cues) {
                // "admitted that it killed civilians and not militants, as it had said": the pronoun is who spoke first
                boolean again = coordinated(doc.tokens(), s, cue.start()) || pronounRightBefore(doc.tokens(), s, cue.start());
                ActorMention source = spoke != null && again ? spoke
                        : ownedBy(doc, s, sourceOf(doc, m, s, cue, lastSource), lastSource);
                if (source != null && toldAsBefore(doc.tokens(), s, source)) {
                    continue; // "The attack came days after Washington announced a pause": what led up to it, no claim
                }
                if (source != null && m.casualtiesIn(s).isEmpty() && saysWhatWillBe(doc.tokens(), s, cue)
                        && m.triggersIn(s).stream().noneMatch(t -> t.value().kind() == org.sitrep.model.EventKind.TERRITORIAL_CONTROL)) {
                    // "Germany said it would deliver more air defence systems": a plan, no account of the event (a
                    // withdrawal is announced as what troops will do: "troops would be regrouped")
                    continue;
                }
                if (source != null) {
                    here.add(new Statement(s, cue, source, echoes(doc, s)));
                    spoke = source;
                    ActorMention partner = coordinatedBefore(doc.tokens(), m, s, source);
                    if (partner != null) {
                        here.add(new Statement(s, cue, partner, echoes(doc, s))); // "Governor X and local media reported"
                    }
                }
            }
            // "AFP, citing residents, reported": the cited speak through the one who cites them
            boolean citer = here.stream().anyMatch(x -> !x.cue().value().cited());
            here.removeIf(x -> citer && x.cue().value().cited());
            // "Reuters quoted residents as saying", "..., he told AFP": an outlet that passes on another's words is no source
            boolean others = here.stream().anyMatch(x -> !"media".equals(x.source().side()));
            here.removeIf(x -> others && "media".equals(x.source().side()));
            out.addAll(here);
            if (spoke != null) {
                lastSource = spoke;
            }
        }
        return out;
    }

    /** Claims per frame, in the order of {@code frames}. */
    public Map<Frame, List<SourcedClaim>> find(Document doc, Mentions m, List<Frame> frames) {
        return find(doc, m, frames, statements(doc, m));
    }

    /** Claims per frame from the given statements: each about the frames its sentence tells or refers to. */
    public Map<Frame, List<SourcedClaim>> find(Document doc, Mentions m, List<Frame> frames, List<Statement> statements) {
        Map<Frame, List<SourcedClaim>> out = new HashMap<>();
        int[] items = statements.isEmpty() ? new int[0] : itemStarts(doc);
        int i = 0;
        while (i < statements.size()) {
            Sentence s = statements.get(i).sentence();
            List<Statement> here = new ArrayList<>();
            while (i < statements.size() && statements.get(i).sentence().index() == s.index()) {
                here.add(statements.get(i++));
            }
            List<Frame> ownFrames = framesOf(frames, s.index());
            boolean own = !ownFrames.isEmpty();
            List<Frame> about = own ? ownFrames : referredTo(doc, m, s, frames, items);
            if (!own && m.placesIn(s).stream().allMatch(p -> m.actorsIn(s).stream()
                    .anyMatch(a -> a.first() <= p.first() && p.end() <= a.end()))) {
                // "Bryansk Governor Alexander Bogomaz said there were no casualties in his region": the events in the
                // speaker's seat, when the story tells any, not those of the regions beside it
                List<Frame> seated = inTheSeat(here, about);
                about = seated.isEmpty() ? about : seated;
            }
            List<PhraseTrie.Match<ReportingCue>> cues = here.stream().map(Statement::cue).toList();
            for (Statement st : here) {
                PhraseTrie.Match<ReportingCue> cue = st.cue();
                ActorMention source = st.source();
                for (Frame f : about) {
                    if (own && cues.size() > 1 && governing(cues, f.triggerToken()) != cue && isVague(source)) {
                        continue;
                    }
                    Stance stance = stance(doc, s, cue, f);
                    if (!own && st.echo() && cue.value().stance() == Stance.ASSERTS) {
                        // "That was also confirmed by ...": the stance of the last claim on the same event
                        SourcedClaim last = null;
                        for (Map.Entry<Frame, List<SourcedClaim>> e : out.entrySet()) {
                            if (sameEvent(e.getKey(), f)) {
                                for (SourcedClaim c : e.getValue()) {
                                    if (last == null || c.claim().words().start() > last.claim().words().start()) {
                                        last = c;
                                    }
                                }
                            }
                        }
                        stance = last == null ? stance : last.claim().stance();
                    }
                    List<SourcedClaim> claims = out.computeIfAbsent(f, k -> new ArrayList<>());
                    add(claims, claim(doc, m, s, source, stance, f));
                    ActorMention inner = embeddedClaimant(doc, m, s, cue, f);
                    if (inner != null && stance != Stance.ASSERTS) {
                        add(claims, claim(doc, m, s, inner, Stance.ASSERTS, f));
                    }
                }
            }
            dropAssertionsOfDeniers(out, about, s);
        }
        listGoesOn(doc, m, frames, statements, out);
        summaryGoesOn(doc, m, frames, statements, out);
        return out;
    }

    /**
     * "Russian air defences shot down 44 drones overnight, the ministry said. Of the drones, 21 were downed over the
     * Bryansk region, 14 over the Kursk region ...": a sentence of the same paragraph that names no one and goes on
     * listing acts of the kind the statement before it told is that source's too.
     */
    private static void listGoesOn(Document doc, Mentions m, List<Frame> frames, List<Statement> statements,
                                   Map<Frame, List<SourcedClaim>> out) {
        java.util.Set<Integer> stated = new java.util.HashSet<>();
        statements.forEach(st -> stated.add(st.sentence().index()));
        for (Sentence s : doc.sentences()) {
            List<Frame> here = framesOf(frames, s.index());
            if (here.isEmpty() || stated.contains(s.index()) || s.index() == 0 || !m.actorsIn(s).isEmpty()) {
                continue;
            }
            Sentence before = doc.sentences().get(s.index() - 1);
            if (before.paragraph() != s.paragraph()) {
                continue;
            }
            for (Statement st : statements) {
                if (st.sentence().index() != before.index() || st.cue().value().stance() != Stance.ASSERTS) {
                    continue;
                }
                for (Frame f : here) {
                    if (m.triggersIn(before).stream().anyMatch(t -> t.value().opensFrame() && t.value().subType() == f.subType())) {
                        add(out.computeIfAbsent(f, k -> new ArrayList<>()), claim(doc, m, s, st.source(), Stance.ASSERTS, f));
                    }
                }
            }
        }
    }

    /** Words that call a statement a summary of the day: "in its update as of 08:00", "its daily briefing". */
    private static final Set<String> SUMMARY_WORDS = WordSet.of("update", "summary", "briefing", "bulletin", "report",
            "roundup", "round-up");

    /**
     * "the General Staff reported in its update as of 08:00 ...", then "In the Kupiansk sector, the enemy attacked 11
     * times near Zahryzove": in an article that opens on a military summary, an act told later by no one is the
     * summary's, its source's account.
     */
    private static void summaryGoesOn(Document doc, Mentions m, List<Frame> frames, List<Statement> statements,
                                      Map<Frame, List<SourcedClaim>> out) {
        Statement summary = null;
        for (Statement st : statements) {
            if (st.sentence().index() > 3) {
                break;
            }
            boolean military = st.source().role() == org.sitrep.engine.knowledge.Role.MILITARY;
            if (military && st.cue().value().stance() == Stance.ASSERTS && calledSummary(doc, st.sentence())) {
                summary = st;
                break;
            }
        }
        if (summary == null) {
            return;
        }
        java.util.Set<Integer> stated = new java.util.HashSet<>();
        statements.forEach(st -> stated.add(st.sentence().index()));
        for (Sentence s : doc.sentences()) {
            if (s.index() <= summary.sentence().index() || stated.contains(s.index()) || m.isBackground(s)) {
                continue;
            }
            for (Frame f : framesOf(frames, s.index())) {
                if (out.getOrDefault(f, List.of()).isEmpty()) {
                    add(out.computeIfAbsent(f, k -> new ArrayList<>()), claim(doc, m, s, summary.source(), Stance.ASSERTS, f));
                }
            }
        }
    }

    private static boolean calledSummary(Document doc, Sentence s) {
        for (Token t : doc.tokensOf(s)) {
            if (SUMMARY_WORDS.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The claims one statement makes about an event told by frame {@code about}: the source's, and, when
     * it denies or disputes someone's claim ("denied Zelensky's claim"), that someone's assertion.
     *
     * @param echoed the stance of the last claim on the same event, for a statement that only echoes it; or null
     */
    public List<SourcedClaim> claimsOf(Document doc, Mentions m, Statement st, Frame about, Stance echoed) {
        Stance stance = stance(doc, st.sentence(), st.cue(), about);
        if (st.echo() && echoed != null && st.cue().value().stance() == Stance.ASSERTS
                && about.sentence().index() != st.sentence().index()) {
            stance = echoed;
        }
        List<SourcedClaim> out = new ArrayList<>();
        add(out, claim(doc, m, st.sentence(), st.source(), stance, about));
        ActorMention inner = embeddedClaimant(doc, m, st.sentence(), st.cue(), about);
        if (inner != null && stance != Stance.ASSERTS) {
            add(out, claim(doc, m, st.sentence(), inner, Stance.ASSERTS, about));
        }
        return out;
    }

    /**
     * "Russia said it hit ..., and accused Ukraine of ...", "the General Staff reported ..., denying Russian
     * claims": a verb joined by "and", or a participle after a comma, has the subject of the one before.
     */
    private static boolean coordinated(List<Token> tokens, Sentence s, int cue) {
        int k = cue - 1;
        while (k > s.firstToken() && (tokens.get(k).is("also") || tokens.get(k).is("later") || tokens.get(k).is("then"))) {
            k--;
        }
        boolean joined = k > s.firstToken() && (tokens.get(k).is("and") || tokens.get(k).is("but"))
                && !tokens.get(k - 1).isCapitalized();
        boolean participle = k > s.firstToken() && tokens.get(k).text().equals(",") && tokens.get(cue).folded().endsWith("ing");
        return joined || participle;
    }

    private static final Set<String> AUXILIARY = WordSet.of("had", "has", "have", "would", "will", "also", "earlier", "first");

    /** A subject pronoun right before the reporting word: "as it had said", "they also said". */
    private static boolean pronounRightBefore(List<Token> tokens, Sentence s, int cue) {
        int k = cue - 1;
        while (k > s.firstToken() && cue - k <= 3 && AUXILIARY.contains(tokens.get(k).folded())) {
            k--;
        }
        return k >= s.firstToken() && PRONOUNS.contains(tokens.get(k).folded()) && !OWNERS.contains(tokens.get(k).folded());
    }

    /** "X denied that Lysychansk had been captured, saying fighting continued": X denies, and only denies. */
    private static void dropAssertionsOfDeniers(Map<Frame, List<SourcedClaim>> out, List<Frame> about, Sentence s) {
        for (Frame f : about) {
            List<SourcedClaim> claims = out.get(f);
            if (claims == null) {
                continue;
            }
            java.util.Set<String> deniers = new java.util.HashSet<>();
            for (SourcedClaim c : claims) {
                if (c.claim().stance() != Stance.ASSERTS && c.claim().words().start() == s.start()) {
                    deniers.add(c.identity());
                }
            }
            claims.removeIf(c -> c.claim().stance() == Stance.ASSERTS && c.claim().words().start() == s.start()
                    && deniers.contains(c.identity()));
        }
    }

    private static final Set<String> OWNERS = WordSet.of("his", "her", "its", "their");

    /**
     * "one of their commanders declares", "his spokesman said": a source owned by the one who spoke last
     * speaks for it, and is the same source.
     */
    private static ActorMention ownedBy(Document doc, Sentence s, ActorMention source, ActorMention last) {
        if (source == null || last == null || source.identity().startsWith("actor:")) {
            return source;
        }
        if (source.role() == Role.WITNESS) {
            return source; // "his family confirmed", "his mother said": a victim's kin, never an official's
        }
        List<Token> tokens = doc.tokens();
        for (int k = source.first() - 1; k >= Math.max(s.firstToken(), source.first() - 3); k--) {
            if (OWNERS.contains(tokens.get(k).folded())) {
                return new ActorMention(source.first(), source.end(), source.name(), last.side(), last.role(), last.seat(),
                        false, last.identity());
            }
        }
        return source;
    }

    private static List<Frame> framesOf(List<Frame> frames, int sentence) {
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            if (f.sentence().index() == sentence) {
                out.add(f);
            }
        }
        return out;
    }

    /** "repelled the attack", "the strike was": the incident named as one already told. */
    private static boolean definiteIncident(Document doc, Mentions m, Sentence s) {
        for (PhraseTrie.Match<org.sitrep.engine.knowledge.Trigger> t : m.triggersIn(s)) {
            if (t.value().opensFrame() && t.start() > s.firstToken() && doc.tokens().get(t.start() - 1).is("the")) {
                return true;
            }
        }
        return false;
    }

    private static boolean echoes(Document doc, Sentence s) {
        return DEMONSTRATIVES.contains(doc.tokens().get(s.firstToken()).folded());
    }

    /** A state named alone ("Moscow", "Kyiv"): it stands for whoever in its government spoke. */
    private static boolean isVague(ActorMention a) {
        return a.nation();
    }

    /**
     * A source that names no one in particular: a state alone, or in the headline a side's office named by its
     * kind ("..., Gaza officials say", "Gaza ministry says" over "the health ministry said"), which sums up what
     * the body attributes. Saying what a named source of its side says, it is that source. In the body,
     * "officials" may be others.
     */
    private static boolean namesNoOne(ActorMention a, Sentence s) {
        boolean byKind = !a.identity().startsWith("actor:") && !a.identity().startsWith("person:");
        return isVague(a) || (s.index() == 0 && byKind);
    }

    /**
     * The events a sentence without a frame of its own talks about: those at a place it names, else,
     * when it speaks of an incident ("the strike", a casualty figure, "That was confirmed"), the events
     * of the nearest sentence before it that had any, of the same type when it names one.
     */
    private static List<Frame> inTheSeat(List<Statement> here, List<Frame> about) {
        List<Frame> out = new ArrayList<>();
        for (Statement st : here) {
            org.sitrep.engine.mention.Location seat = st.source().seat();
            if (seat == null || seat.precision() == org.sitrep.model.Precision.COUNTRY) {
                continue;
            }
            for (Frame f : about) {
                if (!out.contains(f) && seat.seatOf(f.place())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<Frame> referredTo(Document doc, Mentions m, Sentence s, List<Frame> frames, int[] items) {
        if (m.isBackground(s) && !m.casualtiesIn(s).isEmpty()) {
            // "The violence has killed more than 420 people in Lebanon, according to an AFP tally": a war's toll
            // and whoever counts it speak of no one incident
            return List.of();
        }
        List<Frame> byPlace = new ArrayList<>();
        for (var p : m.placesIn(s)) {
            for (Frame f : frames) {
                if (f.place().key().equals(p.location().key()) && byPlace.stream().noneMatch(o -> sameEvent(o, f))
                        && sameType(m, s, f)) {
                    byPlace.add(f);
                }
            }
        }
        if (!byPlace.isEmpty()) {
            return byPlace;
        }
        if (overManyPlaces(doc, s)) {
            return List.of(); // "struck deployment points in 118 areas over the past day": a tally, no one incident
        }
        List<Frame> inCountry = onlyStoryInANamedCountry(m, s, frames);
        if (!inCountry.isEmpty()) {
            return inCountry;
        }
        boolean speaksOfIncident = echoes(doc, s) || !m.triggersIn(s).isEmpty() || !m.casualtiesIn(s).isEmpty()
                || !m.weaponsIn(s).isEmpty();
        if (introducesPlace(doc, s)) {
            // "attacked a border city inside Russia": a new incident, named in the sentences that follow
            for (int k = s.index() + 1; k <= Math.min(doc.sentences().size() - 1, s.index() + 2); k++) {
                List<Frame> ahead = new ArrayList<>();
                for (Frame f : framesOf(frames, k)) {
                    if (sameType(m, s, f)) {
                        ahead.add(f);
                    }
                }
                if (!ahead.isEmpty()) {
                    return ahead;
                }
            }
            return List.of();
        }
        int reach = speaksOfIncident ? 10 : QUOTE_REACH;
        int item = items[s.index()];
        boolean toll = !m.casualtiesIn(s).isEmpty() && m.triggersIn(s).stream().noneMatch(t -> t.value().opensFrame());
        if (toll) {
            // a casualty figure on its own belongs to the last event told with victims
            for (int k = s.index() - 1; k >= Math.max(item, s.index() - reach); k--) {
                List<Frame> withVictims = new ArrayList<>();
                for (Frame f : framesOf(frames, k)) {
                    if (!f.casualties().isEmpty()) {
                        withVictims.add(f);
                    }
                }
                if (!withVictims.isEmpty()) {
                    return withVictims;
                }
            }
        }
        List<Frame> ofItsDay = ofTheDayItNames(m, s, frames, DAY_REACH);
        if (!ofItsDay.isEmpty()) {
            return ofItsDay;
        }
        // the nearest earlier sentence with frames; with a trigger of its own, the nearest with frames of that type
        for (int k = s.index() - 1; k >= Math.max(item, s.index() - reach); k--) {
            List<Frame> out = new ArrayList<>();
            for (Frame f : framesOf(frames, k)) {
                if (echoes(doc, s) || sameType(m, s, f)) {
                    out.add(f);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (definiteIncident(doc, m, s)) {
            // "the attack" names the incident told before, whatever else the sentence says ("taken control of the camp")
            for (int k = s.index() - 1; k >= Math.max(item, s.index() - QUOTE_REACH); k--) {
                if (!framesOf(frames, k).isEmpty()) {
                    return framesOf(frames, k);
                }
            }
        }
        if (speaksOfIncident) {
            // "Russia has denied bombing the theatre", far below: the one incident of that kind the article tells
            List<Frame> only = new ArrayList<>();
            java.util.Set<String> stories = new java.util.HashSet<>();
            for (Frame f : frames) {
                if (m.triggersIn(s).stream().anyMatch(t -> t.value().opensFrame()) && sameType(m, s, f)) {
                    stories.add(f.place().key() + "|" + f.subType().parent());
                    only.add(f);
                }
            }
            if (stories.size() == 1) {
                return List.of(only.get(0));
            }
        }
        return mainStory(m, s, frames);
    }

    /**
     * "Yemen was subjected to a blatant Israeli aggression": a statement that names a country as a place
     * speaks of the one story the article tells in that country, when the article tells one there and others
     * elsewhere. A country named for its people ("Israeli") or its government tells nothing.
     */
    private static List<Frame> onlyStoryInANamedCountry(Mentions m, Sentence s, List<Frame> frames) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (PlaceMention p : m.placesIn(s)) {
            if (p.role() == org.sitrep.model.ToponymRole.LITERAL && p.location().precision() == Precision.COUNTRY
                    && p.location().country() != null) {
                countries.add(p.location().country());
            }
        }
        if (countries.size() != 1) {
            return List.of();
        }
        String country = countries.iterator().next();
        List<Frame> there = new ArrayList<>();
        java.util.Set<String> stories = new java.util.HashSet<>();
        boolean elsewhere = false;
        for (Frame f : frames) {
            if (country.equals(f.place().country())) {
                if (sameType(m, s, f)) {
                    stories.add(f.place().key());
                    there.add(f);
                }
            } else {
                elsewhere = true;
            }
        }
        return elsewhere && stories.size() == 1 ? List.of(there.get(0)) : List.of();
    }

    /**
     * A statement far from any event it could name belongs to the story the article is about, when it
     * has one: the place and type most of its frames tell (at least three of them, and most of all).
     */
    private static List<Frame> mainStory(Mentions m, Sentence s, List<Frame> frames) {
        Map<String, List<Frame>> byStory = new HashMap<>();
        for (Frame f : frames) {
            byStory.computeIfAbsent(f.place().key() + "|" + f.subType().parent(), k -> new ArrayList<>()).add(f);
        }
        List<Frame> best = null;
        for (List<Frame> story : byStory.values()) {
            if (best == null || story.size() > best.size()) {
                best = story;
            }
        }
        if (best == null || best.size() < 3 || best.size() * 2 < frames.size()) {
            return List.of();
        }
        Frame story = best.get(0);
        boolean fits = m.triggersIn(s).stream().noneMatch(t -> t.value().opensFrame())
                || m.triggersIn(s).stream().anyMatch(t -> t.value().opensFrame()
                && t.value().subType().parent() == story.subType().parent());
        return fits ? List.of(story) : List.of();
    }

    private static final Set<String> PLACE_NOUNS = WordSet.of("city", "town", "village", "settlement", "region",
            "district", "area", "hospital", "market", "school");

    /** Plural nouns of places a summary counts: "in 118 areas", "dozens of settlements". */
    private static final Set<String> COUNTED_PLACES = WordSet.of("areas", "locations", "settlements", "localities",
            "communities", "districts", "towns", "villages", "cities", "regions", "oblasts", "provinces");

    /**
     * Whether the sentence counts the places it tells of ("in 118 areas") or spans the front ("along the entire
     * line of engagement"): a tally over many, not one incident.
     */
    private static boolean overManyPlaces(Document doc, Sentence s) {
        List<Token> tokens = doc.tokens();
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            Token t = tokens.get(k);
            boolean count = t.type() == Token.Type.NUMBER && !t.text().equals("1") || t.is("dozens") || t.is("hundreds")
                    || t.is("several") || t.is("multiple");
            if ((t.is("along") || t.is("across")) && frontAhead(tokens, k + 1, s.endToken())) {
                return true; // "lost more than 1,900 servicemen along the entire line of engagement"
            }
            if (count && (COUNTED_PLACES.contains(tokens.get(k + 1).folded())
                    || k + 2 < s.endToken() && tokens.get(k + 1).is("of") && COUNTED_PLACES.contains(tokens.get(k + 2).folded()))) {
                return true;
            }
        }
        return false;
    }

    /** "the entire line of engagement", "the whole front", "the front line": a war's front, not one place on it. */
    private static boolean frontAhead(List<Token> tokens, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 4); k++) {
            String f = tokens.get(k).folded();
            if (f.equals("line") || f.equals("front") || f.equals("frontline") || f.equals("front-line")) {
                return true;
            }
            if (!(f.equals("the") || f.equals("entire") || f.equals("whole") || f.equals("full"))) {
                return false;
            }
        }
        return false;
    }

    /** "a border city", "a village in the north": a place the sentence introduces, so not one told before. */
    private static boolean introducesPlace(Document doc, Sentence s) {
        List<Token> tokens = doc.tokens();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (tokens.get(k).is("a") || tokens.get(k).is("an")) {
                for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
                    if (PLACE_NOUNS.contains(tokens.get(j).folded())) {
                        return true;
                    }
                    if (tokens.get(j).type() == Token.Type.PUNCT) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> LEAD_TIMES = WordSet.of("days", "day", "weeks", "week", "hours", "months", "shortly",
            "just", "soon", "came", "comes");

    /** "came days after Washington announced": a source inside a clause telling what happened before the story. */
    private static boolean toldAsBefore(List<Token> tokens, Sentence s, ActorMention source) {
        int k = source.first() - 1;
        return k - 1 >= s.firstToken() && (tokens.get(k).is("after") || tokens.get(k).is("before"))
                && LEAD_TIMES.contains(tokens.get(k - 1).folded());
    }

    private static final Set<String> MODALS = WordSet.of("would", "will", "must", "should", "plans", "planned", "intends",
            "intended", "vowed");
    private static final Set<String> SUBJECTS = WordSet.of("it", "he", "she", "they", "we", "that", "the", "any", "its",
            "his", "their");

    /**
     * "said it would deliver", "said any talks must include Europe": a reported clause whose verb is a modal of
     * what will or must be, within its first words, tells no account of what happened.
     */
    private static boolean saysWhatWillBe(List<Token> tokens, Sentence s, PhraseTrie.Match<ReportingCue> cue) {
        if (cue.value().position() != ReportingCue.Position.BEFORE) {
            return false;
        }
        int k = cue.end();
        if (k < s.endToken() && tokens.get(k).is("that")) {
            k++;
        }
        for (int j = k; j < Math.min(s.endToken(), k + 4); j++) {
            String f = tokens.get(j).folded();
            if (MODALS.contains(f)) {
                return j > k; // a subject first: "it would", "any talks ... must"
            }
            if (!(SUBJECTS.contains(f) || (tokens.get(j).isWord() && j - k < 3))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The rights ministry said Monday's bombing was the third this month", after a Sunday attack told later than
     * Monday's: a statement naming the day of an incident of its kind speaks of the nearest one told of that day.
     */
    private static List<Frame> ofTheDayItNames(Mentions m, Sentence s, List<Frame> frames, int reach) {
        List<java.time.LocalDate> days = new ArrayList<>();
        for (org.sitrep.engine.mention.DateMention d : m.datesIn(s)) {
            if (d.date() != null && d.precision() == org.sitrep.model.DatePrecision.DAY) {
                days.add(d.date());
            }
        }
        if (days.size() != 1 || m.triggersIn(s).stream().noneMatch(t -> t.value().opensFrame())) {
            return List.of();
        }
        boolean otherDayNearer = false;
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - reach); k--) {
            List<Frame> out = new ArrayList<>();
            for (Frame f : framesOf(frames, k)) {
                if (sameType(m, s, f)) {
                    if (days.get(0).equals(f.date())) {
                        out.add(f);
                    } else {
                        otherDayNearer = true;
                    }
                }
            }
            if (!out.isEmpty()) {
                return otherDayNearer ? out : List.of(); // only where the nearest incident is of another day
            }
        }
        return List.of();
    }

    /**
     * For each sentence, the first sentence of the live-blog or summary item it stands in ("10:40 An Israeli strike
     * on Nabatieh ...", "Kyiv: Debris fell ..."), or 0 throughout when the article has fewer than two items of one
     * kind: a statement speaks of its own item, not the one before.
     */
    private static int[] itemStarts(Document doc) {
        int[] timedStarts = new int[doc.sentences().size()];
        int[] labelledStarts = new int[doc.sentences().size()];
        int timed = 0;
        int labelled = 0;
        int timedStart = 0;
        int labelledStart = 0;
        for (Sentence x : doc.sentences()) {
            if (timeStamped(doc, x)) {
                timed++;
                timedStart = x.index();
            }
            if (labelled(doc, x)) {
                labelled++;
                labelledStart = x.index();
            }
            timedStarts[x.index()] = timedStart;
            labelledStarts[x.index()] = labelledStart;
        }
        return timed >= 2 ? timedStarts : labelled >= 2 ? labelledStarts : new int[timedStarts.length];
    }

    /** A paragraph that opens with a name and a colon, "Kyiv:" or "Ivano-Frankivsk Oblast:": a summary's item. */
    private static boolean labelled(Document doc, Sentence x) {
        List<Token> tokens = doc.tokens();
        if (x.index() == 0 || doc.sentences().get(x.index() - 1).paragraph() == x.paragraph()) {
            return false;
        }
        for (int k = x.firstToken(); k < Math.min(x.endToken() - 1, x.firstToken() + 5); k++) {
            Token t = tokens.get(k);
            if (t.is(":")) {
                return k > x.firstToken();
            }
            if (!(t.isCapitalized() || t.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** A sentence that opens with a time of day, "08:05" or "16:45 -": a live blog's item. */
    private static boolean timeStamped(Document doc, Sentence x) {
        List<Token> tokens = doc.tokens();
        int k = x.firstToken();
        return k + 2 < x.endToken() && tokens.get(k).type() == Token.Type.NUMBER && tokens.get(k + 1).is(":")
                && tokens.get(k + 2).type() == Token.Type.NUMBER && tokens.get(k).text().length() <= 2
                && tokens.get(k + 2).text().length() == 2 && (x.index() == 0
                        || doc.sentences().get(x.index() - 1).paragraph() != x.paragraph());
    }

    /** How far back a statement naming the day of an incident may look for it. */
    private static final int DAY_REACH = 20;

    /** How far back a statement that names no incident still speaks of the last one told. */
    private static final int QUOTE_REACH = 3;

    private static boolean sameEvent(Frame a, Frame b) {
        return a.place().key().equals(b.place().key()) && a.subType().parent() == b.subType().parent();
    }

    /** "It did not say when", "would not comment": what a source does not say is no claim. */
    private static boolean negatedCue(List<Token> tokens, Sentence s, int cue) {
        for (int k = cue - 1; k >= Math.max(s.firstToken(), cue - 2); k--) {
            if (tokens.get(k).is("not") || tokens.get(k).is("t") || tokens.get(k).is("never")) {
                return true;
            }
        }
        return false;
    }

    /** A claim whose source's side could not be resolved says nothing a reader can use: it is left out. */
    private static void add(List<SourcedClaim> claims, SourcedClaim c) {
        if (!"unknown".equals(c.claim().side())) {
            claims.add(c);
        }
    }

    /** Cues that can introduce a claim: not the noun inside a source's name, not "claims" of a verification sentence. */
    /** Words that may stand between a speaker and "called": "he called", "who also called", "has called". */
    private static final Set<String> BEFORE_CALLED = WordSet.of("he", "she", "it", "they", "we", "i", "who", "which", "also",
            "has", "have", "had", "later", "repeatedly", "previously", "then", "again", "publicly", "once", "what",
            // "Sobyanin, in a Telegram post called the attack ...": where the speaker spoke
            "post", "statement", "speech", "interview", "briefing", "message", "video", "address", "tweet");

    /**
     * "a coordinated attack called Operation Sindoor", "a village called Tani": "called" right after a
     * noun names the thing; it reports nothing. A speaker before it ("Peskov called the attack") is
     * capitalised or an office, a pronoun, an auxiliary, or the medium spoken in.
     */
    private static boolean naming(List<Token> tokens, Mentions m, Sentence s, int cue) {
        if (!tokens.get(cue).is("called") || cue <= s.firstToken()) {
            return false;
        }
        Token before = tokens.get(cue - 1);
        boolean speakerEnds = m.actorsIn(s).stream().anyMatch(a -> a.end() == cue);
        return before.isWord() && !before.isCapitalized() && !BEFORE_CALLED.contains(before.folded()) && !speakerEnds;
    }

    private static List<PhraseTrie.Match<ReportingCue>> usableCues(Document doc, Mentions m, Sentence s) {
        List<Token> tokens = doc.tokens();
        List<PhraseTrie.Match<ReportingCue>> out = new ArrayList<>();
        for (PhraseTrie.Match<ReportingCue> c : m.reportingIn(s)) {
            boolean inActor = m.actorsIn(s).stream().anyMatch(a -> c.start() >= a.first() && c.start() < a.end());
            boolean inVerification = m.verificationIn(s).stream().anyMatch(v -> c.start() >= v.start() && c.start() < v.end());
            boolean unsaid = c.start() > s.firstToken() && (m.isBackground(s) && !m.casualtiesIn(s).isEmpty());
            if (!inActor && !inVerification && !unsaid && !negatedCue(tokens, s, c.start()) && !naming(tokens, m, s, c.start())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether a sentence without a place of its own talks about the same type of event as a frame. */
    private static boolean sameType(Mentions m, Sentence s, Frame f) {
        if (m.triggersIn(s).stream().noneMatch(t -> t.value().opensFrame())) {
            // a casualty figure or a quote: it belongs to the last event that can have victims
            // ("no casualties or damage on the ground" after drones shot down speaks of the interception too)
            return f.subType().parent() != org.sitrep.model.AcledEventType.STRATEGIC_DEVELOPMENTS
                    || m.casualtiesIn(s).stream().allMatch(c -> c.low() != null && c.low() == 0);
        }
        // the sentence's strong triggers say what it is about; its weak ones only when it has no strong one
        boolean strong = m.triggersIn(s).stream().anyMatch(t -> t.value().opensFrame() && !t.value().has("weak"));
        // a frame read from words that name violence without its kind ("an attack") may be any kind the sentence names
        boolean anyKind = f.has(org.sitrep.engine.frame.Cue.GENERIC)
                && f.subType().parent() != org.sitrep.model.AcledEventType.STRATEGIC_DEVELOPMENTS;
        // an interception alone ("most were intercepted") tells of the salvo it stopped; beside "fired", it does not decide
        boolean fired = m.triggersIn(s).stream().anyMatch(t -> t.value().opensFrame()
                && t.value().subType().parent() == org.sitrep.model.AcledEventType.EXPLOSIONS_REMOTE_VIOLENCE);
        return m.triggersIn(s).stream().anyMatch(t -> t.value().opensFrame() && (!strong || !t.value().has("weak"))
                && (t.value().subType().parent() == f.subType().parent() || generic(t.value())
                        || (!fired && interceptedFired(t.value().subType(), f.subType()))
                        || (anyKind && t.value().subType().parent() != org.sitrep.model.AcledEventType.STRATEGIC_DEVELOPMENTS
                        && t.value().subType().parent() != org.sitrep.model.AcledEventType.BATTLES)));
    }

    /**
     * "Hezbollah said it fired a salvo of rockets at Kiryat Shmona. The Israeli military said about 15 projectiles
     * crossed from Lebanon and most were intercepted": the interception tells of the salvo it stopped.
     */
    private static boolean interceptedFired(AcledSubEventType told, AcledSubEventType event) {
        return told == AcledSubEventType.DISRUPTED_WEAPONS_USE && (event == AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK
                || event == AcledSubEventType.AIR_DRONE_STRIKE);
    }

    /** "a terrorist attack", "the killing": words whose type of incident the sentence decides, so they refer to any. */
    private static boolean generic(org.sitrep.engine.knowledge.Trigger t) {
        return t.has("violence") || t.has("kill") || t.has("ground");
    }

    /** The cue that governs a trigger: the nearest before it, else the nearest after it. */
    private static PhraseTrie.Match<ReportingCue> governing(List<PhraseTrie.Match<ReportingCue>> cues, int trigger) {
        PhraseTrie.Match<ReportingCue> before = null;
        PhraseTrie.Match<ReportingCue> after = null;
        for (PhraseTrie.Match<ReportingCue> c : cues) {
            if (c.start() < trigger) {
                before = c;
            } else if (after == null) {
                after = c;
            }
        }
        return before != null ? before : after;
    }

    private ActorMention sourceOf(Document doc, Mentions m, Sentence s, PhraseTrie.Match<ReportingCue> cue,
                                  ActorMention lastSource) {
        if (cue.value().sourceAfter()) {
            return after(m, s, cue.end());
        }
        List<Token> tokens = doc.tokens();
        // "..., which suggests that": a fact or a clause, not a person, is the subject of the verb
        for (int k = cue.start() - 1; k >= Math.max(s.firstToken(), cue.start() - 2); k--) {
            if (tokens.get(k).is("which")) {
                return null;
            }
        }
        // "confirmed by the mayor": the agent of a passive
        if (cue.end() < s.endToken() && tokens.get(cue.end()).is("by")) {
            ActorMention a = after(m, s, cue.end() + 1);
            if (a != null) {
                return a;
            }
        }
        // "Serhii Cherevaty, a spokesman for the army in the east, denied": the subject before its apposition
        // (the comma before the verb closes the apposition; it does not mark a quote)
        ActorMention subject = appositionSubject(tokens, m, s, cue.start());
        if (subject != null) {
            return subject;
        }
        // "..., said Ukraine's air force", "...," said Major General Igor Konashenkov: a source right after the verb
        // ("..., he told Al Jazeera": whom one tells is never who speaks)
        boolean inverted = cue.start() > s.firstToken() && isQuoteOrComma(tokens.get(cue.start() - 1))
                && !tokens.get(cue.start()).is("told");
        if (inverted) {
            ActorMention a = after(m, s, cue.end());
            if (a != null && a.first() - cue.end() <= 3) {
                return a;
            }
        }
        if (definiteGroupRightBefore(tokens, s, cue.start())) {
            ActorMention group = namedGroupBefore(doc, m, s, cue.start());
            if (group != null) {
                return group; // "..., the group said": the group named last, not a noun of the clause ("a military base")
            }
        }
        ActorMention best = null;
        for (ActorMention a : m.actorsIn(s)) {
            if (a.end() <= cue.start() && !insideQuote(tokens, s, a.first(), cue.start()) && !cited(tokens, m, s, a)) {
                best = a;
            }
        }
        int reach = NOUN_CUES.contains(tokens.get(cue.start()).folded()) ? 2 : 10;
        // "The army killed 30 of the attackers, it added": the pronoun before the verb is its subject, not a noun before it
        boolean pronounSubject = best != null && pronounRightBefore(tokens, s, cue.start()) && best.end() < cue.start() - 1;
        if (best != null && cue.start() - best.end() <= reach && !pronounSubject) {
            return best;
        }
        for (int k = cue.start() - 1; k >= Math.max(s.firstToken(), cue.start() - 4); k--) {
            if (PRONOUNS.contains(tokens.get(k).folded())) {
                String pronoun = tokens.get(k).folded();
                if ((pronoun.equals("they") || pronoun.equals("their")) && lastSource != null
                        && !lastSource.nation() && lastSource.role() != Role.ARMED_GROUP) {
                    return lastSource; // "..., they said": those who spoke last, not any group named since
                }
                ActorMention antecedent = antecedent(doc, m, s, pronoun);
                return antecedent != null ? antecedent : lastSource;
            }
        }
        return null;
    }

    /** How far back from a cited source its "citing" may stand: "citing doctors and activists on the ground". */
    private static final int CITED_REACH = 8;

    /**
     * "AFP, citing a security source and residents, reported": whom a speaker cites (after a reporting
     * expression of position {@code cited} in the lexicon) passes its words on through the speaker and is
     * not the subject of the verb.
     */
    private static boolean cited(List<Token> tokens, Mentions m, Sentence s, ActorMention a) {
        for (PhraseTrie.Match<ReportingCue> c : m.reportingIn(s)) {
            if (c.value().cited() && c.end() <= a.first() && a.first() - c.start() <= CITED_REACH
                    && !closedBetween(tokens, c.end(), a.first())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma or a quotation mark stands in {@code [from, to)}: the words after it are not cited. */
    private static boolean closedBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals(",") || tokens.get(k).folded().equals("\"")) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between "and" and the second of two subjects: "and a number of local media". */
    private static final int COORDINATION_GAP = 4;

    /**
     * "Governor Gladkov and a number of local media reported": the first of two subjects joined by "and", when
     * it speaks for another side than the second.
     */
    private static ActorMention coordinatedBefore(List<Token> tokens, Mentions m, Sentence s, ActorMention source) {
        for (int and = source.first() - 1; and >= Math.max(s.firstToken() + 1, source.first() - COORDINATION_GAP); and--) {
            Token t = tokens.get(and);
            if (t.is("and")) {
                // of one side, "the Israeli military and emergency services" speak as one source; of two, each speaks
                int at = and;
                return m.actorsIn(s).stream().filter(a -> a.end() == at && a != source && ofTwoSides(a, source))
                        .findFirst().orElse(null);
            }
            if (!t.isWord() || t.isCapitalized() && !t.is("a")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether two subjects speak for two sides. An office with no side of its own ("emergency services")
     * speaks for the state where it serves, so beside a state's own body it is taken for the same side;
     * beside a news outlet, a monitor or an armed group, for another.
     */
    private static boolean ofTwoSides(ActorMention a, ActorMention b) {
        if (a.side() != null && b.side() != null) {
            return !a.side().equals(b.side());
        }
        String known = a.side() != null ? a.side() : b.side();
        return known != null && !(known.length() == 2 && Character.isUpperCase(known.charAt(0)));
    }

    /** Longest apposition between a subject and its verb: ", a spokesman for the Ukrainian army in the east,". */
    private static final int APPOSITION = 16;

    /**
     * The actor whose apposition ends right before the cue: "X, a spokesman for Y, denied". The
     * apposition holds no quotation mark (then the comma would end quoted speech) and no verb-like cue.
     */
    private static ActorMention appositionSubject(List<Token> tokens, Mentions m, Sentence s, int cue) {
        if (cue - 1 <= s.firstToken() || !tokens.get(cue - 1).text().equals(",")) {
            return null;
        }
        for (ActorMention a : m.actorsIn(s)) {
            int open = afterBrackets(tokens, s, a.end()); // "The People's Defence Force (PDF), an armed group ..., said"
            if (open >= cue - 1 || cue - 1 - open > APPOSITION || !tokens.get(open).text().equals(",")) {
                continue;
            }
            boolean clean = true;
            for (int k = open + 1; k < cue - 1 && clean; k++) {
                Token t = tokens.get(k);
                clean = !t.text().equals(",") && !t.folded().equals("\"") && !t.folded().equals("'");
            }
            if (clean && open + 1 < cue - 1 && !insideQuote(tokens, s, a.first(), cue)) {
                return a;
            }
        }
        return null;
    }

    /** The token after a bracketed acronym right after a name ("(PDF)"), or {@code end} when none follows. */
    private static int afterBrackets(List<Token> tokens, Sentence s, int end) {
        if (end + 2 < s.endToken() && tokens.get(end).text().equals("(") && tokens.get(end + 2).text().equals(")")) {
            return end + 3;
        }
        return end;
    }

    /** Cue words that are also nouns ("reports", "claims"): they speak only right after their subject. */
    private static final Set<String> NOUN_CUES = WordSet.of("reports", "report", "claims", "claim", "dispute", "disputes",
            "statement", "fake", "lie", "provocation");

    /** Whether an odd number of quotation marks stands between a mention and the cue: the mention is quoted speech. */
    private static boolean insideQuote(List<Token> tokens, Sentence s, int from, int cue) {
        int quotes = 0;
        for (int k = from; k < cue; k++) {
            if (tokens.get(k).folded().equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /**
     * What "it said" or "he said" points back to: the nearest actor of the matching kind in the two
     * sentences before (an institution for "it", a person for "he" and "she"), with a known side.
     */
    private static ActorMention antecedent(Document doc, Mentions m, Sentence s, String pronoun) {
        boolean person = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("his") || pronoun.equals("her");
        boolean institution = pronoun.equals("it") || pronoun.equals("its");
        ActorMention nearest = null;
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - 2); k--) {
            Sentence before = doc.sentences().get(k);
            List<ActorMention> actors = m.actorsIn(before);
            for (int j = actors.size() - 1; j >= 0; j--) {
                ActorMention a = actors.get(j);
                boolean isPerson = a.role() == Role.PERSON || namesPerson(a);
                if (a.nation() || (person && !isPerson) || (institution && isPerson)) {
                    continue;
                }
                // "She added", "it added" go on with the last one who spoke, not with someone spoken of ("Jihadists
                // attacked a post, the defence ministry said. It added ..."), whose side may be read later
                if (speaks(m, before, a) && (a.side() != null || institution)) {
                    return a;
                }
                if (a.side() != null && nearest == null) {
                    nearest = a;
                }
            }
            if (institution && nearest != null) {
                return nearest; // "The ministry did not comment. It said ...": the institution of the sentence before
            }
        }
        return nearest;
    }

    /** Nouns that, after "the", point back to an organisation named before: "the group said". */
    private static final Set<String> GROUP_NOUNS = WordSet.of("group", "organisation", "organization", "movement");

    private static boolean definiteGroupRightBefore(List<Token> tokens, Sentence s, int cue) {
        return cue - 2 >= s.firstToken() && tokens.get(cue - 2).is("the")
                && GROUP_NOUNS.contains(tokens.get(cue - 1).folded());
    }

    /**
     * The armed group or monitoring body named last before {@code cue}, in its sentence or the two before:
     * one of a name, not of a kind ("armed group"), with a known side.
     */
    private static ActorMention namedGroupBefore(Document doc, Mentions m, Sentence s, int cue) {
        for (int k = s.index(); k >= Math.max(0, s.index() - 2); k--) {
            List<ActorMention> actors = m.actorsIn(doc.sentences().get(k));
            for (int j = actors.size() - 1; j >= 0; j--) {
                ActorMention a = actors.get(j);
                boolean group = a.role() == Role.ARMED_GROUP || a.role() == Role.MONITOR;
                if (a.end() <= cue && group && a.side() != null && !a.nation() && a.identity().startsWith("actor:")
                        && !org.sitrep.engine.knowledge.Actor.isKindName(a.identity().substring("actor:".length()))) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Whether the actor is the one a reporting word of its sentence gives the words to ("X said", "said X"). */
    private static boolean speaks(Mentions m, Sentence s, ActorMention a) {
        for (PhraseTrie.Match<ReportingCue> c : m.reportingIn(s)) {
            if (c.start() >= a.end() && c.start() - a.end() <= 3 || c.end() <= a.first() && a.first() - c.end() <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention names a person: its last word is the surname its identity carries ("Mayor Vadim
     * Lyakh" as person:lyakh, "Gladkov" as the lexicon's Vyacheslav Gladkov), unlike "the ministry" that
     * shares a minister's identity.
     */
    private static boolean namesPerson(ActorMention a) {
        String id = a.identity();
        String surname;
        if (id.startsWith("person:")) {
            surname = id.substring(7);
        } else if (id.startsWith("actor:") && id.indexOf(' ') > 0 && a.role() != Role.ARMED_GROUP && a.role() != Role.MEDIA
                && a.role() != Role.MONITOR) {
            surname = id.substring(id.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        } else {
            return false;
        }
        String name = a.name().toLowerCase(java.util.Locale.ROOT);
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.equals(surname) || name.contains(surname);
    }

    private static boolean isQuoteOrComma(Token t) {
        return t.text().equals(",") || t.folded().equals("\"") || t.folded().equals("'");
    }

    private static ActorMention after(Mentions m, Sentence s, int from) {
        for (ActorMention a : m.actorsIn(s)) {
            if (a.first() >= from && a.first() - from <= 4) {
                return a;
            }
        }
        return null;
    }

    private static Stance stance(Document doc, Sentence s, PhraseTrie.Match<ReportingCue> cue, Frame f) {
        Stance stance = cue.value().stance();
        boolean sameSentence = f.sentence().index() == s.index();
        if (stance == Stance.ASSERTS && sameSentence && f.negated() && cue.start() < f.triggerToken()) {
            return Stance.DENIES;
        }
        if (stance == Stance.DENIES) {
            List<Token> tokens = doc.tokens();
            for (int k = cue.end(); k < Math.min(s.endToken(), cue.end() + 12); k++) {
                if (DISPUTE_WORDS.contains(tokens.get(k).folded()) && !tokens.get(k).is("responsibility")) {
                    return Stance.DISPUTES;
                }
            }
        }
        return stance;
    }

    /** "Moscow denied Zelensky's claim that ...": the owner of the denied claim asserts it. */
    private static ActorMention embeddedClaimant(Document doc, Mentions m, Sentence s, PhraseTrie.Match<ReportingCue> cue, Frame f) {
        List<Token> tokens = doc.tokens();
        for (ActorMention a : m.actorsIn(s)) {
            if (a.first() >= cue.end() && a.first() - cue.end() <= 3 && a.end() + 1 < s.endToken()
                    && tokens.get(a.end()).folded().equals("s") && CLAIM_NOUNS.contains(tokens.get(a.end() + 1).folded())) {
                return a;
            }
        }
        return null;
    }

    private static SourcedClaim claim(Document doc, Mentions m, Sentence s, ActorMention source, Stance stance, Frame f) {
        String side = side(source, f, m.controllers());
        String about = about(doc, s);
        String identity = source.identity().startsWith(":") || source.identity().startsWith("null:")
                ? side + source.identity().substring(source.identity().indexOf(':')) : source.identity();
        // a defence ministry, its spokesman and "the military" speak with one voice; so do "officials" of a side
        boolean generic = source.nation() || (source.role() == Role.MILITARY && !source.identity().startsWith("person:"))
                || (source.role() == Role.OFFICIAL && !source.identity().startsWith("actor:")
                && !source.identity().startsWith("person:"));
        return new SourcedClaim(new Claim(source.name(), side, stance, about, new Span(s.start(), s.end())),
                namesNoOne(source, s), identity, generic, m.signalsOf(s));
    }

    static String side(ActorMention source, Frame f, java.util.Set<String> controllers) {
        if (source.side() != null) {
            return ActorMention.sideIn(source.side(), f.place().country());
        }
        if (source.role() == Role.MILITARY && f.attackerSide() != null && f.attackerSide().length() == 2) {
            return f.attackerSide(); // "the military said it struck": the forces that carried it out
        }
        if (source.role() == Role.LOCAL || source.role() == Role.OFFICIAL || source.role() == Role.GOVERNMENT
                || source.role() == Role.MILITARY) {
            // "the ministry said": unnamed, it is the state where it happened, or the armed group the text says runs it
            String country = source.seat() != null ? source.seat().country() : f.place().country();
            // the junta, the regime, the government: the state itself, whoever runs the town of the event
            boolean state = source.identity().endsWith(":government");
            if (country != null && source.role() != Role.MILITARY && !state) {
                for (String c : controllers) {
                    String s = ActorMention.sideIn(c, country);
                    if (s.startsWith(country + "_")) {
                        return s; // "the Houthi-run health ministry said"
                    }
                }
            }
            return country == null ? "unknown" : country;
        }
        return "unknown";
    }

    private static String about(Document doc, Sentence s) {
        String text = doc.textOf(s.start(), s.end()).strip();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
