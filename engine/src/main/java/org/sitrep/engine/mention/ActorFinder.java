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

/**
 * Finds sources and actors: named actors from the lexicon ("Zelensky", "the IDF"), a nation with an
 * office ("Russia's defence ministry", "Ukrainian officials"), an office alone ("the regional
 * governor", "witnesses") with the place it serves, and a nation alone when it speaks ("Moscow denied").
 */
public final class ActorFinder {

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "later", "again", "on",
            "was", "were", "is", "are", "repeatedly", "consistently", "previously", "initially", "earlier",
            "quickly", "swiftly", "flatly", "strongly", "officially", "publicly", "itself", "then", "would", "will");
    private static final Set<String> SUBJECT_ADJECTIVES = Set.of("and", "pro", "-", "backed", "separatist",
            "installed", "appointed", "regional", "local", "top", "senior", "state", "military", "self", "proclaimed",
            "chief", "deputy", "former", "acting", "official");

    private final Knowledge knowledge;

    public ActorFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Tokens that name actors and so can never be places: lexicon actors and nations that speak. */
    public boolean[] claimedTokens(Document doc) {
        boolean[] taken = new boolean[doc.tokens().size()];
        for (ActorMention a : find(doc, List.of())) {
            if (a.nation() || a.role() != Role.LOCAL || a.seat() == null) {
                for (int k = a.first(); k < a.end(); k++) {
                    taken[k] = a.nation() || fromLexicon(doc, a) ? true : taken[k];
                }
            }
        }
        return taken;
    }

    private boolean fromLexicon(Document doc, ActorMention a) {
        PhraseTrie.Match<Actor> m = knowledge.actors().longestAt(doc.tokens(), a.first(), a.end());
        return m != null && m.end() == a.end();
    }

    public List<ActorMention> find(Document doc, List<PlaceMention> places) {
        List<ActorMention> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                ActorMention a = at(tokens, s, i, places);
                if (a != null) {
                    out.add(a);
                    i = a.end();
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    private ActorMention at(List<Token> tokens, Sentence s, int i, List<PlaceMention> places) {
        int limit = s.endToken();
        PhraseTrie.Match<Actor> actor = knowledge.actors().longestAt(tokens, i, limit);
        PhraseTrie.Match<Nation> nation = knowledge.nations().longestAt(tokens, i, limit);
        if (actor != null && (nation == null || actor.end() >= nation.end())) {
            Actor v = actor.value();
            return new ActorMention(i, extendName(tokens, actor.end(), limit), v.name(), v.side(), v.role(), null, false);
        }
        if (nation != null) {
            ActorMention withOffice = nationWithOffice(tokens, i, nation, limit, places);
            if (withOffice != null) {
                return withOffice;
            }
            if (speaks(tokens, nation.end(), limit)) {
                return new ActorMention(i, nation.end(), nation.value().name(), nation.value().side(), Role.GOVERNMENT,
                        null, true);
            }
            return null;
        }
        PlaceMention placeHere = placeAt(places, i);
        int officeStart = placeHere != null ? placeHere.end() : i;
        PhraseTrie.Match<Office> office = officeStart < limit ? knowledge.offices().longestAt(tokens, officeStart, limit) : null;
        if (office != null && !(placeHere == null && tokens.get(i).isCapitalized() && i > s.firstToken() && !isTitleWord(tokens.get(i)))) {
            Location seat = placeHere != null ? placeHere.location() : seatAfter(tokens, office.end(), limit, places);
            int end = extendName(tokens, office.end(), limit);
            if (seat != null && placeHere == null) {
                end = Math.max(end, seatEnd(tokens, office.end(), limit, places));
            }
            Role role = office.value().role();
            String side = switch (role) {
                case WITNESS, MONITOR -> "third_party";
                case MEDIA -> "media";
                case LOCAL -> seat == null ? null : seat.country();
                default -> null;
            };
            return new ActorMention(i, end, text(tokens, i, end), side, role, seat, false);
        }
        return null;
    }

    private static boolean isTitleWord(Token t) {
        return true;
    }

    private ActorMention nationWithOffice(List<Token> tokens, int i, PhraseTrie.Match<Nation> nation, int limit,
                                          List<PlaceMention> places) {
        int j = nation.end();
        if (j < limit && tokens.get(j).folded().equals("s")) {
            j++;
        }
        for (int skip = 0; skip <= 3 && j < limit; skip++) {
            PhraseTrie.Match<Office> office = knowledge.offices().longestAt(tokens, j, limit);
            if (office != null) {
                int end = extendName(tokens, office.end(), limit);
                Location seat = office.value().role() == Role.LOCAL ? seatAfter(tokens, office.end(), limit, places) : null;
                return new ActorMention(i, end, text(tokens, i, end), nation.value().side(), office.value().role(), seat, false);
            }
            PhraseTrie.Match<Actor> actor = knowledge.actors().longestAt(tokens, j, limit);
            if (actor != null) {
                int end = extendName(tokens, actor.end(), limit);
                return new ActorMention(i, end, actor.value().name(), actor.value().side(), actor.value().role(), null, false);
            }
            Token t = tokens.get(j);
            if (!(SUBJECT_ADJECTIVES.contains(t.folded()) || knowledge.nations().longestAt(tokens, j, limit) != null)) {
                return null;
            }
            PhraseTrie.Match<Nation> other = knowledge.nations().longestAt(tokens, j, limit);
            j = other != null ? other.end() : j + 1;
        }
        return null;
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

    private static boolean weekday(Token t) {
        return t.folded().endsWith("day") && t.isCapitalized();
    }

    /** A person's name after a title: "Mayor Vadim Lyakh", "governor Oleh Syniehubov". */
    private static int extendName(List<Token> tokens, int j, int limit) {
        int k = j;
        while (k < limit && k - j < 3 && tokens.get(k).isCapitalized() && !tokens.get(k).folded().equals("s")) {
            k++;
        }
        return k;
    }

    private static PlaceMention placeAt(List<PlaceMention> places, int i) {
        for (PlaceMention p : places) {
            if (p.first() == i) {
                return p;
            }
        }
        return null;
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
