package org.sitrep.engine.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.knowledge.Trigger;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.knowledge.WeaponCategory;
import org.sitrep.engine.mention.ActorMention;
import org.sitrep.engine.mention.CasualtyMention;
import org.sitrep.engine.mention.DateFinder;
import org.sitrep.engine.mention.DateMention;
import org.sitrep.engine.mention.Location;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.mention.PlaceMention;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventKind;
import org.sitrep.model.Precision;
import org.sitrep.model.Span;
import org.sitrep.engine.text.WordSet;

/** Opens a frame for every trigger of a sentence and every place it concerns. */
public final class FrameFinder {

    private final org.sitrep.engine.knowledge.Knowledge knowledge;

    public FrameFinder(org.sitrep.engine.knowledge.Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    private static final Set<String> NEGATIONS = WordSet.of("not", "t", "never", "no", "nor", "neither", "without");
    private static final Set<String> DEFINITE = WordSet.of("the", "his", "her", "its", "their", "that", "this");
    private static final Set<String> ANAPHORA = WordSet.of("city", "town", "village", "region", "area", "there", "settlement",
            "province", "oblast", "district");

    /**
     * Every candidate frame of the article, each with the cues that speak for or against it; the
     * decision which candidates are reported is {@link EventScorer}'s.
     */
    public List<Frame> find(Document doc, Mentions m, LocalDate published) {
        List<Frame> frames = new ArrayList<>();
        EventKind storyKind = storyStrikeKind(doc, m);
        // the narrative keeps its date: a sentence without one takes the last one given, two sentences back at most
        DateMention paragraphDate = null;
        int datedSentence = -10;
        for (Sentence s : doc.sentences()) {
            if (s.index() - datedSentence > 2) {
                paragraphDate = null;
            }
            List<DateMention> dates = withoutDateline(doc, s, m.datesIn(s));
            EnumSet<Cue> sentenceCues = EnumSet.noneOf(Cue.class);
            if (m.isHabitual(s)) {
                sentenceCues.add(Cue.HABITUAL);
            }
            if (m.isBackground(s) && !m.casualtiesIn(s).isEmpty() || talliesTargets(doc.tokens(), s)) {
                sentenceCues.add(Cue.CUMULATIVE);
            }
            if (dates.stream().anyMatch(DateMention::distant)) {
                sentenceCues.add(Cue.RECALLED);
            }
            List<Candidate> candidates = candidates(doc, m, s);
            java.util.Map<Candidate, List<PlacedAt>> placedBy = new java.util.LinkedHashMap<>();
            Set<String> strongScenes = new java.util.HashSet<>();
            for (Candidate t : candidates) {
                // ground is given up where forces leave from, not where they go
                List<PlacedAt> placed = placesFor(doc, m, s, t.match().value().has("loss"), t.match().start());
                if (placed.isEmpty() && t.match().value().kind() == EventKind.INTERCEPTION) {
                    placed = skyOf(doc, m, s, t.match().start()); // "air defences destroyed 43 of 55 drones over Ukraine"
                }
                placedBy.put(t, placed);
                if (!t.cues().contains(Cue.WEAK_SHADOWED)) {
                    placed.forEach(p -> strongScenes.add(p.mention().location().key()));
                }
            }
            for (Candidate t : candidates) {
                for (PlacedAt p : placedBy.get(t)) {
                    EnumSet<Cue> cues = EnumSet.copyOf(t.cues());
                    cues.addAll(sentenceCues);
                    cues.addAll(p.cues());
                    if (cues.contains(Cue.WEAK_SHADOWED) && !t.match().value().has("kill")
                            && p.mention().location().precision() == org.sitrep.model.Precision.TOWN
                            && !strongScenes.isEmpty() && !strongScenes.contains(p.mention().location().key())) {
                        // "air strikes killed 40 across Gaza, including 17 in a strike on a school in Nuseirat": a town
                        // of its own, which the strong word does not reach, is a strike of its own
                        cues.remove(Cue.WEAK_SHADOWED);
                    }
                    if (t.match().value().kind() == EventKind.TERRITORIAL_CONTROL && p.mention().location().country() == null) {
                        cues.add(Cue.NO_TERRITORY);
                    }
                    frames.add(frame(doc, m, s, t.match(), p.mention(), dates, paragraphDate, published, cues, storyKind));
                }
            }
            // "... early Saturday, killing at least 16, a rights group said Monday": the day the next sentences
            // go on telling is the act's, not the telling's
            // ("who had fled Gaza City in October" tells no act: a month of a sentence without one dates nothing after it)
            boolean act = m.triggersIn(s).stream().anyMatch(t -> t.value().opensFrame());
            for (DateMention d : notOfTheStatement(m.reportingIn(s), dates)) {
                if (d.date() != null && (act || d.precision() == DatePrecision.DAY)) {
                    paragraphDate = d;
                    datedSentence = s.index();
                }
            }
        }
        return frames;
    }

    /** A trigger with what its context says about it. */
    private record Candidate(PhraseTrie.Match<Trigger> match, EnumSet<Cue> cues) {
    }

    /** A place a frame is located at, with how it was found. */
    private record PlacedAt(PlaceMention mention, EnumSet<Cue> cues) {
    }

    /** Triggers that can open frames (not inside a name, not a modifier), with their cues; one per event type. */
    private List<Candidate> candidates(Document doc, Mentions m, Sentence s) {
        List<Candidate> out = new ArrayList<>();
        List<PhraseTrie.Match<Trigger>> all = m.triggersIn(s);
        List<Token> tokens = doc.tokens();
        // "attacked an outpost, seizing weapons": a capture of no ground is no act that tells the incident
        List<PhraseTrie.Match<Trigger>> strongOnes = all.stream()
                .filter(t -> t.value().opensFrame() && !t.value().has("weak") && !takesNoGround(tokens, t, s)
                        && !describesAPlace(tokens, s, t.start())
                        && !namedByDate(tokens, m, s, t.start()) && !describesForces(tokens, s, t.start())
                        && !describesANoun(tokens, t, s)).toList();
        for (PhraseTrie.Match<Trigger> t : all) {
            if (!t.value().opensFrame() || insideActor(m, s, t.start(), t.end()) || properName(doc, s, t.start())
                    || compoundModifier(tokens, t.end(), s) || describesANoun(tokens, t, s) || ranked(tokens, t.start(), s)
                    || comparedSince(tokens, t.start(), s)) {
                continue; // "Linda Battle", "battle-hardened", "the retreating column": the word is not a trigger here
            }
            EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
            boolean announcedWithdrawal = t.value().has("loss") && !m.reportingIn(s).isEmpty()
                    && decided(tokens, s, t.start());
            if (hypothetical(tokens, s, t.start()) && !announcedWithdrawal) {
                cues.add(Cue.HYPOTHETICAL);
            }
            if (openingGerund(tokens, s, t.start())) {
                cues.add(Cue.OPENING_GERUND);
            }
            if (describesForces(tokens, s, t.start())) {
                cues.add(Cue.HABITUAL); // "fuel to Russian forces fighting in Ukraine": who they are, not an incident
            }
            if (lastingFor(tokens, s, t.start())) {
                cues.add(Cue.HABITUAL); // "after more than two and a half years of fighting": the war, not an incident
            }
            if (debrisDid(tokens, s, t.start())) {
                cues.add(Cue.BY_DEBRIS);
            }
            if (namedByDate(tokens, m, s, t.start())) {
                cues.add(Cue.NAMED_BY_DATE); // "a Hamas terrorist who took part in the October 7 massacre"
            }
            if (ongoingAside(tokens, s, t.start(), t.end())) {
                cues.add(Cue.HABITUAL); // "..., as fighting for the last army-held city in Darfur intensified"
            }
            if (aimedToStop(tokens, s, t.start())) {
                cues.add(Cue.HYPOTHETICAL); // "a campaign to stop Houthi attacks on shipping": what is to be stopped
            }
            if (describesAPlace(tokens, s, t.start())) {
                cues.add(Cue.HABITUAL); // "in a region where clashes between herders and farmers have left hundreds dead"
            }
            if (testimonyOf(tokens, m, s, t.start())) {
                cues.add(Cue.HABITUAL); // "testified ..., describing killings, rapes and the burning of their homes"
            }
            if (t.value().has("capture") && describedGround(tokens, s, t.start())) {
                cues.add(Cue.HABITUAL); // "part of the Russian territory seized by Ukrainian forces in August": what the land is
            }
            if (cameAsTimed(tokens, s, t)) {
                cues.add(Cue.HABITUAL); // "The attack came two days before Russia's Victory Day parade in Moscow": its timing
            }
            if (fightingAsBackdrop(tokens, m, s, t.start())) {
                cues.add(Cue.HABITUAL); // "taken prisoner during the fighting in the Kursk region": the war, no incident
            }
            if (!t.value().has("capture") && underAttack(tokens, s, t.start())) {
                cues.add(Cue.HABITUAL); // "Palestinians under Israeli attack in Gaza": a state, not an incident
            }
            if (m.isBackground(s) && perfect(tokens, s, t.start())
                    && m.datesIn(s).stream().noneMatch(d -> d.precision() == org.sitrep.model.DatePrecision.DAY)) {
                // "The Houthis have attacked shipping in the Red Sea ... since the start of the Gaza war": what has
                // gone on for a while, not an incident
                cues.add(Cue.HABITUAL);
            }
            if (perfect(tokens, s, t.start()) && sinceAPeriod(tokens, s, t.end())) {
                // "The Houthis have launched missiles at ships in the Red Sea since November 2023": a campaign
                // counted from a month or an event, not an incident; "since Sunday" can still be one
                cues.add(Cue.HABITUAL);
            }
            if (sinceClause(tokens, s, t.start()) && !(datedAfter(m, tokens, s, t.end()) && placedAfter(m, s, t.start()))) {
                cues.add(Cue.SINCE_CLAUSE);
            }
            if (unknownWhere(tokens, s, t.start())) {
                cues.add(Cue.UNKNOWN_WHERE);
            }
            if (takesNoGround(tokens, t, s)) {
                cues.add(Cue.TAKES_NO_GROUND);
            }
            if (t.value().has("armed") && !armedContext(doc, m, s)) {
                cues.add(Cue.UNARMED);
            }
            if (t.value().has("direct") && !placeAfter(m, s, t.end(), 3)) {
                cues.add(Cue.UNDIRECTED);
            }
            if (t.value().has("weapon") && m.weaponsIn(s).isEmpty()) {
                cues.add(Cue.NO_WEAPON);
            }
            if (t.value().has("loss") && !placeAfter(m, s, t.end(), 8)) {
                cues.add(Cue.LOSS_UNPLACED);
            }
            if (negated(tokens, s, t.start())) {
                cues.add(Cue.NEGATED);
                if (m.reportingIn(s).isEmpty()) {
                    cues.add(Cue.NEGATED_UNCLAIMED);
                }
            }
            if (t.value().has("violence") || t.value().has("kill") || t.value().has("ground")) {
                cues.add(Cue.GENERIC);
            }
            if (t.value().has("kill")) {
                boolean told = all.stream().anyMatch(o -> o != t && o.value().opensFrame() && !o.value().has("kill"));
                if (told) {
                    cues.add(Cue.WEAK_SHADOWED); // "the strike killed five": the strike is the incident
                } else if (!armedContext(doc, m, s) && !(armedMenStory(m) && !m.casualtiesIn(s).isEmpty()
                        && openedByItsPlace(tokens, m, s))) {
                    // "three people were killed": by whom, the sentence does not say; but in a story of gunmen's raids,
                    // "In Ndun, 18 people were killed" tells of one more of them
                    cues.add(Cue.UNARMED);
                }
            } else if (t.value().has("weak")) {
                // "falling debris from a downed drone damaged two houses": what the debris did is the strike on the town
                int[] report = reportAround(tokens, s, t.start());
                boolean strong = !cues.contains(Cue.BY_DEBRIS) && strongOnes.stream()
                        .filter(o -> o.start() >= report[0] && o.start() < report[1]) // "..., and that": another act
                        .anyMatch(o -> o.value().subType().parent() == t.value().subType().parent()
                        || !contrasted(tokens, o.start(), t.start()));
                if (strong) {
                    cues.add(Cue.WEAK_SHADOWED);
                } else if (!(supported(m, s) || cuedPlaceAfter(m, s, t.end()))) {
                    cues.add(Cue.WEAK_UNSUPPORTED);
                }
            }
            out.add(new Candidate(t, cues));
        }
        return dedupeKinds(out, m, s);
    }

    /** What a tally counts: "struck around 120 Hezbollah targets", "hit 118 areas". */
    private static final Set<String> TALLIED = WordSet.of("targets", "areas", "locations", "positions", "sites");

    /**
     * "Its jets struck around 120 Hezbollah targets in southern Lebanon and the Bekaa Valley over the past day": a
     * count of ten targets or more is a tally of many strikes, not one incident at the places it names.
     */
    private static boolean talliesTargets(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            Token t = tokens.get(k);
            boolean many = t.is("dozens") || t.is("hundreds") || t.type() == Token.Type.NUMBER && manyDigits(t.text());
            if (!many) {
                continue;
            }
            for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
                if (TALLIED.contains(tokens.get(j).folded())) {
                    return true;
                }
                if (!tokens.get(j).isWord() || tokens.get(j).is("and")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Whether a figure written in digits is ten or more ("120", "1,200"). */
    private static boolean manyDigits(String figure) {
        String digits = figure.replace(",", "");
        return digits.length() >= 2 && digits.chars().allMatch(Character::isDigit);
    }

    /** Cues that, by the rules of reading, keep a frame from being reported. */
    public static final Set<Cue> DISQUALIFYING = java.util.Collections.unmodifiableSet(EnumSet.of(Cue.WEAK_UNSUPPORTED,
            Cue.WEAK_SHADOWED, Cue.HYPOTHETICAL, Cue.UNKNOWN_WHERE, Cue.SINCE_CLAUSE, Cue.OPENING_GERUND,
            Cue.TAKES_NO_GROUND, Cue.UNARMED, Cue.UNDIRECTED, Cue.NO_WEAPON, Cue.LOSS_UNPLACED, Cue.NO_TERRITORY,
            Cue.NEGATED_UNCLAIMED, Cue.HABITUAL, Cue.CUMULATIVE, Cue.NAMED_BY_DATE));

    private static final Set<String> MODALS = WordSet.of("to", "would", "could", "might", "may", "will", "should", "can",
            "cannot", "must", "shall", "wouldn", "couldn", "won");

    /** "efforts to take", "would allow": what may happen is not an event. */
    private static boolean hypothetical(List<Token> tokens, Sentence s, int trigger) {
        if (warnedOf(tokens, s, trigger)) {
            return true;
        }
        int k = trigger - 1;
        while (k >= s.firstToken() && (tokens.get(k).is("not") || tokens.get(k).is("t") || tokens.get(k).is("be")
                || tokens.get(k).is("also") || tokens.get(k).is("fully") || tokens.get(k).is("soon"))) {
            k--;
        }
        if (k >= s.firstToken() && !MODALS.contains(tokens.get(k).folded())) {
            k = beforeWhatOpensIt(tokens, s, k); // "would resume attacks", "will carry out new strikes"
        }
        if (k < s.firstToken() || !MODALS.contains(tokens.get(k).folded())) {
            return false;
        }
        if (!tokens.get(k).is("to")) {
            return true;
        }
        // "to" marks what is only intended ("attempts to capture", "would allow it to encircle"), not a purpose
        // of something done ("used precision weapons to destroy five command posts")
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 3); j--) {
            if (INTENT.contains(tokens.get(j).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "have attacked", "has repeatedly shelled": a perfect right before the act. */
    private static boolean perfect(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 3); k--) {
            Token t = tokens.get(k);
            if (t.is("have") || t.is("has")) {
                return true;
            }
            if (!(t.is("also") || t.is("repeatedly") || t.is("regularly") || t.is("been") || t.folded().endsWith("ly"))) {
                return false;
            }
        }
        return false;
    }

    private static final DateFinder DAYS = new DateFinder();

    /** A "since" later in the act's clause, before any punctuation, whose bound is no single day. */
    private static boolean sinceAPeriod(List<Token> tokens, Sentence s, int end) {
        for (int k = end; k < Math.min(s.endToken(), end + 25); k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.PUNCT && !t.text().equals("-") && !(t.is(",") && listGoesOn(tokens, k + 1, s))) {
                return false; // "have taken Sudzha, marking the largest gain since ...": another clause's bound
            }
            if (t.is("since")) {
                return k + 1 < s.endToken() && !DAYS.namesADay(tokens, k + 1, s.endToken());
            }
        }
        return false;
    }

    /** After a comma, a word that goes on with a list of things ("rockets, anti-tank missiles and drones"), not a new clause. */
    private static boolean listGoesOn(List<Token> tokens, int k, Sentence s) {
        if (k >= s.endToken() || tokens.get(k).type() != Token.Type.WORD) {
            return false;
        }
        String f = tokens.get(k).folded();
        return !f.endsWith("ing") && !f.endsWith("ed") && !CLAUSE_OPENERS.contains(f) && !RELATIVES.contains(f)
                && !f.equals("and") && !f.equals("the") && !f.equals("a") && !f.equals("an");
    }

    private static final Set<String> RELATIVES = WordSet.of("which", "who", "whom", "whose", "that", "as", "when", "where",
            "according", "said", "says");

    /**
     * "It was the deadliest attack on Kryvyi Rih since April 4, when a missile struck near a playground": the act
     * ranked against an earlier one is the story's own, told again; the sentence's act is the earlier one.
     */
    private static boolean comparedSince(List<Token> tokens, int trigger, Sentence s) {
        boolean ranked = false;
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 4) && !ranked; k--) {
            ranked = org.sitrep.engine.mention.MentionFinder.ranks(tokens.get(k));
        }
        // or after it: "The attack was the deadliest on the city since April"
        for (int k = trigger + 1; k < Math.min(s.endToken(), trigger + 4) && !ranked; k++) {
            ranked = org.sitrep.engine.mention.MentionFinder.ranks(tokens.get(k));
        }
        if (!ranked) {
            return false;
        }
        for (int k = trigger + 1; k < Math.min(s.endToken(), trigger + 10); k++) {
            if (tokens.get(k).is("since")) {
                return true;
            }
        }
        return false;
    }

