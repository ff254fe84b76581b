package org.sitrep.engine.mention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;

/**
 * What a statement's own words say beyond "it happened", which decides a side's stance once it is known
 * who the text says attacked: blaming someone else, naming a military target, calling it a mistake,
 * or rejecting it outright.
 */
public enum ClaimSignal {
    /** "accused the Azov battalion of blowing it up", "a failed rocket launch", "Ukrainian air defence". */
    BLAMES_OTHER,
    /** "struck a Hamas command centre", "targeted missile launchers", "hit military facilities". */
    MILITARY_TARGET,
    /** "a tragic mistake", "acted on wrong information", "an accident". */
    MISTAKE,
    /** "were not involved", "is not true", "a fabrication". */
    DENIAL,
    /** "the strikes had instead hit a livestock market": another version of what happened. */
    OTHER_VERSION,
    /** "its troops had captured", "our forces repelled": the speaker has forces of its own in the fight. */
    OWN_FORCES;

    private static final Set<String> BLAME = Set.of("accused", "accuses", "accusing", "blamed", "blames", "blaming",
            "misfired", "misfire", "stray", "provocation", "staged");
    private static final List<List<String>> BLAME_PHRASES = List.of(List.of("failed", "rocket"), List.of("failed", "launch"),
            List.of("air", "defence"), List.of("air", "defense"), List.of("their", "own"), List.of("false", "flag"),
            List.of("anti", "-", "aircraft"), List.of("antiaircraft"));
    private static final Set<String> MILITARY = Set.of("militants", "terrorists", "fighters", "launchers", "launcher",
            "depot", "depots", "ammunition", "headquarters", "command", "combatants", "barracks", "gunmen", "militant",
            "terrorist", "hideout", "hideouts", "infrastructure", "positions", "emplacements", "camp", "mercenaries",
            "servicemen", "manpower", "airfield", "airfields", "extremist", "extremists", "suspects", "insurgents",
            "instructors", "operatives");
    private static final List<List<String>> MILITARY_PHRASES = List.of(List.of("military", "target"),
            List.of("military", "targets"), List.of("military", "facilities"), List.of("military", "facility"),
            List.of("military", "sites"), List.of("military", "site"), List.of("legitimate", "target"),
            List.of("military", "objects"), List.of("military", "installations"), List.of("military", "personnel"),
            List.of("deployment", "points"), List.of("temporary", "deployment"), List.of("gathering", "place"),
            List.of("gathering", "places"), List.of("military", "-", "industrial"), List.of("defence", "industry"),
            List.of("defense", "industry"), List.of("warning", "shots"), List.of("weapons", "storage"),
            List.of("weapons", "depot"), List.of("weapons", "depots"), List.of("weapons", "facility"),
            List.of("weapons", "facilities"), List.of("weapons", "site"), List.of("weapons", "project"),
            List.of("military", "assets"), List.of("military", "centres"), List.of("military", "centers"),
            List.of("intelligence", "centres"), List.of("intelligence", "centers"), List.of("military", "bases"),
            List.of("military", "base"), List.of("training", "camp"));
    private static final Set<String> MISTAKES = Set.of("mistake", "mistaken", "mistakenly", "error", "erroneous",
            "accident", "accidental", "accidentally", "inadvertent", "inadvertently", "unintended", "unintentional");
    private static final List<List<String>> DENIAL_PHRASES = List.of(List.of("not", "involved"), List.of("no", "involvement"),
            List.of("not", "responsible"), List.of("not", "behind"), List.of("nothing", "to", "do"), List.of("not", "true"),
            List.of("t", "true"), List.of("did", "not", "carry"), List.of("did", "not", "strike"), List.of("did", "not", "target"),
            List.of("no", "part"), List.of("no", "role"), List.of("patently", "false"), List.of("is", "false"),
            List.of("was", "false"), List.of("are", "false"), List.of("completely", "false"), List.of("entirely", "false"));
    /**
     * "had no evidence of civilian casualties", "had no ties to the rebels": another account. (A lower toll is not
     * one by itself: the struck side's own ministry may give one beside its civil defence.)
     */
    private static final List<List<String>> OTHER_VERSION_PHRASES = List.of(List.of("no", "evidence"), List.of("no", "ties"));
    private static final Set<String> OWNERS = Set.of("its", "our", "his", "their");
    private static final Set<String> FORCES = Set.of("troops", "forces", "units", "soldiers", "fighters", "army",
            "military", "servicemen");
    private static final Set<String> DENIALS = Set.of("untrue", "fabrication", "fabricated", "hoax", "farcical", "baseless",
            "groundless");

    /** Every word a signal can start with: most words start none, and are passed over at once. */
    private static final Set<String> FIRST_WORDS = firstWords();

    private static Set<String> firstWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        out.addAll(BLAME);
        out.addAll(MILITARY);
        out.addAll(MISTAKES);
        out.addAll(DENIALS);
        out.addAll(OWNERS);
        out.add("wrong");
        out.add("instead");
        for (List<List<String>> phrases : List.of(BLAME_PHRASES, MILITARY_PHRASES, DENIAL_PHRASES, OTHER_VERSION_PHRASES)) {
            for (List<String> p : phrases) {
                out.add(p.get(0));
            }
        }
        return Set.copyOf(out);
    }

    /** The signals in a statement's sentence. */
    public static Set<ClaimSignal> of(List<Token> tokens, Sentence s) {
        EnumSet<ClaimSignal> out = EnumSet.noneOf(ClaimSignal.class);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String f = tokens.get(k).folded();
            if (!FIRST_WORDS.contains(f)) {
                continue;
            }
            if (BLAME.contains(f) || startsPhrase(tokens, s, k, BLAME_PHRASES)) {
                out.add(BLAMES_OTHER);
            }
            if (MILITARY.contains(f) || startsPhrase(tokens, s, k, MILITARY_PHRASES)) {
                out.add(MILITARY_TARGET);
            }
            if (MISTAKES.contains(f) || (f.equals("wrong") && k + 1 < s.endToken() && tokens.get(k + 1).is("information"))) {
                out.add(MISTAKE);
            }
            if (DENIALS.contains(f) || startsPhrase(tokens, s, k, DENIAL_PHRASES)) {
                out.add(DENIAL);
            }
            if (f.equals("instead") || startsPhrase(tokens, s, k, OTHER_VERSION_PHRASES)) {
                out.add(OTHER_VERSION);
            }
            if (OWNERS.contains(f) && k + 1 < s.endToken() && FORCES.contains(tokens.get(k + 1).folded())) {
                out.add(OWN_FORCES);
            }
        }
        return out;
    }

    private static boolean startsPhrase(List<Token> tokens, Sentence s, int k, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (k + p.size() > s.endToken()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < p.size() && all; i++) {
                all = tokens.get(k + i).folded().equals(p.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
