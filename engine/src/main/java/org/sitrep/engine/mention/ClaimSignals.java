package org.sitrep.engine.mention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.knowledge.ClaimSignal;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/** Reads the {@link ClaimSignal}s of a statement's sentence: the lexicon's words, and a speaker's own forces. */
final class ClaimSignals {

    private static final Set<String> OWNERS = WordSet.of("its", "our", "his", "their");
    private static final Set<String> FORCES = WordSet.of("troops", "forces", "units", "soldiers", "fighters", "army",
            "military", "servicemen");
    /** Forces that strike from afar: with a speaker's "its" or a state's "the", the speaker's own arm. */
    private static final Set<String> STRIKING_FORCES = WordSet.of("troops", "forces", "army", "military", "aircraft",
            "jets", "warplanes", "drones", "artillery", "navy", "units", "force");
    private static final Set<String> DETERMINERS = WordSet.of("its", "our", "the", "their");
    private static final Set<String> ACTS = WordSet.of("struck", "hit", "carried", "bombed", "targeted", "fired", "launched",
            "conducted", "attacked", "shelled", "destroyed", "neutralised", "neutralized", "eliminated", "strikes", "hits",
            "targets", "fires", "destroys", "conducts", "carries");

    private ClaimSignals() {
    }

    /** The signals in a sentence. */
    static Set<ClaimSignal> of(PhraseTrie<ClaimSignal> words, List<Token> tokens, Sentence s) {
        EnumSet<ClaimSignal> out = EnumSet.noneOf(ClaimSignal.class);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            PhraseTrie.Match<ClaimSignal> m = words.longestAt(tokens, k, s.endToken());
            if (m != null) {
                out.add(m.value());
            }
            // "its troops had captured": the speaker has forces of its own in the fight
            if (OWNERS.contains(tokens.get(k).folded()) && k + 1 < s.endToken()
                    && FORCES.contains(tokens.get(k + 1).folded())) {
                out.add(ClaimSignal.OWN_FORCES);
            }
            if (ownStrike(tokens, s, k)) {
                out.add(ClaimSignal.OWN_STRIKE);
            }
        }
        return out;
    }

    /**
     * "the air force had struck", "its aircraft had hit", "our troops fired": forces the speaker owns, or a
     * state's own ("the army"), doing the act. Whose "the army" is, is the caller's to weigh (a state speaks of its
     * own; a witness of anyone's).
     */
    private static boolean ownStrike(List<Token> tokens, Sentence s, int k) {
        if (!DETERMINERS.contains(tokens.get(k).folded())) {
            return false;
        }
        int j = k + 1;
        if (j < s.endToken() && tokens.get(j).is("air")) {
            j++; // "the air force"
        }
        if (j >= s.endToken() || !STRIKING_FORCES.contains(tokens.get(j).folded())
                || (tokens.get(j).is("force") && j == k + 1)) {
            return false;
        }
        j++;
        if (j < s.endToken() && (tokens.get(j).is("had") || tokens.get(j).is("have") || tokens.get(j).is("has"))) {
            j++;
        }
        return j < s.endToken() && ACTS.contains(tokens.get(j).folded());
    }
}
