package org.sitrep.engine.mention;

import java.util.List;
import java.util.Set;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/**
 * Words with which a text calls a name a settlement, whether or not any gazetteer knows it: "the village
 * of X", "the towns of X and Y", "X village", "X refugee camp". Such a name is a place of its own: when no
 * reading of the gazetteer fits it, it is kept by name, in the country and region the text puts it in.
 */
final class SettlementCues {

    /** Nouns before "of X" that make X a settlement ("the village of", "the towns of", "residents of"). */
    private static final Set<String> BEFORE = WordSet.of("village", "villages", "town", "towns", "city", "cities",
            "settlement", "settlements", "hamlet", "hamlets", "suburb", "suburbs", "township", "locality", "camp", "camps",
            "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "residents", "inhabitants", "villagers",
            // a defence ministry's word for a village it says its troops took: "liberated the community of Novoolenovka"
            "community", "communities",
            // "shelling on the outskirts of Kfar Kila and Khiam": only a settlement has outskirts
            "outskirts");
    private static final Set<String> PLURALS = WordSet.of("villages", "towns", "cities", "settlements", "hamlets", "suburbs",
            "camps", "neighbourhoods", "neighborhoods", "communities", "outskirts");
    /** Nouns right after a name that make it a settlement ("Tani village", "Jabalia camp", "Khost town"). */
    private static final Set<String> AFTER = WordSet.of("village", "town", "city", "settlement", "hamlet",
            "neighbourhood", "neighborhood");
    private static final Set<String> ANY = WordSet.copyOf(java.util.stream.Stream.concat(
            java.util.stream.Stream.concat(BEFORE.stream(), AFTER.stream()), java.util.stream.Stream.of("port")).toList());

    private SettlementCues() {
    }

    /** "the village of X": the settlement noun and "of" right before token {@code i}. */
    static boolean before(List<Token> tokens, Sentence s, int i) {
        return i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && BEFORE.contains(tokens.get(i - 2).folded());
    }

    /**
     * Whether a capitalised word stands right before the settlement noun of "X village of Y": then Y holds the
     * village X ("Torkula village of Guma"), unless that word is a people's ("the Lebanese village of").
     */
    static boolean nameBeforeNoun(List<Token> tokens, Sentence s, int i) {
        return i - 3 >= s.firstToken() && tokens.get(i - 3).isCapitalized();
    }

    /** "the villages of X": a plural noun, so that the names listed after X are settlements too. */
    static boolean pluralBefore(List<Token> tokens, Sentence s, int i) {
        return before(tokens, s, i) && PLURALS.contains(tokens.get(i - 2).folded());
    }

    /** "X village", "X refugee camp": a settlement noun in lower case right after the name ending before {@code end}. */
    static boolean after(List<Token> tokens, Sentence s, int end) {
        if (end >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(end);
        if (next.isCapitalized()) {
            return false; // "Gaza City", "Jenin Camp" written as one name: the gazetteer's business
        }
        boolean ofAfter = end + 1 < s.endToken() && tokens.get(end + 1).is("of");
        if (AFTER.contains(next.folded())) {
            return !ofAfter; // "the Urals town of Pervouralsk": the town is the name after "of"
        }
        if (next.is("refugee") && end + 1 < s.endToken() && tokens.get(end + 1).is("camp")) {
            return true;
        }
        if (next.is("port") || (PORT_KINDS.contains(next.folded()) && end + 1 < s.endToken() && tokens.get(end + 1).is("port"))) {
            return !ofAfter; // "the Ras Isa fuel port", "Yemen's Ras Isa port": a port is a place of its own
        }
        return appositive(tokens, s, end);
    }

    /** What a port serves, between its name and "port": "the Ras Isa fuel port", "the Hodeidah sea port". */
    private static final Set<String> PORT_KINDS = WordSet.of("fuel", "oil", "sea", "river", "fishing", "grain", "cargo",
            "container", "naval", "commercial", "main");

    /** Words that may follow the settlement noun of an apposition: "a town in", "a village near", "a town, ...". */
    private static final Set<String> APPOSITION_NEXT = WordSet.of("in", "near", "on", "of", "about", "some", ",", ".", "west",
            "east", "north", "south", "that", "which", "seen", "where");

    /**
     * "Kanyabayonga, a town in Congo's North Kivu province", "Sake, a strategic town 25 km west of Goma": an
     * apposition that calls the name a settlement ("Jane Doe, a town councillor" does not: the noun names her office).
     */
    private static boolean appositive(List<Token> tokens, Sentence s, int end) {
        if (end + 2 < s.endToken() && tokens.get(end).text().equals(",") && measured(tokens, s, end + 1)) {
            return true; // "in Mpofi, about 30 km east of Walikale": a place measured from another is one
        }
        if (end + 2 >= s.endToken() || !tokens.get(end).text().equals(",")
                || !(tokens.get(end + 1).is("a") || tokens.get(end + 1).is("an"))) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.endToken(), end + 5); k++) {
            Token t = tokens.get(k);
            if (AFTER.contains(t.folded())) {
                return k + 1 >= s.endToken() || APPOSITION_NEXT.contains(tokens.get(k + 1).folded())
                        || tokens.get(k + 1).type() == Token.Type.NUMBER;
            }
            if (!t.isWord() || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ABOUT = WordSet.of("about", "some", "around", "roughly", "nearly", "almost", "approximately");
    private static final Set<String> UNITS = WordSet.of("km", "kilometres", "kilometers", "miles", "mi");

    /** "about 30 km east of", "40 kilometres from": a distance that measures the name before it from another place. */
    private static boolean measured(List<Token> tokens, Sentence s, int k) {
        if (k < s.endToken() && ABOUT.contains(tokens.get(k).folded())) {
            k++;
        }
        if (k + 1 >= s.endToken() || tokens.get(k).type() != Token.Type.NUMBER) {
            return false;
        }
        k++;
        if (k < s.endToken() && tokens.get(k).text().equals("-")) {
            k++;
        }
        return k < s.endToken() && UNITS.contains(tokens.get(k).folded());
    }

    /** Whether the sentence has any settlement noun (or unit of distance) at all. */
    static boolean anyNoun(List<Token> tokens, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String f = tokens.get(k).folded();
            if (ANY.contains(f) || UNITS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a settlement noun (or a distance) follows within the length of a name from token {@code i} ("Tudun Biri village"). */
    static boolean nounAhead(List<Token> tokens, Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.endToken(), i + 8); k++) {
            String f = tokens.get(k).folded();
            if (AFTER.contains(f) || f.equals("refugee") || f.equals("port") || UNITS.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The text of tokens {@code [from, to)} as written, hyphens and apostrophes kept. */
    static String written(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
