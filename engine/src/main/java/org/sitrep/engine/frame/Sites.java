package org.sitrep.engine.frame;

import java.util.List;
import java.util.Set;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/**
 * Named sites inside a place: "the Salah al-Din school", "Subhan Mosque", "the Moo Pa military base".
 * Two strikes on one city on sites with different names are two incidents, whatever their dates.
 */
final class Sites {

    private static final Set<String> FACILITIES = WordSet.of("school", "hospital", "mosque", "church", "market", "camp",
            "temple", "base", "airport", "airbase", "station", "bridge", "port", "university", "clinic", "hotel",
            "stadium", "prison", "plant", "refinery", "factory", "cathedral", "synagogue", "monastery", "shrine",
            "compound", "hall", "theatre", "theater", "mall", "bazaar", "souk", "square", "roundabout", "checkpoint",
            "crossing", "gurdwara", "madrasa", "seminary", "barracks");
    private static final Set<String> JOINERS = WordSet.of("al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "-", "'", "bin", "ibn", "abu");

    private Sites() {
    }

    /**
     * The named site nearest to the trigger in its sentence, folded ("salah al din school"), or null. A
     * name that is a place or a people is no site's ("the Red Sea port", "the Yemeni port": the town itself).
     *
     * @param placeOrPeople whether a token belongs to a place name or a people's name
     */
    static String near(List<Token> tokens, Sentence s, int trigger, java.util.function.IntPredicate placeOrPeople) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (!FACILITIES.contains(t.folded())) {
                continue;
            }
            String name = nameBefore(tokens, s, k, placeOrPeople);
            if (name == null) {
                name = nameAfterOf(tokens, s, k, placeOrPeople);
            }
            if (name != null && Math.abs(k - trigger) < bestDistance) {
                best = name + " " + t.folded();
                bestDistance = Math.abs(k - trigger);
            }
        }
        return best;
    }

    /** "Salah al-Din school": capitalised words (and the particles inside Arabic names) right before the noun. */
    private static String nameBefore(List<Token> tokens, Sentence s, int noun, java.util.function.IntPredicate placeOrPeople) {
        int k = noun - 1;
        int words = 0;
        StringBuilder b = new StringBuilder();
        while (k >= s.firstToken() && k > noun - 7) {
            Token t = tokens.get(k);
            if (t.isCapitalized() && t.isWord() && k > s.firstToken()) {
                if (placeOrPeople.test(k)) {
                    return null;
                }
                words++;
            } else if (!JOINERS.contains(t.folded()) || words == 0) {
                break;
            }
            b.insert(0, t.folded() + " ");
            k--;
        }
        return words == 0 ? null : b.toString().replace(" - ", " ").replace("- ", " ").strip();
    }

    /** "the school of Al-Tabieen": a capitalised name after "of". */
    private static String nameAfterOf(List<Token> tokens, Sentence s, int noun, java.util.function.IntPredicate placeOrPeople) {
        int k = noun + 1;
        if (k + 1 >= s.endToken() || !tokens.get(k).is("of") || !tokens.get(k + 1).isCapitalized()
                || placeOrPeople.test(k + 1)) {
            return null;
        }
        return tokens.get(k + 1).folded();
    }
}
