package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.knowledge.CasualtyKind;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/**
 * Finds casualty figures: a casualty word ("killed", "dead", "wounded") with the count that goes
 * with it, before ("21 people were killed", "many killed and wounded") or after ("killing at least
 * 21", "the death toll rose to 40"); "no one was killed" is zero.
 */
public final class CasualtyFinder {

    private static final Set<String> BRIDGE_LEFT = WordSet.of("people", "persons", "civilians", "others", "soldiers",
            "children", "residents", "were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "being",
            "of", "them", "including", "servicemen", "troops", "fighters", "women", "men", "palestinians",
            "ukrainians", "russians", "israelis", "more", "other", "civilian", "military", "personnel", "workers",
            "policemen", "officers", "police", "patients", "staff", "villagers", "passengers", "left", "confirmed",
            "believed", "feared", "also", "reported", "said", "thought", "known", "to", "as", "now", "already", "seriously", "critically", "slightly", "lightly",
            "killed", "dead", "and", "people's", "in", "all", "those", "individuals", "person", "child", "woman", "man",
            "soldier", "civilians'", "mostly", "mainly", "with", "the", "injured", "members", "service", "marines",
            "sailors", "airmen", "militants", "insurgents", "rebels", "gunmen", "attackers", "terrorists", "students",
            "pupils", "worshippers", "worshipers", "pilgrims", "journalists", "guards", "protesters", "migrants",
            "refugees", "infants", "babies", "teenagers", "adults", "boys", "girls", "family", "relatives", "guests",
            "farmers", "herders", "fishermen", "tourists", "visitors", "shoppers", "employees", "militiamen", "security",
            "forces", "army", "national", "innocent", "unarmed", "young", "elderly", "displaced", "local", "gang",
            "rebel", "militant", "fighter", "insurgent", "attacker", "gunman", "terrorist", "dissident", "dissidents",
            "bandit", "bandits", "jihadist", "jihadists", "combatant", "combatants", "guerrilla", "guerrillas",
            "separatist", "separatists", "paramilitary", "paramilitaries", "extremist", "extremists", "traders",
            "miners");
    private static final Set<String> BRIDGE_RIGHT = WordSet.of("to", "at", "of", "rose", "risen", "climbed", "increased",
            "has", "had", "reached", "stood", "stands", "now", "was", "is", "jumped", "grew", "rises",
            "the", "toll", "than", "\"", "all");
    /** Owners before a person after a killing verb: "killing its driver", "killing his wife". */
    private static final Set<String> OWNERS = WordSet.of("its", "his", "her", "their");
    private static final Set<String> PEOPLE = WordSet.of("civilians", "people", "soldiers", "children", "residents",
            "troops", "personnel", "servicemen", "casualties", "deaths", "injuries", "fatalities", "lives");
    /** Casualty verbs whose count is their object: "killing 12", "kills 3", "wounding two". */
    private static final Set<String> ACTIVE = WordSet.of("killing", "kills", "wounding", "injuring", "wiping", "wipes",
            "neutralising", "neutralizing");
    private static final Set<String> LATEST = WordSet.of("rose", "risen", "climbed", "increased", "reached", "jumped",
            "grew", "rises", "now");

    private final Knowledge knowledge;
    private final NumberReader numbers;

