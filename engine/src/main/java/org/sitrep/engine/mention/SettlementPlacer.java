package org.sitrep.engine.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Token;
import org.sitrep.model.Precision;
import org.sitrep.engine.text.WordSet;

/**
 * Places the settlements the text names but the gazetteer lacks ("the town of Pont-Sonde in Haiti's
 * Artibonite department", "Tani village, south of Khost"): kept by name, without coordinates (none are
 * invented), in the country and first-level division that the words around them give: the place they
 * are said to lie in or near, else the place named just before them, else the one country the article is
 * about. A settlement-cued name the gazetteer does know is kept by name too when its reading contradicts
 * the text ("Rivne in the Donetsk region" is not the city of Rivne) or is a small place the article
 * gives no support to.
 */
final class SettlementPlacer {

    /** Where the text puts a settlement: a country and, if known, its admin1 code. */
    record Where(String country, String admin1) {
    }

    /** Words that may stand between a settlement and the place it is said to lie in or near. */
    private static final Set<String> GLUE = WordSet.of("in", "near", "of", "the", "s", "'", ",", "outside", "south",
            "north", "east", "west", "southeast", "southwest", "northeast", "northwest", "southern", "northern",
            "eastern", "western", "central", "km", "kilometres", "kilometers", "miles", "about", "some", "around", "to",
            "part", "close", "just", "on", "outskirts", "-", "village", "town", "city", "camp", "refugee", "settlement",
            "district", "province", "region", "area", "state", "department", "governorate", "a", "an", "(", ")", "capital",
            "border", "with", "along", "by", "municipality", "commune", "county", "territory", "zone", "sector", "lga",
            "tehsil", "locality", "township", "sub-district", "subdistrict");
    /** Units of a distance: a place so far from another need not share its division. */
    private static final Set<String> DISTANCES = WordSet.of("km", "kilometres", "kilometers", "miles", "mile", "kilometre",
            "kilometer");

    private final Document doc;
    private final List<PlaceCandidate> cs;
    private final Location[] locations;
    private final BiFunction<String, String, String> admin1Name;

    SettlementPlacer(Document doc, List<PlaceCandidate> cs, Location[] locations, BiFunction<String, String, String> admin1Name) {
        this.doc = doc;
        this.cs = cs;
        this.locations = locations;
        this.admin1Name = admin1Name;
    }

