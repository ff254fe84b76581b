package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.engine.knowledge.RegionName;
import org.sitrep.engine.knowledge.Site;
import org.sitrep.engine.text.WordSet;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.gazetteer.DivisionWords;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.gazetteer.Skeleton;
import org.sitrep.model.Precision;
import org.sitrep.model.ToponymRole;

/**
 * Chooses what each place name stands for, by evidence in this order: an explicit qualifier ("Paris,
 * Texas", "Glasgow, Ky.", "the Kharkiv region"), the divisions and countries the article names and
 * where its other places lie, then the kind and size of the place. A country or a first-level division
 * wins over a small town of the same name; a name that only an alternate spelling matches weighs less
 * than a place's own name. One name keeps one sense through the article once a qualifier has fixed it.
 */
final class PlaceResolver {

    /**
     * A place ruled in or out by "X, Y" (weight 20) or, less surely, by "X in Y" (weight 8): the country and,
     * if Y is a division, its admin1 code.
     */
    private record Qualifier(String country, String admin1, double weight) {
        Qualifier(String country, String admin1) {
            this(country, admin1, 20);
        }

        boolean admits(String c, String a1) {
            return country.equals(c) && (admin1 == null || admin1.equals(a1));
        }

        Qualifier soft() {
            return new Qualifier(country, admin1, 8);
        }
    }

    /** How much the article is about each country and first-level division. */
    private static final class Evidence {
        final Map<String, Double> countries = new HashMap<>();
        final Map<String, Double> admin1 = new HashMap<>();
        double maxCountry;
        double maxAdmin1;
        final List<Location> towns = new ArrayList<>();
        /** For each first-level division, the names of the article that could lie in it, each weighing 1/its choices. */
        final Map<String, Map<String, Double>> possible = new HashMap<>();

        /** How many other names of the article could lie in this division, ambiguous names counting less. */
        double coherence(String iso, String code, String ownKey) {
            Map<String, Double> names = possible.get(iso + "." + code);
            if (names == null) {
                return 0;
            }
            double sum = 0;
            for (Map.Entry<String, Double> n : names.entrySet()) {
                if (!n.getKey().equals(ownKey)) {
                    sum += n.getValue();
                }
            }
            return sum;
        }

        /** The name now voting; a name's own votes never count as evidence for itself. */
        String voter = "";
        /**
         * Each name's own votes, by country and by division ("iso.code"): the scores ask for them once per reading
         * of every name, so they are found by the name, then the place, and no key is built for the asking.
         */
        final Map<String, Map<String, Double>> countriesByVoter = new HashMap<>();
        final Map<String, Map<String, Double>> admin1ByVoter = new HashMap<>();

        void country(String iso, double w) {
            if (iso != null) {
                maxCountry = Math.max(maxCountry, countries.merge(iso, w, Double::sum));
                countriesByVoter.computeIfAbsent(voter, v -> new HashMap<>()).merge(iso, w, Double::sum);
            }
        }

        void admin1(String iso, String code, double w) {
            if (iso != null && code != null && !code.isEmpty() && !code.equals("00")) {
                String k = iso + "." + code;
                maxAdmin1 = Math.max(maxAdmin1, admin1.merge(k, w, Double::sum));
                admin1ByVoter.computeIfAbsent(voter, v -> new HashMap<>()).merge(k, w, Double::sum);
            }
        }

        double countryVotes(String iso, String except) {
            Map<String, Double> own = countriesByVoter.get(except);
            return countries.getOrDefault(iso, 0.0) - (own == null ? 0.0 : own.getOrDefault(iso, 0.0));
        }

        double admin1Votes(String iso, String code, String except) {
            String k = iso + "." + code;
            Map<String, Double> own = admin1ByVoter.get(except);
            return admin1.getOrDefault(k, 0.0) - (own == null ? 0.0 : own.getOrDefault(k, 0.0));
        }

        double countryShare(String iso, String except) {
            // a share of what the article says, but weak evidence alone ("Russian missiles") stays weak
            return maxCountry == 0 ? 0 : Math.max(0, countryVotes(iso, except)) / Math.max(1.0, maxCountry);
        }

        double admin1Share(String iso, String code, String except) {
            return maxAdmin1 == 0 ? 0 : Math.max(0, admin1Votes(iso, code, except)) / Math.max(1.0, maxAdmin1);
        }

        /** The outlet's country, or null: a weak prior, enough to tip a name the text leaves open. */
        String outlet;

        void prior(String iso) {
            outlet = iso;
        }

        /** The prior's bonus for a reading in this country. */
        double outletBonus(String iso) {
            return outlet != null && outlet.equals(iso) ? OUTLET_PRIOR : 0;
        }

        /** The country the article is mostly about: clearly ahead of any other, or null. */
        String focusCountry() {
            String top = null;
            double first = 0;
            double second = 0;
            for (Map.Entry<String, Double> c : countries.entrySet()) {
                if (c.getValue() > first) {
                    second = first;
                    first = c.getValue();
                    top = c.getKey();
                } else if (c.getValue() > second) {
                    second = c.getValue();
                }
            }
            return first >= 1.0 && first >= 1.5 * second ? top : null;
        }

