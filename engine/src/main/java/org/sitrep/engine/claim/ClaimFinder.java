package org.sitrep.engine.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.frame.Frame;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.ReportingCue;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.mention.ActorMention;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.Claim;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

/** Finds who claims what about each frame. */
public final class ClaimFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "his", "her", "its", "their");
    private static final Set<String> DISPUTE_WORDS = Set.of("deliberate", "deliberately", "intentional",
            "intentionally", "civilian", "civilians", "targeting", "targeted", "military", "responsibility");
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those", "such");
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "accusation", "accusations", "allegation",
            "allegations", "statement", "assertion", "report", "reports", "version");

    /** Claims per frame, in the order of {@code frames}. */
    public Map<Frame, List<Claim>> find(Document doc, Mentions m, List<Frame> frames) {
        Map<Frame, List<Claim>> out = new HashMap<>();
        Map<Integer, ActorMention> sourceOfSentence = new HashMap<>();
        ActorMention lastSource = null;
        int frameIndex = 0;
        for (Sentence s : doc.sentences()) {
            List<Frame> here = new ArrayList<>();
            while (frameIndex < frames.size() && frames.get(frameIndex).sentence().index() == s.index()) {
                here.add(frames.get(frameIndex++));
            }
            List<PhraseTrie.Match<ReportingCue>> cues = usableCues(m, s);
            if (cues.isEmpty()) {
                continue;
            }
            if (here.isEmpty()) {
                lastSource = echo(doc, m, s, cues, frames, out, lastSource);
                ActorMention a = sourceOf(doc, m, s, cues.get(0), lastSource);
                if (a != null) {
                    lastSource = a;
                }
                continue;
            }
            for (Frame f : here) {
                PhraseTrie.Match<ReportingCue> cue = governing(cues, f.triggerToken());
                ActorMention source = sourceOf(doc, m, s, cue, lastSource);
                if (source == null) {
                    continue;
                }
                sourceOfSentence.put(s.index(), source);
                Stance stance = stance(doc, s, cue, f);
                List<Claim> claims = out.computeIfAbsent(f, k -> new ArrayList<>());
                claims.add(claim(doc, s, source, stance, f));
                ActorMention inner = embeddedClaimant(doc, m, s, cue, f);
                if (inner != null && stance != Stance.ASSERTS) {
                    claims.add(claim(doc, s, inner, Stance.ASSERTS, f));
                }
            }
            ActorMention last = sourceOfSentence.get(s.index());
            if (last != null) {
                lastSource = last;
            }
        }
        return out;
    }

    /** Cues that can introduce a claim: not the noun inside a source's name, not "claims" of a verification sentence. */
    private static List<PhraseTrie.Match<ReportingCue>> usableCues(Mentions m, Sentence s) {
        List<PhraseTrie.Match<ReportingCue>> out = new ArrayList<>();
        for (PhraseTrie.Match<ReportingCue> c : m.reportingIn(s)) {
            boolean inActor = m.actorsIn(s).stream().anyMatch(a -> c.start() >= a.first() && c.start() < a.end());
            if (!inActor) {
                out.add(c);
            }
        }
        return out;
    }

    /** "That was also confirmed by the mayor": a claim about the events of the sentence before. */
    private ActorMention echo(Document doc, Mentions m, Sentence s, List<PhraseTrie.Match<ReportingCue>> cues,
                              List<Frame> frames, Map<Frame, List<Claim>> out, ActorMention lastSource) {
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(s.firstToken());
        if (!DEMONSTRATIVES.contains(first.folded()) || s.index() == 0) {
            return lastSource;
        }
        PhraseTrie.Match<ReportingCue> cue = cues.get(0);
        ActorMention source = after(m, s, cue.end());
        if (source == null) {
            return lastSource;
        }
        int previous = s.index() - 1;
        for (Frame f : frames) {
            if (f.sentence().index() == previous) {
                List<Claim> claims = out.computeIfAbsent(f, k -> new ArrayList<>());
                Stance stance = cue.value().stance() == Stance.ASSERTS && !claims.isEmpty()
                        ? claims.get(claims.size() - 1).stance() : cue.value().stance();
                claims.add(claim(doc, s, source, stance, f));
            }
        }
        return source;
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
        // "..., said Ukraine's air force": a source right after the verb
        boolean inverted = cue.start() > s.firstToken() && isQuoteOrComma(tokens.get(cue.start() - 1));
        if (inverted) {
            ActorMention a = after(m, s, cue.end());
            if (a != null && a.first() - cue.end() <= 1) {
                return a;
            }
        }
        ActorMention best = null;
        for (ActorMention a : m.actorsIn(s)) {
            if (a.end() <= cue.start()) {
                best = a;
            }
        }
        if (best != null && cue.start() - best.end() <= 10) {
            return best;
        }
        for (int k = cue.start() - 1; k >= Math.max(s.firstToken(), cue.start() - 4); k--) {
            if (PRONOUNS.contains(tokens.get(k).folded())) {
                return lastSource;
            }
        }
        ActorMention a = after(m, s, cue.end());
        return a != null && a.first() - cue.end() <= 2 ? a : null;
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
        if (stance == Stance.ASSERTS && f.negated() && cue.start() < f.triggerToken()) {
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

    private static Claim claim(Document doc, Sentence s, ActorMention source, Stance stance, Frame f) {
        String side = side(source, f);
        String about = about(doc, s);
        return new Claim(source.name(), side, stance, about, new Span(s.start(), s.end()));
    }

    static String side(ActorMention source, Frame f) {
        if (source.side() != null) {
            return source.side();
        }
        if (source.role() == Role.LOCAL || source.role() == Role.OFFICIAL) {
            String country = source.seat() != null ? source.seat().country() : f.place().country();
            return country == null ? "unknown" : country;
        }
        return "unknown";
    }

    private static String about(Document doc, Sentence s) {
        String text = doc.textOf(s.start(), s.end()).strip();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
