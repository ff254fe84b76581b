package org.sitrep.engine.mention;

import java.util.List;
import java.util.Set;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/**
 * Words around a literal place name that say it is not where the sentence's event happened: the place a
 * weapon was launched from ("missiles fired from a submarine in the Black Sea", "shelled from the occupied
 * city of Enerhodar"), or waters named only to describe something else ("Black Sea ports", "Red Sea shipping").
 */
public final class PlaceContext {

    /** Words of the phrase between "from" and the place: what the weapon was launched from. */
    private static final Set<String> LAUNCHERS = WordSet.of("a", "an", "the", "its", "their", "in", "on", "over", "off",
            "of", "submarine", "submarines", "ship", "ships", "warship", "warships", "vessel", "vessels", "boat", "boats",
            "frigate", "frigates", "carrier", "carriers", "aircraft", "bombers", "bomber", "jets", "planes", "positions",
            "territory", "waters", "airspace", "bases", "base", "launchers", "platforms", "area", "areas", "direction",
            "occupied", "city", "town", "village", "settlement", "region", "s", "'");
    /** Nouns after a sea's name that make the name describe them: the sea is then not the scene. */
    private static final Set<String> DESCRIBED = WordSet.of("port", "ports", "shipping", "trade", "coast", "coastline",
            "fleet", "corridor", "route", "routes", "deal", "initiative", "grain", "exports", "region", "basin",
            "blockade", "city", "cities", "town", "towns", "states", "countries", "nations", "resort", "resorts");

    private PlaceContext() {
    }

    /** Whether the place beginning at token {@code first} follows "from" and words of a launcher only. */
    public static boolean launchedFrom(List<Token> tokens, Sentence s, int first) {
        for (int k = first - 1; k >= Math.max(s.firstToken(), first - 8); k--) {
            Token t = tokens.get(k);
            if (t.is("from")) {
                return true;
            }
            if (!LAUNCHERS.contains(t.folded()) && !t.isCapitalized() && t.type() != Token.Type.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /** "a blockade of Black Sea ports", "the Red Sea port of Hudaida": waters named to describe a noun after them. */
    public static boolean describesNoun(List<Token> tokens, Sentence s, PlaceMention p) {
        if (!p.location().international() || p.end() >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(p.end());
        return !next.isCapitalized() && DESCRIBED.contains(next.folded());
    }
}
