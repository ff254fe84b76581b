package org.sitrep.engine.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.engine.knowledge.Knowledge;
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
import org.sitrep.model.ToponymRole;
import org.sitrep.engine.text.WordSet;

/**
 * Finds place names: the longest run of capitalised words that the gazetteer, the region lexicon or the
 * place words (demonyms, abbreviations, continents) know, kept only with evidence that it names a place
 * here (not a common word at a sentence start, not a person's first name or surname), marked with what
 * it does in its sentence (a literal place, a venue, a government, a demonym), then resolved by
 * {@link PlaceResolver} on the evidence of the whole article.
 */
public final class PlaceFinder {

    private static final int MAX_WORDS = 4;
    /** Small words inside a place's name, between capitalised words: "Port-au-Prince", "Deir ez-Zor", "Dar es Salaam". */
    private static final Set<String> CONNECTORS = WordSet.of("on", "al", "el", "de", "la", "upon", "sur", "am", "an",
            "der", "ad", "ash", "as", "ar", "az", "ol", "du", "des", "les", "le", "di", "da", "do", "dos", "of", "and", "e", "del",
            "della", "dei", "au", "aux", "ez", "es", "en", "er", "ech", "ul", "bin", "ibn", "bani", "bou", "ben");
    static final Set<String> REGION_WORDS = WordSet.of("region", "regions", "oblast", "oblasts", "province",
            "provinces", "governorate", "governorates", "area", "krai", "raion", "rayon", "state", "district",
            "districts", "township", "county", "counties", "prefecture", "parish", "borough", "municipality",
            "territory", "department", "emirate", "canton", "valley");
    /** Division words that are part of a division's name when capitalised: "Fairfax County", "Rapides Parish". */
    private static final Set<String> DIVISION_NAME_WORDS = WordSet.of("county", "parish", "province", "oblast",
            "governorate", "district", "region", "prefecture", "township", "borough", "state", "krai", "raion");
    /** A capitalised word after a place name that makes the whole a named facility or body ("Drama Theatre"). */
    private static final Set<String> FACILITY = WordSet.of("theatre", "theater", "regiment", "battalion", "brigade",
            "street", "avenue", "square", "stadium", "hotel", "mall", "museum", "cathedral", "church", "mosque",
            "university", "school", "company", "group", "movement", "front", "division", "corps", "battalions",
            "independent", "post", "times", "news", "press", "agency", "channel", "airlines", "club", "fc",
            "institute", "council", "party", "declaration", "accords", "format", "talks", "summit", "process",
            "nuclear", "npp", "airport", "airbase", "dam", "refinery", "road", "boulevard", "drive", "lane", "park",
            "hospital", "college", "high", "elementary", "center", "centre", "bank", "bridge", "river", "lake",
            "mountain", "mountains", "valley", "beach", "island", "islands", "bay", "creek", "falls", "hall",
            "herald", "tribune", "gazette", "journal", "daily", "magazine", "radio", "tv", "television", "records",
            "inc", "ltd", "corp", "corporation", "association", "foundation", "society", "federation", "league",
            "cup", "open", "games", "olympics", "marathon", "festival", "fair", "award", "awards", "prize", "trophy");
    /** A facility word after which the place name still names its place ("Kentucky Department of...", "Texas Rangers"). */
    private static final Set<String> EMBEDDING = WordSet.of("department", "police", "university", "state", "college",
            "school", "schools", "county", "city", "government", "ministry", "council", "assembly", "legislature",
            "senate", "house", "court", "supreme", "national", "guard", "army", "navy", "air", "forces", "times",
            "post", "news", "daily", "herald", "tribune", "journal", "press", "radio", "public", "health", "hospital",
            "airport", "international", "federal", "general", "attorney", "board", "commission", "office", "bureau",
            "authority", "highway", "patrol", "sheriff", "fire", "water", "electric", "power", "port", "community",
            "regional", "district", "cup", "open", "airlines", "embassy", "consulate", "parliament", "museum");
    /** Lower-case words after a town's name that make it a site's name ("Zaporizhzhia nuclear power plant"). */
    private static final Set<String> SITE_WORDS = WordSet.of("nuclear", "npp", "airport", "airbase", "dam", "refinery");
    private static final Set<String> INSTALLATIONS = WordSet.of("power", "substation", "plant", "factory", "refinery",
            "depot", "base", "mine", "station");
    private static final Set<String> WATER = WordSet.of("sea", "gulf", "strait", "lake", "river", "bay", "straits",
            "reservoir", "ocean", "creek");
    private static final Set<String> HARBOURS = WordSet.of("port", "terminal", "station", "harbour", "harbor");
    static final Set<String> TOWN_CUES = WordSet.of("city", "town", "village", "settlement", "suburb", "port",
            "capital", "hamlet", "township", "municipality");
    private static final Set<String> LOCATIVE = WordSet.of("in", "near", "at", "from", "to", "outside", "into", "around",
            "across", "towards", "toward", "of", "on", "over", "inside", "by", "through", "off", "west", "east",
            "north", "south", "within", "throughout", "via");
    private static final Set<String> STRONG_LOCATIVE = WordSet.of("in", "near", "at", "outside", "into", "inside");
    /** Titles before a surname: the word after them is a person ("Gov. Perry", "Mr. Jackson"). */
    private static final Set<String> TITLES = WordSet.of(
            "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president", "sheriff",
            "officer", "judge", "coach", "mayor", "lt", "sgt", "capt", "col", "gen", "general", "chief", "deputy",
            "det", "detective", "trooper", "prof", "professor", "rev", "reverend", "father", "sister", "brother",
            "pastor", "bishop", "king", "queen", "prince", "princess", "lord", "lady", "sir", "dame", "minister",
            "secretary", "spokesman", "spokeswoman", "attorney", "cpl", "pvt", "adm", "admiral", "maj", "major",
            "commissioner", "superintendent", "councilman", "councilwoman", "chairman", "chairwoman", "director",
            "pope", "ambassador",
            // honorifics of West Africa, the Middle East and South Asia: "Alhaji Musa Bello", "Sheikh Naim Qassem"
            "alhaji", "hajia", "haji", "hajji", "sheikh", "shaykh", "mallam", "malam", "imam", "mullah", "maulana", "sayyid",
            "brig", "brigadier", "colonel", "lieutenant", "captain", "sergeant");
    /** Verbs of speaking and acting that make a country or capital before them its government ("Washington said"). */
    private static final Set<String> GOVERNMENT_VERBS = WordSet.of("said", "says", "say", "warned", "warns", "accused",
            "accuses", "denied", "denies", "announced", "announces", "condemned", "condemns", "insisted", "insists",
            "claimed", "claims", "demanded", "demands", "rejected", "rejects", "refused", "refuses", "threatened",
            "threatens", "vowed", "vows", "urged", "urges", "called", "calls", "agreed", "agrees", "signed", "signs",
            "imposed", "imposes", "responded", "responds", "retaliated", "sent", "sends", "supplied", "supplies",
            "backed", "backs", "supports", "supported", "recognised", "recognized", "expelled", "summoned",
            "sanctioned", "voted", "votes", "wants", "wanted", "hopes", "believes", "argued", "argues", "has", "had",
            "is", "was", "will", "would", "could", "should", "must", "may", "might", "can");
    /** Words after "X's" that make X a state acting, not a place ("Russia's ambassador", "Turkey's government"). */
    private static final Set<String> INSTITUTIONS = WordSet.of("government", "ambassador", "embassy", "foreign",
            "president", "prime", "minister", "ministry", "leader", "leaders", "leadership", "officials", "official",
            "military", "army", "navy", "forces", "troops", "defence", "defense", "parliament", "diplomats",
            "envoy", "delegation", "authorities", "regime", "administration", "intelligence", "spokesman",
            "spokeswoman", "representative", "position", "stance", "decision", "allies", "ally", "role", "support",
            "economy", "central", "security", "state", "national", "top", "chief", "opposition", "team", "squad",
            "coach", "king", "supreme", "interior", "justice", "war", "attack", "invasion", "offensive", "campaign",
            "aggression", "demands", "proposal", "plan", "policy", "response", "share", "exports", "imports");
    /** Words before "in X" that make X where people met or spoke ("talks in Paris", "a summit in Geneva"). */
    private static final Set<String> VENUE_WORDS = WordSet.of("talks", "summit", "meeting", "meetings", "conference",
            "negotiations", "met", "meet", "meets", "signed", "forum", "ceremony", "visit", "visited", "visiting",
            "speech", "spoke", "speaking", "hosted", "convened", "gathered", "briefing", "interview", "congress",
            "session", "envoys", "diplomats", "embassy", "accord", "agreement", "treaty", "deal", "told", "headquartered",
            "based", "born", "studied", "lives", "living", "resident", "representatives", "negotiators", "mediators",
            "delegates", "delegations", "delegation", "hosts", "host", "hosting");

