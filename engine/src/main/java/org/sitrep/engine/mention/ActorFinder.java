package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.knowledge.Actor;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.Nation;
import org.sitrep.engine.knowledge.Office;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/**
 * Finds sources and actors: named actors from the lexicon ("Zelensky", "the IDF"), a nation with an
 * office ("Russia's defence ministry", "Ukrainian officials"), an office alone ("the regional
 * governor", "witnesses") with the place it serves, and a nation alone when it speaks ("Moscow denied").
 */
public final class ActorFinder {

    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "also", "later", "again", "on",
            "was", "were", "is", "are", "repeatedly", "consistently", "previously", "initially", "earlier",
            "quickly", "swiftly", "flatly", "strongly", "officially", "publicly", "itself", "then", "would", "will");
    private static final Set<String> SUBJECT_ADJECTIVES = WordSet.of("and", "pro", "-", "backed", "separatist",
            "installed", "appointed", "regional", "local", "top", "senior", "state", "military", "self", "proclaimed", "led",
            "chief", "deputy", "former", "acting", "official");

    private final Knowledge knowledge;

    /** Roles of people who hold an office: a named one of them knows his side better than his seat does. */
    private static final Set<Role> PERSON_ROLES = java.util.EnumSet.of(Role.LOCAL, Role.GOVERNMENT, Role.MILITARY,
            Role.OFFICIAL);

    /** Nouns of places that an office word may qualify ("refugee camp"): then it names no office. */
    private static final java.util.Set<String> PLACE_NOUNS = org.sitrep.engine.text.WordSet.of("camp", "camps", "village", "villages",
            "town", "district", "neighbourhood", "neighborhood", "settlement", "shelter", "shelters");

    public ActorFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Tokens that name actors and so can never be places: lexicon actors and nations that speak. */
    public boolean[] claimedTokens(Document doc) {
        boolean[] taken = new boolean[doc.tokens().size()];
        // persons are never claimed (only lexicon actors, acronyms and nations are): no need to look for them
        for (ActorMention a : mentions(doc, List.of(), false, null)) {
            boolean named = a.nation() || fromLexicon(doc, a) || doc.tokens().get(a.end() - 1).isAcronym();
            if (named) {
                for (int k = a.first(); k < a.end(); k++) {
                    taken[k] = true; // "Syrian state news agency SANA": a name, not Sanaa
                }
            } else if (takeNamesWithin(doc.tokens(), a, taken)) {
                continue; // "PDF terrorists", "a spokesman for the Fano": the group's name, not a place
            } else if (a.seat() == null) {
                PhraseTrie.Match<Nation> n = knowledge.nations().longestAt(doc.tokens(), a.first(), a.end());
                for (int k = a.first(); n != null && k < n.end(); k++) {
                    taken[k] = true; // "the Kyiv regime", "Moscow's troops": a state, not a place
                }
            }
        }
        return taken;
    }

    /**
     * Marks the names of lexicon actors (not kinds of actor) inside a mention: "PDF terrorists", "Hamas gunmen",
     * "a spokesman for the Fano". A name the mention's next word continues ("Fars Province") is left to the places.
     */
    private boolean takeNamesWithin(List<Token> tokens, ActorMention a, boolean[] taken) {
        boolean any = false;
        for (int j = a.first(); j < a.end(); j++) {
            PhraseTrie.Match<Actor> group = knowledge.actors().longestAt(tokens, j, a.end());
            if (group == null || group.value().isKind()
                    || (group.end() < tokens.size() && tokens.get(group.end()).isCapitalized())) {
                continue;
            }
            for (int k = j; k < group.end(); k++) {
                taken[k] = true;
            }
            any = true;
            j = group.end() - 1;
        }
        return any;
    }

    private boolean fromLexicon(Document doc, ActorMention a) {
        PhraseTrie.Match<Actor> m = knowledge.actors().longestAt(doc.tokens(), a.first(), a.end());
        return m != null && m.end() == a.end();
    }

    public List<ActorMention> find(Document doc, List<PlaceMention> places) {
        return find(doc, places, null);
    }

    /** @param published the day the article came out, on which a lexicon actor's side is read; or null */
    public List<ActorMention> find(Document doc, List<PlaceMention> places, java.time.LocalDate published) {
        return SourceTable.resolve(doc.tokens(), knowledge, mentions(doc, places, true, published));
    }

    /** The mentions, each as its own source (before one source's many names are joined). */
    private List<ActorMention> mentions(Document doc, List<PlaceMention> places, boolean persons,
                                        java.time.LocalDate day) {
        List<ActorMention> out = new ArrayList<>();
        java.util.Map<String, ActorMention> bySurname = new java.util.HashMap<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                ActorMention a = at(tokens, s, i, places, day);
                if (a == null && persons) {
                    a = person(tokens, s, i, places, bySurname, day);
                    ActorMention before = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (a != null && a.side() == null && before != null && before.side() != null
                            && a.first() - before.end() <= 2 && a.first() >= s.firstToken() && before.first() >= s.firstToken()) {
                        // "RT head Margarita Simonyan", "Kremlin spokesman Dmitry Peskov": the title's owner gives the side
                        a = new ActorMention(before.first(), a.end(), text(tokens, before.first(), a.end()), before.side(),
                                before.role(), before.seat(), false, "person:" + tokens.get(a.end() - 1).folded());
                        out.remove(out.size() - 1);
                    }
                }
                ActorMention owner = out.isEmpty() ? null : out.get(out.size() - 1);
                if (persons && a != null && a.side() == null && a.role() != Role.PERSON && owner != null
                        && owner.side() != null && owner.end() == a.first() && owner.first() >= s.firstToken()
                        && tokens.get(a.end() - 1).isCapitalized()) {
                    // "UN Human Rights Office spokesman Thameen Al-Kheetan": the body before the title gives the side
                    a = new ActorMention(owner.first(), a.end(), text(tokens, owner.first(), a.end()), owner.side(),
                            owner.role(), owner.seat(), false, owner.identity());
                    out.remove(out.size() - 1);
                }
                if (a != null && a.side() == null && a.role() != Role.PERSON && owner != null && owner.side() != null
                        && owner.role() == Role.ARMED_GROUP && owner.first() >= s.firstToken()
                        && describesGroup(tokens, owner.end(), a.first())) {
                    // "the AFC/M23 rebel coalition", "the Viv Ansanm gang coalition": the group itself, by its kind
                    a = new ActorMention(owner.first(), a.end(), text(tokens, owner.first(), a.end()), owner.side(),
                            owner.role(), owner.seat(), false, owner.identity());
                    out.remove(out.size() - 1);
                }
                if (a != null && a.side() == null && a.role() != Role.PERSON) {
                    String own = nationWithin(tokens, a);
                    a = own != null ? new ActorMention(a.first(), a.end(), a.name(), own, a.role(), a.seat(), false,
                            own + a.identity()) : coreferent(tokens, a, out);
                }
                if (a != null) {
                    out.add(a);
                    if (a.side() != null && a.end() - a.first() >= 1 && tokens.get(a.end() - 1).isCapitalized()) {
                        bySurname.put(tokens.get(a.end() - 1).folded(), a);
                    }
                    int head = headBeforeOf(tokens, a);
                    if (a.side() != null && head >= 0) {
                        bySurname.putIfAbsent(tokens.get(head).folded(), a); // "the Syrian Observatory for Human Rights", then "the Observatory said"
                    }
                    boolean described = (a.name().contains(", ") && a.identity().startsWith("person:"))
                            || (a.identity().startsWith("actor:") && describedAfter(tokens, s, a.end()));
                    i = described ? afterApposition(tokens, s, a.end()) : a.end();
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** Words between a group's name and the noun of its kind: "rebel", "gang", "armed", "jihadist". */
    private static final Set<String> GROUP_KINDS = WordSet.of("rebel", "rebels", "gang", "gangs", "armed", "jihadist",
            "militant", "insurgent", "separatist", "militia", "paramilitary", "political-military", "rebel-led", "islamist");

    /** Whether nothing but words of a group's kind (none, one or two) stand between its name and an office noun after it. */
    private static boolean describesGroup(List<Token> tokens, int from, int to) {
        if (to - from < 0 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!GROUP_KINDS.contains(tokens.get(k).folded())) {
                return false;
            }
        }
        return true;
    }

    /** The body's own noun in a name "X Observatory for Human Rights", "Y Committee of the Red Cross"; or -1. */
    private static int headBeforeOf(List<Token> tokens, ActorMention a) {
        if (!a.identity().startsWith("actor:")) {
            return -1;
        }
        for (int k = a.first() + 1; k + 1 < a.end(); k++) {
            if ((tokens.get(k).is("for") || tokens.get(k).is("of")) && tokens.get(k - 1).isCapitalized()) {
                return k - 1;
            }
        }
        return -1;
    }

    /**
     * A person the lexicons do not know: two or three capitalised words that are no common word, place
     * or nation ("Vadim Boychenko"), taking side and role from an appositive office (", the mayoral
     * adviser,", ", a spokesman for the Ukrainian army,") or from an earlier mention of the surname; a
     * surname alone counts when it speaks ("Lyakh said").
     */
    private ActorMention person(List<Token> tokens, Sentence s, int i, List<PlaceMention> places,
                                java.util.Map<String, ActorMention> bySurname, java.time.LocalDate day) {
        int limit = s.endToken();
        if (!isNameWord(tokens.get(i)) || inPlace(places, i)) {
            return null;
        }
        int end = hyphenated(tokens, i + 1, limit);
        int words = 1;
        // "Ethnic Armenian officials": a people's name ends the name it follows ("Israel Katz" starts with one)
        while (end < limit && words < 3 && (isNameWord(tokens.get(end)) || particle(tokens, end, limit))
                && !inPlace(places, end) && knowledge.nations().longestAt(tokens, end, limit) == null) {
            end = hyphenated(tokens, end + 1, limit);
            words++;
        }
        String surname = tokens.get(end - 1).folded();
        ActorMention known = bySurname.get(surname);
        if (end - i == 1) {
            if (known == null || !speaks(tokens, end, limit)) {
                return null;
            }
            return new ActorMention(i, end, known.name(), known.side(), known.role(), known.seat(), false, known.identity());
        }
        ActorMention appositive = appositive(tokens, s, end, places, day);
        if (appositive != null) {
            return new ActorMention(i, end, text(tokens, i, end) + ", " + appositive.name(), appositive.side(),
                    appositive.role() == Role.PERSON ? Role.OFFICIAL : appositive.role(), appositive.seat(), false,
                    "person:" + surname);
        }
        if (known != null) {
            return new ActorMention(i, end, text(tokens, i, end), known.side(), known.role(), known.seat(), false,
                    known.identity());
        }
        return new ActorMention(i, end, text(tokens, i, end), null, Role.PERSON, null, false, "person:" + surname);
    }

    /**
     * "the ministry said" after "Russia's defence ministry": a definite office with no side of its own is
     * the last actor named with the same head noun.
     */
    /**
     * Whether a definite office can be a mention named before it whose words include its head: "the health
     * ministry" is "Gaza's health ministry", but a state's "air force" is no armed group's "Defence Force".
     */
    private static boolean canBe(List<Token> tokens, ActorMention a, ActorMention b) {
        if (PERSON_ROLES.contains(a.role()) && b.role() == Role.ARMED_GROUP) {
            return false;
        }
        String head = tokens.get(a.end() - 1).folded();
        for (int t = b.first(); t < b.end(); t++) {
            if (tokens.get(t).folded().equals(head)) {
                return true;
            }
        }
        return false;
    }

    /** "the General Staff of Ukraine's Armed Forces": the state an office's own words name, or null. */
    private String nationWithin(List<Token> tokens, ActorMention a) {
        for (int k = a.first() + 1; k < a.end(); k++) {
            PhraseTrie.Match<Nation> n = knowledge.nations().longestAt(tokens, k, a.end());
            if (n != null && tokens.get(k - 1).is("of")) {
                return n.value().side();
            }
        }
        return null;
    }

    private static ActorMention coreferent(List<Token> tokens, ActorMention a, List<ActorMention> before) {
        boolean definite = a.first() > 0 && (tokens.get(a.first() - 1).is("the") || tokens.get(a.first() - 1).is("its"));
        if (definite) {
            for (int k = before.size() - 1; k >= Math.max(0, before.size() - 12); k--) {
                ActorMention b = before.get(k);
                // a mention already read as a body named before ("the ministry" three times) names it too
                boolean named = b.end() - b.first() > 1 || b.name().indexOf(' ') > 0;
                if (b.side() != null && !b.nation() && named && canBe(tokens, a, b)) {
                    return new ActorMention(a.first(), a.end(), b.name(), b.side(), b.role(), b.seat(), false, b.identity());
                }
            }
        }
        if (a.role() == Role.MILITARY) {
            // "the military said", "the army said": the armed forces the article last named with their state
            for (int k = before.size() - 1; k >= Math.max(0, before.size() - 20); k--) {
                ActorMention b = before.get(k);
                if (b.role() == Role.MILITARY && b.side() != null && !b.side().startsWith("@")) {
                    return new ActorMention(a.first(), a.end(), text(tokens, a.first(), a.end()), b.side(), a.role(), a.seat(),
                            false, b.side() + a.identity());
                }
            }
        }
        return a;
    }

    /** "The People's Defence Force (PDF), an armed group opposed to the military government, said": a description follows. */
    private static boolean describedAfter(List<Token> tokens, Sentence s, int end) {
        int k = end;
        if (k < s.endToken() && tokens.get(k).text().equals("(")) {
            while (k < s.endToken() && !tokens.get(k).text().equals(")")) {
                k++;
            }
            k++;
        }
        return k + 1 < s.endToken() && tokens.get(k).text().equals(",")
                && (tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an") || tokens.get(k + 1).is("the"));
    }

    /** ", Russian President Vladimir Putin's chief spokesperson,": the title's nouns are not sources of their own. */
    private static int afterApposition(List<Token> tokens, Sentence s, int end) {
        int open = end;
        if (open < s.endToken() && tokens.get(open).text().equals("(")) {
            // "The People's Defence Force (PDF), an armed group ...,": the apposition opens after the brackets
            while (open < s.endToken() && !tokens.get(open).text().equals(")")) {
                open++;
            }
            open++;
        }
        for (int k = open + 1; k < Math.min(s.endToken(), open + 16); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return end;
    }

    /** Arabic name particles written in lower case before a hyphen: "Raed al-Saleh", "Hamdan bin-Zayed". */
    private static final Set<String> PARTICLES = WordSet.of("al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "abu",
            "abd", "ul", "ar", "an");

    /** "al-Saleh" inside a name: a lower-case particle hyphenated to a capitalised word. */
    private static boolean particle(List<Token> tokens, int k, int limit) {
        return k + 2 < limit && PARTICLES.contains(tokens.get(k).text()) && tokens.get(k + 1).text().equals("-")
                && tokens.get(k + 1).start() == tokens.get(k).end() && tokens.get(k + 2).start() == tokens.get(k + 1).end()
                && tokens.get(k + 2).isCapitalized();
    }

    /** "Al-Kheetan", "Abu-Bakr": a name word joined by a hyphen to the next goes on to its end. */
    private static int hyphenated(List<Token> tokens, int end, int limit) {
        int k = end;
        while (k + 1 < limit && tokens.get(k).text().equals("-") && tokens.get(k).start() == tokens.get(k - 1).end()
                && tokens.get(k + 1).start() == tokens.get(k).end() && tokens.get(k + 1).isCapitalized()) {
            k += 2;
        }
        return k;
    }

    private boolean isNameWord(Token t) {
        return t.isCapitalized() && t.text().length() > 1 && !knowledge.isCommonWord(t.folded())
                && !t.folded().equals("s") && !t.isAcronym();
    }

    /** ", the mayoral adviser," after a name: the office that gives the person a side. */
    private ActorMention appositive(List<Token> tokens, Sentence s, int end, List<PlaceMention> places,
                                    java.time.LocalDate day) {
        if (end >= s.endToken() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        for (int k = end + 1; k < Math.min(s.endToken(), end + 8); k++) {
            if (tokens.get(k).text().equals(",") || knowledge.reporting().longestAt(tokens, k, s.endToken()) != null) {
                break; // "spokesperson, Abubakar Sadiq Aliyu, said the gunmen ...": what he said is no apposition
            }
            ActorMention a = at(tokens, s, k, places, day);
            if (a != null && (a.side() != null || a.role() == Role.LOCAL)) {
                return a; // a local office takes its side from its place, later
            }
        }
        return null;
    }

    private ActorMention at(List<Token> tokens, Sentence s, int i, List<PlaceMention> places, java.time.LocalDate day) {
        int limit = s.endToken();
        PhraseTrie.Match<Actor> actor = knowledge.actors().longestAt(tokens, i, limit);
        PhraseTrie.Match<Nation> nation = knowledge.nations().longestAt(tokens, i, limit);
        if (actor != null && (nation == null || actor.end() >= nation.end()) && attributive(tokens, actor.end(), limit)) {
            return null; // "the al-Qaeda-linked group", "Islamic State-linked militants": the group is another one
        }
        if (actor != null && (nation == null || actor.end() >= nation.end())) {
            Actor v = actor.value().on(day);
            // "the NUG's defence ministry": the actor's own office speaks for it
            int end = extendName(tokens, officeTail(tokens, actor.end(), limit), limit);
            end = ownMen(tokens, end, limit, v); // "Hamas gunmen", "al-Shabaab militants": the group's own men
            return new ActorMention(i, end, v.name(), v.side(), v.role(), null, false, "actor:" + v.name());
        }
        if (nation != null) {
            ActorMention withOffice = nationWithOffice(tokens, i, nation, limit, places, day);
            if (withOffice != null) {
                return withOffice;
            }
            boolean possessive = nation.end() + 1 < limit && tokens.get(nation.end()).folded().equals("s")
                    && !tokens.get(nation.end() + 1).isCapitalized() && !geographicAfter(tokens, nation.end() + 1, limit);
            boolean cited = i - 2 >= s.firstToken() && tokens.get(i - 1).is("to") && tokens.get(i - 2).is("according");
            if (possessive || cited || (speaks(tokens, nation.end(), limit) && !afterLocative(tokens, i, s))) {
                return new ActorMention(i, nation.end(), nation.value().name(), nation.value().side(), Role.GOVERNMENT,
                        null, true, "nation:" + nation.value().side());
            }
            return null;
        }
        ActorMention hospital = namedHospitalCited(tokens, s, i);
        if (hospital != null) {
            return hospital;
        }
        PlaceMention placeHere = placeAt(places, i);
        int officeStart = placeHere != null ? placeHere.end() : i;
        PhraseTrie.Match<Office> office = officeStart < limit ? knowledge.offices().longestAt(tokens, officeStart, limit) : null;
        if (office != null && office.end() < limit && PLACE_NOUNS.contains(tokens.get(office.end()).folded())) {
            office = null; // "the Nuseirat refugee camp", "a displacement camp": a place, no one speaking
        }
        if (office != null) {
            Location seat = placeHere != null ? placeHere.location() : seatAfter(tokens, office.end(), limit, places);
            int end = extendName(tokens, office.end(), limit);
            if (seat != null && placeHere == null) {
                end = Math.max(end, seatEnd(tokens, office.end(), limit, places));
            }
            Role role = office.value().role();
            Nation ofNation = nationAfterOf(tokens, office.end(), limit);
            if (ofNation != null && seat == null) {
                int e = office.end() + 1;
                while (e < limit && (tokens.get(e).is("the") || knowledge.nations().longestAt(tokens, e, limit) == null)) {
                    e++;
                }
                PhraseTrie.Match<Nation> nm = knowledge.nations().longestAt(tokens, e, limit);
                end = nm == null ? end : officeTail(tokens, nm.end(), limit);
                return new ActorMention(i, end, text(tokens, i, end), ofNation.side(), role, null, false,
                        ofNation.side() + ":" + office.value().name());
            }
            PhraseTrie.Match<Actor> named = office.end() < limit ? knowledge.actors().longestAt(tokens, office.end(), limit) : null;
            if (named != null && PERSON_ROLES.contains(named.value().role())) {
                // "Sevastopol governor Mikhail Razvozhayev", "President Vladimir Putin": whom the lexicon knows speaks
                // for his own side, which the country of his seat need not be (an occupied town's installed official)
                Actor v = named.value().on(day);
                return new ActorMention(i, named.end(), text(tokens, i, named.end()), v.side(), v.role(), seat, false,
                        "actor:" + v.name());
            }
            if (named != null && seat == null && (role == Role.WITNESS || role == Role.MONITOR || role == Role.MEDIA)) {
                // "the charity Doctors Without Borders", "the rights group Amnesty International": the body named is the source
                Actor v = named.value().on(day);
                return new ActorMention(i, named.end(), text(tokens, i, named.end()), v.side(), v.role(), null, false,
                        "actor:" + v.name());
            }
            PhraseTrie.Match<Actor> speaksFor = actorAfterFor(tokens, office.end(), limit);
            if (speaksFor != null && seat == null) {
                // "a spokesperson for the United Nations' Human Rights Office": the body spoken for is the source
                Actor v = speaksFor.value().on(day);
                return new ActorMention(i, speaksFor.end(), text(tokens, i, speaksFor.end()), v.side(), v.role(), null, false,
                        v.side() + ":" + office.value().name());
            }
            String side = switch (role) {
                case WITNESS, MONITOR -> "third_party";
                case MEDIA -> "media";
                case LOCAL -> seat == null ? null : seat.country();
                default -> null;
            };
            return new ActorMention(i, end, text(tokens, i, end), side, role, seat, false,
                    (side == null ? "" : side) + ":" + office.value().name());
        }
        return null;
    }

    /**
     * "according to Nasser hospital", "according to the Al-Aqsa Martyrs Hospital", "according to the Nasser Medical
     * Complex": a hospital named after "according
     * to" speaks through its staff. (A hospital elsewhere is more often what was hit than who spoke.)
     */
    private static ActorMention namedHospitalCited(List<Token> tokens, Sentence s, int i) {
        boolean cited = i - 2 >= s.firstToken() && tokens.get(i - 1).is("to") && tokens.get(i - 2).is("according");
        // or the subject that opens a sentence: "The Ziv Medical Center in Safed says it is treating two people"
        boolean opening = i == s.firstToken();
        if (!(cited || opening)) {
            return null;
        }
        int k = i;
        if (k < s.endToken() && tokens.get(k).is("the")) {
            k++;
        }
        if (k >= s.endToken() || !tokens.get(k).isCapitalized() && !NAME_PARTICLES.contains(tokens.get(k).folded())) {
            return null;
        }
        for (int j = k; j < Math.min(s.endToken(), k + 5); j++) {
            // "the Nasser Medical Complex", "the Ziv Medical Center": a hospital by another name
            boolean medical = tokens.get(j).is("medical") && j + 1 < s.endToken() && (tokens.get(j + 1).is("complex")
                    || tokens.get(j + 1).is("center") || tokens.get(j + 1).is("centre"));
            int end = medical ? j + 2 : j + 1;
            if ((tokens.get(j).is("hospital") || medical) && (cited || speaksAfter(tokens, end, s.endToken()))) {
                return new ActorMention(i, end, text(tokens, k, end), "third_party", Role.WITNESS, null, false,
                        "third_party:hospital staff");
            }
            if (!tokens.get(j).isCapitalized() && !tokens.get(j).text().equals("-") && !NAME_PARTICLES.contains(tokens.get(j).folded())) {
                return null; // "the al-Ahli Arab hospital": the article of an Arabic name is part of it
            }
        }
        return null;
    }

    private static final Set<String> NAME_PARTICLES = WordSet.of("al", "el", "ad", "ash", "as", "ar", "az", "an", "at", "ul");
    private static final Set<String> SAYING = WordSet.of("said", "says", "told", "reported", "reports", "put", "puts");

    /**
     * A reporting verb right after a name, after "in" and the town it names ("in Safed says"), or after a clause
     * about it set off by commas ("The al-Ahli hospital, which received most of the casualties, put the toll at 17").
     */
    private static boolean speaksAfter(List<Token> tokens, int end, int limit) {
        int k = end;
        if (k + 1 < limit && tokens.get(k).is("in") && tokens.get(k + 1).isCapitalized()) {
            k += 2;
        }
        if (k + 1 < limit && tokens.get(k).text().equals(",") && (tokens.get(k + 1).is("which") || tokens.get(k + 1).is("where"))) {
            for (int c = k + 2; c < Math.min(limit, k + 20); c++) {
                if (tokens.get(c).text().equals(",")) {
                    k = c + 1;
                    break;
                }
            }
        }
        return k < limit && SAYING.contains(tokens.get(k).folded());
    }

    private ActorMention nationWithOffice(List<Token> tokens, int i, PhraseTrie.Match<Nation> nation, int limit,
                                          List<PlaceMention> places, java.time.LocalDate day) {
        int j = nation.end();
        if (j < limit && tokens.get(j).folded().equals("s")) {
            j++;
        }
        for (int skip = 0; skip <= 3 && j < limit; skip++) {
            PhraseTrie.Match<Office> office = knowledge.offices().longestAt(tokens, j, limit);
            if (office != null) {
                int titleEnd = postedTo(tokens, officeTail(tokens, office.end(), limit), limit);
                int end = extendName(tokens, titleEnd, limit);
                Location seat = office.value().role() == Role.LOCAL ? seatAfter(tokens, office.end(), limit, places) : null;
                // "Ukrainian President Volodymyr Zelensky": the named person is the source, not the office
                String identity = nation.value().side() + ":" + office.value().name();
                PhraseTrie.Match<Actor> named = null;
                if (end > titleEnd) {
                    for (int k = titleEnd; k < end && named == null; k++) {
                        named = knowledge.actors().longestAt(tokens, k, end); // "Volodymyr Zelenskyy": the surname is known
                    }
                    identity = named != null ? "actor:" + named.value().name() : "person:" + tokens.get(end - 1).folded();
                }
                Role role = office.value().role();
                // "Ukrainian singer Roxolana", "a Ukrainian broadcaster": civilians and outlets speak for themselves
                String side = role == Role.WITNESS || role == Role.MONITOR ? "third_party"
                        : role == Role.MEDIA ? "media" : nation.value().side();
                if (named != null && role == Role.MEDIA) {
                    side = named.value().on(day).side(); // "the Palestinian news agency Wafa": the agency's own side
                }
                return new ActorMention(i, end, text(tokens, i, end), side, role, seat, false, identity);
            }
            PhraseTrie.Match<Actor> actor = knowledge.actors().longestAt(tokens, j, limit);
            if (actor != null) {
                // "Ukraine's SBU security service": the actor's own office is part of its name
                int end = extendName(tokens, officeTail(tokens, actor.end(), limit), limit);
                Actor v = actor.value().on(day);
                return new ActorMention(i, end, v.name(), v.side(), v.role(), null, false, "actor:" + v.name());
            }
            Token t = tokens.get(j);
            if (!(SUBJECT_ADJECTIVES.contains(t.folded()) || knowledge.nations().longestAt(tokens, j, limit) != null)) {
                return null;
            }
            PhraseTrie.Match<Nation> other = knowledge.nations().longestAt(tokens, j, limit);
            if (other != null && j > 0 && !tokens.get(j - 1).is("and")) {
                nation = other; // "the U.S.-backed Saudi coalition": the office belongs to the state named next to it
            }
            j = other != null ? other.end() : j + 1;
        }
        return null;
    }

    /**
     * "Iran's ambassador to the UN", "Russia's envoy to Ukraine": where an office is posted is part of its
     * title; the state before it is whom it speaks for. The end of the title, or {@code j}.
     */
    private int postedTo(List<Token> tokens, int j, int limit) {
        if (j >= limit || !tokens.get(j).is("to")) {
            return j;
        }
        int k = j + 1;
        if (k < limit && tokens.get(k).is("the")) {
            k++;
        }
        if (k >= limit) {
            return j;
        }
        PhraseTrie.Match<Actor> body = knowledge.actors().longestAt(tokens, k, limit);
        PhraseTrie.Match<Nation> state = knowledge.nations().longestAt(tokens, k, limit);
        return body != null ? body.end() : state != null ? state.end() : j;
    }

    /** "spokesperson for the United Nations", "a spokesman for Hamas": the lexicon actor an office speaks for. */
    private PhraseTrie.Match<Actor> actorAfterFor(List<Token> tokens, int j, int limit) {
        if (j >= limit || !tokens.get(j).is("for")) {
            return null;
        }
        int k = j + 1;
        if (k < limit && tokens.get(k).is("the")) {
            k++;
        }
        return k < limit ? knowledge.actors().longestAt(tokens, k, limit) : null;
    }

    /** "General Staff of Ukraine's Armed Forces", "the air force of Ukraine". */
    private Nation nationAfterOf(List<Token> tokens, int j, int limit) {
        if (j >= limit || !tokens.get(j).is("of")) {
            return null;
        }
        int k = j + 1;
        if (k < limit && tokens.get(k).is("the")) {
            k++;
        }
        PhraseTrie.Match<Nation> n = k < limit ? knowledge.nations().longestAt(tokens, k, limit) : null;
        return n == null ? null : n.value();
    }

    /** After a nation: "'s Armed Forces" belongs to the same name. */
    private int officeTail(List<Token> tokens, int j, int limit) {
        int k = j;
        if (k < limit && tokens.get(k).folded().equals("s")) {
            k++; // "the Defence Ministry's spokesman"
        }
        PhraseTrie.Match<Office> o = k < limit ? knowledge.offices().longestAt(tokens, k, limit) : null;
        return o == null ? j : o.end(); // or "armed forces general staff"
    }

    /** Whether what follows a nation is a reporting verb: "Moscow denied", "Kyiv has repeatedly said". */
    private boolean speaks(List<Token> tokens, int j, int limit) {
        int k = j;
        int skipped = 0;
        while (k < limit && skipped < 4 && (AUXILIARIES.contains(tokens.get(k).folded()) || weekday(tokens.get(k)))) {
            k++;
            skipped++;
        }
        return k < limit && knowledge.reporting().longestAt(tokens, k, limit) != null
                && !knowledge.reporting().longestAt(tokens, k, limit).value().sourceAfter();
    }

    /** The end of a kind of armed men right after a named group ("Hamas gunmen"), or {@code end}: they are the group's. */
    private int ownMen(List<Token> tokens, int end, int limit, Actor named) {
        if (end >= limit || named.isKind()) {
            return end;
        }
        PhraseTrie.Match<Actor> men = knowledge.actors().longestAt(tokens, end, limit);
        return men != null && men.value().isKind() && men.value().role() == Role.ARMED_GROUP ? men.end() : end;
    }

    /**
     * Words that make a name before them an attribute of another body: "the al-Qaeda-linked group", "Islamic
     * State-inspired militants" (unlike "the Houthi-affiliated health ministry", which is the Houthis' own).
     */
    private static final Set<String> ATTRIBUTES = WordSet.of("linked", "backed", "inspired", "supported", "sponsored",
            "funded", "armed", "trained");

    private static boolean attributive(List<Token> tokens, int end, int limit) {
        return end + 1 < limit && tokens.get(end).text().equals("-") && ATTRIBUTES.contains(tokens.get(end + 1).folded());
    }

    /** After "Kyiv's", words that keep Kyiv a place ("Kyiv's outskirts", "Beirut's southern suburbs"), unlike "Moscow's troops". */
    private static boolean geographicAfter(List<Token> tokens, int k, int limit) {
        if (k + 1 < limit && PlaceFinder.COMPASS_ADJECTIVES.contains(tokens.get(k).folded())) {
            k++;
        }
        return GEOGRAPHIC.contains(tokens.get(k).folded());
    }

    /** After "Kyiv's", a word that keeps Kyiv a place ("Kyiv's outskirts"), unlike "Moscow's troops". */
    private static final Set<String> GEOGRAPHIC = WordSet.of("district", "districts", "region", "oblast", "province",
            "outskirts", "suburb", "suburbs", "centre", "center", "city", "streets", "neighbourhood", "neighborhood",
            "area", "port", "airport", "border", "east", "west", "north", "south", "capital", "downtown", "old");

    private static final Set<String> LOCATIVES = WordSet.of("in", "of", "at", "from", "to", "across", "eastern", "western",
            "northern", "southern", "central", "inside", "into", "over", "against", "on", "for", "with", "and", "by");

    /** "forces in eastern Ukraine claim": a nation after a preposition is a place, not a speaker. */
    private static boolean afterLocative(List<Token> tokens, int i, Sentence s) {
        return i > s.firstToken() && LOCATIVES.contains(tokens.get(i - 1).folded());
    }

    private static boolean weekday(Token t) {
        return t.folded().endsWith("day") && t.isCapitalized();
    }

    /** A person's name after a title: "Mayor Vadim Lyakh", "governor Oleh Syniehubov". */
    private static int extendName(List<Token> tokens, int j, int limit) {
        int k = j;
        int words = 0;
        while (k < limit && words < 3 && tokens.get(k).isCapitalized() && !tokens.get(k).folded().equals("s")) {
            k = hyphenated(tokens, k + 1, limit);
            words++;
        }
        return k;
    }

    private static boolean inPlace(List<PlaceMention> places, int i) {
        for (PlaceMention p : places) {
            if (p.first() <= i && i < p.end()) {
                return true;
            }
            if (p.first() > i) {
                return false;
            }
        }
        return false;
    }

    private static PlaceMention placeAt(List<PlaceMention> places, int i) {
        int lo = 0;
        int hi = places.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).first() < i) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < places.size() && places.get(lo).first() == i ? places.get(lo) : null;
    }

    /** "the mayor of Sloviansk", "the governor of the Kharkiv region", "the mayor of the Ukrainian city of Sloviansk". */
    private static Location seatAfter(List<Token> tokens, int j, int limit, List<PlaceMention> places) {
        PlaceMention p = seatMention(tokens, j, limit, places);
        return p == null ? null : p.location();
    }

    private static int seatEnd(List<Token> tokens, int j, int limit, List<PlaceMention> places) {
        PlaceMention p = seatMention(tokens, j, limit, places);
        return p == null ? j : p.end();
    }

    private static PlaceMention seatMention(List<Token> tokens, int j, int limit, List<PlaceMention> places) {
        if (j >= limit || !tokens.get(j).is("of")) {
            return null;
        }
        for (PlaceMention p : places) {
            if (p.first() > j && p.first() <= j + 6 && p.first() < limit) {
                return p;
            }
        }
        return null;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
