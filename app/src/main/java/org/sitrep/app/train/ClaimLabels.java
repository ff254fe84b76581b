package org.sitrep.app.train;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.Engine;
import org.sitrep.engine.claim.ClaimAttribution;
import org.sitrep.engine.claim.Statement;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.learn.LogisticTrainer;

/**
 * Statement-event pairs of an annotated article, labelled against the gold: for each candidate that is
 * a gold event, a statement is a claim about it when one of the gold event's claims was read from
 * words of the statement's sentence.
 */
final class ClaimLabels {

    /** One pair: its features and whether the gold counts it. */
    record Pair(org.sitrep.engine.learn.Features features, boolean positive, Candidate event, Statement statement) {
    }

    private ClaimLabels() {
    }

    /** The candidates taken as reported while learning: those the rules report or that are gold events. */
    static List<Candidate> events(LabelledArticle a) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < a.candidates().size(); i++) {
            if (a.candidates().get(i).ruled() || Boolean.TRUE.equals(a.labels().get(i))) {
                out.add(a.candidates().get(i));
            }
        }
        return out;
    }

    /**
     * The labelled pairs. A statement that is not itself a gold claim but whose source's side has a gold
     * claim on the event teaches nothing (the gold names each source once, and an echo of a side's claim
     * is counted once), so it is left out.
     */
    static List<Pair> pairs(LabelledArticle a) {
        Engine.Reading r = a.reading();
        List<Candidate> events = events(a);
        List<Pair> out = new ArrayList<>();
        String text = a.gold().text();
        for (Candidate c : events) {
            GoldArticle.GoldEvent g = a.goldOf(c);
            if (g == null) {
                continue; // claims are scored on gold events only
            }
            java.util.Set<String> goldSides = new java.util.HashSet<>();
            g.claims().forEach(gc -> goldSides.add(gc.side()));
            String country = c.event().place() == null ? null : c.event().place().country();
            for (Statement st : r.statements()) {
                int from = st.sentence().start();
                int to = st.sentence().end();
                boolean claimed = false;
                for (GoldArticle.GoldClaim gc : g.claims()) {
                    int[] span = find(text, gc.words());
                    claimed |= span != null && span[0] < to && from < span[1];
                }
                String side = org.sitrep.engine.mention.ActorMention.sideIn(st.source().side(), country);
                if (!claimed && side != null && goldSides.contains(side)) {
                    continue;
                }
                out.add(new Pair(ClaimAttribution.features(r.doc(), r.mentions(), st, c, events), claimed, c, st));
            }
        }
        return out;
    }

    static List<LogisticTrainer.Example> examples(LabelledArticle a) {
        return pairs(a).stream().map(p -> new LogisticTrainer.Example(p.features(), p.positive())).toList();
    }

    /** Where the gold's words stand in the text (their first 60 characters, as the evaluation finds them). */
    private static int[] find(String text, String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String head = words.length() > 60 ? words.substring(0, 60) : words;
        int at = text.indexOf(head);
        return at < 0 ? null : new int[] {at, at + words.length()};
    }
}