        /** Whether first-level divisions of this country other than {@code code} have votes. */
        boolean otherAdmin1(String iso, String code) {
            for (Map.Entry<String, Double> a : admin1.entrySet()) {
                if (a.getKey().startsWith(iso + ".") && !a.getKey().equals(iso + "." + code) && a.getValue() >= 1.0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Score for a reading in the outlet's country: less than the article's other places give (up to 3 for the
     * country, 2.5 for the division, 2 for nearness), about what a fivefold population gap weighs.
     */
    private static final double OUTLET_PRIOR = 1.8;

    private final PlaceIndex index;
    private final PlaceWords words;

    PlaceResolver(PlaceIndex index, PlaceWords words) {
        this.index = index;
        this.words = words;
    }

    List<PlaceMention> resolve(Document doc, List<PlaceCandidate> found) {
        return resolve(doc, found, null);
    }

    /** @param outletCountry the ISO code of the publishing outlet's country, a weak prior; or null */
    List<PlaceMention> resolve(Document doc, List<PlaceCandidate> found, String outletCountry) {
        List<PlaceCandidate> cs = new ArrayList<>(found.size() + 4);
        // by identity: each candidate is one mention, and hashing its lists of readings is costly
        Map<PlaceCandidate, Qualifier> qualifiers = new java.util.IdentityHashMap<>();
        qualify(doc, found, cs, qualifiers);
        Evidence first = evidence(doc, cs, qualifiers, null);
        first.prior(outletCountry);
        Location[] firstPass = new Location[cs.size()];
        for (int k = 0; k < cs.size(); k++) {
            firstPass[k] = resolve(cs.get(k), qualifiers.get(cs.get(k)), first, null);
        }
        Evidence second = evidence(doc, cs, qualifiers, firstPass);
        second.prior(outletCountry);
        Map<String, Location> fixed = new HashMap<>();
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            Qualifier q = qualifiers.get(c);
            if (q != null && c.fromGazetteer()) {
                Location loc = resolve(c, q, second, firstPass[k]);
                if (loc != null && loc.precision() == Precision.TOWN) {
                    fixed.putIfAbsent(c.key(), loc);
                }
            }
        }
        Location[] locations = new Location[cs.size()];
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            Location loc = resolve(c, qualifiers.get(c), second, firstPass[k]);
            Location same = fixed.get(c.key());
            if (loc != null && same != null && qualifiers.get(c) == null && (loc.precision() == Precision.TOWN
                    || (loc.precision() == Precision.REGION && !java.util.Objects.equals(loc.country(), same.country())))) {
                // "Glasgow, Ky." then "Glasgow": one name, one place; "Poonch district, Jammu and Kashmir" then
                // "Poonch district" is not the namesake across the border
                loc = same;
            }
            locations[k] = loc;
        }
        regionNamedOnce(cs, locations);
        new SettlementPlacer(doc, cs, locations, this::admin1Name).place(unlistedQualifiers(qualifiers), second.focusCountry(),
                (c, loc) -> unsure(c, qualifiers.get(c), loc, second, smallSettlementWordBefore(doc.tokens(), c)));
        List<PlaceMention> out = new ArrayList<>(cs.size());
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            if (locations[k] != null) {
                out.add(new PlaceMention(c.first(), c.end(), locations[k], c.cued(), c.role()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    private static final long SMALL_SEAT = 100_000;

    /**
     * "near Tera in the western Tillaberi region", then "on the road to Banibangou, also in Tillaberi": where an
     * article names a first-level division by its word, the same name bare and not called a town is that division,
     * when its seat is a small town ("Saratov", "Odesa" or "Sanaa" bare stay the cities).
     */
    private static void regionNamedOnce(List<PlaceCandidate> cs, Location[] locations) {
        Map<String, Location> divisions = new HashMap<>();
        for (int k = 0; k < cs.size(); k++) {
            Location l = locations[k];
            if (cs.get(k).regionWord() && l != null && l.precision() == Precision.REGION && l.divisionLevel() == 1
                    && skeleton(org.sitrep.gazetteer.NameFolding.fold(l.name())).equals(skeleton(cs.get(k).key()))) {
                divisions.putIfAbsent(cs.get(k).key(), l);
            }
        }
        if (divisions.isEmpty()) {
            return;
        }
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            Location division = divisions.get(c.key());
            if (division != null && !c.regionWord() && !c.townCue() && locations[k] != null
                    && locations[k].precision() == Precision.TOWN && locations[k].population() < SMALL_SEAT
                    && java.util.Objects.equals(locations[k].country(), division.country())) {
                locations[k] = division;
            }
        }
    }

    /**
     * "X, Y" where Y is a country, a first-level division or a state's abbreviation ("Glasgow, Ky.",
     * "Paris, Texas", "Aleppo, Syria"): Y qualifies X. Abbreviations become mentions of their own.
     */
    private void qualify(Document doc, List<PlaceCandidate> found, List<PlaceCandidate> out,
                         Map<PlaceCandidate, Qualifier> qualifiers) {
        List<Token> tokens = doc.tokens();
        labelledSections(doc, found, qualifiers);
        for (int k = 0; k < found.size(); k++) {
            PlaceCandidate c = found.get(k);
            out.add(c);
            int comma = c.end();
            if (comma + 1 >= tokens.size() || tokens.get(comma).sentence() != tokens.get(c.first()).sentence()) {
                continue;
            }
            PlaceCandidate next = k + 1 < found.size() ? found.get(k + 1) : null;
            if (!tokens.get(comma).text().equals(",")) {
                Qualifier in = next == null ? null : containerAfterIn(tokens, c, found, k + 1);
                if (in != null && c.fromGazetteer() && c.country() == null) {
                    if (c.unlisted() == null && c.strongCue() && !c.regionWord() && c.named() == null && c.target() == null
                            && noReadingIn(c, in.country()) && !worldCity(c)) {
                        // "near Boni in central Mali": the gazetteer's Boni is in Indonesia, so this one is a place it lacks
                        c = c.asSettlement(doc.textOf(c.first(), c.end(), false));
                        out.set(out.size() - 1, c);
                    }
                    qualifiers.put(c, in);
                }
                if (in != null) {
                    qualifyListBefore(tokens, out, in, qualifiers);
                }
                continue;
            }
            if (next != null && next.first() == comma + 1) {
                Qualifier q = qualifierOf(next);
                if (q != null && c.fromGazetteer()) {
                    if (c.unlisted() == null && q.admin1() != null && next.country() == null && !shouted(tokens, next)
                            && noReadingIn(c, q.country()) && !worldCity(c) && !listGoesOn(tokens, next.end())) {
                        // "Palma, Cabo Delgado": the gazetteer's Palmas are all abroad, so this one is a settlement it lacks
                        c = c.asSettlement(doc.textOf(c.first(), c.end(), false));
                        out.set(out.size() - 1, c);
                    }
                    qualifiers.put(c, q);
                }
                continue;
            }
            Token t = tokens.get(comma + 1);
            String code = stateCode(tokens, comma + 1);
            if (code != null) {
                int dot = code.indexOf('.');
                Optional<GeoRegion> state = index.admin1(code.substring(0, dot), code.substring(dot + 1));
                if (state.isPresent()) {
                    if (c.fromGazetteer()) {
                        qualifiers.put(c, new Qualifier(code.substring(0, dot), code.substring(dot + 1)));
                    }
                    GeoRegion r = state.get();
                    out.add(new PlaceCandidate(t.index(), t.index() + 1, t.folded(), true, false, false, false, null, null,
                            new PlaceWords.Target(r.country(), r.admin1Code(), null), null, List.of(), List.of(), null,
                            ToponymRole.LITERAL, null));
                }
            }
        }
    }

    /**
     * "Donetsk Oblast: Two residents of Kostiantynivka were killed": a summary's line opened by a division and a
     * colon tells of places in that division, a soft qualifier for each the gazetteer finds in its sentence.
     */
    private void labelledSections(Document doc, List<PlaceCandidate> found, Map<PlaceCandidate, Qualifier> qualifiers) {
        List<Token> tokens = doc.tokens();
        for (int k = 0; k < found.size(); k++) {
            PlaceCandidate label = found.get(k);
            int sentence = tokens.get(label.first()).sentence();
            Sentence s = doc.sentences().get(sentence);
            if (label.first() != s.firstToken() || label.end() >= s.endToken() || !tokens.get(label.end()).text().equals(":")) {
                continue;
            }
            Qualifier q = qualifierOf(label);
            if (q == null || q.admin1() == null) {
                continue;
            }
            for (int j = k + 1; j < found.size() && tokens.get(found.get(j).first()).sentence() == sentence; j++) {
                PlaceCandidate c = found.get(j);
                if (c.fromGazetteer() && c.country() == null) {
                    qualifiers.putIfAbsent(c, q.soft());
                }
            }
        }
    }

    /**
     * "near Martynovka and Kauchuk in the Kursk region", "A, B and C in the Donetsk region": what the last name of a
     * list lies in, the names listed before it lie in too.
     */
    private static void qualifyListBefore(List<Token> tokens, List<PlaceCandidate> out, Qualifier in,
                                          Map<PlaceCandidate, Qualifier> qualifiers) {
        for (int j = out.size() - 2; j >= 0; j--) {
            PlaceCandidate earlier = out.get(j);
            for (int t = earlier.end(); t < out.get(j + 1).first(); t++) {
                String f = tokens.get(t).folded();
                if (!(f.equals(",") || f.equals("and") || f.equals("or"))) {
                    return;
                }
            }
            if (earlier.end() == out.get(j + 1).first()) {
                return;
            }
            if (earlier.fromGazetteer() && earlier.country() == null) {
                qualifiers.putIfAbsent(earlier, in);
            }
        }
    }

    /** "Moscow, SANA -": a name in capitals after a comma is a news agency's more often than a division's. */
    private static boolean shouted(List<Token> tokens, PlaceCandidate c) {
        for (int t = c.first(); t < c.end(); t++) {
            String w = tokens.get(t).text();
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A city of a million people or more: a dateline's name, never a village the gazetteer lacks. */
    private static boolean worldCity(PlaceCandidate c) {
        return c.towns().stream().anyMatch(t -> t.population() >= 1_000_000);
    }

    /** Whether no town or division the gazetteer has of this name lies in the country. */
    private static boolean noReadingIn(PlaceCandidate c, String country) {
        return c.country() == null && c.towns().stream().noneMatch(t -> t.country().equals(country))
                && c.regions().stream().noneMatch(r -> r.country().equals(country));
    }

    /** "Kharkiv, Donetsk and Luhansk": a list of places, not a place and what it lies in. */
    private static boolean listGoesOn(List<Token> tokens, int after) {
        if (after >= tokens.size()) {
            return false;
        }
        String f = tokens.get(after).folded();
        if (f.equals("and") || f.equals("or")) {
            return true;
        }
        // "Kharkiv, Donetsk, Zaporizhzhia and Kherson"; not "Palma, Cabo Delgado, Mozambique."
        if (!f.equals(",") || after + 2 >= tokens.size() || !tokens.get(after + 1).isCapitalized()) {
            return false;
        }
        int k = after + 2;
        while (k < tokens.size() && tokens.get(k).isCapitalized()) {
            k++;
        }
        String then = k < tokens.size() ? tokens.get(k).folded() : "";
        return then.equals("and") || then.equals(",") || then.equals("or");
    }

    /** Words between "in" and a container: "in the northern part of", "in central". */
    private static final java.util.Set<String> IN_GLUE = org.sitrep.engine.text.WordSet.of("the", "northern", "southern", "eastern",
            "western", "central", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
            "southwestern", "part", "of", "s", "'");

    /**
     * "Rivne in the eastern Donetsk region", "Pont-Sonde in Haiti's Artibonite department": the first-level
     * division or country a place is said to lie in, as a soft qualifier; the finest of a chain "Haiti's Artibonite".
     */
    private Qualifier containerAfterIn(List<Token> tokens, PlaceCandidate c, List<PlaceCandidate> found, int next) {
        int at = c.end();
        if (at >= tokens.size() || !(tokens.get(at).is("in") || (tokens.get(at).is("of") && c.regionWord()))) {
            return null; // "Rivne in the Donetsk region", "Poonch district of Jammu and Kashmir"
        }
        Qualifier q = null;
        int from = at + 1;
        for (int j = next; j < found.size() && j < next + 3; j++) {
            PlaceCandidate o = found.get(j);
            for (int t = from; t < o.first(); t++) {
                if (!IN_GLUE.contains(tokens.get(t).folded())) {
                    return q;
                }
            }
            if (o.first() - from > 5) {
                return q;
            }
            Qualifier oq = qualifierOf(o);
            if (oq == null && o.named() != null && o.named().compass() && o.named().country() != null) {
                oq = new Qualifier(o.named().country(), null); // "near Boni in central Mali": the country, wherever in it
            }
            if (oq == null) {
                return q;
            }
            if (q == null || (oq.country().equals(q.country()) && q.admin1() == null)) {
                q = oq.soft();
            }
            from = o.end();
        }
        return q;
    }

    /** "Ky." or "KY" after a comma: the state's country and admin1 code ("US.KY"), or null. */
    private String stateCode(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isCapitalized() || t.text().length() > 5) {
            return null;
        }
        boolean dotted = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
                && tokens.get(i + 1).start() == t.end();
        String folded = t.folded();
        String code = words.stateAbbreviations.get(folded);
        if (code != null && (dotted || t.text().contains("."))) {
            return code;
        }
        if (t.text().length() == 2 && Character.isUpperCase(t.text().charAt(1))) {
            return "US." + t.text(); // a postal code: US admin1 codes are the postal codes
        }
        return null;
    }

    private Qualifier qualifierOf(PlaceCandidate q) {
        if (q.target() != null && q.target().country() != null) {
            return new Qualifier(q.target().country(), q.target().admin1());
        }
        if (q.country() != null) {
            return new Qualifier(q.country().iso(), null);
        }
        // "in Beni territory": Congo's district or Bolivia's department, the name alone does not say which
        boolean oneCountry = q.regions().stream().map(GeoRegion::country).distinct().count() <= 1;
        for (GeoRegion r : q.regions()) {
            if (oneCountry && r.isFirstLevel() && ownName(r, q.key())) {
                return new Qualifier(r.country(), r.admin1Code());
            }
        }
        RegionName named = q.named();
        if (named != null && named.country() != null && !named.compass()) {
            // "the Beni territory of North Kivu province": a region of the lexicon qualifies like the division it names
            GeoRegion division = firstLevel(named.country(), named.name());
            if (division == null && named.admin1() != null) {
                division = firstLevel(named.country(), named.admin1());
            }
            return new Qualifier(named.country(), division == null ? null : division.admin1Code());
        }
        return null;
    }

    /** Words after a demonym that make it say where ("the Ukrainian city of", "on Russian soil"). */
    private static final java.util.Set<String> WHERE_NOUNS = org.sitrep.engine.text.WordSet.of("city", "cities", "town", "towns", "village",
            "villages", "region", "regions", "province", "provinces", "capital", "border", "territory", "territories", "soil",
            "side", "port", "coast", "countryside", "settlement", "settlements", "district", "districts", "oblast", "state",
            "frontier", "island", "islands", "airspace", "waters", "heartland", "north", "south", "east", "west");

    /**
     * How much a name tells of the country the article is about: a demonym only when it says where ("the
     * Ukrainian city of"), not when it names who acted ("Russian missiles", "Israeli forces").
     */
    private static double demonymWeight(Document doc, PlaceCandidate c) {
        if (c.role() != ToponymRole.DEMONYM) {
            return 1.0;
        }
        List<org.sitrep.engine.text.Token> tokens = doc.tokens();
        String next = c.end() < tokens.size() ? tokens.get(c.end()).folded() : "";
        if (WHERE_NOUNS.contains(next)) {
            return 1.0;
        }
        if (ARMED_NOUNS.contains(next)) {
            return 0.1; // who fired says nothing of where the shells fell
        }
        return CIVIL_NOUNS.contains(next) ? 0.6 : 0.4;
    }

    /** After a demonym, words of those who fight and what they fire. */
    private static final java.util.Set<String> ARMED_NOUNS = org.sitrep.engine.text.WordSet.of("forces", "force", "troops", "army",
            "military", "soldiers", "missile", "missiles", "rocket", "rockets", "drone", "drones", "strike", "strikes",
            "airstrike", "airstrikes", "air", "jets", "warplanes", "aircraft", "artillery", "shelling", "attack", "attacks",
            "offensive", "units", "navy", "fighters", "militants", "shells", "bombs", "tanks", "helicopters", "planes");
    /** After a demonym, words of a country's civil life and government: it is more likely where things happen. */
    private static final java.util.Set<String> CIVIL_NOUNS = org.sitrep.engine.text.WordSet.of("officials", "authorities", "government",
            "police", "media", "president", "residents", "people", "citizens", "civilians", "newspaper", "television",
            "minister", "ministry", "state", "officers", "emergency", "health", "hospital", "lawmakers", "governor", "mayor");

    private Evidence evidence(Document doc, List<PlaceCandidate> cs, Map<PlaceCandidate, Qualifier> qualifiers,
                              Location[] resolved) {
        Evidence e = new Evidence();
        possibleDivisions(cs, e);
        java.util.Set<String> voted = new java.util.HashSet<>();
        for (int k = 0; k < cs.size(); k++) {
            PlaceCandidate c = cs.get(k);
            Qualifier q = qualifiers.get(c);
            if (!voted.add(c.key() + (resolved == null || resolved[k] == null ? "" : "|" + resolved[k].key()))) {
                continue; // a name repeated is no more evidence than the name once
            }
            e.voter = c.key();
            if (q != null && q.weight() >= 20) {
                e.country(q.country(), 1.0);
                e.admin1(q.country(), q.admin1(), 1.0);
            }
            if (resolved != null) {
                Location l = resolved[k];
                if (l != null && l.country() != null) {
                    boolean sure = !c.fromGazetteer() || q != null || l.precision() != Precision.TOWN
                            || c.towns().size() == 1 || l.population() >= 100_000;
                    double w = (sure ? 1.0 : 0.5) * demonymWeight(doc, c);
                    e.country(l.country(), w);
                    e.admin1(l.country(), l.admin1Code(), w);
                    if (l.precision() == Precision.TOWN && l.lat() != null) {
                        e.towns.add(l);
                    }
                }
                continue;
            }
            if (c.target() != null) {
                double w = demonymWeight(doc, c);
                e.country(c.target().country(), w);
                e.admin1(c.target().country(), c.target().admin1(), w);
            } else if (c.named() != null) {
                e.country(c.named().country(), 1.0);
            } else if (c.site() != null) {
                e.country(c.site().country(), 1.0);
            } else if (c.country() != null) {
                e.country(c.country().iso(), firstLevelNamed(c) == null ? 1.0 : 0.5);
            } else {
                GeoRegion a1 = firstLevelNamed(c);
                if (a1 != null && (c.towns().isEmpty() || c.towns().get(0).population() < 1_000_000)) {
                    e.country(a1.country(), 1.0);
                    e.admin1(a1.country(), a1.admin1Code(), 1.0);
                } else if (c.regionWord() && !c.regions().isEmpty() && ownName(c.regions().get(0), c.key())) {
                    GeoRegion r = c.regions().get(0);
                    e.country(r.country(), 0.5);
                    e.admin1(r.country(), r.admin1Code(), 0.5);
                } else if (!c.towns().isEmpty() && c.towns().get(0).population() > 100_000) {
                    e.country(c.towns().get(0).country(), 0.5);
                }
            }
        }
        return e;
    }

    /** Where each distinct name of the article could lie: the first-level divisions of its readings. */
    private static void possibleDivisions(List<PlaceCandidate> cs, Evidence e) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlaceCandidate c : cs) {
            if (!seen.add(c.key())) {
                continue;
            }
            java.util.Set<String> divisions = new java.util.HashSet<>();
            if (c.target() != null && c.target().admin1() != null) {
                divisions.add(c.target().country() + "." + c.target().admin1());
            }
            for (GeoPlace p : c.towns()) {
                divisions.add(p.country() + "." + p.admin1Code());
            }
            for (GeoRegion r : c.regions()) {
                if (ownName(r, c.key())) {
                    divisions.add(r.country() + "." + r.admin1Code());
                }
            }
            if (divisions.isEmpty() || divisions.size() > 40) {
                continue;
            }
            double w = 1.0 / divisions.size();
            for (String d : divisions) {
                e.possible.computeIfAbsent(d, k -> new HashMap<>()).put(c.key(), w);
            }
        }
    }

    /** Whether a division of this name lies in a country the story names otherwise. */
    private static boolean storyHasReading(PlaceCandidate c, Evidence e) {
        return c.regions().stream().anyMatch(r -> ownName(r, c.key()) && e.countryShare(r.country(), c.key()) > 0);
    }

    /** The first-level division this name is the own name of, if exactly one. */
    private static GeoRegion firstLevelNamed(PlaceCandidate c) {
        GeoRegion found = null;
        for (GeoRegion r : c.regions()) {
            if (r.isFirstLevel() && ownName(r, c.key())) {
                if (found != null) {
                    return null;
                }
                found = r;
            }
        }
        return found;
    }

    /** Whether the division's own name, with or without its division word, is {@code key}. */
    static boolean exactName(GeoRegion r, String key) {
        RegionNameForms forms = REGION_FORMS.computeIfAbsent(r.name(), RegionNameForms::of);
        return forms.folded().equals(key) || key.equals(forms.bare());
    }

    /** Whether the division is called {@code key} itself, not only through its seat's names. */
    static boolean ownName(GeoRegion r, String key) {
        RegionNameForms forms = REGION_FORMS.computeIfAbsent(r.name(), RegionNameForms::of);
        if (forms.folded().equals(key)) {
            return true;
        }
        String keyBare = DivisionWords.withoutGenericWords(key);
        String k = keyBare == null ? key : keyBare;
        if (forms.bare() != null && forms.bare().equals(k)) {
            return true;
        }
        return forms.skeleton().equals(skeleton(k));
    }

    /** A division's name folded, without its generic words, and as a skeleton: worked out once per name. */
    private record RegionNameForms(String folded, String bare, String skeleton) {
        static RegionNameForms of(String name) {
            String folded = NameFolding.fold(name);
            String bare = DivisionWords.withoutGenericWords(folded);
            return new RegionNameForms(folded, bare, Skeleton.of(bare == null ? folded : bare));
        }
    }

    /** A town's name folded and as a skeleton: names are compared with every mention of them. */
    record TownNameForms(String folded, String skeleton) {
        static TownNameForms of(String name) {
            String folded = NameFolding.fold(name);
            return new TownNameForms(folded, PlaceResolver.skeleton(folded));
        }
    }

    /** Town names are fixed and those met in news are few: their forms are kept as they are met, up to a bound. */
    static TownNameForms townForms(String name) {
        return kept(TOWN_FORMS, name, TownNameForms::of);
    }

    /** A name's skeleton; names in the news repeat, so skeletons are kept as they are met, up to a bound. */
    private static String skeleton(String folded) {
        return kept(SKELETONS, folded, Skeleton::of);
    }

    /** The value kept for a key, made and kept when missing while the map is under {@link #NAMES_KEPT}. */
    private static <V> V kept(java.util.concurrent.ConcurrentHashMap<String, V> map, String key,
                              java.util.function.Function<String, V> make) {
        V v = map.get(key);
        if (v == null) {
            v = make.apply(key);
            if (map.size() < NAMES_KEPT) {
                map.put(key, v);
            }
        }
        return v;
    }

    private static final int NAMES_KEPT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SKELETONS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, TownNameForms> TOWN_FORMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Division names are few (some 50,000) and fixed: their forms are kept as they are met. */
    private static final java.util.concurrent.ConcurrentHashMap<String, RegionNameForms> REGION_FORMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Location resolve(PlaceCandidate c, Qualifier q, Evidence e, Location previous) {
        if (c.site() != null) {
            Site st = c.site();
            GeoPlace host = hostTown(st);
            String a1 = host == null ? null : host.admin1Code();
            return new Location(st.geonameid() != null ? Long.toString(st.geonameid()) : "site:" + st.name(), st.name(),
                    st.geonameid(), st.lat(), st.lon(), st.country(), a1, a1 == null ? null : admin1Name(st.country(), a1),
                    Precision.TOWN, 0, st.geonameid(), true);
        }
        if (c.named() != null) {
            return namedLocations.computeIfAbsent(c.key() + "|" + c.named().name(), k -> named(c));
        }
        if (c.world() != null) {
            return world(c.world());
        }
        if (c.target() != null) {
            PlaceWords.Target t = c.target();
            if (t.world() != null) {
                return world(t.world());
            }
            if (t.admin1() != null) {
                Optional<GeoRegion> r = index.admin1(t.country(), t.admin1());
                if (r.isPresent()) {
                    return region(r.get());
                }
            }
            return index.countryByCode(t.country()).map(PlaceResolver::country).orElse(null);
        }
        double best = Double.NEGATIVE_INFINITY;
        Location choice = null;
        String keySkeleton = skeleton(c.key());
        if (c.country() != null) {
            best = 12.0 + 3.0 * e.countryShare(c.country().iso(), c.key()) + (q == null ? 0 : -q.weight());
            choice = country(c.country());
        }
        GeoPlace seat = seatOfADistrictOfTheStory(c, e);
        if (seat != null) {
            return town(seat);
        }
        for (GeoRegion r : c.regions()) {
            boolean own = ownName(r, c.key());
            if (!own && e.countryShare(r.country(), c.key()) == 0 && c.regionWord()
                    && c.regions().stream().noneMatch(o -> o != r && o.country().equals(r.country()) && ownName(o, c.key()))) {
                continue; // "Sagaing Region's Pale Township": no division abroad known only by its seat's name
            }
            if (!own && (!c.regionWord() || !r.isFirstLevel())) {
                continue; // a division known only by its seat's name is taken only as "the X region", and first-level
            }
            if (!c.regionWord() && r.centre() != null
                    && townForms(r.centre().name()).skeleton().equals(keySkeleton)
                    && c.towns().contains(r.centre())) {
                continue; // "Belgorod" bare is the city, not the oblast run from it
            }
            boolean vouched = q != null && (q.weight() >= 20 || q.admits(r.country(), r.admin1Code()));
            if (!r.isFirstLevel() && !c.regionWord() && !vouched
                    && (e.countryShare(r.country(), c.key()) == 0 || e.admin1Share(r.country(), r.admin1Code(), c.key()) == 0)) {
                continue; // a second-level division named bare needs its country and region in the story
            }
            double s = r.isFirstLevel() ? (exactName(r, c.key()) ? 8.5 : 6.5) : 2.5;
            if (!own) {
                s -= 3.0;
            }
            if (c.regionWord()) {
                s += 6.0;
                if (r.name().endsWith(" City") && !c.key().endsWith(" city")) {
                    s -= 6.0; // "Kyiv Oblast" is the oblast run from Kyiv, not the city GeoNames files as a division
                }
            }
            if (c.townCue()) {
                s -= 4.0;
            }
            s += 3.0 * e.countryShare(r.country(), c.key());
            if (e.countryShare(r.country(), c.key()) == 0 && storyHasReading(c, e)) {
                s -= 6.0; // "in Beni territory" of a story in Congo: not Bolivia's Beni department
            }
            s += e.outletBonus(r.country());
            if (!r.isFirstLevel()) {
                s += 2.5 * e.admin1Share(r.country(), r.admin1Code(), c.key());
                s += Math.min(3.0, 2.0 * e.coherence(r.country(), r.admin1Code(), c.key()));
            }
            if (q != null) {
                // "X, Ukraine" is a town or a district; "the Luhansk region of Ukraine" may be a first-level division
                boolean fits = q.admits(r.country(), r.admin1Code()) && (!r.isFirstLevel() || (q.weight() < 20 && q.admin1() == null));
                s += fits ? q.weight() : -q.weight();
            }
            if (s > best) {
                best = s;
                choice = capitalNamedAfter(r, c) ? town(r.centre()) : region(r);
            }
        }
        GeoPlace chosenTown = null;
        boolean someExact = false;
        for (GeoPlace p : c.towns()) {
            someExact |= townForms(p.name()).folded().equals(c.key());
        }
        for (GeoRegion r : c.regions()) {
            someExact |= r.isFirstLevel() && exactName(r, c.key());
        }
        for (GeoPlace p : c.towns()) {
            if (c.regionWord() && e.countryShare(p.country(), c.key()) == 0) {
                continue; // "Sagaing Region's Pale Township": no town abroad the story never names
            }
            double s = Math.log10(p.population() + 10.0);
            s += switch (p.featureCode()) {
                case "PPLC" -> 2.5;
                case "PPLA" -> 1.5;
                case "PPLA2" -> 0.7;
                case "PPLA3", "PPLA4" -> 0.2;
                default -> 0.0;
            };
            TownNameForms own = townForms(p.name());
            if (!own.folded().equals(c.key())) {
                // a spelling of the place's own name ("Odessa", "Kiev") is nearly as good; another name is not:
                // "Iowa" is no Kansas town, "Salisbury" is no longer Harare
                s -= own.skeleton().equals(keySkeleton) ? 0.5 : someExact ? 4.0 : 2.5;
            }
            if (c.regionWord()) {
                s -= 6.0;
            }
            if (c.townCue()) {
                s += 1.5;
            }
            s += 3.0 * e.countryShare(p.country(), c.key());
            s += 2.5 * e.admin1Share(p.country(), p.admin1Code(), c.key());
            s += e.outletBonus(p.country());
            s += nearness(p, e, previous);
            s += Math.min(3.0, 2.0 * e.coherence(p.country(), p.admin1Code(), c.key()));
            if (q != null) {
                s += q.admits(p.country(), p.admin1Code()) ? q.weight() : -q.weight();
            }
            if (s > best) {
                best = s;
                choice = town(p);
                chosenTown = p;
            }
        }
        boolean admitted = q != null && q.admits(chosenTown == null ? "" : chosenTown.country(),
                chosenTown == null ? "" : chosenTown.admin1Code());
        if (chosenTown != null && (q == null || (q.weight() < 20 && !admitted)) && c.uncued() && chosenTown.population() < WEAK_TOWN
                && !supported(chosenTown, e, c.key()) && !coherent(chosenTown, e, c.key())) {
            return null; // "Walsh said", "the Chamber": a small town's name with nothing around it to say it is one
        }
        return choice;
    }

    /**
     * "strikes on Nabatieh": a province named bare by the first word of its seat's name ("Nabatîyé et Tahta") is the
     * seat, as "Belgorod" bare is the city.
     */
    private static boolean capitalNamedAfter(GeoRegion r, PlaceCandidate c) {
        if (c.regionWord() || !r.isFirstLevel() || r.centre() == null) {
            return false;
        }
        String seat = townForms(r.centre().name()).skeleton();
        String key = skeleton(c.key());
        // "Oklahoma" is the state, not Oklahoma City
        return seat.startsWith(key + " ") && key.length() >= 4 && !seat.equals(key + " citi");
    }

    /**
     * "the Saky district" in a story of Crimea: when every division of the name lies in a country the story never
     * names, the district is the one around the story's own town of that name (its seat), not a province abroad.
     */
    private GeoPlace seatOfADistrictOfTheStory(PlaceCandidate c, Evidence e) {
        if (!c.regionWord() || c.regions().isEmpty() || !c.towns().isEmpty()
                || c.regions().stream().anyMatch(r -> e.countryShare(r.country(), c.key()) > 0)) {
            return null;
        }
        String keySkeleton = skeleton(c.key());
        GeoPlace best = null;
        for (GeoPlace p : index.places(c.key())) {
            if (e.countryShare(p.country(), c.key()) > 0 && townForms(p.name()).skeleton().equals(keySkeleton)
                    && (best == null || p.population() > best.population())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The town hosting a site, named in brackets after the site's name ("al-Shifa hospital (Gaza City)") and
     * identified by its GeoNames id; null if the site names none.
     */
    private GeoPlace hostTown(Site st) {
        String n = st.name();
        int open = n.lastIndexOf('(');
        int close = n.lastIndexOf(')');
        if (st.geonameid() == null || open < 0 || close < open) {
            return null;
        }
        for (GeoPlace p : index.places(NameFolding.fold(n.substring(open + 1, close)))) {
            if (p.geonameid() == st.geonameid()) {
                return p;
            }
        }
        return null;
    }

    /** Named regions resolved once: what they stand for depends on the lexicon and the gazetteer only. */
    private final java.util.concurrent.ConcurrentHashMap<String, Location> namedLocations = new java.util.concurrent.ConcurrentHashMap<>();

    /** A region of the region lexicon: the GeoNames division of its name if there is one, else the region itself. */
    private Location named(PlaceCandidate c) {
        RegionName r = c.named();
        GeoRegion same = r.country() == null ? null : firstLevel(r.country(), r.name());
        if (same == null && r.country() != null && !r.compass()) {
            for (GeoRegion g : c.key().isEmpty() ? List.<GeoRegion>of() : index.regions(c.key())) {
                if (g.country().equals(r.country()) && exactName(g, c.key())) {
                    same = g; // "South Waziristan": a division of its own in GeoNames, whatever the lexicon groups it in
                    break;
                }
            }
        }
        if (same != null) {
            return region(same); // "West Bank", "Gaza Strip": GeoNames has them as divisions
        }
        GeoRegion within = r.country() == null || r.admin1() == null ? null : firstLevel(r.country(), r.admin1());
        return new Location((r.compass() ? Location.COMPASS_PART : "named:") + r.name(), r.name(), null, r.lat(), r.lon(),
                r.country(), within == null ? null : within.admin1Code(), within == null ? null : within.name(),
                Precision.REGION, 0, null, false);
    }

    /** Whether some country has a first-level division of exactly this (folded) name. */
    boolean isDivisionName(String key) {
        for (GeoRegion g : index.regions(key)) {
            if (g.isFirstLevel() && exactName(g, key)) {
                return true;
            }
        }
        return false;
    }

    /** The first-level division of this country called exactly {@code name}, or null. */
    private GeoRegion firstLevel(String country, String name) {
        String key = NameFolding.fold(name);
        for (GeoRegion g : index.regions(key)) {
            if (g.isFirstLevel() && g.country().equals(country) && exactName(g, key)) {
                return g;
            }
        }
        return null;
    }

    /** The GeoNames name of a first-level division, or null. */
    private String admin1Name(String country, String code) {
        return index.admin1(country, code).map(GeoRegion::name).orElse(null);
    }

    /** Where the qualifiers of settlement-cued names put them. */
    private static Map<PlaceCandidate, SettlementPlacer.Where> unlistedQualifiers(Map<PlaceCandidate, Qualifier> qs) {
        Map<PlaceCandidate, SettlementPlacer.Where> out = new java.util.IdentityHashMap<>();
        for (Map.Entry<PlaceCandidate, Qualifier> q : qs.entrySet()) {
            if (q.getKey().unlisted() != null) {
                out.put(q.getKey(), new SettlementPlacer.Where(q.getValue().country(), q.getValue().admin1()));
            }
        }
        return out;
    }

    /** Within this distance of the article's other towns a village the gazetteer offers is near enough to be the one meant. */
    private static final double NEAR_KM = 50;

    /** Below this population, a village the gazetteer offers needs support from the article to be the one meant. */
    private static final long SMALL_TOWN = 10_000;
    /** A city so large that a settlement word before its exact name means it wherever the story is told from. */
    static final long BIG_CITY = 100_000;

    /**
     * Whether the town the gazetteer offers for a name the text calls a settlement has nothing for it: in no
     * division of the article nor near its places, and in another country than the one the article is about
     * ("the village of Kerni" in a story of Kashmir is no Kearney, Nebraska), or in that country one of several
     * small namesakes, far from every division the article names ("the village of Basak" in a story of Marawi).
     */
    private boolean unsure(PlaceCandidate c, Qualifier q, Location loc, Evidence e, boolean smallWord) {
        if (q != null || loc.geonameid() == null) {
            return false;
        }
        boolean guess = index.exactPlaces(c.key()).isEmpty();
        String focus = e.focusCountry();
        // "the town of Palma" in a story of Mozambique is no city of 400,000 in Spain: a city that big is called one
        boolean bigEnough = loc.population() >= BIG_CITY && !(smallWord && focus != null && !focus.equals(loc.country()));
        if (focus == null || (!guess && loc.population() >= SMALL_TOWN && focus.equals(loc.country()))
                || (!guess && bigEnough)) {
            return false; // "struck a depot in the city of Kharkiv" from Moscow: a city that big is the one meant
        }
        if (e.admin1Votes(loc.country(), loc.admin1Code(), c.key()) > 0.01 || e.coherence(loc.country(), loc.admin1Code(), c.key()) >= 0.5) {
            return false;
        }
        for (Location o : e.towns) {
            if (o.geonameid() != null && !o.geonameid().equals(loc.geonameid()) && o.lat() != null && loc.lat() != null
                    && Location.distanceKm(o.lat(), o.lon(), loc.lat(), loc.lon()) < NEAR_KM) {
                return false;
            }
        }
        if (!focus.equals(loc.country())) {
            return true; // "the village of Kerni" in a story of Kashmir is no Kearny, New Jersey
        }
        // in the story's own country a spelling guess is kept (transliterations vary), and so is the one village of
        // its name; of several villages of one name, one far from every division the story names is not the one meant
        long namesakes = c.towns().stream().filter(t -> t.country().equals(focus)).count();
        return !guess && namesakes > 1 && e.otherAdmin1(focus, loc.admin1Code());
    }

    private static final Set<String> SMALL_SETTLEMENT_WORDS = WordSet.of("town", "village", "hamlet", "villages", "towns");

    /** "the town of Palma", "the village of Kerni": the settlement word before the name calls it small. */
    private static boolean smallSettlementWordBefore(List<Token> tokens, PlaceCandidate c) {
        int k = c.first() - 1;
        return k >= 1 && tokens.get(k).is("of") && SMALL_SETTLEMENT_WORDS.contains(tokens.get(k - 1).folded());
    }

    /** Below this population, a bare uncued name needs the article's other places around it. */
    private static final long WEAK_TOWN = 50_000;

    /** Whether other places of the article lie in the town's first-level division or near it. */
    private static boolean supported(GeoPlace p, Evidence e, String key) {
        return e.admin1Votes(p.country(), p.admin1Code(), key) > 0.01 || nearness(p, e, null) > 0;
    }

    private static boolean coherent(GeoPlace p, Evidence e, String key) {
        return e.coherence(p.country(), p.admin1Code(), key) >= 0.5;
    }

    /** Closeness to the article's other towns: local news names places near each other. */
    private static double nearness(GeoPlace p, Evidence e, Location previous) {
        double bonus = 0;
        for (Location o : e.towns) {
            if (previous != null && o.key().equals(previous.key())) {
                continue;
            }
            if (o.geonameid() != null && o.geonameid() == p.geonameid()) {
                continue;
            }
            double d = Location.distanceKm(p.lat(), p.lon(), o.lat(), o.lon());
            if (d < 50) {
                bonus += 1.0;
            } else if (d < 200) {
                bonus += 0.5;
            }
            if (bonus >= 2.0) {
                return 2.0;
            }
        }
        return bonus;
    }

    private Location town(GeoPlace p) {
        String admin1 = index.admin1(p.country(), p.admin1Code()).map(GeoRegion::name).orElse(null);
        return new Location(Long.toString(p.geonameid()), p.name(), p.geonameid(), p.lat(), p.lon(), p.country(),
                p.admin1Code(), admin1, Precision.TOWN, p.population(), p.geonameid(), false);
    }

    private Location region(GeoRegion r) {
        String key = "region:" + r.country() + "." + r.admin1Code() + (r.admin2Code() == null ? "" : "." + r.admin2Code());
        GeoPlace centre = r.centre();
        Optional<GeoRegion> a1 = index.admin1(r.country(), r.admin1Code());
        return new Location(key, r.name(), null, centre == null ? null : centre.lat(), centre == null ? null : centre.lon(),
                r.country(), r.admin1Code(), a1.map(GeoRegion::name).orElse(r.name()), Precision.REGION, 0,
                r.geonameid() > 0 ? r.geonameid() : null, false);
    }

    private static Location country(GeoCountry c) {
        return new Location("country:" + c.iso(), c.name(), null, null, null, c.iso(), null, null, Precision.COUNTRY, 0,
                c.geonameid() > 0 ? c.geonameid() : null, false);
    }

    private static Location world(PlaceWords.WorldRegion w) {
        return new Location("world:" + w.name(), w.name(), null, w.lat(), w.lon(), null, null, null, Precision.REGION, 0,
                w.geonameid(), false);
    }

}