    private final PlaceIndex index;
    private final Knowledge knowledge;
    private final PlaceWords words = PlaceWords.defaults();
    private final PlaceResolver resolver;

    public PlaceFinder(PlaceIndex index, Knowledge knowledge) {
        this.index = index;
        this.knowledge = knowledge;
        this.resolver = new PlaceResolver(index, words);
    }

    /**
     * The places an event can have happened at: literal mentions of places in a country, in text order
     * (no venue, government, demonym or continent).
     *
     * @param taken tokens already claimed by actors ("Moscow denied", "Kyiv Independent"), never places here
     */
    /** What the gazetteer knows of one folded name. */
    private record Lookup(List<GeoPlace> towns, boolean exact, List<GeoRegion> regions, GeoCountry country) {
    }

    /** The same names come up in article after article: their lookups are kept (the index never changes). */
    private final java.util.concurrent.ConcurrentHashMap<String, Lookup> lookups = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LOOKUPS_KEPT = 100_000;

    private Lookup lookup(String key) {
        Lookup l = lookups.get(key);
        if (l == null) {
            List<GeoPlace> towns = index.places(key);
            boolean exact = !towns.isEmpty() && !index.exactPlaces(key).isEmpty();
            l = new Lookup(towns, exact, index.regions(key), index.country(key).orElse(null));
            if (lookups.size() >= LOOKUPS_KEPT) {
                lookups.clear(); // a long run over many outlets: start again rather than grow without bound
            }
            lookups.put(key, l);
        }
        return l;
    }

    public List<PlaceMention> find(Document doc, boolean[] taken) {
        return find(doc, taken, null);
    }

