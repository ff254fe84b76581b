package org.sitrep.engine.mention;

/**
 * A place named in the text: tokens {@code [first, end)}.
 *
 * @param first    first token
 * @param end      token after the last (including a region word such as "region" that followed)
 * @param location the resolved place
 * @param cued     whether a locative cue preceded it ("in", "near", "city of")
 */
public record PlaceMention(int first, int end, Location location, boolean cued) {
}
