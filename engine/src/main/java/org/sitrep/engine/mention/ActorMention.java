package org.sitrep.engine.mention;

import org.sitrep.engine.knowledge.Role;

/**
 * A source or actor named in the text: tokens {@code [first, end)}.
 *
 * @param first  first token
 * @param end    token after the last
 * @param name   the name as written (or the canonical name of a lexicon actor)
 * @param side   side code, or null when it must come from context (a mayor's side is that of the
 *               country of the place they serve)
 * @param role   what kind of source it is
 * @param seat   the place an official serves ("the mayor of Sloviansk"), or null
 * @param nation   whether the mention is a state named alone ("Moscow denied"): a government, not a place
 * @param identity who it is, however named: "Mayor Vadim Lyakh" and "the mayor of Sloviansk" share
 *                 {@code local:mayor}, "Russia's defense ministry" and "the Russian Defence Ministry"
 *                 share {@code RU:defence ministry}
 */
public record ActorMention(int first, int end, String name, String side, Role role, Location seat, boolean nation,
                           String identity) {

    /** Written in a lexicon for a group that fights in several countries: the armed opposition of the event's country. */
    public static final String OPPOSITION_OF_PLACE = "@_opposition";

    /** The side for an event in {@code country}: a group's "@_opposition" becomes that country's armed opposition. */
    public static String sideIn(String side, String country) {
        if (side == null || !side.startsWith("@")) {
            return side;
        }
        return country == null ? "unknown" : country + side.substring(1);
    }
}