    /**
     * As {@link #find(Document, boolean[])}, with the country of the outlet that published the article as a
     * weak prior for names the text leaves ambiguous.
     *
     * @param outletCountry ISO code of the outlet's country (from its web address), or null
     */
    public List<PlaceMention> find(Document doc, boolean[] taken, String outletCountry) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : toponyms(doc, taken, outletCountry)) {
            if (m.canHostEvent()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Every place name of the article in text order, with its role: literal places, venues, countries and
     * capitals standing for their governments, demonyms, continents.
     *
     * @param taken tokens claimed by actors: a nation that speaks ("Moscow denied") is kept as a
     *              government; other actors' words ("Kyiv Independent") are no place
     */
    public List<PlaceMention> toponyms(Document doc, boolean[] taken) {
        return toponyms(doc, taken, null);
    }

    /** As {@link #toponyms(Document, boolean[])}, with the outlet's country as a weak prior (ISO code or null). */
    public List<PlaceMention> toponyms(Document doc, boolean[] taken, String outletCountry) {
        List<PlaceCandidate> candidates = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        Set<String> surnames = surnames(doc);
        java.util.Map<String, String> unlisted = unlistedNames(doc, taken);
        for (Sentence s : doc.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                PlaceCandidate c = candidateAt(doc, s, i, taken, surnames, unlisted);
                if (c != null) {
                    candidates.add(c);
                    i = c.end();
                } else {
                    i++;
                }
            }
        }
        markPluralRegionLists(candidates, tokens);
        markSettlementLists(doc, candidates);
        return resolver.resolve(doc, candidates, outletCountry);
    }

    private PlaceCandidate candidateAt(Document doc, Sentence s, int i, boolean[] taken, Set<String> surnames,
                                       java.util.Map<String, String> unlisted) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        PhraseTrie.Match<Site> site = knowledge.sites().longestAt(tokens, i, s.endToken());
        if (site != null && !anyTaken(taken, i, site.end())) {
            // a named site is as good as "in X": nothing else is called "the Zaporizhzhia nuclear power plant"
            return new PlaceCandidate(i, site.end(), String.join(" ", keyOf(tokens, i, site.end())), false, true, true, true,
                    null, site.value(), null, null, List.of(), List.of(), null, ToponymRole.LITERAL, null);
        }
        PhraseTrie.Match<RegionName> full = knowledge.regions().longestAt(tokens, i, s.endToken());
        PhraseTrie.Match<RegionName> shortForm = full != null ? null : knowledge.regionShortForms().longestAt(tokens, i, s.endToken());
        // "the Strip" of a Gaza story
        PhraseTrie.Match<RegionName> named = shortForm != null && namedInFull(tokens, shortForm.value()) ? shortForm : full;
        if (named != null && hasCapital(tokens, named.start(), named.end())
                && !divisionOrTownNamed(tokens, s, i, named.end(),
                        () -> resolver.isDivisionName(String.join(" ", keyOf(tokens, i, named.end()))))
                && !insideLongerName(tokens, s, i, named.end())) {
            // "Gaza's health ministry": the region named in a body's name stands for those who govern it
            ToponymRole role = anyTaken(taken, i, named.end()) ? ToponymRole.METONYMIC : ToponymRole.LITERAL;
            return candidate(doc, s, i, named.end(), String.join(" ", keyOf(tokens, i, named.end())), named.value(),
                    null, null, List.of(), List.of(), null, role);
        }
        PlaceCandidate part = partOfCountry(doc, s, i, taken);
        if (part != null) {
            return part;
        }
        if (!t.isCapitalized()) {
            return null;
        }
        if (!unlisted.isEmpty()) {
            List<Integer> ends = settlementEnds(tokens, i, wordEnds(tokens, i, s.endToken(), MAX_WORDS, taken));
            for (int n = ends.size(); n >= 1; n--) {
                int end = ends.get(n - 1);
                String written = unlisted.get(String.join(" ", keyOf(tokens, i, end)));
                if (written != null && !anyTaken(taken, i, end)) {
                    return candidate(doc, s, i, end, String.join(" ", keyOf(tokens, i, end)), null, null, null, List.of(),
                            List.of(), null, ToponymRole.LITERAL, written);
                }
            }
        }
        PhraseTrie.Match<PlaceWords.Target> abbreviation = words.abbreviations.longestAt(tokens, i, s.endToken());
        if (abbreviation != null && !allCapsSentence(tokens, s) && !compoundBefore(tokens, s, i)) {
            int end = abbreviation.end();
            boolean government = anyTaken(taken, i, end) || governmentAfter(tokens, s, end);
            return candidate(doc, s, i, end, tokens.get(i).folded(), null, abbreviation.value(), null, List.of(),
                    List.of(), null, madeIn(tokens, s, end) ? ToponymRole.DEMONYM
                            : government ? ToponymRole.METONYMIC : ToponymRole.LITERAL);
        }
        PhraseTrie.Match<PlaceWords.WorldRegion> world = words.worldRegions.longestAt(tokens, i, s.endToken());
        PhraseTrie.Match<PlaceWords.Target> demonym = words.demonyms.longestAt(tokens, i, s.endToken());
        int maxWords = Math.min(MAX_WORDS, Math.max(1, index.maxNameWords()));
        List<Integer> wordEnds = wordEnds(tokens, i, s.endToken(), maxWords, taken);
        for (int n = wordEnds.size(); n >= 1; n--) {
            int end = wordEnds.get(n - 1);
            if (world != null && world.end() >= end) {
                return candidate(doc, s, i, world.end(), String.join(" ", keyOf(tokens, i, world.end())), null, null,
                        world.value(), List.of(), List.of(), null, ToponymRole.LITERAL);
            }
            if (demonym != null && demonym.end() >= end && !personAfter(tokens, s, demonym.end(), surnames)
                    && !compoundBefore(tokens, s, i) && !(demonym.end() < s.endToken()
                    && WATER.contains(tokens.get(demonym.end()).folded()))) {
                return candidate(doc, s, i, demonym.end(), String.join(" ", keyOf(tokens, i, demonym.end())), null,
                        demonym.value(), null, List.of(), List.of(), null, ToponymRole.DEMONYM);
            }
            String key = String.join(" ", keyOf(tokens, i, end));
            if (n == 1 && knowledge.isNotPlace(key)) {
                return null;
            }
            if (n < wordEnds.size() && hyphenatedUnknownTail(tokens, s, end)) {
                continue; // "Pont-Sonde" is not "Pont": the head of an unknown compound name is no place of its own
            }
            if (knowledge.isNotPlace(key)) {
                continue;
            }
            Lookup found = lookup(key);
            List<GeoPlace> towns = found.towns();
            if (!towns.isEmpty() && !found.exact() && !stronglyCued(tokens, s, i)) {
                towns = List.of(); // a transliteration guess ("Serhiy" for "Serhiyi") needs "in", "near" or "city of"
            }
            if (!towns.isEmpty() && n == 1 && end < s.endToken() && tokens.get(end).isCapitalized()
                    && towns.stream().noneMatch(p -> PlaceResolver.townForms(p.name()).folded().equals(key))
                    && !REGION_WORDS.contains(tokens.get(end).folded()) && !knowledge.isCommonWord(tokens.get(end).folded())) {
                towns = List.of(); // "in Ras Issa": no town's own name, but the first word of a longer one the gazetteer lacks
            }
            List<GeoRegion> regions = found.regions();
            if (!regions.isEmpty() && regions.stream().noneMatch(r -> PlaceResolver.exactName(r, key))
                    && !stronglyCued(tokens, s, i) && !(end < s.endToken() && REGION_WORDS.contains(tokens.get(end).folded()))) {
                regions = List.of(); // "the Salah al-Din school": a spelling guess at a division needs "in" or "province"
            }
            GeoCountry country = found.country();
            if (towns.isEmpty() && regions.isEmpty() && country == null) {
                continue;
            }
            boolean state = country != null || (ownFirstLevel(regions, key)
                    && (towns.isEmpty() || towns.get(0).population() < 100_000) && !knowledge.isPersonName(key));
            boolean strong = state || (!towns.isEmpty() && towns.get(0).population() >= 100_000
                    && !knowledge.isPersonName(key));
            if (!isName(doc, s, i, end, n, strong, state, surnames)) {
                return null;
            }
            ToponymRole role = roleOf(tokens, s, i, end, taken, country != null, capitalLike(towns));
            if (role == null) {
                return null;
            }
            return candidate(doc, s, i, end, key, null, null, null, towns, regions, country, role);
        }
        return null;
    }

    /**
     * "Red Sea state", "Gaza province", "Gaza City", "the city of Gaza": a following division or town word,
     * or a town cue before, makes a region lexicon's name that of a division or town of the gazetteer. A division
     * word does so only when the gazetteer has a division of that name: "North Kivu province" stays the
     * lexicon's name for GeoNames' "Nord Kivu".
     */
    private static boolean divisionOrTownNamed(List<Token> tokens, Sentence s, int i, int end,
                                               java.util.function.BooleanSupplier gazetteerDivision) {
        if (i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && (tokens.get(i - 2).is("city") || tokens.get(i - 2).is("town"))) {
            return true;
        }
        if (end >= s.endToken()) {
            return false;
        }
        String next = tokens.get(end).folded();
        return next.equals("city") || next.equals("town")
                || (next.equals("state") || next.equals("province") || next.equals("governorate")) && gazetteerDivision.getAsBoolean();
    }

    /**
     * "the Western Mindanao Command", "the Houthi Red Sea campaign", "the People of Azawad": capitalised words
     * around a region's name that make it part of another name (a people's or a country's name before it is
     * no such word).
     */
    private boolean insideLongerName(List<Token> tokens, Sentence s, int i, int end) {
        if (i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && tokens.get(i - 2).isCapitalized()
                && !isSentenceStart(tokens, s, i - 2) && !REGION_WORDS.contains(tokens.get(i - 2).folded())
                && !TOWN_CUES.contains(tokens.get(i - 2).folded()) && !WATER.contains(tokens.get(i - 2).folded())) {
            return true; // "the Defence of the People of Azawad": the tail of a body's name
        }
        if (i > s.firstToken() && !isSentenceStart(tokens, s, i)) {
            Token before = tokens.get(i - 1);
            if (before.isCapitalized() && before.end() < tokens.get(i).start() && !knowledge.isCommonWord(before.folded())
                    && words.demonyms.longestAt(tokens, i - 1, i) == null && knowledge.nations().longestAt(tokens, i - 1, i) == null
                    && index.country(before.folded()).isEmpty()) {
                return true;
            }
        }
        if (end < s.endToken()) {
            Token next = tokens.get(end);
            if (next.isCapitalized() && !REGION_WORDS.contains(next.folded()) && end + 1 < s.endToken()
                    && tokens.get(end + 1).isCapitalized() && FACILITY_OR_BODY.contains(tokens.get(end + 1).folded())) {
                return true; // "the Kurdistan Region Security Council": a body's name two words on
            }
            return next.isCapitalized() && !REGION_WORDS.contains(next.folded()) && FACILITY_OR_BODY.contains(next.folded());
        }
        return false;
    }

    /** Whether the article names the region by one of its full names ("Gaza"), so that a short form may stand for it. */
    private boolean namedInFull(List<Token> tokens, RegionName region) {
        for (int k = 0; k < tokens.size(); k++) {
            PhraseTrie.Match<RegionName> m = knowledge.regions().longestAt(tokens, k, tokens.size());
            if (m != null && m.value().name().equals(region.name())) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words after a region's name that make it the name of a command, a body or an event. */
    private static final Set<String> FACILITY_OR_BODY = WordSet.of("command", "fleet", "front", "group", "corps", "division",
            "brigade", "forces", "force", "council", "authority", "agency", "company", "corporation", "initiative",
            "campaign", "crisis", "operation", "summit", "conference", "university", "bank", "airlines", "airways",
            "times", "news", "post", "daily", "tribune", "herald", "radio", "television", "tv");

    private static final Set<String> COMPASS = WordSet.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
            "southwest", "north", "south",
            "east", "west");

    /**
     * "northern Mali", "eastern Congo": a compass word in lower case before a country's name is a region of that
     * country, not the whole country; its extent is unknown, so it has no coordinates.
     */
    private PlaceCandidate partOfCountry(Document doc, Sentence s, int i, boolean[] taken) {
        List<Token> tokens = doc.tokens();
        Token t = tokens.get(i);
        int at = i + 1;
        if (t.isCapitalized() || at >= s.endToken() || !tokens.get(at).isCapitalized()) {
            return null;
        }
        String direction = t.folded();
        if (!COMPASS.contains(direction)) {
            return null;
        }
        List<Integer> ends = wordEnds(tokens, at, s.endToken(), 3, taken);
        for (int n = ends.size(); n >= 1; n--) {
            int end = ends.get(n - 1);
            String key = String.join(" ", keyOf(tokens, at, end));
            GeoCountry c = index.country(key).orElse(null);
            if (c != null && !anyTaken(taken, at, end)) {
                String name = t.text() + " " + SettlementCues.written(doc.text(), tokens, at, end);
                return candidate(doc, s, i, end, direction + " " + key, new RegionName(name, c.iso(), null, null, null, true),
                        null, null, List.of(), List.of(), null, ToponymRole.LITERAL);
            }
        }
        return null;
    }

    /** "Pont-Sonde": the word after a hyphen continues the name, and is no known place of its own ("Israel-Gaza" is two). */
    private boolean hyphenatedUnknownTail(List<Token> tokens, Sentence s, int end) {
        if (end + 1 >= s.endToken() || !tokens.get(end).text().equals("-")
                || tokens.get(end).start() != tokens.get(end - 1).end()
                || tokens.get(end + 1).start() != tokens.get(end).end() || !tokens.get(end + 1).isCapitalized()) {
            return false;
        }
        if (tokens.get(end + 1).isAcronym()) {
            return false; // "Watertown-ML", "Fairfax-GMU": an abbreviation after the place's name
        }
        if (knowledge.nations().longestAt(tokens, end + 1, s.endToken()) != null
                || words.demonyms.longestAt(tokens, end + 1, s.endToken()) != null
                || knowledge.regions().longestAt(tokens, end + 1, s.endToken()) != null) {
            return false;
        }
        List<Integer> tails = wordEnds(tokens, end + 1, s.endToken(), 3, new boolean[tokens.size()]);
        for (int t : tails) {
            String tail = String.join(" ", keyOf(tokens, end + 1, t));
            if (!index.exactPlaces(tail).isEmpty() || !index.regions(tail).isEmpty() || index.country(tail).isPresent()) {
                return false; // "Israel-Gaza", "DPRK-South Korea": two places
            }
        }
        return true;
    }

    /**
     * Names the text calls settlements ("the village of X", "X refugee camp", the items of "the villages of A
     * and B") that neither the gazetteer nor the lexicons know: folded name to the name as written. Their
     * later mentions, bare, are the same place.
     */
    private java.util.Map<String, String> unlistedNames(Document doc, boolean[] taken) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            listedWithATown(doc, s, taken, out);
            openedByAPlace(doc, s, taken, out);
            if (!SettlementCues.anyNoun(tokens, s)) {
                continue; // most sentences call nothing a village or a town: nothing to look up
            }
            int listUntil = -1;
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = tokens.get(i);
                if (!t.isWord() || !t.isCapitalized() || taken[i]
                        || !(listUntil >= 0 || SettlementCues.before(tokens, s, i) || SettlementCues.nounAhead(tokens, s, i))) {
                    i++;
                    continue; // most capitalised words have no settlement noun near them: nothing to look up
                }
                List<Integer> ends = settlementEnds(tokens, i, wordEnds(tokens, i, s.endToken(), MAX_WORDS, taken));
                if (ends.isEmpty()) {
                    i++;
                    continue;
                }
                int end = -1;
                boolean listItem = listUntil >= 0 && listGap(tokens, listUntil, i);
                boolean cuedBefore = settlementBefore(tokens, s, i) && !tokens.get(i - 2).isCapitalized();
                if (cuedBefore || listItem) {
                    end = ends.get(ends.size() - 1);
                    if ((cuedBefore && SettlementCues.pluralBefore(tokens, s, i)) || listItem) {
                        listUntil = end;
                    }
                } else {
                    for (int n = ends.size(); n >= 1 && end < 0; n--) {
                        if (SettlementCues.after(tokens, s, ends.get(n - 1))) {
                            end = ends.get(n - 1);
                        }
                    }
                }
                if (end < 0) {
                    i = ends.get(ends.size() - 1);
                    listUntil = -1;
                    continue;
                }
                String key = String.join(" ", keyOf(tokens, i, end));
                if (unknownName(tokens, s, i, end, key)) {
                    out.putIfAbsent(key, SettlementCues.written(doc.text(), tokens, i, end));
                }
                i = end;
            }
        }
        return out;
    }

    /** Lower-case words that may stand between the items of a list of settlements and the divisions they lie in. */
    private static final Set<String> LIST_GLUE = WordSet.of(",", "and", "in", "the", "s", "'", "of", "northern", "southern",
            "eastern", "western", "central", "north", "south", "east", "west", "region", "regions", "province", "district",
            "oblast", "state", "county", "department", "governorate", "area");

    /**
     * Whether the item of a list ending at token {@code from} runs on to a next item at {@code to}: "A and B", "A, B",
     * "A in the Kharkiv region and B", nothing but list glue and capitalised names between, and a comma or "and" last.
     */
    private static boolean listGap(List<Token> tokens, int from, int to) {
        if (to - from > 10 || to - 1 < 0 || !(tokens.get(to - 1).is("and") || tokens.get(to - 1).text().equals(","))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalized() && !LIST_GLUE.contains(t.folded())) {
                return false;
            }
        }
        return true;
    }

    /** "the village of X", "the Lebanese village of X", but not "Torkula village of Guma". */
    private boolean settlementBefore(List<Token> tokens, Sentence s, int i) {
        if (!SettlementCues.before(tokens, s, i)) {
            return false;
        }
        return !SettlementCues.nameBeforeNoun(tokens, s, i) || words.demonyms.longestAt(tokens, i - 3, i - 2) != null
                || knowledge.nations().longestAt(tokens, i - 3, i - 2) != null;
    }

    /** Particles inside a settlement's name ("Alma al-Shaab", "Sar-e Pul"); "and", "of", "on" end it. */
    private static final Set<String> NAME_PARTICLES = WordSet.of("al", "el", "ad", "ash", "as", "ar", "az", "de", "del",
            "della", "dei", "du", "des", "la", "le", "les", "di", "da", "do", "dos", "e");

    /** The ends of runs at {@code i} that can be one settlement's name: no "and", "of", "on", no weekday or month. */
    private List<Integer> settlementEnds(List<Token> tokens, int i, List<Integer> ends) {
        List<Integer> out = new ArrayList<>();
        int k = i;
        for (int end : ends) {
            for (; k < end; k++) {
                Token w = tokens.get(k);
                if (w.isWord() && k > i && !w.isCapitalized() && !NAME_PARTICLES.contains(w.folded())) {
                    return out;
                }
                if (w.isWord() && knowledge.isNotPlace(w.folded()) && !NAME_PARTICLES.contains(w.folded())) {
                    return out;
                }
            }
            out.add(end);
        }
        return out;
    }

    /** A run of capitalised words that no gazetteer, lexicon or word list knows, and that is no common word or person. */
    /** Words that open a list of the places fighting is near: "repelled 11 assaults near Terny, Torske and Yampolivka". */
    private static final Set<String> NEAR = WordSet.of("near", "towards", "toward");
    /** Words before a place the text then puts in another: "a house in Aitaroun, in the Bint Jbeil district". */
    private static final Set<String> AT_OR_IN = WordSet.of("in", "at", "outside", "of");

    /**
     * "near Terny, Torske and Yampolivka": in a closed list ("A, B and C", "A and B") after "near" that names a town
     * the gazetteer knows, the names it lacks are villages too (front-line summaries list them so); so is a name
     * after "near", "in", "at" or "outside" that the text puts in a place it knows ("near Mucojo, in Macomia district",
     * "a house in Aitaroun, in the Bint Jbeil district").
     */
    private void listedWithATown(Document doc, Sentence s, boolean[] taken, java.util.Map<String, String> out) {
        List<Token> tokens = doc.tokens();
        for (int p = s.firstToken(); p + 3 < s.endToken(); p++) {
            boolean near = NEAR.contains(tokens.get(p).folded());
            if (!near && !AT_OR_IN.contains(tokens.get(p).folded())) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            boolean closed = false;
            int i = p + 1;
            while (i < s.endToken() && tokens.get(i).isWord() && tokens.get(i).isCapitalized() && !taken[i]) {
                int end = i + 1;
                while (end < s.endToken() && end - i < 3 && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                        && !taken[end]) {
                    end++;
                }
                items.add(new int[] {i, end});
                if (closed || end + 1 >= s.endToken()) {
                    break;
                }
                String sep = tokens.get(end).text();
                if (sep.equals(",") && tokens.get(end + 1).is("and")) {
                    closed = true;
                    i = end + 2;
                } else if (tokens.get(end).is("and")) {
                    closed = true;
                    i = end + 1;
                } else if (sep.equals(",")) {
                    i = end + 1;
                } else {
                    break;
                }
            }
            // "near Mucojo, in Macomia district": a place the text puts in another it names
            boolean placedIn = items.size() == 1 && !closed && inKnownPlace(tokens, s, items.get(0)[1]);
            boolean listed = near && closed && items.size() >= 2 && items.stream().anyMatch(it -> !index.places(
                    String.join(" ", keyOf(tokens, it[0], it[1]))).isEmpty());
            if (!placedIn && !listed) {
                continue;
            }
            for (int[] it : items) {
                String key = String.join(" ", keyOf(tokens, it[0], it[1]));
                if (index.places(key).isEmpty() && unknownName(tokens, s, it[0], it[1], key) && !institution(tokens, it)) {
                    out.putIfAbsent(key, SettlementCues.written(doc.text(), tokens, it[0], it[1]));
                }
            }
        }
    }

    /** Words that make a name a site or an institution, not a settlement: "at Aberystwyth University, in Wales". */
    private static final Set<String> NAMED_SITES = WordSet.of("university", "school", "college", "academy", "hospital",
            "airport", "stadium", "church", "mosque", "cathedral", "hotel", "prison", "market", "station", "centre", "center",
            "institute", "clinic", "camp", "base", "barracks", "street", "road", "avenue", "square", "bridge", "park");

    private static boolean institution(List<Token> tokens, int[] item) {
        for (int k = item[0]; k < item[1]; k++) {
            if (NAMED_SITES.contains(tokens.get(k).folded()) || FACILITY_OR_BODY.contains(tokens.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In Ndun, 18 people were killed and dozens of houses burnt": a sentence opened by "In", a name no gazetteer or
     * word list knows and a comma, that goes on to tell of dead or wounded, tells of a place where they fell.
     */
    private void openedByAPlace(Document doc, Sentence s, boolean[] taken, java.util.Map<String, String> out) {
        List<Token> tokens = doc.tokens();
        int i = s.firstToken() + 1;
        if (i + 2 >= s.endToken() || !tokens.get(s.firstToken()).is("in") || taken[i] || !tokens.get(i).isWord()
                || !tokens.get(i).isCapitalized()) {
            return;
        }
        int end = i + 1;
        while (end < s.endToken() && end - i < 2 && tokens.get(end).isWord() && tokens.get(end).isCapitalized() && !taken[end]) {
            end++;
        }
        if (end >= s.endToken() || !tokens.get(end).text().equals(",")) {
            return;
        }
        String key = String.join(" ", keyOf(tokens, i, end));
        if (!unknownName(tokens, s, i, end, key) || knowledge.isCommonWord(key)) {
            return;
        }
        for (int k = end + 1; k < s.endToken(); k++) {
            if (knowledge.casualties().longestAt(tokens, k, s.endToken()) != null) {
                out.putIfAbsent(key, SettlementCues.written(doc.text(), tokens, i, end));
                return;
            }
        }
    }

    /** ", in Macomia district", ", in the Kharkiv region": right after a name, the known place it lies in. */
    private boolean inKnownPlace(List<Token> tokens, Sentence s, int end) {
        int k = end;
        if (k + 2 >= s.endToken() || !tokens.get(k).text().equals(",") || !tokens.get(k + 1).is("in")) {
            return false;
        }
        k += 2;
        if (tokens.get(k).is("the")) {
            k++;
        }
        int from = k;
        while (k < s.endToken() && k - from < 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k == from) {
            return false;
        }
        String key = String.join(" ", keyOf(tokens, from, k));
        boolean division = k < s.endToken() && REGION_WORDS.contains(tokens.get(k).folded());
        return division || !index.places(key).isEmpty() || !index.regions(key).isEmpty();
    }

    private boolean unknownName(List<Token> tokens, Sentence s, int i, int end, String key) {
        if (!index.places(key).isEmpty() || !index.regions(key).isEmpty() || index.country(key).isPresent()
                || knowledge.isNotPlace(key)) {
            return false;
        }
        for (int k = i; k < end; k++) {
            String f = tokens.get(k).folded();
            if (!tokens.get(k).isWord()) {
                continue;
            }
            if (k == i && (knowledge.isCommonWord(f) || TITLES.contains(f) || knowledge.isNotPlace(f))) {
                return false; // "The village", "Mr Smith's town"
            }
            if (knowledge.nations().longestAt(tokens, k, k + 1) != null || words.demonyms.longestAt(tokens, k, k + 1) != null
                    || knowledge.regions().longestAt(tokens, k, end) != null || knowledge.sites().longestAt(tokens, k, end) != null
                    || words.worldRegions.longestAt(tokens, k, end) != null) {
                return false; // "a Palestinian refugee camp", "an Israeli settlement"
            }
        }
        if (end - i == 1 && (knowledge.isPersonName(key) || key.length() <= 2)) {
            return false;
        }
        return !(end - i == 1 && isSentenceStart(tokens, s, i) && knowledge.isCommonWord(key));
    }

    /**
     * "the villages of Kucherivka in the Kharkiv region and Rivne in the Donetsk region": a name listed after
     * a plural settlement noun is a settlement too, whatever else the gazetteer calls it.
     */
    private static void markSettlementLists(Document doc, List<PlaceCandidate> cs) {
        List<Token> tokens = doc.tokens();
        for (int c = 0; c < cs.size(); c++) {
            PlaceCandidate head = cs.get(c);
            int sentence = tokens.get(head.first()).sentence();
            Sentence s = doc.sentences().get(sentence);
            if (!SettlementCues.pluralBefore(tokens, s, head.first())) {
                continue;
            }
            if (tokens.get(head.first() - 2).isCapitalized()) {
                continue;
            }
            int last = head.end();
            for (int k = c + 1; k < cs.size(); k++) {
                PlaceCandidate next = cs.get(k);
                if (tokens.get(next.first()).sentence() != sentence || !listGap(tokens, last, next.first())) {
                    if (next.regionWord() || next.country() != null || next.target() != null) {
                        continue; // "A in the Kharkiv region and B": the region between two items
                    }
                    break;
                }
                if (next.fromGazetteer() && next.unlisted() == null && next.country() == null && !next.regionWord()) {
                    cs.set(k, next.asSettlement(SettlementCues.written(doc.text(), tokens, next.first(), next.end())));
                }
                last = next.end();
            }
        }
    }

    private PlaceCandidate candidate(Document doc, Sentence s, int i, int end, String key, RegionName named,
                                     PlaceWords.Target target, PlaceWords.WorldRegion world, List<GeoPlace> towns,
                                     List<GeoRegion> regions, GeoCountry country, ToponymRole role) {
        return candidate(doc, s, i, end, key, named, target, world, towns, regions, country, role, null);
    }

    private PlaceCandidate candidate(Document doc, Sentence s, int i, int end, String key, RegionName named,
                                     PlaceWords.Target target, PlaceWords.WorldRegion world, List<GeoPlace> towns,
                                     List<GeoRegion> regions, GeoCountry country, ToponymRole role, String unlisted) {
        List<Token> tokens = doc.tokens();
        boolean divisionNamed = (end < s.endToken() && REGION_WORDS.contains(tokens.get(end).folded()))
                || (DIVISION_NAME_WORDS.contains(tokens.get(end - 1).folded()) && end - i > 1);
        boolean settlement = (settlementBefore(tokens, s, i) || SettlementCues.after(tokens, s, end)) && !divisionNamed;
        if (unlisted == null && settlement && named == null && target == null && world == null && country == null) {
            unlisted = SettlementCues.written(doc.text(), tokens, i, end); // "the settlements of Kursk Oblast" are in it
        }
        boolean regionWord = end < s.endToken() && REGION_WORDS.contains(tokens.get(end).folded())
                && target == null && world == null;
        boolean ownDivisionWord = DIVISION_NAME_WORDS.contains(tokens.get(end - 1).folded()) && end - i > 1;
        int last = regionWord ? end + 1 : end;
        // "the Donetsk regional governor", "Kharkiv regional administration": the office serves the region, not the city
        boolean regional = end < s.endToken() && tokens.get(end).is("regional") && target == null && world == null;
        boolean townCue = townCueBefore(tokens, s, i) || (end < s.endToken() && tokens.get(end).is("city"))
                || (end - i > 1 && tokens.get(end - 1).is("city")) || (settlement && named == null);
        if (role == ToponymRole.LITERAL && venue(tokens, s, i)) {
            role = ToponymRole.VENUE;
        } else if (role == ToponymRole.LITERAL && capitalLike(towns) && seatOfGovernment(tokens, s, i)) {
            role = ToponymRole.METONYMIC;
        }
        return new PlaceCandidate(i, last, key, regionWord || ownDivisionWord || regional, townCue, cued(tokens, s, i),
                stronglyCued(tokens, s, i) || afterViolence(tokens, s, i) || unlisted != null, named, null,
                target, world, towns, regions, country, role, unlisted);
    }

    /**
     * The role of a gazetteer name: a country or capital taken by an actor, followed by a speaking verb or
     * by "'s" and an institution is its government; a name taken by any other actor is no place (null).
     */
    private ToponymRole roleOf(List<Token> tokens, Sentence s, int i, int end, boolean[] taken, boolean country,
                               boolean capital) {
        boolean nation = knowledge.nations().longestAt(tokens, i, end) != null;
        boolean stateLike = country || capital;
        if (anyTaken(taken, i, end)) {
            return nation || stateLike ? ToponymRole.METONYMIC : null;
        }
        // "missiles hit Kyiv": a capital struck is the city; "Russia attacked Ukraine" stays the state
        boolean struckCity = !country && (afterViolence(tokens, s, i) || placeLabel(tokens, s, i, end));
        if (nation && !cued(tokens, s, i) && !partFollows(tokens, s, end) && !struckCity) {
            return ToponymRole.METONYMIC; // "talks between Moscow and Kyiv": the capitals stand for their governments
        }
        if (stateLike && governmentAfter(tokens, s, end) && !cued(tokens, s, i)) {
            return ToponymRole.METONYMIC;
        }
        return ToponymRole.LITERAL;
    }

    /** Words after a hyphen that make a country's name where a thing was made: "US-made ATACMS missiles". */
    private static final Set<String> MADE = WordSet.of("made", "built", "supplied", "designed", "produced", "manufactured",
            "provided", "donated", "funded", "backed", "led", "brokered");

    /** "two US-made ATACMS missiles", "a US-brokered truce": the country says whose the thing is, not where anything happened. */
    private static boolean madeIn(List<Token> tokens, Sentence s, int end) {
        return end + 1 < s.endToken() && tokens.get(end).text().equals("-") && tokens.get(end).start() == tokens.get(end - 1).end()
                && MADE.contains(tokens.get(end + 1).folded());
    }

    /** "Kyiv: Explosions were heard in the capital": a summary's or a live blog's label of the place it tells of. */
    private static boolean placeLabel(List<Token> tokens, Sentence s, int i, int end) {
        return i == s.firstToken() && s.paragraph() > 0 && end < s.endToken() && tokens.get(end).is(":");
    }

    /** Compass words that may stand between a city and a part of it: "Beirut's southern suburbs". */
    static final Set<String> COMPASS_ADJECTIVES = WordSet.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western");

    /** Nouns of a city's ground: after a capital's name they make it the place, not its government. */
    private static final Set<String> CITY_PARTS = WordSet.of("airport", "outskirts", "suburbs", "suburb", "centre", "center",
            "streets", "neighbourhood", "neighborhood", "district", "port", "harbour", "harbor", "residents", "skies",
            "downtown", "old", "outskirt", "railway", "station", "market", "hospital");

    /** "Kabul's airport", "a Kabul neighbourhood": a part of the city follows its name. */
    private static boolean partFollows(List<Token> tokens, Sentence s, int end) {
        int k = end;
        if (k + 1 < s.endToken() && tokens.get(k).folded().equals("s")) {
            k++;
        }
        if (k + 1 < s.endToken() && COMPASS_ADJECTIVES.contains(tokens.get(k).folded())) {
            k++; // "Beirut's southern suburbs"
        }
        return k < s.endToken() && CITY_PARTS.contains(tokens.get(k).folded());
    }

    /** "Central American", "Latin America", "Native Americans": the word is the tail of another name. */
    private static boolean compoundBefore(List<Token> tokens, Sentence s, int i) {
        return i > s.firstToken() && tokens.get(i - 1).isCapitalized() && COMPOUND_HEADS.contains(tokens.get(i - 1).folded());
    }

    private static final Set<String> COMPOUND_HEADS = WordSet.of("central", "latin", "native", "north", "south", "east",
            "west", "anglo", "northern", "southern", "eastern", "western", "middle", "new", "sub");

    private static boolean capitalLike(List<GeoPlace> towns) {
        return !towns.isEmpty() && "PPLC".equals(towns.get(0).featureCode());
    }

    private static boolean governmentAfter(List<Token> tokens, Sentence s, int end) {
        if (end >= s.endToken()) {
            return false;
        }
        Token next = tokens.get(end);
        if (next.folded().equals("s") && end + 1 < s.endToken()) {
            return INSTITUTIONS.contains(tokens.get(end + 1).folded());
        }
        return GOVERNMENT_VERBS.contains(next.folded()) && !next.isCapitalized();
    }

    /** "talks in Paris", "met in Geneva": a venue word within three words before "in"/"at". */
    private static boolean venue(List<Token> tokens, Sentence s, int i) {
        int k = i - 1;
        while (k >= s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        if (k < s.firstToken() || !(tokens.get(k).is("in") || tokens.get(k).is("at"))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 5); j--) {
            if (VENUE_WORDS.contains(tokens.get(j).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Taliban government in Kabul said", "the regime in Damascus": a capital named as the seat of those
     * who rule stands for them, not for where something happened.
     */
    private static boolean seatOfGovernment(List<Token> tokens, Sentence s, int i) {
        int k = i - 1;
        return k > s.firstToken() && (tokens.get(k).is("in") && SEAT_WORDS.contains(tokens.get(k - 1).folded())
                || tokens.get(k).is("of") && ASKING_WORDS.contains(tokens.get(k - 1).folded()));
    }

    private static final Set<String> SEAT_WORDS = WordSet.of("government", "regime", "leadership", "junta", "rulers");
    /** "troops deployed at the request of Maputo": who asks or is acted for is a government, not a place. */
    private static final Set<String> ASKING_WORDS = WordSet.of("request", "invitation", "behalf", "behest", "orders");

    private static boolean ownFirstLevel(List<GeoRegion> regions, String key) {
        for (GeoRegion r : regions) {
            if (r.isFirstLevel() && PlaceResolver.ownName(r, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronymToken(Token t) {
        return t.isAcronym();
    }

    /** A headline in capitals: "US" there may be the pronoun. */
    private static boolean allCapsSentence(List<Token> tokens, Sentence s) {
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (!t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
        }
        return words >= 2;
    }

    /** Ends (exclusive token indices) of runs of 1..max name words starting at i: "Rostov-on-Don", "Maaret al-Numan". */
    private static List<Integer> wordEnds(List<Token> tokens, int i, int limit, int max, boolean[] taken) {
        List<Integer> ends = new ArrayList<>();
        int j = i;
        while (j < limit && ends.size() < max) {
            Token w = tokens.get(j);
            if (!w.isWord()) {
                break;
            }
            boolean first = j == i;
            if (!first && !w.isCapitalized() && !CONNECTORS.contains(w.folded())) {
                break;
            }
            if (w.folded().equals("s") && !first) {
                break; // possessive
            }
            j++;
            boolean afterConnector = !first && CONNECTORS.contains(tokens.get(j - 2).folded());
            if (!CONNECTORS.contains(w.folded()) || first || (w.isCapitalized() && afterConnector)) {
                ends.add(j); // "Lanao del Sur": a capitalised word after a particle ends a name
            }
            if (j < limit && tokens.get(j).text().equals("-") && tokens.get(j).start() == tokens.get(j - 1).end()
                    && j + 1 < limit && tokens.get(j + 1).isWord() && tokens.get(j + 1).start() == tokens.get(j).end()) {
                j++;
            } else if (j < limit && tokens.get(j).text().equals(".") && w.text().length() <= 3 && w.is("st")
                    && j + 1 < limit && tokens.get(j + 1).isCapitalized()) {
                j++; // "St. Louis"
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

    /**
     * Surnames of the article: the last word of "First Last" where First is a known given name, and the
     * word after a title ("Gov. Perry", "Mr. Jackson"). Alone later, such a word is the person.
     */
    private Set<String> surnames(Document doc) {
        Set<String> out = new HashSet<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
                Token a = tokens.get(k);
                if (!a.isCapitalized()) {
                    continue;
                }
                int next = k + 1;
                if (next < s.endToken() && tokens.get(next).text().equals(".") && TITLES.contains(a.folded())) {
                    next++;
                }
                boolean title = TITLES.contains(a.folded());
                boolean given = !title && (knowledge.isPersonName(a.folded()) || words.givenNames.contains(a.folded()));
                if (!given && !title) {
                    if (unknownFirstName(tokens, s, k)) {
                        out.add(tokens.get(k + 1).folded()); // "Marty Walsh": a name the lexicons do not know
                    }
                    if (personCue(tokens, s, k)) {
                        out.add(a.folded()); // "Ahmadi's brother", "Ahmadi, 40,", "the Ahmadi family"
                    }
                    continue;
                }
                int j = next;
                while (j < s.endToken() && tokens.get(j).isCapitalized() && j - next < 3) {
                    j++;
                    if (j < s.endToken() && tokens.get(j).text().equals(".") && tokens.get(j - 1).text().length() == 1) {
                        j++; // "John F. Kennedy"
                    }
                }
                if (j > next && (given || j - next <= 2)) {
                    Token last = tokens.get(j - 1).text().equals(".") ? tokens.get(j - 2) : tokens.get(j - 1);
                    if (last.isCapitalized() && last.index() > k && !(given && last.index() == k)) {
                        out.add(last.folded());
                    }
                }
            }
        }
        return out;
    }

    /** Kin and household words: after a name and "'s", they make it a person's or a family's name. */
    private static final Set<String> KIN = WordSet.of("brother", "sister", "son", "daughter", "wife", "husband", "father",
            "mother", "uncle", "aunt", "cousin", "nephew", "niece", "widow", "grandson", "granddaughter", "grandfather",
            "grandmother", "brothers", "sisters", "sons", "daughters", "children", "relatives", "lawyer", "family");

    /**
     * Words around a capitalised word that only a person's or a family's name has: "Ahmadi's brother", "Ahmadi,
     * 40, who worked for a charity", "the Ahmadi family", "the Ahmadi and Nejrabi families".
     */
    private static boolean personCue(List<Token> tokens, Sentence s, int k) {
        int end = s.endToken();
        if (k + 2 < end && tokens.get(k + 1).folded().equals("s") && KIN.contains(tokens.get(k + 2).folded())) {
            return true;
        }
        if (k + 3 < end && tokens.get(k + 1).text().equals(",") && tokens.get(k + 2).type() == Token.Type.NUMBER
                && tokens.get(k + 3).text().equals(",")) {
            String n = tokens.get(k + 2).text();
            return n.length() <= 3 && !n.contains("."); // an age, not "Kyiv, 2022,"
        }
        if (k + 1 < end && (tokens.get(k + 1).is("family") || tokens.get(k + 1).is("families") || tokens.get(k + 1).is("clan"))) {
            return k > s.firstToken() && tokens.get(k - 1).is("the");
        }
        return k + 3 < end && tokens.get(k + 1).is("and") && tokens.get(k + 2).isCapitalized()
                && tokens.get(k + 3).is("families");
    }

    /**
     * "A B" alone between lower-case words, A capitalised and nothing the lexicons or the gazetteer know,
     * B capitalised: B is most likely a surname.
     */
    private boolean unknownFirstName(List<Token> tokens, Sentence s, int k) {
        Token a = tokens.get(k);
        if (k + 1 >= s.endToken() || isSentenceStart(tokens, s, k) || s.paragraph() == 0) {
            return false;
        }
        Token b = tokens.get(k + 1);
        if (!b.isCapitalized() || b.start() != a.end() + 1 || a.text().length() < 3 || a.isAcronym()) {
            return false;
        }
        if (k - 1 >= s.firstToken() && tokens.get(k - 1).isCapitalized()) {
            return false;
        }
        if (k + 2 < s.endToken() && tokens.get(k + 2).isCapitalized()) {
            return false;
        }
        String f = a.folded();
        return !knowledge.isCommonWord(f) && !isKnownPlaceWord(f) && knowledge.nations().longestAt(tokens, k, k + 1) == null
                && !REGION_WORDS.contains(f) && !TOWN_CUES.contains(f) && words.demonyms.longestAt(tokens, k, k + 1) == null
                && index.country(f).isEmpty();
    }

    private boolean personAfter(List<Token> tokens, Sentence s, int end, Set<String> surnames) {
        return end < s.endToken() && tokens.get(end).isCapitalized() && surnames.contains(tokens.get(end).folded());
    }

    private static final Set<String> VESSELS = WordSet.of("ship", "warship", "cruiser", "frigate", "corvette", "submarine",
            "vessel", "tanker", "destroyer", "minesweeper", "tugboat", "freighter", "trawler");

    /**
     * "the cruiser Moskva", "the submarine Rostov-on-Don", "another landing ship, the Azov,", "the Moskva cruiser":
     * a name a vessel noun introduces, or that a vessel noun follows, is the vessel's.
     */
    private static boolean namesAVessel(List<Token> tokens, Sentence s, int i, int end) {
        int k = i - 1;
        boolean the = k >= s.firstToken() && tokens.get(k).is("the");
        if (the) {
            k--;
        }
        boolean comma = k >= s.firstToken() && tokens.get(k).is(",");
        if (comma) {
            k--; // in apposition only when the name closes it: "ship, the Azov," but not "ships, the Odesa port"
        }
        boolean closed = end >= s.endToken() || tokens.get(end).is(",") || tokens.get(end).is(".") || tokens.get(end).is(")");
        if (k >= s.firstToken() && VESSELS.contains(tokens.get(k).folded()) && (!comma || (the && closed))) {
            return true;
        }
        return i - 1 >= s.firstToken() && tokens.get(i - 1).is("the") && end < s.endToken()
                && VESSELS.contains(tokens.get(end).folded());
    }

    /** Evidence that capitalised words here are a name and not a common word or part of a person's name. */
    private boolean isName(Document doc, Sentence s, int i, int end, int words, boolean strong, boolean state,
                           Set<String> surnames) {
        List<Token> tokens = doc.tokens();
        String key = tokens.get(i).folded();
        boolean sentenceStart = isSentenceStart(tokens, s, i);
        boolean headline = s.paragraph() == 0;
        if (words == 1 && (knowledge.isCommonWord(key) || knowledge.isPersonName(key))
                && (sentenceStart || headline || !stronglyCued(tokens, s, i))) {
            return false;
        }
        if (words == 1 && surnames.contains(key) && !stronglyCued(tokens, s, i)) {
            return false; // "Perry said": the governor named earlier as "Gov. Rick Perry"
        }
        if (i > s.firstToken()) {
            Token before = tokens.get(i - 1);
            if (before.text().equals("-") && before.end() == tokens.get(i).start()) {
                return false; // "al-Arabi": the tail of a longer name
            }
            if (TITLES.contains(before.folded()) && before.isCapitalized()) {
                return false; // "Mr. Jackson", "Gov. Perry"
            }
            if (before.text().equals(".") && i - 2 >= s.firstToken() && TITLES.contains(tokens.get(i - 2).folded())
                    && tokens.get(i - 2).isCapitalized() && !tokens.get(i - 2).is("st")) {
                return false;
            }
        }
        if (i > s.firstToken() && !sentenceStart && tokens.get(i - 1).isCapitalized()
                && tokens.get(i - 1).end() < tokens.get(i).start() && !knowledge.isCommonWord(tokens.get(i - 1).folded())
                && !isKnownPlaceWord(tokens.get(i - 1).folded()) && knowledge.nations().longestAt(tokens, i - 1, i) == null
                && !REGION_WORDS.contains(tokens.get(i - 1).folded()) && !isSentenceStart(tokens, s, i - 1)
                && !TOWN_CUES.contains(tokens.get(i - 1).folded()) && !strong) {
            return false; // "Kafar Roma": the second word of a name the gazetteer does not know
        }
        if (namedAs(tokens, s, i)) {
            return false; // "who gave her name as Olga", "a man named Bogdan"
        }
        if (namesAVessel(tokens, s, i, end)) {
            return false; // "the cruiser Moskva", "another landing ship, the Azov,": a ship named after a town
        }
        if (afterTitledName(tokens, s, i)) {
            return false; // "Mayor Jalil Ahmad Hasani": a word inside a person's name
        }
        if (end < s.endToken() && UNIT_WORDS.contains(tokens.get(end).folded()) && !tokens.get(end).isCapitalized()) {
            return false; // "the Seversk tactical command": a military unit named after a town
        }
        if (end + 1 < s.endToken() && tokens.get(end).type() == Token.Type.NUMBER
                && (UNIT_WORDS.contains(tokens.get(end + 1).folded()) || CODE_NAME_NOUNS.contains(tokens.get(end + 1).folded()))) {
            return false; // "the Sokola 1 operations sector": an operation's code name and number
        }
        if (key.length() <= 2 && words == 1) {
            return false; // "En", "Al": particles and abbreviations, never evidence of a place
        }
        if (key.length() <= 3 && words == 1 && !stronglyCued(tokens, s, i)) {
            return false; // "Al", "Gen", "VGA": abbreviations and particles, not evidence of a place
        }
        if (i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && WATER.contains(tokens.get(i - 2).folded())) {
            return false; // "the Sea of Azov"
        }
        if (words == 1 && !strong && !stronglyCued(tokens, s, i)) {
            if (end < s.endToken() && tokens.get(end).isCapitalized() && !REGION_WORDS.contains(tokens.get(end).folded())
                    && !isKnownPlaceWord(tokens.get(end).folded()) && nationAt(tokens, end, s.endToken()) == null) {
                return false; // "Supreme Court", "Marine Corps": a word of a longer name
            }
            if (i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && tokens.get(i - 2).isCapitalized()
                    && !TOWN_CUES.contains(tokens.get(i - 2).folded()) && !REGION_WORDS.contains(tokens.get(i - 2).folded())
                    && !isKnownPlaceWord(tokens.get(i - 2).folded())) {
                return false; // "Chamber of Commerce", "Department of Justice"
            }
        }
        if (end < s.endToken()) {
            Token next = tokens.get(end);
            if (FACILITY.contains(next.folded()) && (next.isCapitalized() || SITE_WORDS.contains(next.folded()))
                    && !(strong && EMBEDDING.contains(next.folded()))) {
                return strong && next.isCapitalized() && !WATER.contains(next.folded()) && !isStreet(next);
            }
            if (WATER.contains(next.folded()) && !(end + 1 < s.endToken() && HARBOURS.contains(tokens.get(end + 1).folded()))) {
                return false; // "the Dnipro river", "the Kakhovka reservoir": the water, not the town ("Kherson river port" is)
            }
            if (INSTALLATIONS.contains(next.folded()) && words == 1 && !cued(tokens, s, i)) {
                return false; // "the 'Luch' power substation": the name of a site, not a town
            }
            if (next.isCapitalized() && !REGION_WORDS.contains(next.folded()) && !knowledge.isCommonWord(next.folded())
                    && !isKnownPlaceWord(next.folded()) && nationAt(tokens, end, s.endToken()) == null
                    && !(state && !surnames.contains(next.folded()) && !knowledge.isPersonName(next.folded()))) {
                return false; // "Vladimir Putin", "Sergei Shoigu": a first name
            }
        }
        return true;
    }

    /** Words after a town's name that make it the name of a military formation. */
    private static final Set<String> UNIT_WORDS = WordSet.of("tactical", "brigade", "regiment", "battalion", "grouping");
    private static final Set<String> CODE_NAME_NOUNS = WordSet.of("operations", "operation", "sector", "zone");

    /** Whether a title and one or more capitalised words come right before token {@code i} ("Mayor Jalil Ahmad"). */
    private static boolean afterTitledName(List<Token> tokens, Sentence s, int i) {
        int k = i - 1;
        int names = 0;
        while (k >= s.firstToken() && tokens.get(k).isCapitalized() && !TITLES.contains(tokens.get(k).folded())) {
            k--;
            names++;
        }
        if (k >= s.firstToken() && tokens.get(k).text().equals(".") && k - 1 >= s.firstToken()) {
            k--; // "Gen. Valery Zaluzhny"
        }
        return names > 0 && k >= s.firstToken() && tokens.get(k).isCapitalized() && TITLES.contains(tokens.get(k).folded())
                && !tokens.get(k).is("st");
    }

    private static boolean isStreet(Token t) {
        return t.is("street") || t.is("avenue") || t.is("road") || t.is("boulevard") || t.is("drive") || t.is("lane");
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
        return !index.exactPlaces(folded).isEmpty() || !index.regions(folded).isEmpty();
    }

    private org.sitrep.engine.knowledge.Nation nationAt(List<Token> tokens, int i, int limit) {
        PhraseTrie.Match<org.sitrep.engine.knowledge.Nation> m = knowledge.nations().longestAt(tokens, i, limit);
        return m == null ? null : m.value();
    }

    static boolean isSentenceStart(List<Token> tokens, Sentence s, int i) {
        for (int k = s.firstToken(); k < i; k++) {
            if (tokens.get(k).type() != Token.Type.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** Words naming a part of a place, between a locative and the name: "in central Mogadishu", "near northern Gaza". */
    private static final Set<String> PART_WORDS = WordSet.copyOf(java.util.stream.Stream.concat(COMPASS_ADJECTIVES.stream(),
            java.util.stream.Stream.of("downtown", "suburban", "rural", "urban", "outer", "inner")).toList());

    /** What someone says: "by" after these names who said it, not where. */
    private static final Set<String> SAYINGS = WordSet.of("claim", "claims", "statement", "statements", "announcement",
            "report", "reports", "accusation", "accusations", "denial", "remarks", "assertion", "allegation", "allegations");

    static boolean cued(List<Token> tokens, Sentence s, int i) {
        int k = i - 1;
        if (k > s.firstToken() && tokens.get(k).text().equals(",") && tokens.get(k - 1).is("capital")) {
            return true; // "the capital, Kyiv"
        }
        while (k >= s.firstToken() && (tokens.get(k).is("the") || tokens.get(k).folded().equals("s")
                || tokens.get(k).text().equals("'") || (tokens.get(k).isCapitalized() && !LOCATIVE.contains(tokens.get(k).folded()))
                || PART_WORDS.contains(tokens.get(k).folded()))) {
            k--; // "in the", "in Ukraine's", "in eastern Ukraine's", "in central Mogadishu"; a sentence's "In" is the cue
        }
        if (k > s.firstToken() && tokens.get(k).is("to") && tokens.get(k - 1).is("according")) {
            return false; // "according to Kyiv": a source
        }
        if (k > s.firstToken() && tokens.get(k).is("by") && SAYINGS.contains(tokens.get(k - 1).folded())) {
            return false; // "a claim by Moscow": a source
        }
        return k >= s.firstToken() && (LOCATIVE.contains(tokens.get(k).folded()) || TOWN_CUES.contains(tokens.get(k).folded()));
    }

    /**
     * "missiles struck Pokrovsk", "forces captured the town": a name right after words of violence is where
     * it happened, as surely as after "in".
     */
    private boolean afterViolence(List<Token> tokens, Sentence s, int i) {
        int k = i - 1;
        while (k >= s.firstToken() && tokens.get(k).is("the")) {
            k--;
        }
        for (int from = Math.max(s.firstToken(), k - 3); from <= k; from++) {
            PhraseTrie.Match<org.sitrep.engine.knowledge.Trigger> m = knowledge.triggers().longestAt(tokens, from, k + 1);
            if (m != null && m.end() == k + 1 && m.value().opensFrame()) {
                return true;
            }
        }
        return false;
    }

    /** "in Hope", "the village of Victory": a common word needs a cue that only a place takes. */
    private static boolean stronglyCued(List<Token> tokens, Sentence s, int i) {
        if (townCueBefore(tokens, s, i)) {
            return true;
        }
        int k = i - 1;
        while (k >= s.firstToken() && (tokens.get(k).is("the") || PART_WORDS.contains(tokens.get(k).folded()))) {
            k--;
        }
        return k >= s.firstToken() && STRONG_LOCATIVE.contains(tokens.get(k).folded());
    }

    private static boolean townCueBefore(List<Token> tokens, Sentence s, int i) {
        return i - 2 >= s.firstToken() && tokens.get(i - 1).is("of") && TOWN_CUES.contains(tokens.get(i - 2).folded());
    }

    /** "Donbas and Mykolayev regions": the plural region word makes every name of the list a region. */
    private static void markPluralRegionLists(List<PlaceCandidate> cs, List<Token> tokens) {
        for (int c = cs.size() - 1; c > 0; c--) {
            PlaceCandidate last = cs.get(c);
            if (!last.regionWord() || !tokens.get(last.end() - 1).folded().endsWith("s")) {
                continue;
            }
            for (int p = c - 1; p >= 0; p--) {
                PlaceCandidate prev = cs.get(p);
                int gapStart = prev.end();
                int gapEnd = cs.get(p + 1).first();
                if (gapEnd - gapStart > 2 || !onlyListGlue(tokens, gapStart, gapEnd)) {
                    break;
                }
                cs.set(p, prev.asRegion());
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
}
