package org.sitrep.engine.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Trigger;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.gazetteer.PlaceIndex;

/** Runs every mention finder over a document, in the order their dependencies need. */
public final class MentionFinder {

    private final Knowledge knowledge;
    private final ActorFinder actors;
    private final PlaceFinder places;
    private final DateFinder dates = new DateFinder();
    private final CasualtyFinder casualties;

    public MentionFinder(PlaceIndex index, Knowledge knowledge) {
        this.knowledge = knowledge;
        this.actors = new ActorFinder(knowledge);
        this.places = new PlaceFinder(index, knowledge);
        this.casualties = new CasualtyFinder(knowledge);
    }

    public Mentions find(Document doc, LocalDate published) {
        return find(doc, published, null);
    }

    /** @param outletCountry the publishing outlet's country (see {@link OutletCountry}), a weak prior for places; or null */
    public Mentions find(Document doc, LocalDate published, String outletCountry) {
        boolean[] taken = actors.claimedTokens(doc);
        List<PhraseTrie.Match<org.sitrep.engine.knowledge.Weapon>> weapons = all(knowledge.weapons(), doc);
        for (PhraseTrie.Match<org.sitrep.engine.knowledge.Weapon> w : weapons) {
            for (int k = w.start(); k < w.end(); k++) {
                taken[k] = true; // "Iskander", "Iron Dome": weapons named after places are not places
            }
        }
        List<PlaceMention> placeMentions = places.find(doc, taken, outletCountry);
        List<ActorMention> actorMentions = actors.find(doc, placeMentions, published);
        boolean[] background = new boolean[doc.sentences().size()];
        boolean[] habitual = new boolean[doc.sentences().size()];
        List<DateMention> dateMentions = dates.find(doc, published);
        List<CasualtyMention> tolls = casualties.find(doc);
        List<PhraseTrie.Match<Trigger>> triggers = all(knowledge.triggers(), doc);
        boolean tallyBefore = false;
        for (Sentence s : doc.sentences()) {
            for (PhraseTrie.Match<Boolean> b : matches(knowledge.background(), doc.tokens(), s)) {
                if (inTrailingClause(doc.tokens(), s, b.start(), Mentions.in(triggers, s, PhraseTrie.Match::start))) {
                    continue;
                }
                background[s.index()] = true;
                habitual[s.index()] |= b.value();
            }
            List<CasualtyMention> sentenceTolls = Mentions.in(tolls, s, CasualtyMention::first);
            List<DateMention> sentenceDates = Mentions.in(dateMentions, s, DateMention::first);
            List<PhraseTrie.Match<Trigger>> sentenceTriggers = Mentions.in(triggers, s, PhraseTrie.Match::start);
            boolean tally = warToll(doc, s, sentenceTolls, sentenceDates, Mentions.in(placeMentions, s, PlaceMention::first),
                    sentenceTriggers) || (tallyBefore && tallyGoesOn(doc.tokens(), s, sentenceTolls, sentenceDates, sentenceTriggers));
            if (tally) {
                background[s.index()] = true;
            }
            tallyBefore = tally;
        }
        return new Mentions(placeMentions, actorMentions, dateMentions, tolls,
                weapons, all(knowledge.reporting(), doc), triggers,
                all(knowledge.verification(), doc), background, habitual, controllers(doc, actorMentions), doc.tokens(),
                new java.util.HashMap<>(), combatants(doc), knowledge.claimSignals(), new SentenceBounds(doc.tokens()));
    }

    private static final java.util.Set<String> WAR_WORDS = org.sitrep.engine.text.WordSet.of("war", "wars", "offensive", "conflict", "campaign", "fighting",
            "invasion", "occupation", "insurgency", "since", "total", "overall", "tally", "far");

