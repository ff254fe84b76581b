package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.Office;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/**
 * One source, many names: "Belgorod governor Vyacheslav Gladkov", "Gladkov" and "the governor" are one
 * source; "Kyiv mayor Vitali Klitschko", "Mr Klitschko" and "the mayor" too. Mentions that share a
 * surname are one source; an office named alone ("the governor") is the one person the article gave that
 * office to, when it gave it to exactly one. Every mention of a source then carries the same identity
 * (and the side any of its mentions knows).
 */
final class SourceTable {

    private static final Set<String> HONORIFICS = WordSet.of("mr", "mrs", "ms", "dr", "sir", "gen", "general", "col",
            "colonel", "maj", "major", "lt", "lieutenant", "capt", "captain", "prof", "sheikh", "president");

    /** Roles the lexicons give only to bodies, never to persons (armed groups' leaders carry their group's role). */
    private static final Set<Role> ORGANISATIONS = java.util.EnumSet.of(Role.MONITOR, Role.WITNESS, Role.MEDIA);

    private SourceTable() {
    }

    static List<ActorMention> resolve(List<Token> tokens, Knowledge knowledge, List<ActorMention> actors) {
        int n = actors.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        String[] surname = new String[n];
        String[] office = new String[n];
        Map<String, Integer> bySurname = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ActorMention a = actors.get(i);
            if (a.nation()) {
                continue;
            }
            surname[i] = surname(tokens, knowledge, a);
            office[i] = office(tokens, knowledge, a);
            if (surname[i] != null) {
                Integer first = bySurname.putIfAbsent(surname[i], i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        // an office alone is the one named holder of that office, of a compatible side
        for (int i = 0; i < n; i++) {
            ActorMention a = actors.get(i);
            if (a.nation() || surname[i] != null || office[i] == null) {
                continue;
            }
            Integer holder = null;
            boolean several = false;
            for (int j = 0; j < n; j++) {
                if (j == i || surname[j] == null || !office[i].equals(office[j]) || !compatible(a, actors.get(j))) {
                    continue;
                }
                int root = find(parent, j);
                if (holder != null && holder != root) {
                    several = true;
                }
                holder = root;
            }
            if (holder != null && !several) {
                union(parent, holder, i);
            }
        }
        describedGroupIsTheNamedOne(actors, parent);
        spokesmanOfTheBodyNamed(tokens, actors, parent);
        Map<Integer, String> identity = new HashMap<>();
        Map<Integer, String> side = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            ActorMention a = actors.get(i);
            String id = identity.get(root);
            if (id == null || (a.identity().startsWith("actor:") && !id.startsWith("actor:"))) {
                identity.put(root, named(a, surname[i]));
            }
            if (a.side() != null) {
                side.putIfAbsent(root, a.side());
            }
        }
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            members[find(parent, i)]++;
        }
        List<ActorMention> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ActorMention a = actors.get(i);
            int root = find(parent, i);
            boolean shared = members[root] > 1;
            if (!shared || a.nation()) {
                out.add(a);
                continue;
            }
            String s = a.side() != null ? a.side() : side.get(root);
            out.add(new ActorMention(a.first(), a.end(), a.name(), s, a.role(), a.seat(), false, identity.get(root)));
        }
        return out;
    }

    /** Nouns of bodies a spokesman's title may name: "agency spokesman", "Ministry spokesman". */
    private static final Set<String> BODY_NOUNS = WordSet.of("agency", "ministry", "army", "police", "military", "service",
            "office", "group", "administration", "council", "force", "forces", "command", "department", "authority",
            "movement", "government");

    /** Words for one who speaks for a body: "agency spokesman Mahmud Bassal" speaks for the agency. */
    private static final Set<String> SPOKESMEN = WordSet.of("spokesman", "spokeswoman", "spokesperson", "spokespeople");

    /**
     * "Gaza's civil defence agency said ..." and then "agency spokesman Mahmud Bassal told AFP": a spokesman
     * titled by a body's noun speaks for the body named last before him that ends with that noun.
     */
    private static void spokesmanOfTheBodyNamed(List<Token> tokens, List<ActorMention> actors, int[] parent) {
        for (int i = 0; i < actors.size(); i++) {
            ActorMention a = actors.get(i);
            int title = -1;
            for (int k = a.first(); k < a.end() && title < 0; k++) {
                if (SPOKESMEN.contains(tokens.get(k).folded())) {
                    title = k;
                }
            }
            if (title < 0) {
                continue;
            }
            int nounAt = title - 1;
            if (nounAt < 0 || tokens.get(nounAt).isCapitalized() && !BODY_NOUNS.contains(tokens.get(nounAt).folded())) {
                continue; // "Kremlin spokesman": the body is named in the title itself
            }
            String noun = tokens.get(nounAt).folded();
            for (int j = i - 1; j >= 0; j--) {
                ActorMention body = actors.get(j);
                if (!body.nation() && body.end() - body.first() > 1 && body.end() <= a.first()
                        && (tokens.get(body.end() - 1).folded().equals(noun)
                            || body.end() < a.first() && tokens.get(body.end()).folded().equals(noun)) // "civil defence agency"
                        && (a.side() == null || a.side().equals(body.side()))) {
                    union(parent, j, i);
                    break;
                }
            }
        }
    }

    /**
     * "a Karen rebel group said" and "the Karen National Union said": an armed group the text only describes
     * is the one armed group it names, when it names exactly one of a side the description allows.
     */
    private static void describedGroupIsTheNamedOne(List<ActorMention> actors, int[] parent) {
        Integer named = null;
        for (int j = 0; j < actors.size(); j++) {
            ActorMention g = actors.get(j);
            if (g.role() == Role.ARMED_GROUP && !g.nation() && isName(g)) {
                if (named != null && !actors.get(named).identity().equals(g.identity())
                        && find(parent, named) != find(parent, j)) {
                    return; // two groups named: a description could mean either
                }
                if (named != null) {
                    union(parent, named, j); // "M23" in the headline and "M23" in the body
                }
                named = j;
            }
        }
        if (named == null) {
            return;
        }
        ActorMention group = actors.get(named);
        for (int i = 0; i < actors.size(); i++) {
            ActorMention a = actors.get(i);
            if (a.role() == Role.ARMED_GROUP && !a.nation() && !isName(a) && sideAllows(a.side(), group.side())) {
                union(parent, named, i);
            }
        }
    }

    /** A mention of one actor, not of a kind of actor ("armed group", see {@link org.sitrep.engine.knowledge.Actor#isKind}). */
    private static boolean isName(ActorMention a) {
        String id = a.identity();
        return !id.startsWith("actor:") || !org.sitrep.engine.knowledge.Actor.isKindName(id.substring("actor:".length()));
    }

    /** Whether a described group's side admits the named group's: the same, or any country's armed opposition. */
    private static boolean sideAllows(String described, String named) {
        if (described == null || named == null || described.equals(named)) {
            return true;
        }
        return described.equals(ActorMention.OPPOSITION_OF_PLACE) && named.endsWith(ActorMention.OPPOSITION_OF_PLACE.substring(1));
    }

    private static String named(ActorMention a, String surname) {
        if (a.identity().startsWith("actor:") || surname == null) {
            return a.identity();
        }
        return "person:" + surname;
    }

    private static boolean compatible(ActorMention office, ActorMention holder) {
        if (office.side() != null && holder.side() != null && !office.side().equals(holder.side())) {
            return false;
        }
        return office.seat() == null || holder.seat() == null || office.seat().key().equals(holder.seat().key());
    }

    /** The person's surname: the last capitalised word of the mention that is a name, not an office or a title. */
    private static String surname(List<Token> tokens, Knowledge knowledge, ActorMention a) {
        if (a.identity().startsWith("actor:")) {
            if (ORGANISATIONS.contains(a.role())) {
                return null; // "Doctors Without Borders", "Russian state media": a body's name has no surname
            }
            String[] words = a.identity().substring(6).split(" ");
            String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            // "Allied Democratic Forces": a group's name that ends in a word of the language has no surname ("Our forces")
            boolean group = a.role() == Role.ARMED_GROUP && knowledge.isCommonWord(last);
            return words.length >= 2 && !group ? last : null;
        }
        int end = a.end();
        int k = end - 1;
        Token t = tokens.get(k);
        if (!t.isCapitalized() || t.text().length() < 3 || t.isAcronym() || knowledge.isCommonWord(t.folded())
                || HONORIFICS.contains(t.folded()) || knowledge.nations().longestAt(tokens, k, end) != null) {
            return null;
        }
        for (int j = a.first(); j < end; j++) {
            PhraseTrie.Match<Office> o = knowledge.offices().longestAt(tokens, j, end);
            if (o != null && o.end() > k) {
                return null; // "the Defence Minister": the last word is the office
            }
        }
        return t.folded();
    }

    /** The office named inside the mention ("governor" in "Belgorod governor Vyacheslav Gladkov"). */
    private static String office(List<Token> tokens, Knowledge knowledge, ActorMention a) {
        for (int j = a.first(); j < a.end(); j++) {
            PhraseTrie.Match<Office> o = knowledge.offices().longestAt(tokens, j, a.end());
            if (o != null) {
                return o.value().name();
            }
        }
        return null;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