    public CasualtyFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.numbers = new NumberReader(knowledge);
    }

    public List<CasualtyMention> find(Document doc) {
        List<CasualtyMention> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                PhraseTrie.Match<CasualtyKind> w = knowledge.casualties().longestAt(tokens, k, s.endToken());
                if (w == null) {
                    continue;
                }
                CasualtyMention m = around(tokens, s, w, out);
                if (m != null) {
                    out.add(m);
                }
                k = w.end() - 1;
            }
        }
        return out;
    }

    private CasualtyMention around(List<Token> tokens, Sentence s, PhraseTrie.Match<CasualtyKind> w, List<CasualtyMention> found) {
        CasualtyKind kind = w.value();
        boolean ambiguous = tokens.get(w.start()).is("casualties");
        if (isZero(tokens, s, w.start())) {
            int first = zeroStart(tokens, s, w.start());
            return new CasualtyMention(first, w.end(), ambiguous ? CasualtyKind.FATALITIES : kind, 0, null, false, true);
        }
        if (ambiguous || killedAndWounded(tokens, s, w)) {
            return null; // "117 soldiers killed and wounded": dead and hurt in one figure, neither toll
        }
        if (partOfTheDead(tokens, s, w.start())) {
            return null; // "two of the dead were minors": a part of a toll told elsewhere, no toll
        }
        CasualtyMention plusOne = countAndOnePersonBefore(tokens, s, w);
        if (plusOne != null) {
            return plusOne;
        }
        // before: "21 people were killed", "many killed", "two civilians were wounded"; an active verb's count
        // comes after it ("on the night of March 4 to 5, killing at least four": the 5 is a date's)
        boolean active = ACTIVE.contains(tokens.get(w.start()).folded());
        int j = w.start();
        int walked = 0;
        while (!active && j > s.firstToken() && walked < 12 && bridgesLeft(tokens.get(j - 1))) {
            j--;
            walked++;
            int beforeAge = tokens.get(j).text().equals(",") ? skipAge(tokens, s, j) : j;
            if (beforeAge != j) {
                j = beforeAge; // "Two men, aged 47 and 62, were killed": the count is before the ages
                continue;
            }
            NumberPhrase p = numbers.endingAt(tokens, s.firstToken(), j);
            if (p != null && ofOneHousehold(tokens, s, p)) {
                j = p.first();
                continue; // "four members of one family were killed": the count is of the members
            }
            int aged = p == null ? -1 : agedBefore(tokens, s, p.first());
            if (aged >= 0) {
                j = aged; // "Two men aged 47 and 62 were killed"
                continue;
            }
            if (p != null) {
                NumberPhrase other = conjoined(tokens, s, p);
                if (other != null && other.low() != null && p.low() != null && p.high() == null && other.high() == null) {
                    // "12 adults and two children were killed": groups of one toll add up
                    return new CasualtyMention(other.first(), w.end(), kind, other.low() + p.low(), null, false,
                            p.exact() && other.exact());
                }
                return new CasualtyMention(p.first(), w.end(), kind, p.low(), p.high(), false, p.exact());
            }
            if (tokens.get(j).text().equals(",")) {
                j = skipParenthetical(tokens, s, j);
            }
        }
        int one = active ? -1 : onePersonBefore(tokens, s, w.start());
        if (one >= 0) {
            return new CasualtyMention(one, w.end(), kind, 1, null, false, true); // "a 62-year-old man was killed"
        }
        NumberPhrase direct = active ? null : numbers.endingAt(tokens, s.firstToken(), w.start());
        if (direct != null) {
            return new CasualtyMention(direct.first(), w.end(), kind, direct.low(), direct.high(), false, direct.exact());
        }
        // "killed and wounded": the wounded share the count of the killed, unless they have their own ("wounded 40")
        NumberPhrase own = w.end() < s.endToken() ? numbers.startingAt(tokens, w.end(), s.endToken()) : null;
        if (own == null && w.start() - 2 >= s.firstToken() && tokens.get(w.start() - 1).is("and")) {
            for (int f = found.size() - 1; f >= 0; f--) {
                CasualtyMention prev = found.get(f);
                if (prev.end() == w.start() - 1 && prev.kind() != kind) {
                    return new CasualtyMention(prev.first(), w.end(), kind, prev.low(), prev.high(), false, prev.exact());
                }
            }
        }
        // after: "killing at least 21", "killed 21 people", "the death toll rose to 40"
        boolean latest = false;
        int k = w.end();
        for (int step = 0; step < 6 && k < s.endToken(); step++) {
            if (tokens.get(k).is("a") || tokens.get(k).is("an")) {
                int person = singlePerson(tokens, k + 1, s.endToken());
                if (person > 0) {
                    // "killed a Hezbollah commander and another member of the group": one more of the same toll
                    boolean another = person + 1 < s.endToken() && tokens.get(person).is("and")
                            && (tokens.get(person + 1).is("another") || tokens.get(person + 1).is("a")
                            || tokens.get(person + 1).is("an"));
                    int second = another ? singlePerson(tokens, person + 2, s.endToken()) : -1;
                    if (second > 0) {
                        return new CasualtyMention(w.start(), second, kind, 2, null, false, true);
                    }
                    int[] family = familyAfter(tokens, person, s.endToken());
                    return family[1] > 0 ? new CasualtyMention(w.start(), family[0], kind, 1 + family[1], null, false, true)
                            : new CasualtyMention(w.start(), person, kind, 1, null, false, true); // "killing a 64-year-old man"
                }
            }
            if (step == 0 && (tokens.get(k).is("him") || tokens.get(k).is("her"))) {
                return new CasualtyMention(w.start(), k + 1, kind, 1, null, false, true); // "killing him on the spot"
            }
            if ((tokens.get(k).is("the") || (step == 0 && OWNERS.contains(tokens.get(k).folded()))) && k + 1 < s.endToken()
                    && PERSON.contains(tokens.get(k + 1).folded())
                    && (k + 2 >= s.endToken() || !tokens.get(k + 2).is("of"))) {
                return new CasualtyMention(w.start(), k + 2, kind, 1, null, false, true); // "killing the driver", "its driver"
            }
            if ((tokens.get(k).is("the") || tokens.get(k).is("a")) && age(tokens, k + 1, s.endToken())) {
                int person = singlePerson(tokens, k + 1, s.endToken());
                int end = person > 0 ? person : Math.min(s.endToken(), k + 6);
                return new CasualtyMention(w.start(), end, kind, 1, null, false, true); // "killing the 37-year-old journalist"
            }
            NumberPhrase p = numbers.startingAt(tokens, k, s.endToken());
            if (p != null && age(tokens, k, s.endToken())) {
                p = null; // "37-year-old": an age, not a count
            }
            if (p != null && (p.low() != null || p.high() != null) && followedByPeople(tokens, p.end(), s.endToken(), step)) {
                NumberPhrase other = conjoinedAfter(tokens, s, p);
                if (other != null && p.low() != null && other.low() != null && p.high() == null && other.high() == null) {
                    // "killed at least 12 U.S. troops and dozens of Afghans": groups of one toll add up
                    return new CasualtyMention(w.start(), other.end(), kind, p.low() + other.low(), null, latest,
                            p.exact() && other.exact());
                }
                return new CasualtyMention(w.start(), p.end(), kind, p.low(), p.high(), latest, p.exact());
            }
            Token t = tokens.get(k);
            if (!BRIDGE_RIGHT.contains(t.folded())) {
                break;
            }
            latest |= LATEST.contains(t.folded());
            k++;
        }
        return tokens.get(w.end() - 1).is("toll") || numberOf(tokens, s, w.start()) ? tollUpdate(tokens, s, w) : null;
    }

    /** "The number of people killed", "the number of dead", "the number of those injured": a toll by other words. */
    private static boolean numberOf(List<Token> tokens, Sentence s, int word) {
        for (int k = word - 1; k >= Math.max(s.firstToken() + 1, word - 3); k--) {
            if (tokens.get(k).is("of")) {
                return tokens.get(k - 1).is("number");
            }
            if (!PEOPLE.contains(tokens.get(k).folded()) && !tokens.get(k).is("those")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "At least 15 civilians, including four children, and a soldier were killed": a count of one group and one
     * person of another before the casualty word add up; null when the words are not so.
     */
    private CasualtyMention countAndOnePersonBefore(List<Token> tokens, Sentence s, PhraseTrie.Match<CasualtyKind> w) {
        int k = w.start() - 1;
        while (k > s.firstToken() && (tokens.get(k).is("were") || tokens.get(k).is("was") || tokens.get(k).is("also")
                || tokens.get(k).is("been") || tokens.get(k).is("have") || tokens.get(k).is("had"))) {
            k--;
        }
        if (k - 2 <= s.firstToken() || !PERSON.contains(tokens.get(k).folded())) {
            return null;
        }
        int article = k - 1;
        // "and a suspected New People's Army (NPA) rebel": the words of the person's group between
        while (article > s.firstToken() + 1 && k - article < 9 && !(tokens.get(article).is("a") || tokens.get(article).is("an"))
                && (tokens.get(article).isCapitalized() || tokens.get(article).type() == Token.Type.PUNCT
                || tokens.get(article).folded().equals("s") || MODIFIERS_OF_ONE.contains(tokens.get(article).folded()))) {
            article--;
        }
        if (!(tokens.get(article).is("a") || tokens.get(article).is("an")) || !tokens.get(article - 1).is("and")) {
            return null;
        }
        int before = article - 2;
        if (before > s.firstToken() && tokens.get(before).text().equals(",")) {
            before = skipParenthetical(tokens, s, before) - 1; // ", including four children,"
        }
        for (int g = before; g >= Math.max(s.firstToken(), before - 3); g--) {
            NumberPhrase q = numbers.endingAt(tokens, s.firstToken(), g + 1);
            if (q != null && g < before + 1 && q.low() != null && q.high() == null && g + 1 <= before) {
                return new CasualtyMention(q.first(), w.end(), w.value(), q.low() + 1, null, false, q.exact());
            }
            if (!isGroupWord(tokens.get(g))) {
                return null;
            }
        }
        return null;
    }

    /** "12 adults and [two children]": the count of another group right before "and", or null. */
    private NumberPhrase conjoined(List<Token> tokens, Sentence s, NumberPhrase p) {
        int and = p.first() - 1;
        if (and <= s.firstToken() || !tokens.get(and).is("and")) {
            return null;
        }
        for (int k = and - 1; k >= Math.max(s.firstToken(), and - 3); k--) {
            Token t = tokens.get(k);
            NumberPhrase q = numbers.endingAt(tokens, s.firstToken(), k + 1);
            if (q != null && k + 1 < and) {
                return q; // "12 adults": a count, then one or two words of a group
            }
            if (!t.isWord() || !(BRIDGE_LEFT.contains(t.folded()) || t.isCapitalized())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "12 U.S. troops and dozens of Afghans": after a count and the few words of its group, "and" and another
     * count of people. Null when "and" opens anything else ("and wounded 30").
     */
    private NumberPhrase conjoinedAfter(List<Token> tokens, Sentence s, NumberPhrase p) {
        int k = p.end();
        int group = 0;
        while (k < s.endToken() && group < 3 && isGroupWord(tokens.get(k))) {
            k++;
            group++;
            if (k < s.endToken() && tokens.get(k).text().equals(".") && tokens.get(k).start() == tokens.get(k - 1).end()) {
                k++; // "U.S." ends in its own dot
            }
        }
        if (group == 0 || k + 1 >= s.endToken() || !tokens.get(k).is("and")) {
            return null;
        }
        if (tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an")) {
            int person = k + 2 < s.endToken() && PERSON.contains(tokens.get(k + 2).folded()) ? k + 3 : -1;
            // "killing four soldiers and a policeman": one more of another group
            return person < 0 ? null : new NumberPhrase(k + 1, person, 1, null, true);
        }
        NumberPhrase q = numbers.startingAt(tokens, k + 1, s.endToken());
        if (q == null || q.end() >= s.endToken() || !isGroupWord(tokens.get(q.end()))) {
            return null;
        }
        return q;
    }

    /** A word of a group of people: "troops", "civilians", "Afghans", "U.S.". */
    private static boolean isGroupWord(Token t) {
        return t.isWord() && !t.is("and") && (PEOPLE.contains(t.folded()) || t.isCapitalized()
                || (BRIDGE_LEFT.contains(t.folded()) && !t.is("were") && !t.is("was")));
    }

    /** "The death toll from a Russian missile strike on ... has risen to 29": the figure after a toll's verb. */
    private CasualtyMention tollUpdate(List<Token> tokens, Sentence s, PhraseTrie.Match<CasualtyKind> w) {
        for (int k = w.end(); k < Math.min(s.endToken() - 1, w.end() + 25); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(";")) {
                return null;
            }
            if (LATEST.contains(t.folded()) || t.is("stood") || t.is("stands")) {
                int n = k + 1;
                if (n < s.endToken() && (tokens.get(n).is("to") || tokens.get(n).is("at"))) {
                    n++;
                }
                NumberPhrase p = numbers.startingAt(tokens, n, s.endToken());
                if (p != null && p.low() != null) {
                    return new CasualtyMention(w.start(), p.end(), w.value(), p.low(), p.high(), true, p.exact());
                }
            }
        }
        return null;
    }

    /** Back over ", including a pregnant woman," to the count before it. */
    /**
     * "13 civilians, including four men, seven women and two three-year-old girls, were killed": from the comma
     * that closes an aside, the comma that opens it (the aside may list groups of its own, commas and all).
     */
    /** The position of "aged" or "ages" before a list of ages ending in the number at {@code first}, or -1. */
    private static int agedBefore(List<Token> tokens, Sentence s, int first) {
        for (int k = first - 1; k >= Math.max(s.firstToken(), first - 6); k--) {
            Token t = tokens.get(k);
            if (t.is("aged") || t.is("ages")) {
                return k;
            }
            if (!(t.type() == Token.Type.NUMBER || t.is("and") || t.is(",") || t.is("to") || t.is("between"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Two men, aged 47 and 62, were killed", "A woman, 71, was wounded": from the comma that closes an aside of
     * ages, the comma that opens it; else {@code comma}.
     */
    private static int skipAge(List<Token> tokens, Sentence s, int comma) {
        for (int k = comma - 1; k > Math.max(s.firstToken(), comma - 8); k--) {
            if (tokens.get(k).text().equals(",")) {
                boolean aged = tokens.get(k + 1).is("aged") || tokens.get(k + 1).is("ages");
                boolean bareAge = k + 2 == comma && tokens.get(k + 1).type() == Token.Type.NUMBER
                        && PERSON.contains(tokens.get(k - 1).folded());
                return aged || bareAge ? k : comma;
            }
        }
        return comma;
    }

    private static int skipParenthetical(List<Token> tokens, Sentence s, int comma) {
        for (int k = comma - 1; k > Math.max(s.firstToken(), comma - 24); k--) {
            if (tokens.get(k).text().equals(",")) {
                String first = tokens.get(k + 1).folded();
                if (first.equals("including") || first.equals("among") || first.equals("mostly")
                        || first.equals("mainly") || first.equals("many")) {
                    return k;
                }
                // "Two adults, one of them a doctor, were killed", "Five people, three of them children,"
                boolean partOf = k + 2 < comma && tokens.get(k + 2).is("of")
                        && (tokens.get(k + 1).type() == Token.Type.NUMBER || SMALL_COUNTS.contains(first));
                if (partOf) {
                    return k;
                }
            }
        }
        return comma;
    }

    /** Counts that open a part of a group in an aside: "one of them", "three of whom". */
    private static final Set<String> SMALL_COUNTS = WordSet.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "some", "most", "all", "both", "several", "half");

    private static final Set<String> PERSON = WordSet.of("man", "woman", "child", "boy", "girl", "person", "civilian",
            "soldier", "resident", "teenager", "policeman", "officer", "worker", "driver", "journalist", "volunteer",
            "pensioner", "doctor", "nurse", "farmer", "medic", "serviceman", "commander", "member", "fighter",
            "militant", "leader", "guard", "paramedic", "official", "rebel", "insurgent", "gunman", "attacker", "guerrilla",
            "vendor", "shopkeeper", "trader", "merchant", "student", "teacher", "pupil", "baby", "infant", "toddler",
            "herder", "shepherd", "fisherman", "labourer", "laborer", "passenger", "motorist", "cyclist", "mechanic",
            "engineer", "employee", "firefighter", "rescuer", "policewoman", "cadet", "priest", "imam", "photographer",
            "cameraman", "reporter", "activist", "elder", "villager", "worshipper", "patient", "refugee", "detainee",
            "contractor", "marine", "peacekeeper", "ranger", "grandmother", "grandfather", "mother", "father");
    /** Words before a person that say what kind of one: "a suspected rebel", "an alleged militant". */
    private static final Set<String> MODIFIERS_OF_ONE = WordSet.of("suspected", "alleged", "local", "young", "senior",
            "former", "wounded");

    /** The end of "64-year-old man" (a person noun after at most eight modifier tokens), or -1. */
    private static final Set<String> KIN = WordSet.of("wife", "husband", "son", "daughter", "mother", "father", "brother",
            "sister", "child", "baby", "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece");
    private static final Set<String> KIN_MANY = WordSet.of("children", "sons", "daughters", "brothers", "sisters",
            "grandchildren", "nephews", "nieces");

    /**
     * "a man, his wife and their two children": the kin listed after one person, as {end, how many}; {end, 0}
     * when none follows.
     */
    private int[] familyAfter(List<Token> tokens, int from, int limit) {
        int k = from;
        int count = 0;
        int end = from;
        while (k + 1 < limit && (tokens.get(k).is(",") || tokens.get(k).is("and"))) {
            int j = k + 1;
            if (j < limit && tokens.get(j).is("and")) {
                j++;
            }
            if (j >= limit || !(tokens.get(j).is("his") || tokens.get(j).is("her") || tokens.get(j).is("their"))) {
                break;
            }
            j++;
            NumberPhrase n = j < limit ? numbers.startingAt(tokens, j, limit) : null;
            if (n != null && n.low() != null && n.end() < limit && KIN_MANY.contains(tokens.get(n.end()).folded())) {
                count += n.low();
                end = n.end() + 1;
            } else if (j < limit && KIN.contains(tokens.get(j).folded())) {
                count++;
                end = j + 1;
            } else {
                break;
            }
            k = end;
        }
        return new int[] {end, count};
    }

    private static int singlePerson(List<Token> tokens, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 9); k++) {
            Token t = tokens.get(k);
            if (PERSON.contains(t.folded())) {
                return k + 1;
            }
            if (t.type() == Token.Type.PUNCT && !t.text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** "two of the dead", "four of those killed", "most of the victims": a count of some of the dead. */
    private static boolean partOfTheDead(List<Token> tokens, Sentence s, int word) {
        int k = word - 1;
        if (k - 2 < s.firstToken() || !(tokens.get(k).is("the") || tokens.get(k).is("those")) || !tokens.get(k - 1).is("of")) {
            return false;
        }
        Token count = tokens.get(k - 2);
        return count.type() == Token.Type.NUMBER || SMALL_COUNTS.contains(count.folded());
    }

    /** "of one family", "of the same household": a number that counts households, not the dead. */
    private static boolean ofOneHousehold(List<Token> tokens, Sentence s, NumberPhrase p) {
        return p.first() > s.firstToken() && tokens.get(p.first() - 1).is("of") && p.end() < s.endToken()
                && (tokens.get(p.end()).is("family") || tokens.get(p.end()).is("household"));
    }

    /** From the comma closing ", a man," back to the word before the comma that opens it, or {@code comma}. */
    private static int beforeApposition(List<Token> tokens, Sentence s, int comma) {
        for (int k = comma - 1; k > Math.max(s.firstToken(), comma - 5); k--) {
            if (tokens.get(k).text().equals(",")) {
                return tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an") ? k - 1 : comma;
            }
        }
        return comma;
    }

    /** Back from a unit's name to the person it belongs to ("a soldier from the Givati brigade"), or {@code end}. */
    private static int personBeforeItsUnit(List<Token> tokens, Sentence s, int end) {
        for (int k = end - 1; k > Math.max(s.firstToken(), end - 6); k--) {
            Token t = tokens.get(k);
            if ((t.is("from") || t.is("of")) && PERSON.contains(tokens.get(k - 1).folded())) {
                return k - 1;
            }
            if (!t.isWord() || t.is("and") || t.is("who") || t.is("which")) {
                return end;
            }
        }
        return end;
    }

    /**
     * The first token of "a 62-year-old man" right before the casualty word at {@code word} ("a 62-year-old man
     * was killed", "a woman was wounded"), or -1.
     */
    private static int onePersonBefore(List<Token> tokens, Sentence s, int word) {
        int k = word - 1;
        while (k > s.firstToken() && (tokens.get(k).is("was") || tokens.get(k).is("reportedly") || tokens.get(k).is("also")
                || tokens.get(k).is("been") || tokens.get(k).is("has") || tokens.get(k).is("had"))) {
            k--;
        }
        if (k > s.firstToken() && tokens.get(k).text().equals(",")) {
            k = beforeApposition(tokens, s, k); // "The driver, a man, died at the scene"
        }
        if (k > s.firstToken() && !PERSON.contains(tokens.get(k).folded())) {
            k = personBeforeItsUnit(tokens, s, k); // "a soldier from the Givati brigade was killed"
        }
        int aged = agedNameBefore(tokens, s, k);
        if (aged >= 0) {
            return aged; // "45-year-old Nargis Begum was killed"
        }
        if (k <= s.firstToken() || !PERSON.contains(tokens.get(k).folded())) {
            return -1;
        }
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 8); j--) {
            Token t = tokens.get(j);
            if (t.is("a") || t.is("an") || (t.is("the") && j == s.firstToken() && k - j <= 2)) {
                return j; // "a soldier was killed"; "The driver died": one person, the sentence's subject
            }
            if (!(t.isWord() || t.type() == Token.Type.NUMBER || t.text().equals("-")) || t.is("and") || t.is("the")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "lost 117 soldiers killed and wounded": one figure counted before both words, of dead and hurt together.
     * ("killed 5 and wounded 12" gives each its own figure after it.)
     */
    private static boolean killedAndWounded(List<Token> tokens, Sentence s, PhraseTrie.Match<CasualtyKind> w) {
        int and = w.value() == CasualtyKind.FATALITIES ? w.end() : w.start() - 1;
        int other = w.value() == CasualtyKind.FATALITIES ? w.end() + 1 : w.start() - 2;
        if (and < s.firstToken() || other < s.firstToken() || other >= s.endToken()
                || !(tokens.get(and).is("and") || tokens.get(and).is("or"))) {
            return false;
        }
        String o = tokens.get(other).folded();
        boolean pair = w.value() == CasualtyKind.FATALITIES ? (o.equals("wounded") || o.equals("injured"))
                : o.equals("killed");
        boolean figureAfter = (w.value() == CasualtyKind.FATALITIES ? other + 1 : w.end()) < s.endToken()
                && tokens.get(w.value() == CasualtyKind.FATALITIES ? other + 1 : w.end()).type() == Token.Type.NUMBER;
        return pair && !figureAfter && digitsBefore(tokens, s, Math.min(w.start(), other));
    }

    /** Whether a figure in digits stands a few words before: "117 soldiers killed and wounded" (not "many killed and wounded"). */
    private static boolean digitsBefore(List<Token> tokens, Sentence s, int from) {
        for (int k = from - 1; k >= Math.max(s.firstToken(), from - 4); k--) {
            if (tokens.get(k).type() == Token.Type.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** "37-year-old", "37 year old": a number that gives an age. */
    /** The start of "45-year-old Nargis Begum" ending at {@code last}: a person named with an age, or -1. */
    private static int agedNameBefore(List<Token> tokens, Sentence s, int last) {
        int k = last;
        while (k >= s.firstToken() && last - k < 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k--;
        }
        if (k == last || k < s.firstToken() || !tokens.get(k).folded().equals("old") && !tokens.get(k).folded().endsWith("-old")) {
            return -1;
        }
        for (int j = k; j >= Math.max(s.firstToken(), k - 5); j--) {
            if (age(tokens, j, k + 1)) {
                return j > s.firstToken() && (tokens.get(j - 1).is("a") || tokens.get(j - 1).is("the")) ? j - 1 : j;
            }
        }
        return -1;
    }

    private static boolean age(List<Token> tokens, int k, int limit) {
        if (k >= limit || tokens.get(k).type() != Token.Type.NUMBER) {
            return false;
        }
        for (int j = k + 1; j < Math.min(limit, k + 4); j++) {
            String f = tokens.get(j).folded();
            if (f.equals("year") || f.equals("years") || f.startsWith("year-")) {
                return true;
            }
            if (!f.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** After a count that follows the casualty word, what comes next must not make it a count of things. */
    private static boolean followedByPeople(List<Token> tokens, int end, int limit, int step) {
        if (end >= limit) {
            return true;
        }
        Token n = tokens.get(end);
        return n.type() == Token.Type.PUNCT || BRIDGE_LEFT.contains(n.folded()) || n.is("and") || n.is("on")
                || n.is("in") || n.is("at") || n.is("after") || n.is("when") || n.is("while") || n.is("since")
                || n.is("according") || n.is("said") || n.is("as") || n.is("by") || n.is("during")
                || n.isCapitalized();
    }

    /** Words that may stand between a count and its casualty word: "21 people were killed", "three Afghan civilians were killed". */
    private static boolean bridgesLeft(Token t) {
        return (BRIDGE_LEFT.contains(t.folded()) || REPORTED.contains(t.folded()) || t.text().equals(",")
                || (t.isCapitalized() && t.isWord())) && !t.is("and");
    }

    /** "a list of 19 people it said were killed": who tells the count may stand between it and its word. */
    private static final Set<String> REPORTED = WordSet.of("it", "they", "he", "she", "said", "says");

    private static boolean isZero(List<Token> tokens, Sentence s, int k) {
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 6); j--) {
            String f = tokens.get(j).folded();
            if (f.equals("no") || f.equals("nobody") || f.equals("without") || f.equals("zero") || f.equals("none")) {
                return true;
            }
            if (!(f.equals("one") || f.equals("was") || f.equals("were") || f.equals("immediate") || f.equals("reports")
                    || PEOPLE.contains(f) || f.equals("killed") || f.equals("dead") || f.equals("injured") || f.equals("wounded")
                    || f.equals("of") || f.equals("reported") || f.equals("been") || f.equals("had") || f.equals("has")
                    || f.equals("there") || f.equals("any") || f.equals("damage") || f.equals("or") || f.equals("and")
                    || f.equals("initial") || f.equals("serious") || f.equals("further") || f.equals("information"))) {
                return false;
            }
        }
        return false;
    }

    private static int zeroStart(List<Token> tokens, Sentence s, int k) {
        int j = k - 1;
        while (j >= s.firstToken() && j >= k - 6) {
            String f = tokens.get(j).folded();
            if (f.equals("no") || f.equals("nobody") || f.equals("without") || f.equals("zero") || f.equals("none")) {
                return j;
            }
            j--;
        }
        return k;
    }
}
