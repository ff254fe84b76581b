package org.sitrep.engine.knowledge;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.Tokenizer;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;
import org.sitrep.engine.text.WordSet;

/**
 * Every lexicon the engine consults, built from lexicon files (format: {@code docs/lexicons.md}).
 * Immutable: {@link #extendedWith} gives a new instance, so an engine never sees a lexicon change
 * under it.
 */
public final class Knowledge {

    /** The lexicon files, by name, in the order they are read. */
    public static final List<String> FILES = List.of("triggers.txt", "weapons.txt", "nations.txt", "offices.txt",
            "actors.txt", "reporting.txt", "verification.txt", "background.txt", "regions.txt", "sites.txt", "casualties.txt",
            "quantities.txt", "not-places.txt", "common-words.txt", "person-names.txt", "claim-signals.txt");

    private static final Tokenizer TOKENIZER = new Tokenizer();

    private final Map<String, List<LexiconLine>> lines;

    /** The words of these lexicons: tells each token which of them can start there, and shares their words. */
    private final LexiconVocabulary vocabulary = new LexiconVocabulary();
    private final PhraseTrie<Trigger> triggers = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Weapon> weapons = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Nation> nations = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Office> offices = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Actor> actors = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<ReportingCue> reporting = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Verification> verification = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Boolean> background = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<RegionName> regions = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<RegionName> regionShortForms = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Site> sites = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<CasualtyKind> casualties = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<Quantity> quantities = new PhraseTrie<>(vocabulary);
    private final PhraseTrie<ClaimSignal> claimSignals = new PhraseTrie<>(vocabulary);
    private final Set<String> notPlaces = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> personNames = new HashSet<>();

    private Knowledge(Map<String, List<LexiconLine>> lines) throws KnowledgeFormatException {
        this.lines = lines;
        for (Map.Entry<String, List<LexiconLine>> e : lines.entrySet()) {
            for (LexiconLine line : e.getValue()) {
                apply(e.getKey(), line);
            }
        }
    }

