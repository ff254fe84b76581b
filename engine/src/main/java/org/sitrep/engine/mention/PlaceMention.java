package org.sitrep.engine.mention;

import org.sitrep.model.ToponymRole;

/**
 * A place named in the text: tokens {@code [first, end)}.
 *
 * @param first    first token
 * @param end      token after the last (including a region word such as "region" that followed)
 * @param location the resolved place
 * @param cued     whether a locative cue preceded it ("in", "near", "city of")
 * @param role     what the name does here: only a literal mention can be where something happened
 */
public record PlaceMention(int first, int end, Location location, boolean cued, ToponymRole role) {

    /**
     * Whether this mention can be the place of an event: a literal mention of a place in a country, or of
     * waters and areas of no one country (the Red Sea).
     */
    public boolean canHostEvent() {
        return role == ToponymRole.LITERAL && (location.country() != null || location.international());
    }
}
