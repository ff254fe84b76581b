package org.sitrep.engine.mention;

import java.util.List;
import org.sitrep.engine.knowledge.RegionName;
import org.sitrep.engine.knowledge.Site;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.model.ToponymRole;

/**
 * A place name found in the text with everything it could stand for, before resolution.
 *
 * @param first      first token
 * @param end        token after the last, a following region word included
 * @param key        the folded name
 * @param regionWord whether a division word followed or is part of the name ("Kharkiv region", "Fairfax County")
 * @param townCue    whether the text calls it a town ("the city of X", "X city")
 * @param cued       whether a locative word preceded it ("in", "near", "from", "of")
 * @param strongCue  whether a word only places take preceded it ("in", "near", "at", "the town of")
 * @param named      a named region of the region lexicon, or null
 * @param site       a named site, or null
 * @param target     what a demonym or abbreviation stands for, or null
 * @param world      a continent or world region, or null
 * @param towns      populated places of this name, most populous first
 * @param regions    divisions of this name
 * @param country    a country of this name, or null
 * @param role       what the name does in its sentence
 * @param unlisted   the name as written when the text calls it a settlement ("the village of X", "X refugee
 *                   camp", an item of "the villages of A and B"): kept by name when no reading of the
 *                   gazetteer fits; null otherwise
 */
record PlaceCandidate(int first, int end, String key, boolean regionWord, boolean townCue, boolean cued, boolean strongCue,
                      RegionName named, Site site, PlaceWords.Target target, PlaceWords.WorldRegion world,
                      List<GeoPlace> towns, List<GeoRegion> regions, GeoCountry country, ToponymRole role,
                      String unlisted) {

    PlaceCandidate withRole(ToponymRole r) {
        return new PlaceCandidate(first, end, key, regionWord, townCue, cued, strongCue, named, site, target, world, towns, regions,
                country, r, unlisted);
    }

    PlaceCandidate asRegion() {
        return new PlaceCandidate(first, end, key, true, false, cued, strongCue, named, site, target, world, towns, regions, country,
                role, null);
    }

    /** The same name, called a settlement by the words around it (an item of "the villages of A and B"). */
    PlaceCandidate asSettlement(String written) {
        return new PlaceCandidate(first, end, key, regionWord, true, cued, true, named, site, target, world, towns, regions,
                country, role, written);
    }

    /** The name running on to token {@code end} ("Mir" of "Mir Ali"), a settlement the gazetteer lacks. */
    PlaceCandidate settlementThrough(int end, String key, String written) {
        return new PlaceCandidate(first, end, key, regionWord, true, cued, true, named, site, target, world, List.of(), List.of(),
                country, role, written);
    }

    /** A settlement name the gazetteer does not hold at all. */
    boolean unknownToGazetteer() {
        return fromGazetteer() && towns.isEmpty() && regions.isEmpty() && country == null;
    }

    /** A name only the gazetteer's populated places and divisions know (not a lexicon entry). */
    boolean fromGazetteer() {
        return named == null && site == null && target == null && world == null;
    }

    /** A single word only the gazetteer knows, with nothing in the text that calls it a place. */
    boolean uncued() {
        return fromGazetteer() && !strongCue && !townCue && !regionWord && end - first == 1;
    }
}