    /**
     * Replaces, in the locations given to the constructor, what settlement-cued names resolve to.
     *
     * @param qualified    where "X, Y" or "X in Y" puts a candidate
     * @param focusCountry the one country the article is about, or null
     * @param unsure       whether a town the gazetteer offers for a settlement-cued name lacks all support
     */
    void place(Map<PlaceCandidate, Where> qualified, String focusCountry, BiPredicate<PlaceCandidate, Location> unsure) {
        abroadButPlacedAtHome(focusCountry);
        Map<String, Location> byName = new HashMap<>();
        Map<String, String> soleRegion = soleRegionByCountry();
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            if (c.unlisted() == null) {
                continue;
            }
            Location loc = locations[k];
            Where q = qualified.get(c);
            Where around = null;
            if (q == null && loc != null && loc.country() != null) {
                around = around(k);
                if (around != null && !around.country().equals(loc.country())) {
                    q = around; // "Cairo's Abbasiya neighbourhood" is in Egypt, whatever else bears the name
                }
            }
            Where where = null;
            if (loc == null) {
                where = q;
            } else if (q != null && !(q.country().equals(loc.country()) && (q.admin1() == null || q.admin1().equals(loc.admin1Code())))) {
                where = q; // "Rivne in the Donetsk region": not the Rivne the gazetteer has
            } else if (loc.precision() == Precision.REGION && c.fromGazetteer() && !c.regionWord() && loc.country() != null
                    && loc.gazetteerId() != null && !loc.key().equals("region:" + loc.country() + "." + loc.admin1Code())) {
                where = new Where(loc.country(), loc.admin1Code()); // "Tani village": a village, named like its district
            } else if (loc.precision() == Precision.TOWN && !loc.site() && q == null && around == null && unsure.test(c, loc)) {
                // a reading in the country the words around it name ("the Saudi city of Jizan") is kept
                where = new Where(null, null);
            } else {
                continue;
            }
            if (where == null || where.country() == null) {
                around = around == null ? around(k) : around;
                where = around != null ? around : focusCountry != null ? new Where(focusCountry, null) : null;
            }
            if (where != null && where.country() != null && where.admin1() == null && !far(k)) {
                String region = soleRegion.get(where.country());
                where = region == null ? where : new Where(where.country(), region);
            }
            Location placed = unlisted(c, where);
            locations[k] = placed;
            if (placed.country() != null) {
                // "Depayin village" in the headline, "Sagaing Region's Depayin Township" below: the mention the text
                // puts in a division places them all
                byName.merge(c.key(), placed, (first, later) -> first.admin1Code() == null && later.admin1Code() != null
                        && first.country().equals(later.country()) ? later : first);
            }
        }
        for (int k = 0; k < cs.size(); k++) {
            Location same = byName.get(cs.get(k).key());
            if (same != null && (locations[k] == null || locations[k].precision() == Precision.TOWN && !locations[k].site()
                    && qualified.get(cs.get(k)) == null)) {
                locations[k] = same; // "the town of Pont-Sonde ...", then "in Pont-Sonde": one name, one place
            }
        }
    }

    /**
     * "a bomb struck a vehicle near Mir Ali in North Waziristan", "the police station in El Plateado, in the
     * municipality of Argelia" in stories of Pakistan and Colombia: the gazetteer's Mir is in Belarus and its El
     * Plateado in Mexico, but the words right after the name put it in the story's own country, so it is a
     * settlement the gazetteer lacks, there (a big city is the one meant wherever the words put it). Its name runs
     * on over capitalised words the gazetteer does not know.
     */
    private void abroadButPlacedAtHome(String focus) {
        if (focus == null) {
            return;
        }
        List<Token> tokens = doc.tokens();
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            Location loc = locations[k];
            if (c.unlisted() != null || !c.fromGazetteer() || c.regionWord() || loc == null || loc.precision() != Precision.TOWN
                    || loc.site() || loc.country() == null || loc.country().equals(focus)
                    || loc.population() >= PlaceResolver.BIG_CITY || c.towns().stream().anyMatch(t -> focus.equals(t.country()))) {
                continue;
            }
            int end = c.end();
            int sentence = tokens.get(c.first()).sentence();
            int nextStart = k + 1 < cs.size() ? cs.get(k + 1).first() : Integer.MAX_VALUE;
            while (end < c.end() + 2 && end < tokens.size() && end < nextStart && tokens.get(end).sentence() == sentence
                    && tokens.get(end).type() == Token.Type.WORD && tokens.get(end).isCapitalized()) {
                end++;
            }
            String written = doc.textOf(c.first(), end, false);
            PlaceCandidate settlement = c.settlementThrough(end, org.sitrep.gazetteer.NameFolding.fold(written), written);
            cs.set(k, settlement);
            Where after = chain(k, +1);
            if (after == null || !after.country().equals(focus)) {
                cs.set(k, c);
            }
        }
    }

    /**
     * "Governor Uba Sani of Kaduna State ordered an inquiry into the strike at Tudun Biri": of a country whose
     * article names one first-level division and no other, a settlement of that country the gazetteer lacks
     * lies in that division (the map and the incident it joins then agree with the region the text names).
     */
    private Map<String, String> soleRegionByCountry() {
        Map<String, String> sole = new HashMap<>();
        for (Location l : locations) {
            if (l != null && l.precision() == Precision.REGION && l.country() != null && l.admin1Code() != null
                    && l.key().equals("region:" + l.country() + "." + l.admin1Code())) {
                sole.merge(l.country(), l.admin1Code(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        sole.values().removeIf(String::isEmpty);
        return sole;
    }

    /** "100 km north of Maiduguri": a place measured from another need not share its division. */
    private boolean far(int k) {
        List<Token> tokens = doc.tokens();
        PlaceCandidate c = cs.get(k);
        for (int t = c.end(); t < Math.min(tokens.size(), c.end() + 6); t++) {
            if (DISTANCES.contains(tokens.get(t).folded())) {
                return true;
            }
        }
        return false;
    }

    private Location unlisted(PlaceCandidate c, Where where) {
        String country = where == null ? null : where.country();
        String admin1 = where == null ? null : where.admin1();
        String a1Name = country != null && admin1 != null ? admin1Name.apply(country, admin1) : null;
        return new Location("unlisted:" + (country == null ? "" : country + ":") + c.key(), c.unlisted(), null, null, null,
                country, a1Name == null ? null : admin1, a1Name, Precision.TOWN, 0, null, false);
    }

    /**
     * The place the text puts candidate {@code k} in or near: the finest of the places named right after it
     * ("in Haiti's Artibonite department", ", south of Khost town"), else of those right before it ("Kaduna's",
     * "the Lebanese village of"), each linked to it by nothing but glue words.
     */
    private Where around(int k) {
        Where after = chain(k, +1);
        return after != null ? after : chain(k, -1);
    }

    private Where chain(int k, int step) {
        List<Token> tokens = doc.tokens();
        int sentence = tokens.get(cs.get(k).first()).sentence();
        Where best = null;
        int rank = -1;
        boolean far = false;
        int edge = step > 0 ? cs.get(k).end() : cs.get(k).first();
        for (int j = k + step; j >= 0 && j < cs.size(); j += step) {
            PlaceCandidate o = cs.get(j);
            if (tokens.get(o.first()).sentence() != sentence) {
                break;
            }
            int from = step > 0 ? edge : o.end();
            int to = step > 0 ? o.first() : edge;
            if (to - from > 10 || !glue(tokens, from, to)) {
                break;
            }
            for (int t = from; t < to; t++) {
                far |= DISTANCES.contains(tokens.get(t).folded());
            }
            Location l = locations[j];
            if (o.role() == org.sitrep.model.ToponymRole.DEMONYM && !(step < 0 && settlementNounOnly(tokens, from, to))) {
                break; // "Afghans in the town of Calais": who, not where; "the Lebanese village of" says where
            }
            if (l != null && l.country() != null && !l.key().startsWith("unlisted:")) {
                int r = l.precision() == Precision.COUNTRY ? 0 : l.admin1Code() == null || far ? 1 : 2;
                if (best == null || (r > rank && l.country().equals(best.country()))) {
                    best = new Where(l.country(), far ? null : l.admin1Code()); // "100 km north of the capital": not its division
                    rank = r;
                }
            }
            edge = step > 0 ? o.end() : o.first();
        }
        return best;
    }

    /** "village of", "town": only the settlement noun (and "of") between a demonym and the name. */
    private static boolean settlementNounOnly(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            String f = tokens.get(t).folded();
            if (!(f.equals("of") || f.equals("village") || f.equals("town") || f.equals("city") || f.equals("settlement")
                    || f.equals("hamlet") || f.equals("port") || f.equals("border"))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean glue(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            Token w = tokens.get(t);
            if (!GLUE.contains(w.folded()) && w.type() != Token.Type.NUMBER) {
                return false;
            }
        }
        return true;
    }
}