    /** The lexicons shipped with sitrep. */
    public static Knowledge defaults() {
        Map<String, List<LexiconLine>> lines = new LinkedHashMap<>();
        try {
            for (String file : FILES) {
                try (InputStream in = Knowledge.class.getResourceAsStream(file)) {
                    if (in == null) {
                        throw new IllegalStateException("lexicon resource missing: " + file);
                    }
                    lines.put(file, LexiconReader.read(file, new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            }
            return new Knowledge(lines);
        } catch (KnowledgeFormatException | java.io.IOException e) {
            throw new IllegalStateException("built-in lexicon broken: " + e.getMessage(), e);
        }
    }

    /**
     * A copy extended (or overridden, entry by entry) with a user's lexicon file. The file name picks
     * the lexicon ("actors.txt", "triggers.txt", ...).
     *
     * @throws KnowledgeFormatException naming the file and line when a line cannot be read, or when
     *                                  the file name is not one of {@link #FILES}
     */
    public Knowledge extendedWith(String fileName, Reader content) throws KnowledgeFormatException {
        if (!FILES.contains(fileName)) {
            throw new KnowledgeFormatException(fileName + ": not a lexicon file name (expected one of " + FILES + ")");
        }
        Map<String, List<LexiconLine>> copy = new LinkedHashMap<>(lines);
        List<LexiconLine> extended = new ArrayList<>(lines.get(fileName));
        extended.addAll(LexiconReader.read(fileName, content));
        copy.put(fileName, extended);
        return new Knowledge(copy);
    }

    private void apply(String file, LexiconLine line) throws KnowledgeFormatException {
        switch (file) {
            case "triggers.txt" -> put(triggers, line, () -> trigger(line));
            case "weapons.txt" -> put(weapons, line, () -> new Weapon(line.field(0), enumOf(WeaponCategory.class, line, 1)));
            case "nations.txt" -> put(nations, line, () -> new Nation(line.field(0), line.field(1)));
            case "offices.txt" -> put(offices, line, () -> new Office(line.phrases().get(0), enumOf(Role.class, line, 0)));
            case "actors.txt" -> put(actors, line, () -> new Actor(line.field(0), line.field(1), enumOf(Role.class, line, 2),
                    succession(line, 3)));
            case "reporting.txt" -> put(reporting, line, () -> new ReportingCue(enumOf(Stance.class, line, 0),
                    line.optionalField(1) == null ? ReportingCue.Position.BEFORE
                            : enumOf(ReportingCue.Position.class, line, 1)));
            case "verification.txt" -> put(verification, line, () -> enumOf(Verification.class, line, 0));
            case "background.txt" -> put(background, line, () -> "habitual".equals(line.optionalField(0)));
            case "regions.txt" -> putRegion(line, () -> new RegionName(line.field(0),
                    RegionName.NO_COUNTRY.equals(line.field(1)) ? null : line.field(1),
                    number(line, 2), number(line, 3), line.optionalField(4)));
            case "sites.txt" -> put(sites, line, () -> new Site(line.field(0), line.field(1), requiredNumber(line, 2),
                    requiredNumber(line, 3), line.optionalField(4) == null ? null : (long) integer(line, 4)));
            case "casualties.txt" -> put(casualties, line, () -> enumOf(CasualtyKind.class, line, 0));
            case "quantities.txt" -> put(quantities, line, () -> new Quantity(integer(line, 0), integerOrNull(line, 1)));
            case "not-places.txt" -> words(notPlaces, line);
            case "common-words.txt" -> words(commonWords, line);
            case "person-names.txt" -> words(personNames, line);
            case "claim-signals.txt" -> put(claimSignals, line, () -> enumOf(ClaimSignal.class, line, 0));
            default -> throw line.error("unknown lexicon");
        }
    }

    private interface Value<V> {
        V get() throws KnowledgeFormatException;
    }

    /** A region's phrases; one written "~the strip" is a short form, read as the region only where it is named in full. */
    private void putRegion(LexiconLine line, Value<RegionName> value) throws KnowledgeFormatException {
        RegionName v = line.removal() ? null : value.get();
        for (String p : line.phrases()) {
            boolean shortForm = p.startsWith("~");
            PhraseTrie<RegionName> trie = shortForm ? regionShortForms : regions;
            List<String> k = key(shortForm ? p.substring(1) : p);
            if (line.removal()) {
                trie.remove(k);
            } else {
                trie.put(k, v);
            }
        }
    }

    private static <V> void put(PhraseTrie<V> trie, LexiconLine line, Value<V> value) throws KnowledgeFormatException {
        if (line.removal()) {
            for (String p : line.phrases()) {
                trie.remove(key(p));
            }
            return;
        }
        V v = value.get();
        for (String p : line.phrases()) {
            trie.put(key(p), v);
        }
    }

    private void words(Set<String> set, LexiconLine line) {
        for (String p : line.phrases()) {
            List<String> key = key(p);
            String k = key.size() == 1 ? vocabulary.shared(key.get(0)) : String.join(" ", key);
            if (line.removal()) {
                set.remove(k);
            } else {
                set.add(k);
            }
        }
    }

    /** The folded tokens of a phrase, as the tokenizer cuts article text. */
    public static List<String> key(String phrase) {
        List<Token> tokens = TOKENIZER.tokenize(phrase, 0, phrase.length(), 0);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            // an acronym written in capitals in a lexicon matches only capitals in the text ("WHO", not "who")
            out.add(t.isAcronym() ? PhraseTrie.CASED + t.text() : t.folded());
        }
        return out;
    }

    private static Trigger trigger(LexiconLine line) throws KnowledgeFormatException {
        EventKind kind;
        try {
            kind = "none".equals(line.field(0)) ? null : EventKind.fromCode(line.field(0));
        } catch (IllegalArgumentException e) {
            throw line.error("unknown event kind '" + line.field(0) + "'");
        }
        AcledSubEventType sub;
        try {
            sub = AcledSubEventType.parse(line.field(1));
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
        Set<String> flags = new HashSet<>();
        String f = line.optionalField(2);
        if (f != null) {
            for (String flag : f.split("[ ,]+")) {
                flags.add(flag.toLowerCase(Locale.ROOT));
            }
        }
        return new Trigger(kind, sub, WordSet.copyOf(flags));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, LexiconLine line, int field) throws KnowledgeFormatException {
        String v = line.field(field);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw line.error("'" + v + "' is not a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
    }

    /** "from 2021-08-15: AF government": the side and role an actor holds from a day on, or null. */
    private static Actor.Succession succession(LexiconLine line, int field) throws KnowledgeFormatException {
        String v = line.optionalField(field);
        if (v == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("from (\\d{4}-\\d{2}-\\d{2}): (\\S+) (\\S+)").matcher(v);
        if (!m.matches()) {
            throw line.error("'" + v + "' is not 'from YYYY-MM-DD: side role'");
        }
        try {
            return new Actor.Succession(java.time.LocalDate.parse(m.group(1)), m.group(2),
                    Role.valueOf(m.group(3).toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            throw line.error("'" + v + "' names no day or no role");
        }
    }

    private static Double number(LexiconLine line, int field) throws KnowledgeFormatException {
        String v = line.optionalField(field);
        if (v == null) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw line.error("'" + v + "' is not a number");
        }
    }

    private static double requiredNumber(LexiconLine line, int field) throws KnowledgeFormatException {
        line.field(field);
        return number(line, field);
    }

    private static int integer(LexiconLine line, int field) throws KnowledgeFormatException {
        try {
            return Integer.parseInt(line.field(field));
        } catch (NumberFormatException e) {
            throw line.error("'" + line.field(field) + "' is not a whole number");
        }
    }

    private static Integer integerOrNull(LexiconLine line, int field) throws KnowledgeFormatException {
        return line.optionalField(field) == null ? null : integer(line, field);
    }

    /**
     * What these lexicons know of each word: give it to the {@link org.sitrep.engine.text.Segmenter} whose
     * documents these lexicons read.
     */
    public org.sitrep.engine.text.Vocabulary vocabulary() {
        return vocabulary;
    }

    public PhraseTrie<Trigger> triggers() {
        return triggers;
    }

    public PhraseTrie<Weapon> weapons() {
        return weapons;
    }

    public PhraseTrie<Nation> nations() {
        return nations;
    }

    public PhraseTrie<Office> offices() {
        return offices;
    }

    public PhraseTrie<Actor> actors() {
        return actors;
    }

    public PhraseTrie<ReportingCue> reporting() {
        return reporting;
    }

    public PhraseTrie<Verification> verification() {
        return verification;
    }

    /** Background phrases; the value says whether the sentence reports no incident at all (habitual, campaign). */
    public PhraseTrie<Boolean> background() {
        return background;
    }

    public PhraseTrie<RegionName> regions() {
        return regions;
    }

    /** Short forms of regions ("the Strip"): the region only in an article that names it in full. */
    public PhraseTrie<RegionName> regionShortForms() {
        return regionShortForms;
    }

    public PhraseTrie<Site> sites() {
        return sites;
    }

    public PhraseTrie<CasualtyKind> casualties() {
        return casualties;
    }

    public PhraseTrie<Quantity> quantities() {
        return quantities;
    }

    /** What a statement's words say beyond "it happened": blame, a military target, a mistake, a denial. */
    public PhraseTrie<ClaimSignal> claimSignals() {
        return claimSignals;
    }

    /** Folded names that are never places ("said", "sunday"). */
    public boolean isNotPlace(String folded) {
        return notPlaces.contains(folded);
    }

    /** Common given names and surnames: alone, they are a person more often than a place. */
    public boolean isPersonName(String folded) {
        return personNames.contains(folded);
    }

    /** Common English words: capitalised at a sentence start they are no evidence of a name. */
    public boolean isCommonWord(String folded) {
        return commonWords.contains(folded);
    }
}