    /** "Darfur hardest hit", "the worst-affected": a place ranked by what it suffered, no act told. */
    private static boolean ranked(List<Token> tokens, int trigger, Sentence s) {
        int k = trigger - 1;
        if (k > s.firstToken() && tokens.get(k).text().equals("-")) {
            k--;
        }
        return k >= s.firstToken() && (tokens.get(k).is("hardest") || tokens.get(k).is("worst"));
    }

    /** Words of a warning or a fear: what follows them has not happened. */
    private static final Set<String> WARNINGS = WordSet.of("warned", "warns", "warn", "warning", "feared", "fears", "fear");

    /**
     * "Aid agencies warned that an RSF assault on El Fasher ... could trigger a massacre": an act named as the
     * subject of what a warning says may come is no event (up to five words between "that" and the act).
     */
    private static boolean warnedOf(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken() + 1, trigger - 6); k--) {
            if (tokens.get(k).is("that") && warningBefore(tokens, s, k)) {
                for (int j = trigger + 1; j < Math.min(s.endToken(), trigger + 18); j++) {
                    if (MODALS.contains(tokens.get(j).folded()) && !tokens.get(j).is("to")) {
                        return true; // "... could trigger"
                    }
                }
                return false;
            }
            if (tokens.get(k).type() == Token.Type.PUNCT || tokens.get(k).type() == Token.Type.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /** A warning word right before "that", or a few words before it ("warned on Thursday that"). */
    private static boolean warningBefore(List<Token> tokens, Sentence s, int that) {
        for (int k = that - 1; k >= Math.max(s.firstToken(), that - 4); k--) {
            if (WARNINGS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that start or go on with an act, and the words between them and it: "resume (the) attacks". */
    private static final Set<String> OPENING_VERBS = WordSet.of("resume", "continue", "launch", "carry", "conduct", "stage",
            "mount", "start", "begin", "step", "intensify", "escalate", "expand", "renew", "unleash", "keep", "trigger",
            "spark", "provoke", "cause");
    private static final Set<String> OPENED_WORDS = WordSet.of("out", "up", "a", "an", "the", "new", "more", "further",
            "fresh", "its", "their", "his", "her", "our", "large-scale", "major", "massive", "retaliatory");

    /**
     * For a trigger whose words before it ({@code k} the last) are a verb that opens or goes on with it ("resume
     * attacks on ships", "carry out new strikes"), the position before that verb; else {@code k}.
     */
    private static int beforeWhatOpensIt(List<Token> tokens, Sentence s, int k) {
        int j = k;
        if (j > s.firstToken() && nounModifier(tokens.get(j))) {
            j--; // "step up ground assaults", "resume cross-border raids"
        }
        while (j >= s.firstToken() && j > k - 3 && OPENED_WORDS.contains(tokens.get(j).folded())) {
            j--;
        }
        return j >= s.firstToken() && OPENING_VERBS.contains(tokens.get(j).folded()) ? j - 1 : k;
    }

    private static final Set<String> NOT_MODIFIERS = WordSet.of("and", "or", "of", "to", "in", "on", "at", "by", "with",
            "from", "for", "that", "which", "who", "than");

    /** A lower-case word that may stand as a modifier right before an act's noun. */
    private static boolean nounModifier(Token t) {
        return t.type() == Token.Type.WORD && !t.isCapitalized() && !NOT_MODIFIERS.contains(t.folded())
                && !OPENING_VERBS.contains(t.folded()) && !OPENED_WORDS.contains(t.folded());
    }

    private static final Set<String> UNKNOWING = WordSet.of("say", "know", "specify", "disclose", "clear", "confirm");

    /** "did not say where the other two missiles had struck": what is not known to have happened. */
    private static boolean unknownWhere(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken() + 1, trigger - 9); k--) {
            String f = tokens.get(k).folded();
            if (f.equals("unclear") || (UNKNOWING.contains(f) && (tokens.get(k - 1).is("not") || tokens.get(k - 1).is("t")))) {
                return true;
            }
        }
        return false;
    }

    /** "Linda Battle", "Battle Creek", "Clash VI": a capitalised trigger inside a sentence is part of a name. */
    private static boolean properName(Document doc, Sentence s, int trigger) {
        Token t = doc.tokens().get(trigger);
        return t.isCapitalized() && trigger > s.firstToken() && !titleCase(doc, s)
                && doc.tokens().get(trigger - 1).type() != Token.Type.PUNCT;
    }

    /** A headline in title case ("Russia Wipes Out 60 Troops With Missile Strike on Sumy"). */
    private static boolean titleCase(Document doc, Sentence s) {
        int words = 0;
        int capitals = 0;
        for (Token t : doc.tokensOf(s)) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                capitals += t.isCapitalized() ? 1 : 0;
            }
        }
        return words > 0 && capitals * 4 >= words * 3;
    }

    /** "under Russian supervision since Moscow's troops took control": what has been so since, not news. */
    private static boolean sinceClause(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 5); k--) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.PUNCT) {
                return false;
            }
            if (t.is("since")) {
                return true;
            }
        }
        return false;
    }

    /** "since air strikes in Afghanistan's Paktika province in December": the clause places its act itself. */
    private static boolean placedAfter(Mentions m, Sentence s, int trigger) {
        return m.placesIn(s).stream().anyMatch(p -> p.first() > trigger && p.first() - trigger <= 10
                && !p.location().countryWide());
    }

    private static final Set<String> OUTBREAK = WordSet.of("broke", "erupted", "began", "started", "begun", "flared");

    /**
     * "since Pakistani air strikes in Afghanistan's Paktika province in December, which killed 46": an act the
     * clause dates itself is an episode of its own, not only the start of a period.
     */
    private static boolean datedAfter(Mentions m, List<Token> tokens, Sentence s, int end) {
        for (org.sitrep.engine.mention.DateMention d : m.datesIn(s)) {
            if (d.first() >= end && d.first() - end <= 10 && d.date() != null) {
                boolean open = true;
                for (int k = end; k < d.first() && open; k++) {
                    // "since clashes broke out on April 15": the outbreak of a war is its start, no episode
                    open = (tokens.get(k).type() != Token.Type.PUNCT || tokens.get(k).text().equals("'"))
                            && !OUTBREAK.contains(tokens.get(k).folded());
                }
                if (open) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "announced that it would withdraw", "it has been decided to regroup": a withdrawal announced is one made. */
    private static boolean decided(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 4); k--) {
            String f = tokens.get(k).folded();
            if (f.equals("would") || f.equals("decided") || f.equals("ordered") || f.equals("will")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SECTOR_WORDS = WordSet.of("sector", "direction", "axis", "front");

    /**
     * "in the Lyman sector near Terny": a stretch of front named after a town is not that town's scene where the
     * sentence names towns in it ("the Uri sector of Baramulla district", naming none, is told of Uri).
     */
    private static boolean sectorBesideTowns(List<Token> tokens, Mentions m, Sentence s, PlaceMention p) {
        return namesASector(tokens, s, p) && m.placesIn(s).stream().anyMatch(o -> o != p
                && o.location().precision() == Precision.TOWN && !namesASector(tokens, s, o));
    }

    private static boolean namesASector(List<Token> tokens, Sentence s, PlaceMention p) {
        return p.end() < s.endToken() && SECTOR_WORDS.contains(tokens.get(p.end()).folded())
                && p.location().precision() == Precision.TOWN;
    }

    private static final Set<String> FORCES_NOUNS = WordSet.of("forces", "troops", "soldiers", "units", "fighters",
            "mercenaries", "militants", "volunteers", "men");

    /** "Russian forces fighting in Ukraine", "troops fighting in Kursk": a participle that says who forces are. */
    private static boolean describesForces(List<Token> tokens, Sentence s, int trigger) {
        return trigger > s.firstToken() && tokens.get(trigger).is("fighting")
                && FORCES_NOUNS.contains(tokens.get(trigger - 1).folded());
    }

    private static final Set<String> LONG_SPANS = WordSet.of("years", "months", "decades", "year", "month", "decade");

    /** "years of fighting", "months of shelling": violence told by how long it has lasted. */
    private static boolean lastingFor(List<Token> tokens, Sentence s, int trigger) {
        return trigger - 2 >= s.firstToken() && tokens.get(trigger - 1).is("of")
                && LONG_SPANS.contains(tokens.get(trigger - 2).folded());
    }

    private static final Set<String> DEBRIS = WordSet.of("debris", "wreckage", "fragments", "shrapnel");

    /** Whether debris is the subject of the act: "debris from a downed drone damaged two houses". */
    private static boolean debrisDid(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 2); k--) {
            if (tokens.get(k).is("from") || tokens.get(k).is("of")) {
                return false; // "debris from a downed drone": where the debris came from
            }
        }
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 7); k--) {
            if (DEBRIS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that say an act goes on or grows: what they tell in an aside is the setting, not an incident. */
    private static final Set<String> ONGOING = WordSet.of("intensified", "intensifies", "intensifying", "escalated",
            "escalates", "escalating", "raged", "rages", "continued", "continues", "persisted", "grew", "grows", "mounted",
            "dragged", "spread", "spreads", "spreading");

    /**
     * "a shell hit the camp on Monday, killing 14, ..., as fighting for the city intensified": an act in a
     * trailing aside (after ", as") that goes on or grows is the setting of the sentence's incident.
     */
    private static boolean ongoingAside(List<Token> tokens, Sentence s, int trigger, int end) {
        boolean aside = false;
        for (int k = trigger - 1; k > Math.max(s.firstToken(), trigger - 4) && !aside; k--) {
            aside = tokens.get(k).is("as") && tokens.get(k - 1).text().equals(",");
        }
        if (!aside) {
            return false;
        }
        for (int k = end; k < Math.min(s.endToken(), end + 10); k++) {
            Token w = tokens.get(k);
            if (w.text().equals(",") || w.text().equals(";") || w.text().equals(".")) {
                return false;
            }
            if (ONGOING.contains(w.folded())) {
                return true;
            }
        }
        return false;
    }

    /** "Taking control of the town would allow...": a gerund opening the sentence names an idea, not an event. */
    private static boolean openingGerund(List<Token> tokens, Sentence s, int trigger) {
        return trigger == s.firstToken() && tokens.get(trigger).folded().endsWith("ing")
                && !tokens.get(trigger).is("shelling") && !tokens.get(trigger).is("bombing") && !tokens.get(trigger).is("fighting");
    }

    private static final Set<String> INTENT = WordSet.of("attempt", "attempts", "attempted", "attempting", "try", "tries",
            "tried", "trying", "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "seek", "seeks",
            "seeking", "sought", "want", "wants", "wanted", "intend", "intends", "intended", "threaten", "threatens",
            "threatened", "vow", "vowed", "vows", "effort", "efforts", "bid", "allow", "allows", "allowed", "enable",
            "order", "ordered", "orders", "prepare", "prepared", "preparing", "ready", "able", "unable", "fail", "failed",
            "hope", "hopes", "hoped", "expect", "expected", "would", "could", "might", "push", "pushing", "goal",
            "intention", "struggling", "goals", "operation", "mission", "drive", "struggled", "decided", "decide", "agreed", "refused", "threat");

    /** One trigger per event type per sentence is enough: the rest would open the same frames. The cleanest one stands. */
    private static List<Candidate> dedupeKinds(List<Candidate> triggers, Mentions m, Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate t : triggers) {
            int seen = -1;
            for (int k = 0; k < out.size(); k++) {
                // "seized Zaranj ... and followed it up a day later by taking Sheberghan": far apart, two acts;
                // "captured Lysychansk, a day after seizing Sievierodonetsk": near, but each with a place of its own
                PlaceMention mine = objectOf(m, s, t.match().end());
                PlaceMention theirs = objectOf(m, s, out.get(k).match().end());
                boolean twoObjects = mine != null && theirs != null && !mine.location().key().equals(theirs.location().key());
                if (out.get(k).match().value().subType().parent() == t.match().value().subType().parent()
                        && Math.abs(out.get(k).match().start() - t.match().start()) <= NEAR && !twoObjects
                        // "debris from a downed drone damaged two houses": the drone downed and the damage done are two acts
                        && t.cues().contains(Cue.BY_DEBRIS) == out.get(k).cues().contains(Cue.BY_DEBRIS)) {
                    seen = k;
                }
            }
            if (seen < 0) {
                out.add(t);
            } else if (against(t) < against(out.get(seen))) {
                out.set(seen, t);
            }
        }
        return out;
    }

    /** The place right after a verb, its object: "seizing the nearby city of Sievierodonetsk"; or null. */
    private static PlaceMention objectOf(Mentions m, Sentence s, int end) {
        for (PlaceMention p : m.placesIn(s)) {
            if (p.first() >= end && p.first() - end <= OBJECT_REACH) {
                return p;
            }
        }
        return null;
    }

    private static int against(Candidate c) {
        int n = 0;
        for (Cue cue : c.cues()) {
            n += DISQUALIFYING.contains(cue) ? 1 : 0;
        }
        return n;
    }

    /** "were hit in the vicinity of Zaporizhzhia": a named place right after a weak trigger supports it. */
    private static boolean cuedPlaceAfter(Mentions m, Sentence s, int end) {
        return m.placesIn(s).stream().anyMatch(p -> p.cued() && placeAfter(p, end, 12));
    }

    private static boolean placeAfter(Mentions m, Sentence s, int end, int within) {
        return m.placesIn(s).stream().anyMatch(p -> placeAfter(p, end, within));
    }

    private static boolean placeAfter(PlaceMention p, int end, int within) {
        return p.first() >= end && p.first() - end <= within && p.location().precision() != Precision.COUNTRY;
    }

    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "its", "their", "his", "our");

    /** "struck the retreating column": a one-word withdrawal participle between a determiner and its noun. */
    private static boolean describesANoun(List<Token> tokens, PhraseTrie.Match<Trigger> t, Sentence s) {
        return t.value().has("loss") && t.end() - t.start() == 1 && tokens.get(t.start()).folded().endsWith("ing")
                && t.start() > s.firstToken() && DETERMINERS.contains(tokens.get(t.start() - 1).folded())
                && t.end() < s.endToken() && tokens.get(t.end()).isWord() && !tokens.get(t.end()).isCapitalized();
    }

    private static boolean compoundModifier(List<Token> tokens, int end, Sentence s) {
        return end + 1 < s.endToken() && tokens.get(end).text().equals("-") && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).start() == tokens.get(end).end();
    }

    private static final Set<String> CAPTIVES = WordSet.of("troops", "soldiers", "prisoners", "fighters", "servicemen",
            "men", "people", "civilians", "officers", "militants", "mercenaries", "personnel", "suspects", "suspect",
            "gunman", "gunmen", "man", "woman", "hostages", "hostage", "fugitive", "fugitives");

    private static final Set<String> POSITIONS = WordSet.of("outposts", "outpost", "positions", "trenches", "checkpoints",
            "checkpoint", "fortifications", "dugouts", "strongpoints");

    /** "overran several military outposts", "took four positions": what was taken is a post in a place, not the place. */
    private static boolean capturesPositions(List<Token> tokens, int end, Sentence s) {
        return objectAmong(tokens, end, s, POSITIONS, 5);
    }

    /** "the capture of at least 100 Russian troops": people taken, not ground. */
    private static boolean capturesPeople(List<Token> tokens, int end, Sentence s) {
        return objectAmong(tokens, end, s, CAPTIVES, 7);
    }

    /** Whether one of {@code nouns} follows within {@code reach} words of {@code end}, before any punctuation but a quote. */
    private static boolean objectAmong(List<Token> tokens, int end, Sentence s, Set<String> nouns, int reach) {
        for (int k = end; k < Math.min(s.endToken(), end + reach); k++) {
            Token t = tokens.get(k);
            if (nouns.contains(t.folded())) {
                return true;
            }
            if (t.type() == Token.Type.PUNCT && !t.text().equals("\"")) {
                return false;
            }
        }
        return false;
    }

    private static boolean takesNoGround(List<Token> tokens, PhraseTrie.Match<Trigger> t, Sentence s) {
        return t.value().has("capture") && (capturesPeople(tokens, t.end(), s) || capturesGoods(tokens, t.end(), s));
    }

    private static final Set<String> GOODS = WordSet.of("weapons", "weapon", "arms", "ammunition", "munitions", "equipment",
            "vehicles", "vehicle", "tanks", "supplies", "materiel", "hardware", "documents", "cash", "rifles", "guns",
            // what a camera or a plant captures: "captured on video", "capture carbon dioxide"
            "video", "videos", "camera", "cameras", "film", "footage", "images", "photos", "pictures", "carbon",
            "emissions", "attention", "imagination", "moment");

    /**
     * "seizing weapons", "captured two tanks", "captured on video": goods or an image as the object right after
     * the verb, not ground.
     */
    private static boolean capturesGoods(List<Token> tokens, int end, Sentence s) {
        for (int k = end; k < Math.min(s.endToken(), end + 3); k++) {
            Token t = tokens.get(k);
            if (GOODS.contains(t.folded())) {
                return true;
            }
            if (!t.isWord() && t.type() != Token.Type.NUMBER || t.isCapitalized() || t.is("and")) {
                return false;
            }
        }
        return false;
    }

    /** "shot down two missiles, but a third struck Odesa": a contrast lets a weak trigger stand beside a strong one. */
    private static boolean contrasted(List<Token> tokens, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            String f = tokens.get(k).folded();
            if (f.equals("but") || f.equals("however") || f.equals("while") || f.equals("yet") || f.equals(";")) {
                return true;
            }
        }
        return false;
    }

    /** Forces, fighters, a state or a weapon named in the sentence: what makes a capture a military one. */
    private boolean armedContext(Document doc, Mentions m, Sentence s) {
        if (!m.weaponsIn(s).isEmpty() || groundForces(doc.tokens(), s)) {
            return true;
        }
        for (ActorMention a : m.actorsIn(s)) {
            if (a.nation() || a.role() == Role.MILITARY || a.role() == Role.ARMED_GROUP) {
                return true;
            }
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (knowledge.nations().longestAt(doc.tokens(), k, s.endToken()) != null && !inTown(m, s, k)) {
                return true; // "Russian", "Ukraine's": a state is party to it ("a tree in Berlin" is a town, no state)
            }
        }
        return false;
    }

    private static boolean supported(Mentions m, Sentence s) {
        return !m.weaponsIn(s).isEmpty() || !m.casualtiesIn(s).isEmpty();
    }

    /** Whether the token lies in a town's name: a capital named as where something is, not its government. */
    private static boolean inTown(Mentions m, Sentence s, int token) {
        for (PlaceMention p : m.placesIn(s)) {
            if (token >= p.first() && token < p.end() && p.location().precision() == Precision.TOWN) {
                return true;
            }
        }
        return false;
    }

    private static boolean inPlace(Mentions m, Sentence s, int token) {
        for (PlaceMention p : m.placesIn(s)) {
            if (token >= p.first() && token < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger lies wholly inside an actor's name ("the Attack Brigade"); "gang attacks" does not. */
    private static boolean insideActor(Mentions m, Sentence s, int token, int end) {
        for (ActorMention a : m.actorsIn(s)) {
            if (token >= a.first() && token < a.end() && end <= a.end()) {
                return true;
            }
        }
        return false;
    }

    /** The places a sentence's events happen at: not a source's seat, not a country or region around a finer place. */
    private List<PlacedAt> placesFor(Document doc, Mentions m, Sentence s, boolean withdrawal, int trigger) {
        List<PlaceMention> own = new ArrayList<>();
        List<PlaceMention> seats = new ArrayList<>();
        List<PlaceMention> landmarks = new ArrayList<>();
        for (PlaceMention p : m.placesIn(s)) {
            if (!p.canHostEvent() || org.sitrep.engine.mention.PlaceContext.describesNoun(doc.tokens(), s, p)
                    || theatreOfAWar(doc.tokens(), s, p) || sectorBesideTowns(doc.tokens(), m, s, p)
                    || inAPersonsName(doc.tokens(), m, s, p)) {
                continue; // a venue ("talks in Paris"), a government ("Washington said"), "Black Sea ports": not the scene
            }
            boolean away = withdrawal ? isDestination(doc, s, p)
                    : isOrigin(doc, s, p) || isRefuge(doc, s, p) || treatedAt(doc, s, p) || movedAway(doc.tokens(), s, p)
                    || flownOver(doc.tokens(), s, p)
                    || org.sitrep.engine.mention.PlaceContext.launchedFrom(doc.tokens(), s, p.first());
            if (!p.location().countryWide() && !isDateline(doc, s, p) && !away && !inApposition(doc, m, s, p, trigger)
                    && !describesASpeaker(doc, m, s, p)) {
                (isLandmark(doc, s, p) || crossed(doc, s, p) || holdsAVillageBefore(doc, m, s, p) ? landmarks
                        : isSeat(doc, m, s, p) ? seats : own).add(p);
            }
        }
        if (!own.isEmpty() && own.stream().allMatch(p -> p.location().precision() != org.sitrep.model.Precision.TOWN)) {
            // "In southern Gaza, ... struck a tent in the al-Mawasi area west of Khan Younis": a town of the region
            // the act is told near places it closer than the region does (a district is close enough already)
            List<PlaceMention> regions = List.copyOf(own);
            List<PlaceMention> near = landmarks.stream().filter(l -> l.location().precision() == org.sitrep.model.Precision.TOWN
                    && regions.stream().allMatch(o -> o.location().divisionLevel() != 2 && o.location().contains(l.location())))
                    .toList();
            if (!near.isEmpty()) {
                own.clear();
                own.addAll(near);
            }
        }
        if (own.isEmpty() && seats.isEmpty() && !landmarks.isEmpty()) {
            // "fought for control of the town, about 50 km northeast of the capital": the town told before is
            // what the landmark places
            PlaceMention back = definiteSettlementBefore(doc.tokens(), s, landmarks.get(0).first()) ? anaphora(doc, m, s) : null;
            if (back != null) {
                return List.of(new PlacedAt(back, EnumSet.of(Cue.PLACE_ANAPHORA)));
            }
            // "a massacre northwest of Port-au-Prince", then "The attack ... in the town of Pont Sonde": the place
            // the next sentence gives the incident; else, "bombed a village about 15 km west of Shwebo", the town
            // it is told from is the nearest place known
            PlaceMention told = s.index() <= LEAD_SENTENCES ? toldNext(doc, m, s) : null;
            if (told != null) {
                return List.of(new PlacedAt(told, EnumSet.of(Cue.PLACE_ANAPHORA)));
            }
            own.addAll(landmarks);
        }
        own.replaceAll(p -> cityOfAQuarter(doc, m, s, p));
        PlaceMention named = settlementNamedLater(doc, m, s, own);
        if (named != null) {
            return List.of(new PlacedAt(named, EnumSet.of(Cue.PLACE_ANAPHORA)));
        }
        if (own.isEmpty() && thisTown(doc.tokens(), s)) {
            PlaceMention dateline = datelineTown(doc, m, s);
            if (dateline != null) {
                // "KABANKALAN CITY - ... were killed in a hinterland village of this city": the city of the dateline
                return List.of(new PlacedAt(dateline, EnumSet.of(Cue.PLACE_ANAPHORA)));
            }
        }
        if (own.isEmpty()) {
            // "shot down over the city, the regional governor said": the city told before, not the governor's seat
            PlaceMention back = anaphora(doc, m, s);
            if (back == null) {
                back = cataphora(doc, m, s);
            }
            if (back != null) {
                return List.of(new PlacedAt(back, EnumSet.of(Cue.PLACE_ANAPHORA)));
            }
        }
        if (own.size() > 1) {
            // "took control of the village in Kharkiv" beside "Grakove village": Kharkiv holds the village, it is no scene
            List<PlaceMention> all = own;
            List<PlaceMention> scenes = own.stream().filter(p -> !holdsASettlement(doc, s, p, all) && !partOfATownNamed(doc, all, p))
                    .toList();
            own = scenes.isEmpty() ? own : new ArrayList<>(scenes);
        }
        own = inItsReport(doc.tokens(), s, trigger, own);
        List<PlaceMention> chosen = reach(doc.tokens(), own.isEmpty() ? seats : own, trigger);
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<PlacedAt> out = new ArrayList<>();
        for (PlaceMention p : chosen) {
            boolean container = chosen.stream().anyMatch(o -> o != p && (p.location().contains(o.location())
                    || namedRegionAround(p.location(), o.location())));
            boolean duplicate = out.stream().anyMatch(o -> o.mention().location().key().equals(p.location().key()));
            if (!container && !duplicate) {
                EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
                if (own.isEmpty()) {
                    cues.add(Cue.PLACE_SEAT);
                }
                if (p.cued()) {
                    cues.add(Cue.PLACE_CUED);
                }
                out.add(new PlacedAt(p, cues));
            }
        }
        return out;
    }

    /**
     * Interceptions told of a whole country ("intercepted 43 drones targeting northern, southern and central
     * areas of Ukraine") happen in its sky: the one country the sentence names as a place, at country precision.
     */
    private static List<PlacedAt> skyOf(Document doc, Mentions m, Sentence s, int trigger) {
        List<PlaceMention> countries = m.placesIn(s).stream()
                .filter(p -> p.location().precision() == org.sitrep.model.Precision.COUNTRY && p.canHostEvent()
                        && noClauseBetween(doc.tokens(), trigger, p.first()) // "..., and that it had struck targets in India"
                        && !org.sitrep.engine.mention.PlaceContext.describesNoun(doc.tokens(), s, p)
                        && !(p.first() > s.firstToken() && (doc.tokens().get(p.first() - 1).is("by")
                                || doc.tokens().get(p.first() - 1).is("from")))) // who launched them, not where
                .toList();
        if (countries.isEmpty() || countries.stream().map(p -> p.location().country()).distinct().count() > 1) {
            return List.of();
        }
        PlaceMention p = countries.get(countries.size() - 1);
        return List.of(new PlacedAt(p, p.cued() ? EnumSet.of(Cue.PLACE_CUED) : EnumSet.noneOf(Cue.class)));
    }

    /**
     * "fired shells across the Line of Control, killing a woman in Uri": a line of no one state that fire crossed is
     * where it came over, not where it landed; it is the scene only when the sentence names no other.
     */
    private static boolean crossed(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        int k = p.first() - 1;
        if (k >= s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        return p.location().country() == null && k >= s.firstToken() && tokens.get(k).is("across");
    }

    /**
     * "The ministry said its artillery had hit brigades near Kivsharivka and Kupiansk, killing 45, and that its
     * troops had repelled attacks towards Lyubimovka": each "and that" opens another reported act. The token range
     * {@code [from, to)} of the one holding the trigger; the whole sentence when there is none.
     */
    static int[] reportAround(List<Token> tokens, Sentence s, int trigger) {
        int from = s.firstToken();
        int to = s.endToken();
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (tokens.get(k).is("that") && tokens.get(k - 1).is("and")) {
                if (k <= trigger) {
                    from = k + 1;
                } else {
                    to = Math.min(to, k - 1);
                }
            }
        }
        return new int[] {from, to};
    }

    private static boolean actIn(Mentions m, Sentence s, int[] report) {
        return m.triggersIn(s).stream().anyMatch(o -> o.value().opensFrame() && o.start() >= report[0] && o.start() < report[1]);
    }

    /** The places of the trigger's own reported act, when that act names any. */
    private static List<PlaceMention> inItsReport(List<Token> tokens, Sentence s, int trigger, List<PlaceMention> places) {
        int[] report = reportAround(tokens, s, trigger);
        List<PlaceMention> inside = places.stream().filter(p -> p.first() >= report[0] && p.first() < report[1]).toList();
        return inside.isEmpty() ? places : new ArrayList<>(inside);
    }

    /** "police spokesman Abdifatah Aden Hassan": a name inside a speaker's, after another capitalised word, is his. */
    private static boolean inAPersonsName(List<Token> tokens, Mentions m, Sentence s, PlaceMention p) {
        return p.first() > s.firstToken() && tokens.get(p.first() - 1).isCapitalized() && tokens.get(p.first() - 1).isWord()
                && m.actorsIn(s).stream().anyMatch(a -> a.first() < p.first() && p.end() <= a.end());
    }

    /** Whether no clause opens between two tokens: no "after", "but", ..., nor a second reported clause ("and that"). */
    private static boolean noClauseBetween(List<Token> tokens, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        for (int k = Math.max(from, 1); k < to; k++) {
            if (tokens.get(k).is("that") && tokens.get(k - 1).is("and")) {
                return false;
            }
        }
        return noOpenerIn(tokens, from, to);
    }

    private static final Set<String> SETTLEMENT_NOUNS = WordSet.of("village", "town", "city", "settlement", "hamlet");

    /**
     * "the village in Kharkiv", "Kimakpa village in Bassa local government area", "near the village of Sadarak in the
     * Nakhchivan exclave": the place is what a settlement named by a noun, by its name and a noun, or by a noun and
     * its name, lies in.
     */
    private static boolean holdsASettlement(Document doc, Sentence s, PlaceMention p, List<PlaceMention> places) {
        List<Token> tokens = doc.tokens();
        int in = p.first() - 1;
        if (in - 2 >= s.firstToken() && tokens.get(in).is("in") && SETTLEMENT_NOUNS.contains(tokens.get(in - 1).folded())) {
            int noun = in - 1;
            if (tokens.get(noun - 1).is("the") || places.stream().anyMatch(o -> o != p && o.end() == noun)) {
                return true;
            }
        }
        if (in >= s.firstToken() && tokens.get(in).is("the")) {
            in--;
        }
        if (in < s.firstToken() || !tokens.get(in).is("in")) {
            return false;
        }
        int before = in;
        return places.stream().anyMatch(o -> o != p && o.end() == before && o.first() - 2 >= s.firstToken()
                && tokens.get(o.first() - 1).is("of") && SETTLEMENT_NOUNS.contains(tokens.get(o.first() - 2).folded()));
    }

    private static final Set<String> TOWN_PARTS = WordSet.of("area", "district", "neighbourhood", "neighborhood", "quarter",
            "suburb", "part");

    /**
     * "a playground in the Jaffa area of Tel Aviv", "moored in Sevastopol's South Bay": a part of a town the
     * sentence names; the town is the scene.
     */
    private static boolean partOfATownNamed(Document doc, List<PlaceMention> places, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        if (p.first() >= 2 && tokens.get(p.first() - 1).folded().equals("s") && places.stream().anyMatch(o -> o != p
                && o.end() == p.first() - 1 && o.location().precision() == org.sitrep.model.Precision.TOWN)) {
            return true;
        }
        // the part's noun may be read into the name ("Jaffa area") or follow it, after the rest of a name the
        // gazetteer took only the start of ("the Tal as-Sultan neighbourhood of Rafah")
        int of = partNounAfter(tokens, p);
        if (of < 0 || of + 1 >= tokens.size() || !tokens.get(of).is("of")) {
            return false;
        }
        // "the Kuibyshevskyi district of the Russian-controlled city of Donetsk": the town after a few words of its own
        return places.stream().anyMatch(o -> o != p && o.first() > of && o.first() - of <= TOWN_AFTER_PART
                && !commaBetween(tokens, of + 1, o.first())
                && o.location().precision() == org.sitrep.model.Precision.TOWN);
    }

    /** The token after a town part's noun that ends or follows the name ("Jaffa area", "Tal as-Sultan neighbourhood"), or -1. */
    private static int partNounAfter(List<Token> tokens, PlaceMention p) {
        if (TOWN_PARTS.contains(tokens.get(p.end() - 1).folded())) {
            return p.end();
        }
        for (int k = p.end(); k < Math.min(tokens.size(), p.end() + 4); k++) {
            if (TOWN_PARTS.contains(tokens.get(k).folded())) {
                return k + 1;
            }
            if (!restOfAName(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** A word that can go on with a name: capitalised, a hyphen, or a particle joined by one ("as-", "al-"). */
    private static boolean restOfAName(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.text().equals("-")) {
            return true;
        }
        return t.type() == Token.Type.WORD && (t.isCapitalized()
                || (t.text().length() <= 3 && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-")));
    }

    private static final Set<String> QUARTERS = WordSet.of("neighbourhood", "neighborhood", "quarter", "suburb");

    /**
     * "a strike on a school in Gaza City", then "the school in the Zeitoun neighbourhood": a quarter the gazetteer
     * does not list is part of the town of its country told last, a few sentences back at most; that town is the
     * scene.
     */
    private static PlaceMention cityOfAQuarter(Document doc, Mentions m, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        boolean quarter = QUARTERS.contains(tokens.get(p.end() - 1).folded())
                || (p.end() < s.endToken() && QUARTERS.contains(tokens.get(p.end()).folded()));
        // "the market in the city's Kuibyshevskyi district": whatever the gazetteer makes of the name, a part of the
        // city told before
        boolean citys = ofTheCityToldBefore(tokens, s, p.first());
        if (!citys && (!quarter || p.location().geonameid() != null || p.location().country() == null)) {
            return p;
        }
        for (int back = s.index(); back >= Math.max(0, s.index() - ANAPHORA_REACH); back--) {
            List<PlaceMention> before = m.placesIn(doc.sentences().get(back));
            for (int k = before.size() - 1; k >= 0; k--) {
                PlaceMention o = before.get(k);
                if (o.first() < p.first() && o.location().geonameid() != null
                        && o.location().precision() == org.sitrep.model.Precision.TOWN
                        && (citys || p.location().country().equals(o.location().country()))) {
                    return o;
                }
            }
        }
        return p;
    }

    /** "the city's" or "the town's" right before a name: a part of the town the story told. */
    private static boolean ofTheCityToldBefore(List<Token> tokens, Sentence s, int first) {
        if (first - 3 < s.firstToken() || !tokens.get(first - 1).folded().equals("s")) {
            return false;
        }
        int noun = tokens.get(first - 2).text().equals("'") || tokens.get(first - 2).text().equals("\u2019") ? first - 3 : first - 2;
        return noun - 1 >= s.firstToken() && (tokens.get(noun).is("city") || tokens.get(noun).is("town"))
                && tokens.get(noun - 1).is("the");
    }

    /** How far after "of" a part of a town may name the town: "of the Russian-controlled city of Donetsk". */
    private static final int TOWN_AFTER_PART = 8;

    /** Tokens within which a place is near its trigger, and within which places form one list. */
    private static final int NEAR = 15;
    private static final int LIST_GAP = 6;

    /**
     * "the attack targeted fuel storage facilities in Hudaida to pressure Yemen to stop supporting Palestinians
     * under attack in Gaza": the places a trigger takes are those near it and the places listed with them,
     * not one told far off in another clause.
     */
    private static List<PlaceMention> reach(List<Token> tokens, List<PlaceMention> places, int trigger) {
        if (places.size() < 2) {
            return places;
        }
        boolean object = places.stream().anyMatch(p -> p.first() >= trigger && p.first() - trigger <= OBJECT_REACH);
        if (object) {
            // "captured Kandahar on Friday, a day after seizing the western city of Herat": "seizing" has its own place
            List<PlaceMention> ownClause = places.stream().filter(p -> p.first() >= trigger || !commaBetween(tokens, p.end(), trigger))
                    .toList();
            if (ownClause.size() < places.size()) {
                return reach(tokens, ownClause, trigger);
            }
        }
        List<PlaceMention> byDistance = new ArrayList<>(places);
        byDistance.sort(Comparator.comparingInt(p -> distance(p, trigger)));
        List<PlaceMention> kept = new ArrayList<>();
        kept.add(byDistance.get(0));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PlaceMention p : byDistance) {
                if (!kept.contains(p) && (distance(p, trigger) <= NEAR
                        || kept.stream().anyMatch(k -> gap(k, p) <= LIST_GAP))) {
                    kept.add(p);
                    grew = true;
                }
            }
        }
        List<PlaceMention> out = new ArrayList<>(places);
        out.retainAll(kept);
        return out;
    }

    /** How far after its verb a place can stand and be its object: "seizing the western city of Herat". */
    private static final int OBJECT_REACH = 5;

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static int distance(PlaceMention p, int trigger) {
        return p.first() >= trigger ? p.first() - trigger : trigger - p.end();
    }

    private static int gap(PlaceMention a, PlaceMention b) {
        return a.end() <= b.first() ? b.first() - a.end() : a.first() - b.end();
    }

    private static final Set<String> APPOSITION_OPENERS = WordSet.of("the", "a", "an", "which", "where", "who", "whose");

    /**
     * "hit the bridge to Crimea, the supply line for forces around Kherson": a place in a clause that
     * describes the struck place is not struck itself.
     */
    private static boolean inApposition(Document doc, Mentions m, Sentence s, PlaceMention p, int trigger) {
        if (p.first() <= trigger) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        for (int k = p.first() - 1; k > trigger; k--) {
            if (tokens.get(k).text().equals(",")) {
                int comma = k;
                boolean opens = comma + 1 < s.endToken() && APPOSITION_OPENERS.contains(tokens.get(comma + 1).folded());
                boolean placeBefore = m.placesIn(s).stream().anyMatch(o -> o.first() > trigger && o.end() <= comma);
                return opens && placeBefore;
            }
        }
        return false;
    }

    /**
     * "JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack": a place in the words set off by commas right
     * after an actor describes the actor, not where anything happened.
     */
    private static boolean describesASpeaker(Document doc, Mentions m, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        int open = -1;
        for (int k = p.first() - 1; k >= Math.max(s.firstToken(), p.first() - APPOSITION_WORDS); k--) {
            if (tokens.get(k).text().equals(",")) {
                open = k;
                break;
            }
        }
        if (p.end() >= s.endToken()) {
            return false;
        }
        if (!tokens.get(p.end()).text().equals(",")) {
            // "The General Staff in Kyiv also said ...": the speaker's seat right before its verb
            return officialStationedIn(tokens, m, s, p)
                    && m.reportingIn(s).stream().anyMatch(c -> c.start() >= p.end() && c.start() - p.end() <= 2);
        }
        if (open < 0) {
            return officialStationedIn(tokens, m, s, p);
        }
        int comma = open;
        return m.actorsIn(s).stream().anyMatch(a -> a.end() == comma);
    }

    private static final Set<Role> STATIONED = EnumSet.of(Role.OFFICIAL, Role.MILITARY, Role.GOVERNMENT, Role.MEDIA);

    /**
     * "A Pakistani security official in Quetta, speaking on condition of anonymity, said ...": where an official
     * who speaks is posted, not where the fire he tells of fell.
     */
    private static boolean officialStationedIn(List<Token> tokens, Mentions m, Sentence s, PlaceMention p) {
        int in = p.first() - 1;
        if (in <= s.firstToken() || !tokens.get(in).is("in")) {
            return false;
        }
        boolean speaks = m.reportingIn(s).stream().anyMatch(c -> c.start() > p.end() && c.start() - p.end() <= 12);
        return speaks && m.actorsIn(s).stream().anyMatch(a -> a.end() == in && a.first() <= s.firstToken() + 1
                && STATIONED.contains(a.role()) && !a.nation());
    }

    /** How many words an apposition may hold before the place it names: ", al-Qaeda's affiliate in the". */
    private static final int APPOSITION_WORDS = 8;

    /** "regrouped ... to Ukraine's Donetsk region": where withdrawing forces go. */
    private static boolean isDestination(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        for (int k = p.first() - 1; k >= Math.max(s.firstToken(), p.first() - 4); k--) {
            String f = tokens.get(k).folded();
            if (f.equals("to") || f.equals("toward") || f.equals("towards")) {
                return true;
            }
            if (!(f.equals("the") || f.equals("s") || tokens.get(k).isCapitalized())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> MOVES = WordSet.of("move", "moved", "moving", "relocate", "relocated", "relocating",
            "redeploy", "redeployed", "redeploying", "transfer", "transferred", "shift", "shifted");

    /** "forcing Russia to move much of the fleet from Sevastopol to Novorossiysk": where something was moved from or to. */
    private static boolean movedAway(List<Token> tokens, Sentence s, PlaceMention p) {
        int k = p.first() - 1;
        if (k >= s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        if (k < s.firstToken() || !(tokens.get(k).is("to") || tokens.get(k).is("from"))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 10); j--) {
            if (MOVES.contains(tokens.get(j).folded())) {
                return true;
            }
            if (tokens.get(j).text().equals(",") || tokens.get(j).text().equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> FLYING = WordSet.of("flying", "flew", "circling", "patrolling");

    /** "bombs released by warplanes flying over the neighbouring Belgorod region": where the aircraft were, not the target. */
    private static boolean flownOver(List<Token> tokens, Sentence s, PlaceMention p) {
        int k = p.first() - 1;
        while (k > s.firstToken() && (tokens.get(k).is("the") || tokens.get(k).is("neighboring")
                || tokens.get(k).is("neighbouring") || tokens.get(k).is("nearby") || tokens.get(k).is("s")
                || tokens.get(k).isCapitalized())) {
            k--;
        }
        return k - 1 >= s.firstToken() && (tokens.get(k).is("over") || tokens.get(k).is("from"))
                && FLYING.contains(tokens.get(k - 1).folded());
    }

    /** Words of flight and rescue: a place they lead to is where people went, not where they were attacked. */
    private static final Set<String> FLIGHT = WordSet.of("fled", "flee", "flees", "fleeing", "evacuated", "evacuation",
            "evacuate", "evacuating", "safety", "refuge", "rushed", "transferred", "airlifted", "relocated", "displaced");

    /** "forced the evacuation of thousands to safety in the provincial capital Pemba": where survivors went. */
    private static boolean isRefuge(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        boolean to = false;
        boolean flight = false;
        for (int k = p.first() - 1; k >= Math.max(s.firstToken(), p.first() - 7) && !(to && flight); k--) {
            String f = tokens.get(k).folded();
            boolean toward = f.equals("to") || f.equals("toward") || f.equals("towards");
            to |= toward;
            flight |= FLIGHT.contains(f); // "fled to", "to safety in", "fleeing toward the neighbouring province of"
            if (!(toward || FLIGHT.contains(f) || f.equals("the") || f.equals("in") || f.equals("of")
                    || f.equals("s") || f.equals("nearby") || f.equals("provincial") || f.equals("regional")
                    || f.equals("neighbouring") || f.equals("neighboring") || f.equals("province") || f.equals("region")
                    || f.equals("capital") || f.equals("city") || f.equals("town") || tokens.get(k).isCapitalized())) {
                break;
            }
        }
        return to && flight;
    }

    private static final Set<String> CARE = WordSet.of("hospital", "hospitals", "morgue", "morgues", "clinic", "clinics");
    private static final Set<String> RECEIVING = WordSet.of("received", "receiving", "receives", "treated", "treating",
            "admitted", "taken", "brought", "transferred", "evacuated", "rushed");

    /** "a hospital it supports in Al Talh received 30 bodies": where the dead and wounded were brought, not the scene. */
    private static boolean treatedAt(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        boolean care = false;
        for (int k = p.first() - 1; k >= Math.max(s.firstToken(), p.first() - 5) && !care; k--) {
            care = CARE.contains(tokens.get(k).folded());
            if (tokens.get(k).type() == Token.Type.PUNCT) {
                break;
            }
        }
        if (!care) {
            return false;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (RECEIVING.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "a Kh-22 launched from Russia's Kursk region", "refugees from Mariupol": where something came from. */
    private static boolean isOrigin(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        // "from the direction of the village of Verin Shorzha in Armenia's Gegharkunik province"
        for (int k = p.first() - 1; k >= Math.max(s.firstToken(), p.first() - 14); k--) {
            String f = tokens.get(k).folded();
            if (f.equals("from")) {
                return true;
            }
            if (f.equals("to") && k - 1 >= s.firstToken() && journeyFromBefore(doc, s, k)) {
                return true; // "coaches travelling from Quetta to Karachi": the end of a route told is no scene either
            }
            if (!(tokens.get(k).isCapitalized() || ORIGIN_GLUE.contains(f))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> TRAVEL = WordSet.of("travelling", "traveling", "travelled", "traveled", "heading",
            "headed", "going", "driving", "bound", "returning", "moving", "flying", "sailing", "fleeing", "route");

    /** Whether the words right before {@code to} are where a journey "from" set out ("travelling from Quetta to"). */
    private static boolean journeyFromBefore(Document doc, Sentence s, int to) {
        List<Token> tokens = doc.tokens();
        for (int k = to - 1; k >= Math.max(s.firstToken(), to - 5); k--) {
            if (tokens.get(k).is("from")) {
                // "on the road from Coalcoman to Aguililla" is where it happened; "travelling from ... to" is not
                return k < to - 1 && k - 1 >= s.firstToken() && TRAVEL.contains(tokens.get(k - 1).folded());
            }
            if (!tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Words between "from" and a place it names: "from the directions of Kursk, Oryol and Bryansk". */
    private static final Set<String> ORIGIN_GLUE = WordSet.of("the", "s", "occupied", "city", "of", "town", "region",
            "direction", "directions", "area", "areas", "territory", ",", "and", "in", "-", "village", "villages",
            "settlement", "settlements", "province", "district");

    private static final Set<String> DIRECTIONS = WordSet.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "outside", "away");

    /**
     * "about 200 kilometers northwest of the port of Mariupol", "in Omdurman city, west of the capital Khartoum",
     * "a massacre northwest of Port-au-Prince": a place a direction is told from is a landmark to measure from or
     * to place another place by, not the scene.
     */
    private static boolean isLandmark(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        for (int k = p.first() - 1; k >= Math.max(s.firstToken() + 1, p.first() - 8); k--) {
            if (tokens.get(k).is("of") && DIRECTIONS.contains(tokens.get(k - 1).folded())) {
                return true;
            }
            boolean titled = tokens.get(k).is(",") && k - 2 >= s.firstToken() && tokens.get(k - 2).is("the")
                    && CAPITAL_WORDS.contains(tokens.get(k - 1).folded()); // "northeast of the capital, Port-au-Prince"
            if (tokens.get(k).type() == Token.Type.PUNCT && !titled) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CAPITAL_WORDS = WordSet.of("capital", "city", "port", "town");

    /**
     * "the upland village of Tabugon in Kabankalan City": the town after "in" holds the village the gazetteer lacks,
     * told right before it; the village is the scene, the town only says where it lies.
     */
    private static boolean holdsAVillageBefore(Document doc, Mentions m, Sentence s, PlaceMention p) {
        if (p.location().precision() != Precision.TOWN) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        for (PlaceMention q : m.placesIn(s)) {
            if (q.end() < p.first() && q.location().key().startsWith("unlisted:") && inBetween(tokens, q.end(), p.first())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HOLDING_UNITS = WordSet.of("commune", "municipality", "district", "township",
            "county", "province", "region", "department", "city");

    /** "in", "in the", ", in the commune of": the words that say the village before lies in the place after. */
    private static boolean inBetween(List<Token> tokens, int from, int to) {
        int k = from;
        if (k < to && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (k >= to || !tokens.get(k).is("in")) {
            return false;
        }
        k++;
        if (k < to && tokens.get(k).is("the")) {
            k++;
        }
        if (k + 1 < to && HOLDING_UNITS.contains(tokens.get(k).folded()) && tokens.get(k + 1).is("of")) {
            k += 2; // "in the commune of Kenscoff"
        }
        return k == to;
    }

    /** "the town" or "the city" before a token of the sentence: a settlement told before. */
    private static boolean definiteSettlementBefore(List<Token> tokens, Sentence s, int limit) {
        for (int k = s.firstToken() + 1; k < limit; k++) {
            if (DEFINITE.contains(tokens.get(k - 1).folded()) && SETTLEMENTS.contains(tokens.get(k).folded())
                    && !REGION_NOUNS.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** "KYIV, March 5 - Two missiles struck ... on Monday": the dateline dates the report, not the strike. */
    private static List<DateMention> withoutDateline(Document doc, Sentence s, List<DateMention> dates) {
        boolean paragraphStart = s.index() == 0 || doc.sentences().get(s.index() - 1).paragraph() != s.paragraph();
        if (!paragraphStart || dates.isEmpty()) {
            return dates;
        }
        List<Token> tokens = doc.tokens();
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : dates) {
            // "PORT-AU-PRINCE, Haiti (Nov. 3, 2025) -": a dateline may name the country and put the date in brackets
            boolean bracketed = d.end() + 1 < s.endToken() && tokens.get(d.end()).text().equals(")");
            int after = bracketed ? d.end() + 1 : d.end();
            boolean early = d.first() - s.firstToken() <= (bracketed ? 10 : 4);
            boolean dash = after < s.endToken() && (tokens.get(after).text().equals("-")
                    || tokens.get(after).text().equals("\u2014") || tokens.get(after).text().equals("\u2013")
                    || (!bracketed && tokens.get(after).text().equals("(")) || tokens.get(after).text().equals(":"));
            if (!(early && dash)) {
                out.add(d);
            }
        }
        return out;
    }

    /** "CAIRO, July 10 -", "GAZA:", "JERUSALEM/DUBAI, June 15": where the report was filed, not where anything happened. */
    private static boolean isDateline(Document doc, Sentence s, PlaceMention p) {
        List<Token> tokens = doc.tokens();
        boolean paragraphStart = s.index() == 0 || doc.sentences().get(s.index() - 1).paragraph() != s.paragraph();
        if (!paragraphStart || p.end() >= s.endToken()) {
            return false;
        }
        if (p.first() == s.firstToken() && titleCaseDateline(tokens, s, p.end())) {
            return true;
        }
        // the dateline's names, in capitals, one or several joined by slashes, up to the mark that ends it
        int k = s.firstToken();
        while (k < s.endToken() && (tokens.get(k).isWord() && tokens.get(k).text().equals(tokens.get(k).text()
                .toUpperCase(java.util.Locale.ROOT)) || tokens.get(k).text().equals("/") && k > s.firstToken())) {
            k++;
        }
        if (k >= s.endToken() || k - s.firstToken() > 7) {
            return false;
        }
        String next = tokens.get(k).text();
        boolean ends = next.equals(",") || next.equals(":") || next.equals("-") || next.equals("(") || next.equals("\u2014");
        if (p.end() <= k) {
            return ends;
        }
        // "KABANKALAN CITY, Negros Occidental -": the province after the city's comma belongs to the dateline too
        int r = k + 1;
        while (next.equals(",") && r < s.endToken() && r - k <= 4 && tokens.get(r).isWord() && tokens.get(r).isCapitalized()) {
            r++;
        }
        return next.equals(",") && p.first() > k && p.end() <= r && r < s.endToken() && dash(tokens.get(r));
    }

    private static final Set<String> MONTH_WORDS = WordSet.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private static boolean dash(Token t) {
        return t.text().equals("-") || t.text().equals("\u2014") || t.text().equals("\u2013");
    }

    /** "Goma, 2 September 2025 - The rebels said", "Goma - ": a dateline in title case, the place then a date, then a dash. */
    private static boolean titleCaseDateline(List<Token> tokens, Sentence s, int end) {
        if (end >= s.endToken()) {
            return false;
        }
        if (dash(tokens.get(end))) {
            return true;
        }
        if (!tokens.get(end).text().equals(",")) {
            return false;
        }
        boolean dated = false;
        for (int j = end + 1; j < Math.min(s.endToken(), end + 8); j++) {
            Token t = tokens.get(j);
            if (dash(t)) {
                return dated;
            }
            boolean month = MONTH_WORDS.contains(t.folded());
            if (!(t.type() == Token.Type.NUMBER || month || t.text().equals(",") || t.text().equals("."))) {
                return false;
            }
            dated |= month;
        }
        return false;
    }

    /** "this city", "this town": the writer's own town, the one of the dateline. */
    private static boolean thisTown(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (tokens.get(k - 1).is("this") && (tokens.get(k).is("city") || tokens.get(k).is("town"))) {
                return true;
            }
        }
        return false;
    }

    /** The town a sentence's dateline names ("KABANKALAN CITY, Negros Occidental -"), or null. */
    private static PlaceMention datelineTown(Document doc, Mentions m, Sentence s) {
        for (PlaceMention p : m.placesIn(s)) {
            if (p.location().precision() == Precision.TOWN && isDateline(doc, s, p)) {
                return p;
            }
        }
        return null;
    }

    /** A named region (Donbas, eastern Ukraine) has no boundary in the gazetteer: it is taken to hold the towns of its country named beside it. */
    private static boolean namedRegionAround(Location region, Location town) {
        return region.key().startsWith("named:") && town.precision() == Precision.TOWN && region.country() != null
                && region.country().equals(town.country());
    }

    private static boolean isSeat(Document doc, Mentions m, Sentence s, PlaceMention p) {
        int after = p.end();
        List<Token> tokens = doc.tokens();
        while (after < s.endToken() && after < p.end() + 2 && (tokens.get(after).folded().equals("s")
                || tokens.get(after).text().equals("'") || tokens.get(after).text().equals("\u2019"))) {
            after++;
        }
        for (ActorMention a : m.actorsIn(s)) {
            // "the mayor of Kharkiv" speaks from his seat; "two residents of Kostiantynivka" were where they live
            if (a.seat() != null && a.role() != Role.WITNESS && p.first() >= a.first() && p.first() < a.end()) {
                return true;
            }
            if (a.role() == Role.LOCAL && (p.end() == a.first() || after == a.first())) {
                return true; // "Kharkiv governor", "Khost's mayor"
            }
        }
        return false;
    }

    /** "the city was hit": the most recent town named in the two sentences before. */
    private static final Set<String> REGION_NOUNS = WordSet.of("region", "province", "oblast", "district", "area");

    /** "the city was hit", "over the region": the most recent place of that kind named in the two sentences before. */
    private static PlaceMention anaphora(Document doc, Mentions m, Sentence s) {
        Precision wanted = null;
        List<Token> tokens = doc.tokensOf(s);
        for (int k = 1; k < tokens.size(); k++) {
            if (ANAPHORA.contains(tokens.get(k).folded()) && DEFINITE.contains(tokens.get(k - 1).folded())) {
                wanted = REGION_NOUNS.contains(tokens.get(k).folded()) ? Precision.REGION : Precision.TOWN;
                break;
            }
        }
        if (wanted == null) {
            return null;
        }
        for (int back = s.index(); back >= Math.max(1, s.index() - 2); back--) {
            for (ActorMention a : m.actorsIn(doc.sentences().get(back))) {
                if (a.seat() != null && a.seat().precision() == wanted) {
                    for (PlaceMention p : m.placesIn(doc.sentences().get(back))) {
                        if (p.location() == a.seat()) {
                            return p; // "the mayor of Sloviansk said ... his city was hit"; "Ryazan's governor said ... over the region"
                        }
                    }
                }
            }
        }
        PlaceMention fallback = null;
        // the most recent place of the kind named, a few sentences back at most; else, close by, any place in a
        // country (a sea or a river is never "the city")
        for (int back = s.index() - 1; back >= Math.max(1, s.index() - ANAPHORA_REACH); back--) {
            Sentence earlier = doc.sentences().get(back);
            List<PlaceMention> before = m.placesIn(earlier);
            for (int k = before.size() - 1; k >= 0; k--) {
                if (isLandmark(doc, earlier, before.get(k)) || isRefuge(doc, earlier, before.get(k))) {
                    // "the town, 50 km northeast of the capital, Port-au-Prince": "the town" again is not the capital;
                    // nor is "the area" the province the attackers fled toward
                    continue;
                }
                Location l = before.get(k).location();
                if (l.precision() == wanted && l.country() != null && before.get(k).canHostEvent()) {
                    return before.get(k);
                }
                if (l.precision() != Precision.COUNTRY && l.country() != null && fallback == null
                        && s.index() - back <= 2 && before.get(k).canHostEvent()) {
                    fallback = before.get(k);
                }
            }
        }
        return fallback;
    }

    private static final Set<String> INDEFINITE = WordSet.of("a", "an", "one");
    private static final Set<String> SETTLEMENTS = WordSet.of("city", "town", "village", "settlement", "district", "area");

    /**
     * "an attack on a small town in central Haiti": a settlement the lead leaves unnamed inside a country is
     * the first place of that country the next sentences name ("the streets of Pont-Sonde in the Artibonite
     * region").
     */
    private static PlaceMention cataphora(Document doc, Mentions m, Sentence s) {
        List<Token> tokens = doc.tokens();
        String country = null;
        for (int k = s.firstToken(); k < s.endToken() && country == null; k++) {
            if (!SETTLEMENTS.contains(tokens.get(k).folded())) {
                continue;
            }
            boolean indefinite = false;
            for (int j = k - 1; j >= Math.max(s.firstToken(), k - 3) && !indefinite; j--) {
                indefinite = INDEFINITE.contains(tokens.get(j).folded());
            }
            if (!indefinite) {
                continue;
            }
            for (PlaceMention p : m.placesIn(s)) {
                if (p.first() > k && p.first() - k <= 4 && p.location().countryWide() && p.location().country() != null) {
                    country = p.location().country(); // "a small town in central Haiti"
                }
            }
        }
        if (country == null) {
            return s.index() <= LEAD_SENTENCES ? toldNext(doc, m, s) : null;
        }
        String inside = country;
        return firstSceneAhead(doc, m, s, 4, n -> true, p -> inside.equals(p.location().country()));
    }

    private static final Set<String> WARS = WordSet.of("war", "wars", "conflict", "conflicts", "insurgency");

    /**
     * "attacks on Israel during its war in Gaza", "since the conflict in Tigray began": the place where a war
     * is fought names the war, not where the act told beside it happened.
     */
    private static boolean theatreOfAWar(List<Token> tokens, Sentence s, PlaceMention p) {
        int k = p.first() - 1;
        while (k > s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        return k - 1 >= s.firstToken() && tokens.get(k).is("in") && WARS.contains(tokens.get(k - 1).folded());
    }

    /** How many sentences on a story may name the town its lead left unnamed. */
    private static final int NAMED_LATER_REACH = 10;

    /**
     * "hit a market in a rebel-controlled town in northwestern Syria", then "The airstrike in the town of
     * Maaret al-Numan": a settlement the lead places only by its region is the town of that country a later
     * sentence names when it points back to the incident. Null when the lead names a town, or none follows.
     */
    private static PlaceMention settlementNamedLater(Document doc, Mentions m, Sentence s, List<PlaceMention> own) {
        if (own.isEmpty() || own.stream().anyMatch(p -> p.location().precision() != Precision.REGION)) {
            return null;
        }
        List<Token> tokens = doc.tokens();
        for (PlaceMention region : own) {
            String country = region.location().country();
            String noun = country == null ? null : unnamedSettlementBefore(tokens, s, region.first());
            if (noun != null) {
                // told again as such ("The airstrike in the town of ..."), or named with the same noun ("Ywathit village")
                PlaceMention named = firstSceneAhead(doc, m, s, NAMED_LATER_REACH, n -> pointsBackToAnIncident(doc.tokensOf(n)),
                        p -> p.location().precision() == Precision.TOWN && country.equals(p.location().country()));
                return named != null ? named : firstSceneAhead(doc, m, s, 2, n -> true,
                        p -> p.location().precision() == Precision.TOWN && country.equals(p.location().country())
                                && p.end() < tokens.size() && tokens.get(p.end()).is(noun));
            }
        }
        return null;
    }

    /** "a rebel-controlled town in", "a village in": the indefinite settlement noun right before a place, or null. */
    private static String unnamedSettlementBefore(List<Token> tokens, Sentence s, int place) {
        int in = place - 1;
        // "a farming village in central Nigeria's Plateau state": over the words that say where the region lies
        while (in > s.firstToken() && in > place - 5 && !tokens.get(in).is("in") && regionQualifier(tokens.get(in))) {
            in--;
        }
        if (in - 1 < s.firstToken() || !tokens.get(in).is("in") || !SETTLEMENTS.contains(tokens.get(in - 1).folded())) {
            return null;
        }
        for (int j = in - 2; j >= Math.max(s.firstToken(), in - 5); j--) {
            if (INDEFINITE.contains(tokens.get(j).folded())) {
                return tokens.get(in - 1).folded();
            }
        }
        return null;
    }

    private static final Set<String> COMPASS_WORDS = WordSet.of("the", "central", "northern", "southern", "eastern",
            "western", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
            "s", "'", "\u2019");

    /** A word of "central Nigeria's", "the northern": where in a country a region named next lies. */
    private static boolean regionQualifier(Token t) {
        return COMPASS_WORDS.contains(t.folded()) || (t.type() == Token.Type.WORD && t.isCapitalized());
    }

    /** The headline and the first sentences: where a story often tells what happened before it says where. */
    private static final int LEAD_SENTENCES = 3;
    private static final Set<String> INCIDENT_NOUNS = WordSet.of("incident", "strike", "attack", "raid", "blast", "explosion",
            "bombing", "assault", "airstrike", "shelling", "attackers", "gunmen", "assailants");

    /**
     * "denied that a French air strike killed civilians" then "The incident on Sunday in Mali's Douentza area":
     * a lead's act without a place is at the place the next sentence gives the incident it points back to.
     */
    private static PlaceMention toldNext(Document doc, Mentions m, Sentence s) {
        return firstSceneAhead(doc, m, s, 2, n -> pointsBackToAnIncident(doc.tokensOf(n)), p -> true);
    }

    /** "The incident ...", "The strike ...": a sentence that opens on the incident told before. */
    private static boolean pointsBackToAnIncident(List<Token> tokens) {
        for (int k = 1; k < Math.min(tokens.size(), 4); k++) {
            if (INCIDENT_NOUNS.contains(tokens.get(k).folded()) && tokens.get(k - 1).is("the")) {
                return true;
            }
        }
        return false;
    }

    /** The first place below country level that can host an event in the few sentences after {@code s}. */
    private static PlaceMention firstSceneAhead(Document doc, Mentions m, Sentence s, int sentences,
                                                java.util.function.Predicate<Sentence> told,
                                                java.util.function.Predicate<PlaceMention> fits) {
        for (int next = s.index() + 1; next < Math.min(doc.sentences().size(), s.index() + 1 + sentences); next++) {
            Sentence n = doc.sentences().get(next);
            if (!told.test(n)) {
                continue;
            }
            for (PlaceMention p : m.placesIn(n)) {
                if (!p.location().countryWide() && p.canHostEvent() && fits.test(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** How many sentences back "the city" may point. */
    private static final int ANAPHORA_REACH = 6;

    private Frame frame(Document doc, Mentions m, Sentence s, PhraseTrie.Match<Trigger> t, PlaceMention p,
                        List<DateMention> dates, DateMention paragraphDate, LocalDate published, Set<Cue> cues,
                        EventKind storyKind) {
        List<Token> tokens = doc.tokens();
        List<Weapon> weapons = new ArrayList<>();
        List<Weapon> clauseWeapons = new ArrayList<>();
        for (PhraseTrie.Match<Weapon> w : m.weaponsIn(s)) {
            if (!weapons.contains(w.value())) {
                weapons.add(w.value());
            }
            if (!clauseWeapons.contains(w.value()) && sameClause(tokens, w.start(), w.end(), t.start())) {
                clauseWeapons.add(w.value());
            }
        }
        Trigger trig = t.value();
        EventKind kind = trig.kind();
        AcledSubEventType sub = trig.subType();
        if ((kind == EventKind.STRIKE || kind == EventKind.SHELLING) && !trig.has("ground") && !trig.has("violence")
                && !clauseWeapons.isEmpty() && clauseWeapons.stream().allMatch(w -> w.category() == WeaponCategory.SMALL_ARMS)
                && atForces(tokens, s, t.end())) {
            kind = EventKind.ARMED_CLASH; // "fired small arms at Azerbaijani positions": a firefight, no shelling
            sub = AcledSubEventType.ARMED_CLASH;
        } else if (refinable(kind)) {
            EventKind byWeapon = byWeapon(clauseWeapons, kind);
            if (byWeapon != kind) {
                kind = byWeapon;
                sub = subTypeOf(byWeapon, sub);
            } else if (kind == EventKind.STRIKE && storyKind != null && !trig.has("ground")) {
                kind = storyKind; // "Israeli air strikes killed 40 ... a strike on a house in Khan Younis": an air strike
                sub = subTypeOf(storyKind, sub);
            }
        }
        if (kind == EventKind.MISSILE_STRIKE || kind == EventKind.SHELLING) {
            EventKind carrier = firedFromTheAir(m, tokens, s);
            if (carrier != null) {
                kind = carrier; // "a drone fired a missile at a motorcycle": the drone delivered it, an air/drone strike
                sub = AcledSubEventType.AIR_DRONE_STRIKE;
            }
        }
        if (trig.has("repel") && byAir(clauseWeapons, tokens, s, storyKind)) {
            kind = EventKind.INTERCEPTION; // "air defences repelled a drone attack on the Moscow region"
            sub = AcledSubEventType.DISRUPTED_WEAPONS_USE;
        } else if (kind == EventKind.INTERCEPTION && aircraftDownedBy(tokens, s, t.end(), m) != null) {
            kind = aircraftDownedBy(tokens, s, t.end(), m); // "a helicopter shot down by a drone": the drone struck it
            sub = subTypeOf(kind, AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        } else if (trig.has("destroy") && destroysWeapons(m, s, tokens, t.start())) {
            kind = EventKind.INTERCEPTION;
            sub = AcledSubEventType.DISRUPTED_WEAPONS_USE;
        } else if (trig.has("ground") && kind == EventKind.STRIKE && handHeld(clauseWeapons) && groundForces(tokens, s)
                && !armedGroup(m, s)) {
            kind = EventKind.ARMED_CLASH;
            sub = AcledSubEventType.ARMED_CLASH;
        } else if ((trig.has("violence") || trig.has("kill") || (trig.has("ground") && kind == EventKind.STRIKE
                && handHeld(clauseWeapons) && (armedGroup(m, s) || armedMenStory(m))))
                && sub != AcledSubEventType.ABDUCTION_FORCED_DISAPPEARANCE) {
            // armed men's violence, or an attack by a named armed group with no weapon of war: read from the sentence
            EventKind byWeapon = byWeapon(clauseWeapons, EventKind.CIVILIAN_ATTACK);
            kind = EventKind.CIVILIAN_ATTACK;
            sub = AcledSubEventType.ATTACK;
            boolean guns = clauseWeapons.stream().anyMatch(w -> w.category() == WeaponCategory.SMALL_ARMS);
            if (byWeapon != EventKind.CIVILIAN_ATTACK) {
                kind = byWeapon; // "gunmen fired rockets at", "a drone attack killed"
                sub = subTypeOf(byWeapon, AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
            } else if (guns && !trig.has("civilian") && !civilianVictims(tokens, s) && fightingForces(tokens, m, s)) {
                kind = EventKind.ARMED_CLASH; // "used explosives and rifles in the attack on the base": a fight
                sub = AcledSubEventType.ARMED_CLASH;
            } else if (clauseWeapons.stream().anyMatch(w -> w.category() == WeaponCategory.EXPLOSIVE)
                    || m.triggersIn(s).stream().anyMatch(x -> x.value().kind() == EventKind.EXPLOSION)) {
                kind = EventKind.EXPLOSION;
                sub = AcledSubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
            } else if (!trig.has("civilian") && !civilianVictims(tokens, s) && fightingForces(tokens, m, s)) {
                kind = EventKind.ARMED_CLASH; // "gunmen attacked an army post", "opened fire on police"
                sub = AcledSubEventType.ARMED_CLASH;
            }
        }
        // the side named at a withdrawal is the one that gives the ground up: it types the loss but carried out nothing
        String attacker = ActorMention.sideIn(attackerSide(doc, m, s, t.start()), p.location().country());
        if (kind == EventKind.TERRITORIAL_CONTROL && trig.has("capture") && capturesPositions(tokens, t.end(), s)) {
            kind = EventKind.ARMED_CLASH; // "overran several military outposts in Bhamo": a fight for the town, not the town
            sub = AcledSubEventType.ARMED_CLASH;
        }
        if (kind == EventKind.TERRITORIAL_CONTROL) {
            sub = territorialSubType(trig, attacker, p.location());
        }
        List<DateMention> told = sinceDropped(tokens, withoutNamingDates(tokens, m, s, dates), t.start());
        List<DateMention> actDates = ofTheAct(m.reportingIn(s), sameClause(tokens, told, t.start()), t.start());
        DateMention d = nearest(toldAfterTheAct(m.reportingIn(s), actDates, t.start()) ? List.of()
                : notOfTheStatement(m.reportingIn(s), actDates), t.start());
        // "pulled from the rubble yesterday after it was bombed": the other clause's date bounds the act, it does not date it
        DateMention bound = nearest(told, t.start());
        LocalDate date;
        DatePrecision precision;
        boolean explicit = d != null;
        if (d != null) {
            date = d.date();
            precision = d.precision();
        } else if (paragraphDate != null) {
            date = paragraphDate.date();
            precision = paragraphDate.precision();
        } else if (bound != null) {
            date = bound.date();
            precision = bound.precision();
        } else {
            date = published;
            precision = published == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
        }
        int[] report = reportAround(tokens, s, t.start());
        // "... and that there were no casualties": a report with no act of its own still tells of this one
        List<CasualtyMention> casualties = m.isBackground(s) ? List.of() : m.casualtiesIn(s).stream()
                .filter(c -> (c.first() >= report[0] && c.first() < report[1]) || !actIn(m, s, reportAround(tokens, s, c.first())))
                .toList();
        Token first = tokens.get(t.start());
        Token last = tokens.get(t.end() - 1);
        Span placeSpan = new Span(tokens.get(p.first()).start(), tokens.get(p.end() - 1).end());
        return new Frame(s, new Span(first.start(), last.end()), t.start(), kind, sub, p.location(), placeSpan, date,
                precision, explicit, casualties, clauseWeapons, trig.has("loss") ? null : attacker, negated(tokens, s, t.start()),
                Sites.near(tokens, s, t.start(), k -> inPlace(m, s, k) || knowledge.nations().longestAt(tokens, k, k + 1) != null),
                Set.copyOf(cues));
    }

    private static final Set<String> CIVILIAN_VICTIMS = WordSet.of("civilian", "civilians", "people", "villagers", "residents",
            "worshippers", "children", "women", "farmers", "tourists", "passengers", "students", "pupils", "displaced",
            "herders", "fishermen", "journalists", "journalist", "worshipers", "mourners", "shoppers", "infants", "families",
            "population", "unarmed", "protesters", "protestors", "demonstrators", "villages", "village", "market", "mosque",
            "church", "wedding", "school", "camp", "homes", "crowd", "crowds", "queue", "queues", "food", "shelter", "hospital");
    private static final Set<String> FORCES = WordSet.of("soldiers", "troops", "police", "policemen", "officers", "army",
            "military", "base", "checkpoint", "checkpoints", "post", "posts", "patrol", "barracks", "forces", "servicemen",
            "fighters", "militants", "insurgents", "rebels", "guards", "gendarmes", "gendarmerie", "militia", "militiamen",
            "positions");

    /** Whether the token is a later word of a place's name ("Juba" of "Middle Juba"). */
    private static boolean insidePlaceName(Mentions m, Sentence s, int token) {
        for (PlaceMention p : m.placesIn(s)) {
            if (p.first() < token && token < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** "In Ndun, 18 people were killed": a sentence that opens on "In" and the place it then tells of. */
    private static boolean openedByItsPlace(List<Token> tokens, Mentions m, Sentence s) {
        if (!tokens.get(s.firstToken()).is("in")) {
            return false;
        }
        for (PlaceMention p : m.placesIn(s)) {
            if (p.first() == s.firstToken() + 1 && p.end() < s.endToken() && tokens.get(p.end()).text().equals(",")
                    && p.location().precision() == Precision.TOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article tells of armed men, not of weapons of war: it names a non-state armed group and no
     * missile, rocket, shell, drone, aircraft or bomb anywhere. Then "the attack" is theirs.
     */
    private static boolean armedMenStory(Mentions m) {
        boolean group = m.actors().stream().anyMatch(a -> a.role() == Role.ARMED_GROUP);
        boolean remote = m.weapons().stream().anyMatch(w -> w.value().category() != WeaponCategory.SMALL_ARMS
                && w.value().category() != WeaponCategory.AIR_DEFENCE);
        return group && !remote;
    }

    /** Whether the sentence names a non-state armed group ("gang members", "militants", "al-Shabaab"). */
    private static boolean armedGroup(Mentions m, Sentence s) {
        return m.actorsIn(s).stream().anyMatch(a -> a.role() == Role.ARMED_GROUP);
    }

    /** Whether the sentence names civilians among those hurt or targeted. */
    private static boolean civilianVictims(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (CIVILIAN_VICTIMS.contains(tokens.get(k).folded()) && !locator(tokens, s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "positions near the village of Nerkin Hand": a settlement noun that only says where, not who was hit. */
    private static boolean locator(List<Token> tokens, Sentence s, int k) {
        String f = tokens.get(k).folded();
        return (f.equals("village") || f.equals("villages")) && k + 2 < s.endToken() && tokens.get(k + 1).is("of")
                && tokens.get(k + 2).isCapitalized() && k - 2 >= s.firstToken()
                && (tokens.get(k - 2).is("near") || tokens.get(k - 2).is("outside") || tokens.get(k - 2).is("around"));
    }

    /** Whether the sentence names armed forces on the receiving side: then violence is a fight. */
    private static boolean fightingForces(List<Token> tokens, Mentions m, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (FORCES.contains(tokens.get(k).folded()) && !onlySpeaks(tokens, m, s, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between a speaker and its verb: ", Yazid Abubakar, said". */
    private static final int SPEAKER_GAP = 5;

    /** "police said", "a police spokesman, X, said", "said the army": forces named as the ones who speak, not who fight. */
    private static boolean onlySpeaks(List<Token> tokens, Mentions m, Sentence s, int k) {
        int first = k;
        int end = k + 1;
        for (var a : m.actorsIn(s)) {
            if (a.first() <= k && k < a.end()) {
                first = a.first();
                end = a.end();
            }
        }
        for (var cue : m.reportingIn(s)) {
            boolean before = cue.start() >= end && cue.start() - end <= SPEAKER_GAP && !cue.value().sourceAfter();
            boolean inverted = cue.start() > s.firstToken() && (tokens.get(cue.start() - 1).text().equals(",")
                    || tokens.get(cue.start() - 1).folded().equals("\""));
            boolean after = cue.end() <= first && first - cue.end() <= 2 && (cue.value().sourceAfter() || inverted);
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /**
     * No weapon of war among a clause's weapons, only guns and hand-placed explosives ("explosives and rifles"):
     * an attack with them is armed men's, read from who fights.
     */
    private static boolean handHeld(List<Weapon> weapons) {
        boolean guns = weapons.stream().anyMatch(w -> w.category() == WeaponCategory.SMALL_ARMS);
        return weapons.stream().allMatch(w -> w.category() == WeaponCategory.SMALL_ARMS
                || (guns && w.category() == WeaponCategory.EXPLOSIVE));
    }

    private static final Set<String> GROUND = WordSet.of("troops", "forces", "soldiers", "fighters", "militants",
            "infantry", "units", "assault", "assaults", "stormed", "gunmen", "rebels", "insurgents", "paramilitaries",
            // a general staff's words for the other side's troops: "the enemy attacked five times near Petropavlivka"
            "enemy", "occupiers", "invaders",
            // a defence ministry's units: "inflicted losses on manpower of three mechanized brigades"
            "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "battlegroup", "formations",
            "manpower", "detachments", "servicemen");

    private static boolean groundForces(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (GROUND.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AIRCRAFT = WordSet.of("helicopter", "helicopters", "plane", "planes", "jet", "jets",
            "aircraft", "airliner", "airplane", "warplane", "chopper");

    /**
     * "a helicopter shot down by a drone", "the downing of a plane by a missile": an aircraft brought down
     * by a weapon is a strike of that weapon, not an interception of it. The kind, or null.
     */
    private static EventKind aircraftDownedBy(List<Token> tokens, Sentence s, int after, Mentions m) {
        boolean aircraft = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            aircraft |= AIRCRAFT.contains(tokens.get(k).folded());
        }
        if (!aircraft) {
            return null;
        }
        for (int k = after; k < Math.min(s.endToken() - 1, after + 8); k++) {
            if (tokens.get(k).is("by")) {
                for (PhraseTrie.Match<Weapon> w : m.weaponsIn(s)) {
                    if (w.start() > k && w.start() - k <= 3) {
                        EventKind byWeapon = byWeapon(List.of(w.value()), EventKind.STRIKE);
                        return byWeapon == EventKind.STRIKE ? null : byWeapon;
                    }
                }
            }
        }
        return null;
    }

    /** "destroyed a watchtower with a kamikaze drone": the weapon after these words is the means, not the target. */
    private static final Set<String> MEANS = WordSet.of("with", "using", "by", "from");

    /** "air defences destroyed two drones", "drones were destroyed above Rostov": an interception. */
    private static boolean destroysWeapons(Mentions m, Sentence s, List<Token> tokens, int trigger) {
        boolean airDefence = false;
        boolean projectileNear = false;
        for (PhraseTrie.Match<Weapon> w : m.weaponsIn(s)) {
            WeaponCategory c = w.value().category();
            // the air defence that destroyed ("air defences destroyed", "downed by air defences"), not the one
            // destroyed ("destroyed a Tor-M2 air defence system")
            airDefence |= c == WeaponCategory.AIR_DEFENCE && (w.start() < trigger || byBefore(tokens, trigger, w.start()));
            boolean projectile = c == WeaponCategory.DRONE || c == WeaponCategory.MISSILE || c == WeaponCategory.ROCKET;
            boolean means = w.start() > 0 && MEANS.contains(tokens.get(w.start() - 1).folded())
                    || w.start() > 1 && MEANS.contains(tokens.get(w.start() - 2).folded());
            // "destroyed 24 drones", "drones were destroyed" -- but "a missile destroyed a building" is the missile's strike
            boolean destroyed = w.start() > trigger || passiveBetween(tokens, w.end(), trigger);
            projectileNear |= projectile && Math.abs(w.start() - trigger) <= 4 && !means && destroyed;
        }
        return airDefence || projectileNear;
    }

    private static boolean byBefore(List<Token> tokens, int trigger, int weapon) {
        for (int k = weapon - 1; k > trigger && k >= weapon - 3; k--) {
            if (tokens.get(k).is("by")) {
                return true;
            }
        }
        return false;
    }

    private static boolean passiveBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String f = tokens.get(k).folded();
            if (f.equals("was") || f.equals("were") || f.equals("been") || f.equals("be")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one kind of strike an article tells, from its words that say the kind ("air strikes", "shelling") and
     * its weapons ("drones", "artillery"), or null when it tells none or several: a bare "strike" of it is of that kind.
     */
    private static EventKind storyStrikeKind(Document doc, Mentions m) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (Sentence s : doc.sentences()) {
            for (PhraseTrie.Match<Trigger> t : m.triggersIn(s)) {
                EventKind k = t.value().kind();
                if (t.value().opensFrame() && !t.value().has("weak") && STRIKE_KINDS.contains(k)) {
                    kinds.add(k);
                }
            }
            List<PhraseTrie.Match<Weapon>> named = m.weaponsIn(s);
            if (!named.isEmpty()) {
                List<Weapon> weapons = new ArrayList<>(named.size());
                for (PhraseTrie.Match<Weapon> w : named) {
                    weapons.add(w.value());
                }
                EventKind byWeapon = byWeapon(weapons, EventKind.STRIKE);
                if (STRIKE_KINDS.contains(byWeapon)) {
                    kinds.add(byWeapon);
                }
            }
        }
        return kinds.size() == 1 ? kinds.iterator().next() : null;
    }

    /**
     * Whether an attack fended off came by air: drones, missiles, rockets or aircraft (or the air defences that
     * meet them) in the clause, or no ground forces in the sentence of a story of strikes from the air.
     */
    private static boolean byAir(List<Weapon> clauseWeapons, List<Token> tokens, Sentence s, EventKind storyKind) {
        boolean air = clauseWeapons.stream().anyMatch(w -> w.category() == WeaponCategory.DRONE
                || w.category() == WeaponCategory.MISSILE || w.category() == WeaponCategory.ROCKET
                || w.category() == WeaponCategory.AIRCRAFT || w.category() == WeaponCategory.AIR_DEFENCE);
        boolean airStory = storyKind == EventKind.DRONE_STRIKE || storyKind == EventKind.MISSILE_STRIKE
                || storyKind == EventKind.AIR_STRIKE;
        return air || (airStory && clauseWeapons.isEmpty() && !groundForces(tokens, s));
    }

    private static final Set<EventKind> STRIKE_KINDS = EnumSet.of(EventKind.AIR_STRIKE, EventKind.DRONE_STRIKE,
            EventKind.MISSILE_STRIKE, EventKind.SHELLING);

    private static final Set<String> FORCES_FIRED_AT = WordSet.of("positions", "position", "troops", "soldiers", "post",
            "posts", "outpost", "outposts", "checkpoint", "checkpoints", "base", "units", "forces", "patrol");

    /** Whether what was fired at, later in the act's clause, is forces ("at Azerbaijani positions"). */
    private static boolean atForces(List<Token> tokens, Sentence s, int end) {
        for (int k = end; k < Math.min(s.endToken(), end + 20); k++) {
            if (FORCES_FIRED_AT.contains(tokens.get(k).folded())) {
                return true;
            }
            if (tokens.get(k).is(",") || tokens.get(k).is(";")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> FIRED_OFF = WordSet.of("fired", "launched", "fires", "launches", "firing", "launching");

    /**
     * "a drone fired a missile", "jets launched rockets", "a missile fired from a drone": what delivered the missile
     * was a drone or an aircraft (SCHEMA: an air/drone strike when the text says aircraft or drones delivered it). The
     * kind, or null.
     */
    private static EventKind firedFromTheAir(Mentions m, List<Token> tokens, Sentence s) {
        for (PhraseTrie.Match<Weapon> w : m.weaponsIn(s)) {
            WeaponCategory c = w.value().category();
            if (c != WeaponCategory.DRONE && c != WeaponCategory.AIRCRAFT) {
                continue;
            }
            EventKind kind = c == WeaponCategory.DRONE ? EventKind.DRONE_STRIKE : EventKind.AIR_STRIKE;
            int k = w.end();
            if (k < s.endToken() && (tokens.get(k).is("had") || tokens.get(k).is("has") || tokens.get(k).is("also"))) {
                k++;
            }
            if (k < s.endToken() && FIRED_OFF.contains(tokens.get(k).folded())) {
                return kind; // "a drone fired a missile"
            }
            int b = w.start() - 1;
            if (b >= s.firstToken() && (tokens.get(b).is("a") || tokens.get(b).is("an") || tokens.get(b).is("the"))) {
                b--;
            }
            if (b - 1 >= s.firstToken() && tokens.get(b).is("from") && FIRED_OFF.contains(tokens.get(b - 1).folded())) {
                return kind; // "a missile fired from a drone"
            }
        }
        return null;
    }

    private static boolean refinable(EventKind kind) {
        return kind == EventKind.STRIKE || kind == EventKind.EXPLOSION || kind == EventKind.SHELLING
                || kind == EventKind.MISSILE_STRIKE;
    }

    private static EventKind byWeapon(List<Weapon> weapons, EventKind kind) {
        boolean drone = false, air = false, missile = false, artillery = false;
        for (Weapon w : weapons) {
            WeaponCategory c = w.category();
            drone |= c == WeaponCategory.DRONE;
            air |= c == WeaponCategory.AIRCRAFT;
            missile |= c == WeaponCategory.MISSILE;
            artillery |= c == WeaponCategory.ARTILLERY || c == WeaponCategory.ROCKET;
        }
        if (missile) {
            return EventKind.MISSILE_STRIKE;
        }
        if (kind == EventKind.SHELLING || artillery) {
            return EventKind.SHELLING;
        }
        if (drone) {
            return EventKind.DRONE_STRIKE;
        }
        if (air) {
            return EventKind.AIR_STRIKE;
        }
        return kind;
    }

    private static AcledSubEventType subTypeOf(EventKind kind, AcledSubEventType fallback) {
        return switch (kind) {
            case DRONE_STRIKE, AIR_STRIKE -> AcledSubEventType.AIR_DRONE_STRIKE;
            case MISSILE_STRIKE, SHELLING, STRIKE -> AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
            default -> fallback;
        };
    }

    /** Foreign forces taking ground: a non-state actor overtakes territory; the state's own forces: regains it. */
    private static AcledSubEventType territorialSubType(Trigger t, String attacker, Location place) {
        String country = place.country();
        boolean retake = t.has("retake") || t.has("loss");
        if (attacker != null && country != null) {
            boolean own = attacker.equals(country);
            if (t.has("loss")) {
                own = !own;
            }
            return own ? AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY : AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        }
        return retake ? AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY : AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    /** The side of the nearest actor with a known side before the trigger in its sentence ("Russian missile strike"). */
    private String attackerSide(Document doc, Mentions m, Sentence s, int trigger) {
        List<Token> tokens = doc.tokens();
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 2); k--) {
            PhraseTrie.Match<org.sitrep.engine.knowledge.Nation> n = insidePlaceName(m, s, k) ? null
                    : knowledge.nations().longestAt(tokens, k, trigger); // "Middle Juba airstrike": a region, not South Sudan
            boolean modifier = n != null && n.end() == trigger
                    && (k == s.firstToken() || !LOCATIVE_BEFORE.contains(tokens.get(k - 1).folded())
                        || peoplesAdjective(tokens, m, s, n));
            if (modifier) {
                return n.value().side(); // "Russian missile strike", "an Israeli air strike"
            }
        }
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 3); k--) {
            PhraseTrie.Match<org.sitrep.engine.knowledge.Nation> n = knowledge.nations().longestAt(tokens, k, trigger);
            if (n != null && n.end() < trigger && FIRED.contains(tokens.get(n.end()).folded())
                    && (k == s.firstToken() || !LOCATIVE_BEFORE.contains(tokens.get(k - 1).folded()))) {
                return n.value().side(); // "Israeli planes struck", "Russian missiles hit"
            }
        }
        String side = null;
        String speakerSide = null;
        List<PhraseTrie.Match<org.sitrep.engine.knowledge.ReportingCue>> cues = m.reportingIn(s);
        for (PhraseTrie.Match<org.sitrep.engine.knowledge.ReportingCue> c : cues) {
            if (c.end() < trigger && BLAME.contains(tokens.get(c.start()).folded())) {
                PhraseTrie.Match<org.sitrep.engine.knowledge.Nation> n = knowledge.nations().longestAt(tokens, c.end(), trigger);
                if (n != null) {
                    return n.value().side(); // "blamed Ukraine for the blasts"
                }
            }
        }
        for (ActorMention a : m.actorsIn(s)) {
            if (a.end() <= trigger && a.side() != null && trigger - a.end() <= 8 && isPartySide(a.side())
                    && a.role() != Role.LOCAL && a.role() != Role.WITNESS && a.role() != Role.MONITOR
                    && !struckBefore(tokens, m, s, a)) {
                boolean speaker = cues.stream().anyMatch(c -> c.start() >= a.end() && c.start() - a.end() <= 3);
                boolean blamed = cues.stream().anyMatch(c -> c.end() <= a.first() && a.first() - c.end() <= 1
                        && BLAME.contains(tokens.get(c.start()).folded()));
                if (blamed) {
                    return a.side(); // "blamed Ukraine for the blasts"
                }
                if (!speaker) {
                    side = a.side();
                } else {
                    speakerSide = a.side();
                }
            }
        }
        if (side == null && speakerSide != null) {
            // "Ukrainian forces said they had entered Kupiansk": the speaker's own forces did it
            for (int k = Math.max(s.firstToken(), trigger - 6); k < trigger; k++) {
                if (SELF.contains(tokens.get(k).folded())) {
                    return speakerSide;
                }
            }
        }
        return side;
    }

    /**
     * "killed in Russian shelling": after "in" or "of" a people's adjective still says who struck; only the
     * country as a place ("Sloviansk in Ukraine was captured") or its people ("dozens of Russians killed")
     * does not.
     */
    private static boolean peoplesAdjective(List<Token> tokens, Mentions m, Sentence s, PhraseTrie.Match<?> n) {
        if (n.end() - n.start() != 1) {
            return false;
        }
        for (PlaceMention p : m.placesIn(s)) {
            if (p.first() < n.end() && p.end() > n.start()) {
                return false;
            }
        }
        return !tokens.get(n.start()).folded().endsWith("s");
    }

    /** What a state fires or flies: its people's name before these names who struck. */
    private static final Set<String> FIRED = WordSet.of("planes", "warplanes", "jets", "aircraft", "missiles", "missile",
            "drones", "drone", "rockets", "rocket", "artillery", "shells", "forces", "troops", "helicopters", "tanks",
            "navy", "army", "military", "air");

    private static final Set<String> LOCATIVE_BEFORE = WordSet.of("in", "of", "at", "from", "into", "near", "across", "inside");
    private static final Set<String> SELF = WordSet.of("they", "their", "its", "it", "we", "our");
    private static final Set<String> BLAME = WordSet.of("blamed", "blames", "blame", "accused", "accuses", "accuse");

    /**
     * "it hit a meeting of Ukrainian army commanders", "attacks on Russian positions": an actor a few words
     * after an act of force is what was struck, not who struck ("by" names who did it).
     */
    private static boolean struckBefore(List<Token> tokens, Mentions m, Sentence s, ActorMention a) {
        for (PhraseTrie.Match<org.sitrep.engine.knowledge.Trigger> t : m.triggersIn(s)) {
            if (t.end() <= a.first() && a.first() - t.end() <= 4) {
                boolean plain = true;
                for (int k = t.end(); k < a.first() && plain; k++) {
                    Token w = tokens.get(k);
                    plain = w.isWord() && !w.is("by") && !w.is("and") && !w.is("as");
                }
                if (plain) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPartySide(String side) {
        return !side.equals("third_party") && !side.equals("media") && !side.equals("unknown");
    }

    /** Words that open another clause: a weapon told beyond one is not what the trigger's act was done with. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("after", "before", "while", "but", "whereas", "where",
            "although", ";");

    /** Whether a weapon lies in the trigger's clause: near it and with no clause opener between. */
    private static boolean sameClause(List<Token> tokens, int first, int end, int trigger) {
        int from = Math.min(end, trigger);
        int to = Math.max(first, trigger);
        return to - from <= 15 && noOpenerIn(tokens, from, to);
    }

    /** Whether no word in {@code [from, to)} opens a clause ("after", "but", "where", ...). */
    private static boolean noOpenerIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_OPENERS.contains(tokens.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /** Words that describe someone by a past episode they took part in: "took part in the October 7 massacre". */
    private static final Set<String> PARTICIPATION = WordSet.of("part", "involved", "involvement", "responsible", "behind",
            "planned", "planning", "plotted", "masterminded", "mastermind", "orchestrated", "participated", "role");

    /**
     * Whether a date right before the trigger names the past episode someone is described by: "a Hamas terrorist
     * who took part in the October 7 massacre" (unlike "the January 2023 strike on Dnipro", an episode recalled).
     */
    private static boolean namedByDate(List<Token> tokens, Mentions m, Sentence s, int trigger) {
        for (DateMention d : m.datesIn(s)) {
            if (d.end() == trigger && describesSomeone(tokens, s, d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean describesSomeone(List<Token> tokens, Sentence s, DateMention d) {
        for (int k = d.first() - 1; k >= Math.max(s.firstToken(), d.first() - 4); k--) {
            if (PARTICIPATION.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's dates but those that name an episode someone is described by: they date no act of it. */
    private static List<DateMention> withoutNamingDates(List<Token> tokens, Mentions m, Sentence s, List<DateMention> dates) {
        List<DateMention> out = null;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            boolean naming = false;
            for (PhraseTrie.Match<Trigger> t : m.triggersIn(s)) {
                naming |= t.start() == d.end() && describesSomeone(tokens, s, d);
            }
            if (naming && out == null) {
                out = new ArrayList<>(dates.subList(0, i));
            } else if (!naming && out != null) {
                out.add(d);
            }
        }
        return out == null ? dates : out;
    }

    /**
     * "shelled a market ... the worst week since the outbreak of war in April": a date after "since" is when
     * something else began, never when the trigger's act happened.
     */
    private static List<DateMention> sinceDropped(List<Token> tokens, List<DateMention> dates, int trigger) {
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            boolean since = false;
            for (int k = trigger + 1; k < d.first() && !since; k++) {
                since = tokens.get(k).folded().equals("since");
            }
            if (!since) {
                out.add(d);
            }
        }
        return out;
    }

    /** "under attack", "under Israeli fire", "under heavy bombardment": "under" before the trigger and its modifiers. */
    private static boolean underAttack(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 3); k--) {
            if (tokens.get(k).is("under")) {
                return true;
            }
            if (!(tokens.get(k).isCapitalized() || tokens.get(k).folded().equals("heavy")
                    || tokens.get(k).folded().equals("constant") || tokens.get(k).folded().equals("intense"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> STOPPING = WordSet.of("stop", "halt", "prevent", "deter", "curb", "counter", "thwart",
            "end", "stopping", "halting", "preventing", "deterring", "curbing", "countering", "ending");

    /** Acts named as what is to be stopped ("to stop Houthi attacks on shipping", "to deter further strikes"). */
    private static boolean aimedToStop(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken() + 1, trigger - 4); k--) {
            Token t = tokens.get(k);
            if (STOPPING.contains(t.folded())) {
                return tokens.get(k - 1).is("to") || t.folded().endsWith("ing");
            }
            if (t.type() == Token.Type.PUNCT && !t.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PLACE_NOUNS = WordSet.of("region", "area", "country", "state", "province", "part",
            "corner", "zone", "belt", "district", "city", "town");

    /** An act in a clause that says what a place is like: "a region where clashes ... have left hundreds dead". */
    private static boolean describesAPlace(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken() + 2, trigger - 10); k--) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.PUNCT) {
                return false;
            }
            if (t.is("where")) {
                return PLACE_NOUNS.contains(tokens.get(k - 1).folded())
                        && (tokens.get(k - 2).is("a") || tokens.get(k - 2).is("an"));
            }
        }
        return false;
    }

    private static final Set<String> TELLING_OF = WordSet.of("describing", "described", "describe", "describes",
            "recounting", "recounted", "recount", "recalling", "recalled", "recall", "recalls");

    /** Acts named as what witnesses describe or recall, with no day in the sentence: testimony of the past. */
    private static boolean testimonyOf(List<Token> tokens, Mentions m, Sentence s, int trigger) {
        if (m.datesIn(s).stream().anyMatch(d -> d.date() != null && d.precision() == DatePrecision.DAY)) {
            return false;
        }
        // back over the list the act stands in: "describing killings, rapes and the shelling of their homes"
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 8); k--) {
            Token t = tokens.get(k);
            if (TELLING_OF.contains(t.folded())) {
                return true;
            }
            if ((t.type() == Token.Type.PUNCT && !t.is(",")) || CLAUSE_OPENERS.contains(t.folded())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> BACKDROP_PREPOSITIONS = WordSet.of("during", "amid", "in");

    /**
     * "The attack came two days before Russia's Victory Day parade in Moscow", "The strikes come as talks resume in
     * Doha": the act told already, named again to say when it fell; the places of the sentence are another story's.
     */
    private static boolean cameAsTimed(List<Token> tokens, Sentence s, PhraseTrie.Match<Trigger> t) {
        return t.start() > s.firstToken() && t.start() - 1 == s.firstToken() && tokens.get(t.start() - 1).is("the")
                && t.end() < s.endToken() && (tokens.get(t.end()).is("came") || tokens.get(t.end()).is("comes")
                || tokens.get(t.end()).is("come"));
    }

    /** Nouns of held ground that a capture's participle may describe: "the territory seized by Ukrainian forces". */
    private static final Set<String> HELD_GROUND = WordSet.of("territory", "territories", "land", "lands", "area", "areas");

    /**
     * "part of the Russian territory seized by Ukrainian forces in August": a capture told as a participle right after
     * the ground it describes (ground takes nothing) says what the ground is, not what happened where the sentence is.
     */
    private static boolean describedGround(List<Token> tokens, Sentence s, int trigger) {
        return trigger > s.firstToken() && HELD_GROUND.contains(tokens.get(trigger - 1).folded());
    }

    /**
     * "taken prisoner during the fighting in the Kursk region", "are again caught in fighting between the army and
     * the Arakan Army": fighting named as the setting of something else, with no day and no toll of its own, is the
     * war going on, not an incident.
     */
    private static boolean fightingAsBackdrop(List<Token> tokens, Mentions m, Sentence s, int trigger) {
        if (!tokens.get(trigger).is("fighting")) {
            return false;
        }
        int k = trigger - 1;
        if (k >= s.firstToken() && EARLIER.contains(tokens.get(k).folded())) {
            return true; // "families displaced by earlier fighting"
        }
        if (!m.casualtiesIn(s).isEmpty()
                || m.datesIn(s).stream().anyMatch(d -> d.date() != null && d.precision() == DatePrecision.DAY)) {
            return false;
        }
        if (k >= s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        return k >= s.firstToken() && BACKDROP_PREPOSITIONS.contains(tokens.get(k).folded());
    }

    private static final Set<String> EARLIER = WordSet.of("earlier", "previous", "past", "recent", "years-long", "months-long");

    /** Times of day that "after" may govern without opening a clause: "after midnight on Sunday". */
    private static final Set<String> TIMES_OF_DAY = WordSet.of("midnight", "dawn", "dusk", "nightfall", "sunset", "sunrise",
            "noon", "daybreak", "sundown");

    /**
     * "Tinubu on Tuesday ordered an inquiry after the army acknowledged its drone struck the village": a date on
     * the other side of "after" dates another clause's act, not the one the trigger names.
     */
    private static List<DateMention> sameClause(List<Token> tokens, List<DateMention> dates, int trigger) {
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            int from = Math.min(d.end(), trigger);
            int to = Math.max(d.first(), trigger);
            boolean split = false;
            for (int k = from; k < to && !split; k++) {
                String w = tokens.get(k).folded();
                split = w.equals("after") && k + 1 != d.first()
                        && !(k + 1 < tokens.size() && TIMES_OF_DAY.contains(tokens.get(k + 1).folded()));
                // "killed in shelling of a market, according to the Health Ministry on Wednesday": when it was told
                split |= w.equals("according") && trigger < k && k + 1 < tokens.size() && tokens.get(k + 1).is("to");
            }
            if (!split) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * "on Thursday denied allegations that a French air strike killed civilians": a date next to a denial before
     * the act is when it was denied; the act happened before, on a day of its own. (A claim's date is kept: "said
     * on Saturday its forces had taken the town" tells the capture as news of that day.)
     */
    private static List<DateMention> ofTheAct(List<PhraseTrie.Match<org.sitrep.engine.knowledge.ReportingCue>> cues,
                                              List<DateMention> dates, int trigger) {
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            boolean said = d.end() <= trigger && cues.stream().anyMatch(c -> c.end() <= trigger
                    && c.value().stance() != org.sitrep.model.Stance.ASSERTS && (d.end() <= c.start() && c.start() - d.end() <= 1 || d.first() >= c.end() && d.first() - c.end() <= 1));
            if (!said) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * "police said Wednesday that officers had killed 12 gang members in Kenscoff on Tuesday": beside a day told
     * of the act, a day next to the verb that reports it is when it was said.
     */
    private static List<DateMention> notOfTheStatement(List<PhraseTrie.Match<org.sitrep.engine.knowledge.ReportingCue>> cues,
                                                       List<DateMention> dates) {
        if (dates.size() < 2) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            boolean said = cues.stream().anyMatch(c -> d.first() >= c.end() && d.first() - c.end() <= 1);
            if (!said) {
                out.add(d);
            }
        }
        // "announced Saturday that it is pulling back ... after advances in the past week": only a day of its own
        // dates the act apart from its telling
        return out.stream().anyMatch(d -> d.precision() == DatePrecision.DAY) ? out : dates;
    }

    /**
     * "dropped two bombs on the village ..., a fighter told The Associated Press by phone on Monday": the one day of
     * the act's clause stands in the reporting clause told after it. It is the day of the telling; the act keeps the
     * day the story gave it, else that day bounds it.
     */
    private static boolean toldAfterTheAct(List<PhraseTrie.Match<org.sitrep.engine.knowledge.ReportingCue>> cues,
                                           List<DateMention> dates, int trigger) {
        if (dates.size() != 1 || dates.get(0).precision() != DatePrecision.DAY) {
            return false;
        }
        DateMention d = dates.get(0);
        return cues.stream().anyMatch(c -> c.start() > trigger && d.first() >= c.end() && d.first() - c.end() <= 6);
    }

    private static DateMention nearest(List<DateMention> dates, int token) {
        DateMention best = null;
        for (DateMention d : dates) {
            if (best == null || Math.abs(d.first() - token) < Math.abs(best.first() - token)) {
                best = d;
            }
        }
        return best;
    }

    private static boolean negated(List<Token> tokens, Sentence s, int trigger) {
        for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 4); k--) {
            if (NEGATIONS.contains(tokens.get(k).folded())) {
                return true;
            }
            if (tokens.get(k).text().equals(",")) {
                break;
            }
        }
        return false;
    }
}
