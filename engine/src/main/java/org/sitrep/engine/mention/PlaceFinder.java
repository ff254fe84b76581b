package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.Nation;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.RegionName;
import org.sitrep.engine.knowledge.Site;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.model.Precision;

/**
 * Finds place names: the longest run of capitalised words that the gazetteer or the region lexicon
 * knows, kept only with evidence that it names a place here (not a common word at a sentence start,
 * not the first name of a person, not a capital standing for its government), then resolved among
 * same-named candidates by population, administrative rank, the countries the article talks about and
 * closeness to the article's other places.
 */
public final class PlaceFinder {

    private static final int MAX_WORDS = 4;
    private static final Set<String> CONNECTORS = Set.of("on", "al", "el", "de", "la", "upon", "sur", "am", "an",
            "der", "ad", "ash", "as", "ar", "az", "ol", "du", "des", "les", "le", "di", "da", "do", "dos");
    private static final Set<String> REGION_WORDS = Set.of("region", "regions", "oblast", "oblasts", "province",
            "provinces", "governorate", "governorates", "area", "krai", "raion", "rayon", "state", "district",
            "districts", "township", "county", "prefecture");
    /** A capitalised word after a place name that makes the whole a named facility or body ("Drama Theatre"). */
    private static final Set<String> FACILITY = Set.of("theatre", "theater", "regiment", "battalion", "brigade",
            "street", "avenue", "square", "stadium", "hotel", "mall", "museum", "cathedral", "church", "mosque",
            "university", "school", "company", "group", "movement", "front", "division", "corps", "battalions",
            "independent", "post", "times", "news", "press", "agency", "channel", "airlines", "club", "fc",
            "institute", "council", "party", "declaration", "accords", "format", "talks", "summit", "process",
            "nuclear", "npp", "airport", "airbase", "dam", "refinery");
    /** Lower-case words after a town's name that make it a site's name ("Zaporizhzhia nuclear power plant"). */
    private static final Set<String> SITE_WORDS = Set.of("nuclear", "npp", "airport", "airbase", "dam", "refinery");
    private static final Set<String> INSTALLATIONS = Set.of("power", "substation", "plant", "factory", "refinery",
            "depot", "base", "mine", "station");
    private static final Set<String> WATER = Set.of("sea", "gulf", "strait", "lake", "river", "bay", "straits",
            "reservoir");
    private static final Set<String> HARBOURS = Set.of("port", "terminal", "station", "harbour", "harbor");
    private static final Set<String> TOWN_CUES = Set.of("city", "town", "village", "settlement", "suburb", "port",
            "capital");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "from", "to", "outside", "into", "around",
            "across", "towards", "toward", "of", "on", "over", "inside", "by", "through", "off", "west", "east",
            "north", "south", "within");

    private final PlaceIndex index;
    private final Knowledge knowledge;

    public PlaceFinder(PlaceIndex index, Knowledge knowledge) {
        this.index = index;
        this.knowledge = knowledge;
    }

    /** Candidates of one mention before resolution. */
    private record Candidate(int first, int end, String key, boolean regionWord, boolean townCue, boolean cued,
                             RegionName named, List<GeoPlace> towns, List<GeoRegion> regions, GeoCountry country,
                             Site site) {
    }

    /**
     * @param taken tokens already claimed by actors ("Moscow denied", "Kyiv Independent"), never places
     */
    public List<PlaceMention> find(Document doc, boolean[] taken) {
        List<Candidate> candidates = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Candidate c = taken[i] ? null : candidateAt(doc, s, i, taken);
                if (c != null) {
                    candidates.add(c);
                    i = c.end();
                } else {
                    i++;
                }
            }
        }
        markPluralRegionLists(candidates, tokens);
        Map<String, Double> votes = countryVotes(doc, candidates);
        List<PlaceMention> first = resolveAll(candidates, votes, List.of());
        return resolveAll(candidates, votes, first);
    }

    private Candidate candidateAt(Document doc, Sentence s, int i, boolean[] taken) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        PhraseTrie.Match<Site> site = knowledge.sites().longestAt(tokens, i, s.endToken());
        if (site != null && !anyTaken(taken, i, site.end())) {
            // a named site is as good as "in X": nothing else is called "the Zaporizhzhia nuclear power plant"
            return new Candidate(i, site.end(), String.join(" ", keyOf(tokens, i, site.end())), false, true,
                    true, null, List.of(), List.of(), null, site.value());
        }
        PhraseTrie.Match<RegionName> named = knowledge.regions().longestAt(tokens, i, s.endToken());
        if (named != null && hasCapital(tokens, named.start(), named.end()) && !anyTaken(taken, i, named.end())) {
            return candidate(doc, s, i, named.end(), String.join(" ", keyOf(tokens, i, named.end())), named.value(),
                    List.of(), List.of(), null);
        }
        if (!t.isCapitalized()) {
            return null;
        }
        int maxWords = Math.min(MAX_WORDS, Math.max(1, index.maxNameWords()));
        List<Integer> wordEnds = wordEnds(tokens, i, s.endToken(), maxWords, taken);
        for (int n = wordEnds.size(); n >= 1; n--) {
            int end = wordEnds.get(n - 1);
            String key = String.join(" ", keyOf(tokens, i, end));
            if (n == 1 && knowledge.isNotPlace(key)) {
                return null;
            }
            if (knowledge.isNotPlace(key)) {
                continue;
            }
            List<GeoPlace> towns = index.places(key);
            if (!towns.isEmpty() && index.exactPlaces(key).isEmpty() && !stronglyCued(tokens, s, i)) {
                towns = List.of(); // a transliteration guess ("Serhiy" for "Serhiyi") needs "in", "near" or "city of"
            }
            List<GeoRegion> regions = index.regions(key);
            GeoCountry country = index.country(key).orElse(null);
            if (towns.isEmpty() && regions.isEmpty() && country == null) {
                continue;
            }
            if (!isName(doc, s, i, end, n)) {
                return null;
            }
            return candidate(doc, s, i, end, key, null, towns, regions, country);
        }
        return null;
    }

    private Candidate candidate(Document doc, Sentence s, int i, int end, String key, RegionName named,
                                List<GeoPlace> towns, List<GeoRegion> regions, GeoCountry country) {
        List<Token> tokens = doc.tokens();
        boolean regionWord = end < s.endToken() && REGION_WORDS.contains(tokens.get(end).folded());
        int last = regionWord ? end + 1 : end;
        boolean townCue = townCueBefore(tokens, s, i) || (end < s.endToken() && tokens.get(end).is("city"));
        return new Candidate(i, last, key, regionWord, townCue, cued(tokens, s, i), named, towns, regions, country, null);
    }

    /** Ends (exclusive token indices) of runs of 1..max name words starting at i: "Rostov-on-Don", "Maaret al-Numan". */
    private static List<Integer> wordEnds(List<Token> tokens, int i, int limit, int max, boolean[] taken) {
        List<Integer> ends = new ArrayList<>();
        int j = i;
        while (j < limit && ends.size() < max) {
            Token w = tokens.get(j);
            if (!w.isWord() || taken[j]) {
                break;
            }
            boolean first = j == i;
            if (!first && !w.isCapitalized() && !CONNECTORS.contains(w.folded())) {
                break;
            }
            if (w.folded().equals("s") && !first) {
                break; // possessive
            }
            ends.add(j + 1);
            j++;
            if (j < limit && tokens.get(j).text().equals("-") && tokens.get(j).start() == tokens.get(j - 1).end()
                    && j + 1 < limit && tokens.get(j + 1).isWord() && tokens.get(j + 1).start() == tokens.get(j).end()) {
                j++;
            }
        }
        return ends;
    }

    private static List<String> keyOf(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                words.add(tokens.get(k).folded());
            }
        }
        return words;
    }

    private static boolean hasCapital(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /** Evidence that capitalised words here are a name and not a common word or part of a person's name. */
    private boolean isName(Document doc, Sentence s, int i, int end, int words) {
        List<Token> tokens = doc.tokens();
        String key = tokens.get(i).folded();
        boolean sentenceStart = isSentenceStart(tokens, s, i);
        boolean headline = s.paragraph() == 0;
        if (words == 1 && (knowledge.isCommonWord(key) || knowledge.isPersonName(key))
                && (sentenceStart || headline || !stronglyCued(tokens, s, i))) {
            return false;
        }
        if (knowledge.nations().longestAt(tokens, i, end) != null && !cued(tokens, s, i)) {
            return false; // "Moscow withdrew", "condemned Moscow": a capital standing for its government
        }
        if (i > s.firstToken() && tokens.get(i - 1).text().equals("-") && tokens.get(i - 1).end() == tokens.get(i).start()) {
            return false; // "al-Arabi": the tail of a longer name
        }
        if (i > s.firstToken() && !sentenceStart && tokens.get(i - 1).isCapitalized()
                && tokens.get(i - 1).end() < tokens.get(i).start() && !knowledge.isCommonWord(tokens.get(i - 1).folded())
                && !isKnownPlaceWord(tokens.get(i - 1).folded()) && knowledge.nations().longestAt(tokens, i - 1, i) == null
                && !REGION_WORDS.contains(tokens.get(i - 1).folded()) && !isSentenceStart(tokens, s, i - 1)) {
            return false; // "Kafar Roma": the second word of a name the gazetteer does not know
        }
        if (namedAs(tokens, s, i)) {
            return false; // "who gave her name as Olga", "a man named Bogdan"
        }
        if (key.length() <= 3 && words == 1) {
            return false; // "Al", "Gen", "VGA": abbreviations and particles, not evidence of a place
        }
        if (i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && WATER.contains(tokens.get(i - 2).folded())) {
            return false; // "the Sea of Azov"
        }
        if (end < s.endToken()) {
            Token next = tokens.get(end);
            if (FACILITY.contains(next.folded()) && (next.isCapitalized() || SITE_WORDS.contains(next.folded()))) {
                return false;
            }
            if (WATER.contains(next.folded()) && !(end + 1 < s.endToken() && HARBOURS.contains(tokens.get(end + 1).folded()))) {
                return false; // "the Dnipro river", "the Kakhovka reservoir": the water, not the town ("Kherson river port" is)
            }
            if (INSTALLATIONS.contains(next.folded()) && words == 1 && !cued(tokens, s, i)) {
                return false; // "the 'Luch' power substation": the name of a site, not a town
            }
            if (next.isCapitalized() && !REGION_WORDS.contains(next.folded()) && !knowledge.isCommonWord(next.folded())
                    && !isKnownPlaceWord(next.folded()) && nationAt(tokens, end, s.endToken()) == null) {
                return false; // "Vladimir Putin", "Sergei Shoigu": a first name
            }
        }
        return true;
    }

    private static boolean namedAs(List<Token> tokens, Sentence s, int i) {
        if (i - 1 < s.firstToken()) {
            return false;
        }
        String p1 = tokens.get(i - 1).folded();
        String p2 = i - 2 >= s.firstToken() ? tokens.get(i - 2).folded() : "";
        return p1.equals("named") || p1.equals("nicknamed") || (p1.equals("as") && (p2.equals("name") || p2.equals("herself")
                || p2.equals("himself") || p2.equals("identified")));
    }

    private boolean isKnownPlaceWord(String folded) {
        return !index.places(folded).isEmpty() || !index.regions(folded).isEmpty();
    }

    private Nation nationAt(List<Token> tokens, int i, int limit) {
        PhraseTrie.Match<Nation> m = knowledge.nations().longestAt(tokens, i, limit);
        return m == null ? null : m.value();
    }

    private static boolean isSentenceStart(List<Token> tokens, Sentence s, int i) {
        for (int k = s.firstToken(); k < i; k++) {
            if (tokens.get(k).type() != Token.Type.PUNCT) {
                return false;
            }
        }
        return true;
    }

    private static boolean cued(List<Token> tokens, Sentence s, int i) {
        int k = i - 1;
        if (k > s.firstToken() && tokens.get(k).text().equals(",") && tokens.get(k - 1).is("capital")) {
            return true; // "the capital, Kyiv"
        }
        while (k >= s.firstToken() && (tokens.get(k).is("the") || tokens.get(k).folded().equals("s")
                || tokens.get(k).text().equals("'") || tokens.get(k).isCapitalized())) {
            k--; // "in the", "in Ukraine's", "in eastern Ukraine's"
        }
        if (k > s.firstToken() && tokens.get(k).is("to") && tokens.get(k - 1).is("according")) {
            return false; // "according to Kyiv": a source
        }
        return k >= s.firstToken() && (LOCATIVE.contains(tokens.get(k).folded()) || TOWN_CUES.contains(tokens.get(k).folded()));
    }

    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "at", "outside", "into", "inside");

    /** "in Hope", "the village of Victory": a common word needs a cue that only a place takes. */
    private static boolean stronglyCued(List<Token> tokens, Sentence s, int i) {
        if (townCueBefore(tokens, s, i)) {
            return true;
        }
        int k = i - 1;
        while (k >= s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        return k >= s.firstToken() && STRONG_LOCATIVE.contains(tokens.get(k).folded());
    }

    private static boolean townCueBefore(List<Token> tokens, Sentence s, int i) {
        return i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && TOWN_CUES.contains(tokens.get(i - 2).folded());
    }

    /** "Donbas and Mykolayev regions": the plural region word makes every name of the list a region. */
    private static void markPluralRegionLists(List<Candidate> cs, List<Token> tokens) {
        for (int c = cs.size() - 1; c > 0; c--) {
            Candidate last = cs.get(c);
            if (!last.regionWord() || !tokens.get(last.end() - 1).folded().endsWith("s")) {
                continue;
            }
            for (int p = c - 1; p >= 0; p--) {
                Candidate prev = cs.get(p);
                int gapStart = prev.end();
                int gapEnd = cs.get(p + 1).first();
                if (gapEnd - gapStart > 2 || !onlyListGlue(tokens, gapStart, gapEnd)) {
                    break;
                }
                cs.set(p, new Candidate(prev.first(), prev.end(), prev.key(), true, false, prev.cued(), prev.named(),
                        prev.towns(), prev.regions(), prev.country(), prev.site()));
            }
        }
    }

    private static boolean onlyListGlue(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String f = tokens.get(k).folded();
            if (!(f.equals(",") || f.equals("and") || f.equals("&"))) {
                return false;
            }
        }
        return true;
    }

    /** How much the article is about each country: named countries, demonyms and unambiguous large places. */
    private Map<String, Double> countryVotes(Document doc, List<Candidate> candidates) {
        Map<String, Double> votes = new HashMap<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                PhraseTrie.Match<Nation> m = knowledge.nations().longestAt(tokens, i, s.endToken());
                if (m != null) {
                    votes.merge(m.value().side(), 1.0, Double::sum);
                    i = m.end() - 1;
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.country() != null) {
                votes.merge(c.country().iso(), 1.0, Double::sum);
            } else if (c.named() != null) {
                votes.merge(c.named().country(), 1.0, Double::sum);
            } else if (!c.towns().isEmpty() && c.towns().get(0).population() > 100_000) {
                votes.merge(c.towns().get(0).country(), 0.5, Double::sum);
            }
        }
        return votes;
    }

    private List<PlaceMention> resolveAll(List<Candidate> candidates, Map<String, Double> votes, List<PlaceMention> context) {
        double max = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        List<PlaceMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Location loc = resolve(c, votes, max, context);
            if (loc != null) {
                out.add(new PlaceMention(c.first(), c.end(), loc, c.cued()));
            }
        }
        return out;
    }

    private Location resolve(Candidate c, Map<String, Double> votes, double maxVote, List<PlaceMention> context) {
        if (c.site() != null) {
            Site st = c.site();
            return new Location(st.geonameid() != null ? Long.toString(st.geonameid()) : "site:" + st.name(), st.name(),
                    st.geonameid(), st.lat(), st.lon(), st.country(), null, null, Precision.TOWN, 0);
        }
        if (c.named() != null) {
            RegionName r = c.named();
            return new Location("named:" + r.name(), r.name(), null, r.lat(), r.lon(), r.country(), null, null,
                    Precision.REGION, 0);
        }
        if (c.regionWord() && !c.townCue() && !c.regions().isEmpty()) {
            return region(bestRegion(c.regions(), votes, maxVote));
        }
        if (!c.towns().isEmpty()) {
            GeoPlace best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (GeoPlace p : c.towns()) {
                double score = townScore(p, votes, maxVote, context);
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
            if (c.country() != null && best.population() < 1_000_000) {
                return country(c.country());
            }
            if (votes.getOrDefault(best.country(), 0.0) == 0.0 && best.population() < 500_000 && !c.regionWord()) {
                List<GeoRegion> plausible = c.regions().stream()
                        .filter(r -> votes.getOrDefault(r.country(), 0.0) > 0 && r.isFirstLevel()).toList();
                return plausible.isEmpty() ? null : region(bestRegion(plausible, votes, maxVote));
            }
            return town(best);
        }
        if (!c.regions().isEmpty()) {
            // a bare name that only a division answers to must be a first-level one of a country in the story
            List<GeoRegion> plausible = c.regions().stream()
                    .filter(r -> votes.getOrDefault(r.country(), 0.0) > 0 && (r.isFirstLevel() || c.cued())).toList();
            return plausible.isEmpty() ? (c.country() == null ? null : country(c.country()))
                    : region(bestRegion(plausible, votes, maxVote));
        }
        return c.country() == null ? null : country(c.country());
    }

    private double townScore(GeoPlace p, Map<String, Double> votes, double maxVote, List<PlaceMention> context) {
        double score = Math.log10(p.population() + 10.0);
        score += switch (p.featureCode()) {
            case "PPLC" -> 2.5;
            case "PPLA" -> 2.0;
            case "PPLA2" -> 1.0;
            default -> 0.0;
        };
        score += 4.0 * votes.getOrDefault(p.country(), 0.0) / maxVote;
        for (PlaceMention m : context) {
            Location o = m.location();
            if (o.geonameid() != null && o.geonameid() == p.geonameid()) {
                continue;
            }
            if (p.country().equals(o.country()) && p.admin1Code().equals(o.admin1Code())
                    && o.precision() == Precision.REGION) {
                score += 2.0;
            } else if (o.lat() != null && o.precision() == Precision.TOWN
                    && distanceKm(p.lat(), p.lon(), o.lat(), o.lon()) < 150) {
                score += 1.0;
            }
        }
        return score;
    }

    private static GeoRegion bestRegion(List<GeoRegion> regions, Map<String, Double> votes, double maxVote) {
        GeoRegion best = regions.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GeoRegion r : regions) {
            double score = (r.isFirstLevel() ? 2.0 : 0.0) + 4.0 * votes.getOrDefault(r.country(), 0.0) / maxVote
                    + (r.centre() == null ? 0 : Math.log10(r.centre().population() + 10.0) / 2);
            if (score > bestScore) {
                bestScore = score;
                best = r;
            }
        }
        return best;
    }

    private Location town(GeoPlace p) {
        String admin1 = index.admin1(p.country(), p.admin1Code()).map(GeoRegion::name).orElse(null);
        return new Location(Long.toString(p.geonameid()), p.name(), p.geonameid(), p.lat(), p.lon(), p.country(),
                p.admin1Code(), admin1, Precision.TOWN, p.population());
    }

    private Location region(GeoRegion r) {
        String key = "region:" + r.country() + "." + r.admin1Code() + (r.admin2Code() == null ? "" : "." + r.admin2Code());
        GeoPlace centre = r.centre();
        Optional<GeoRegion> a1 = index.admin1(r.country(), r.admin1Code());
        return new Location(key, r.name(), null, centre == null ? null : centre.lat(), centre == null ? null : centre.lon(),
                r.country(), r.admin1Code(), a1.map(GeoRegion::name).orElse(r.name()), Precision.REGION, 0);
    }

    private static Location country(GeoCountry c) {
        return new Location("country:" + c.iso(), c.name(), null, null, null, c.iso(), null, null, Precision.COUNTRY, 0);
    }

    static double distanceKm(double la1, double lo1, double la2, double lo2) {
        double a = Math.toRadians(la1);
        double b = Math.toRadians(la2);
        double h = Math.pow(Math.sin((b - a) / 2), 2)
                + Math.cos(a) * Math.cos(b) * Math.pow(Math.sin(Math.toRadians(lo2 - lo1) / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