    /**
     * "Israel's offensive has killed at least 40,173 people in Gaza", "37,000 killed in the war": a toll in the
     * thousands without a day of its own, told as the toll of a war or a campaign, is no incident's.
     */
    /**
     * "US strikes on Sanaa killed eight, the ministry said, as Washington pressed its air campaign": a phrase of
     * a campaign in a clause trailing the sentence's act (after ", as", ", while", "; ") speaks of that clause,
     * not of the act before it.
     */
    private static boolean inTrailingClause(List<Token> tokens, Sentence s, int phrase,
                                            List<PhraseTrie.Match<Trigger>> triggers) {
        for (int k = phrase - 1; k >= Math.max(s.firstToken(), phrase - 8); k--) {
            if (SUPERLATIVES.contains(tokens.get(k).folded())) {
                return true; // "one of the worst massacres in the state since the war began": a comparison, no count
            }
        }
        for (int k = phrase - 1; k > s.firstToken(); k--) {
            Token t = tokens.get(k);
            boolean opener = t.is(";") || ((t.is("as") || t.is("while") || t.is("whereas")) && tokens.get(k - 1).is(","))
                    || (t.is("in") && tokens.get(k - 1).is(",") && k + 1 < s.endToken() && tokens.get(k + 1).is("what"));
            if (opener) {
                for (PhraseTrie.Match<Trigger> tr : triggers) {
                    if (tr.start() < k) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Words that rank an incident against others: a background phrase after them compares, it does not count. */
    private static final java.util.Set<String> SUPERLATIVES = org.sitrep.engine.text.WordSet.of("worst", "deadliest", "bloodiest",
            "largest", "biggest", "heaviest", "fiercest", "most");

    /** Whether a word ranks an incident against others ("the deadliest", "the worst"). */
    public static boolean ranks(Token t) {
        return SUPERLATIVES.contains(t.folded());
    }

    /** "have been killed ... since", "has killed ... since": a perfect tense counting from a time. */
    private static boolean perfectSince(List<Token> tokens, Sentence s) {
        boolean perfect = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if ((t.is("has") || t.is("have")) && k + 1 < s.endToken()
                    && (tokens.get(k + 1).is("been") || tokens.get(k + 1).is("killed"))) {
                perfect = true;
            } else if (perfect && t.is("since")) {
                return true;
            }
        }
        return false;
    }

    /** "in 2024", "during 2023": a whole year as the time of what the sentence counts. */
    private static boolean inAYear(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            Token t = tokens.get(k);
            String prev = tokens.get(k - 1).folded();
            if (t.type() == Token.Type.NUMBER && t.text().length() == 4 && t.text().matches("(19|20)\\d\\d")
                    && (prev.equals("in") || prev.equals("during") || prev.equals("throughout"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a war's toll, "On the Israeli side, 22 soldiers and 26 civilians have been killed": a toll in the perfect
     * with no day and no act of its own goes on with the count.
     */
    private static boolean tallyGoesOn(List<Token> tokens, Sentence s, List<CasualtyMention> tolls, List<DateMention> dates,
                                       List<PhraseTrie.Match<Trigger>> triggers) {
        return !tolls.isEmpty() && perfectKilled(tokens, s)
                && dates.stream().noneMatch(d -> d.date() != null && d.precision() == org.sitrep.model.DatePrecision.DAY)
                && triggers.stream().noneMatch(t -> t.value().opensFrame() && !t.value().has("kill") && !t.value().has("violence"));
    }

    /** "has killed", "have been killed": a toll told in the perfect, counted up to now. */
    private static boolean perfectKilled(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if ((tokens.get(k).is("has") || tokens.get(k).is("have")) && (tokens.get(k + 1).is("killed")
                    || (tokens.get(k + 1).is("been") && k + 2 < s.endToken() && tokens.get(k + 2).is("killed")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence names a country and no finer place. */
    private static boolean countryOnly(List<PlaceMention> places) {
        return !places.isEmpty() && places.stream().allMatch(p -> p.location().countryWide());
    }

    private static boolean warToll(Document doc, Sentence s, List<CasualtyMention> tolls, List<DateMention> dates,
                                   List<PlaceMention> places, List<PhraseTrie.Match<Trigger>> triggers) {
        if (dates.stream().anyMatch(d -> d.date() != null && d.precision() == org.sitrep.model.DatePrecision.DAY)) {
            return false; // "..., killing 3 people on Sunday": that day's toll
        }
        if (!tolls.isEmpty() && inAYear(doc.tokens(), s)) {
            return true; // "more than 4,200 civilians killed in Sudan in 2024": a year's count
        }
        if (!tolls.isEmpty() && perfectSince(doc.tokens(), s)) {
            return true; // "more than 500 people have been killed in Lebanon since October": a count over time
        }
        if (!tolls.isEmpty() && perfectKilled(doc.tokens(), s) && countryOnly(places) && triggers.stream()
                .noneMatch(t -> t.value().opensFrame() && !t.value().has("violence") && !t.value().has("kill"))) {
            return true; // "The violence has killed more than 420 people in Lebanon": a count over time, of a country
            // (not "A brutal attack on a town in central Haiti has killed at least 70": one incident's)
        }
        if (tolls.stream().noneMatch(c -> c.low() != null && c.low() >= 1000)) {
            return false;
        }
        List<Token> tokens = doc.tokens();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String f = tokens.get(k).folded();
            if (WAR_WORDS.contains(f) || ((f.equals("has") || f.equals("have")) && k + 1 < s.endToken()
                    && (tokens.get(k + 1).is("killed") || tokens.get(k + 1).is("been")))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FIGHTING = org.sitrep.engine.text.WordSet.of("forces", "force", "troops", "army",
            "military", "soldiers", "missile", "missiles", "rocket", "rockets", "drone", "drones", "strike", "strikes",
            "airstrike", "airstrikes", "jets", "warplanes", "aircraft", "artillery", "shelling", "attack", "attacks",
            "offensive", "units", "navy", "shells", "bombs", "tanks", "helicopters", "air");

    /** States named right before words of forces or fire ("Russian missiles", "Israeli troops"). */
    private java.util.Set<String> combatants(Document doc) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                PhraseTrie.Match<org.sitrep.engine.knowledge.Nation> n = knowledge.nations().longestAt(tokens, k, s.endToken());
                if (n != null) {
                    int j = n.end();
                    if (j < s.endToken() && tokens.get(j).folded().equals("s")) {
                        j++;
                    }
                    if (j < s.endToken() && FIGHTING.contains(tokens.get(j).folded())) {
                        out.add(n.value().side());
                    }
                    k = n.end() - 1;
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> RUN = org.sitrep.engine.text.WordSet.of("run", "controlled", "held", "administered",
            "governed", "led", "affiliated", "aligned");

    /** "the Houthi-run health ministry", "controlled by the RSF": armed groups the article says run a place. */
    private static java.util.Set<String> controllers(Document doc, List<ActorMention> actors) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<Token> tokens = doc.tokens();
        for (ActorMention a : actors) {
            if (a.side() == null || a.role() != org.sitrep.engine.knowledge.Role.ARMED_GROUP) {
                continue;
            }
            boolean inside = RUN.contains(tokens.get(a.end() - 1).folded());
            boolean hyphenAfter = a.end() + 1 < tokens.size() && tokens.get(a.end()).text().equals("-")
                    && RUN.contains(tokens.get(a.end() + 1).folded());
            boolean byBefore = a.first() >= 2 && (tokens.get(a.first() - 1).is("by") || (tokens.get(a.first() - 1).is("the")
                    && a.first() >= 3 && tokens.get(a.first() - 2).is("by")))
                    && RUN.contains(tokens.get(a.first() - (tokens.get(a.first() - 1).is("the") ? 3 : 2)).folded());
            if (inside || hyphenAfter || byBefore) {
                out.add(a.side());
            }
        }
        return out;
    }

    private static <V> List<PhraseTrie.Match<V>> all(PhraseTrie<V> trie, Document doc) {
        List<PhraseTrie.Match<V>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(matches(trie, doc.tokens(), s));
        }
        return out;
    }

    private static <V> List<PhraseTrie.Match<V>> matches(PhraseTrie<V> trie, List<Token> tokens, Sentence s) {
        List<PhraseTrie.Match<V>> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            PhraseTrie.Match<V> m = trie.longestAt(tokens, i, s.endToken());
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            }
        }
        return out;
    }
}
