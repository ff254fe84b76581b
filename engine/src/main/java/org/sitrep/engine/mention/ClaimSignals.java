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
        }
        return out;
    }
}
