package org.sitrep.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.Tokenizer;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;

class KnowledgeTest {

    private static final Knowledge DEFAULTS = Knowledge.defaults();

    private static Knowledge extend(Knowledge k, String file, String content) throws KnowledgeFormatException {
        return k.extendedWith(file, new StringReader(content));
    }

    private static Actor actor(Knowledge k, String phrase) {
        return k.actors().get(Knowledge.key(phrase));
    }

    private static <V> PhraseTrie.Match<V> matchAt0(PhraseTrie<V> trie, String text) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length(), 0);
        return trie.longestAt(tokens, 0, tokens.size());
    }

    @Test
    void defaultsLoadEveryLexicon() {
        assertThat(DEFAULTS.triggers().get(Knowledge.key("shelled")).kind()).isEqualTo(EventKind.SHELLING);
        assertThat(DEFAULTS.triggers().get(Knowledge.key("recaptured")).has("retake")).isTrue();
        assertThat(DEFAULTS.weapons().get(Knowledge.key("shahed")).category()).isEqualTo(WeaponCategory.DRONE);
        assertThat(DEFAULTS.nations().get(Knowledge.key("moscow")).side()).isEqualTo("RU");
        assertThat(DEFAULTS.offices().get(Knowledge.key("defence ministry")).role()).isEqualTo(Role.MILITARY);
        assertThat(actor(DEFAULTS, "zelensky")).isEqualTo(new Actor("Volodymyr Zelensky", "UA", Role.GOVERNMENT));
        assertThat(DEFAULTS.reporting().get(Knowledge.key("denied")).stance()).isEqualTo(Stance.DENIES);
        assertThat(DEFAULTS.reporting().get(Knowledge.key("according to")).sourceAfter()).isTrue();
        assertThat(DEFAULTS.reporting().get(Knowledge.key("citing")).position()).isEqualTo(ReportingCue.Position.CITED);
        assertThat(DEFAULTS.verification().get(Knowledge.key("could not be independently verified")))
                .isEqualTo(Verification.UNVERIFIED);
        assertThat(DEFAULTS.background().get(Knowledge.key("since the war began"))).isFalse();
        assertThat(DEFAULTS.background().get(Knowledge.key("has consistently denied"))).isTrue();
        assertThat(DEFAULTS.regions().get(Knowledge.key("donbas")).country()).isEqualTo("UA");
        assertThat(DEFAULTS.casualties().get(Knowledge.key("injuring"))).isEqualTo(CasualtyKind.INJURED);
        assertThat(DEFAULTS.quantities().get(Knowledge.key("dozens"))).isEqualTo(new Quantity(24, null));
        assertThat(DEFAULTS.isNotPlace("said")).isTrue();
        assertThat(DEFAULTS.isNotPlace("state duma")).as("a parliament, not Douma in Syria").isTrue();
        assertThat(actor(DEFAULTS, "march 23 movement").name()).as("groups that fight each other are two sources")
                .isNotEqualTo(actor(DEFAULTS, "allied democratic forces").name());
        assertThat(DEFAULTS.isNotPlace("bush")).as("a president, not Bush in Egypt").isTrue();
        assertThat(DEFAULTS.isCommonWord("deal")).isTrue();
        assertThat(DEFAULTS.isCommonWord("kharkiv")).isFalse();
    }

    @Test
    void extensionAddsAnEntryAndLeavesTheOriginalAlone() throws Exception {
        Knowledge k = extend(DEFAULTS, "actors.txt", "oleh kiper, kiper | Oleh Kiper | UA | local\n");

        assertThat(actor(k, "kiper")).isEqualTo(new Actor("Oleh Kiper", "UA", Role.LOCAL));
        assertThat(actor(k, "oleh kiper")).isEqualTo(new Actor("Oleh Kiper", "UA", Role.LOCAL));
        assertThat(actor(DEFAULTS, "kiper")).isNull();
        assertThat(actor(k, "zelensky")).as("defaults are kept").isNotNull();
    }

    @Test
    void extensionOverridesAnEntryPhraseByPhrase() throws Exception {
        Knowledge k = extend(DEFAULTS, "actors.txt", "zelensky | President of Ukraine | UA | government\n");

        assertThat(actor(k, "zelensky").name()).isEqualTo("President of Ukraine");
        assertThat(actor(k, "volodymyr zelensky").name()).as("other phrases keep their entry").isEqualTo("Volodymyr Zelensky");
        assertThat(actor(DEFAULTS, "zelensky").name()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void extensionOverridesAVagueQuantity() throws Exception {
        Knowledge k = extend(DEFAULTS, "quantities.txt", "dozens | 20 | 99\n");

        assertThat(k.quantities().get(Knowledge.key("dozens"))).isEqualTo(new Quantity(20, 99));
    }

    @Test
    void leadingMinusRemovesPhrases() throws Exception {
        Knowledge k = extend(DEFAULTS, "actors.txt", "- zelensky, zelenskyy\n");

        assertThat(actor(k, "zelensky")).isNull();
        assertThat(actor(k, "zelenskyy")).isNull();
        assertThat(actor(k, "volodymyr zelensky")).isNotNull();
        assertThat(actor(DEFAULTS, "zelensky")).isNotNull();
    }

    @Test
    void leadingMinusRemovesFromWordLists() throws Exception {
        Knowledge k = extend(DEFAULTS, "common-words.txt", "- deal\nkharkiv\n");

        assertThat(k.isCommonWord("deal")).isFalse();
        assertThat(k.isCommonWord("kharkiv")).isTrue();
        assertThat(DEFAULTS.isCommonWord("deal")).isTrue();
    }

    @Test
    void removalThenAdditionInOneFileEndsWithTheAddition() throws Exception {
        Knowledge k = extend(DEFAULTS, "actors.txt", "- zelensky\nzelensky | Zelensky again | UA | government\n");

        assertThat(actor(k, "zelensky").name()).isEqualTo("Zelensky again");
    }

    @Test
    void commentsAndBlankLinesAreIgnored() throws Exception {
        Knowledge k = extend(DEFAULTS, "actors.txt",
                "# who is who\n\n   \noleh kiper | Oleh Kiper | UA | local   # the Odesa governor\n");

        assertThat(actor(k, "oleh kiper")).isEqualTo(new Actor("Oleh Kiper", "UA", Role.LOCAL));
    }

    @Test
    void extensionsStack() throws Exception {
        Knowledge k = extend(extend(DEFAULTS, "actors.txt", "kiper | Oleh Kiper | UA | local\n"),
                "triggers.txt", "bombarded heavily | shelling | Shelling/artillery/missile attack\n");

        assertThat(actor(k, "kiper")).isNotNull();
        Trigger t = k.triggers().get(Knowledge.key("bombarded heavily"));
        assertThat(t.kind()).isEqualTo(EventKind.SHELLING);
        assertThat(t.subType()).isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void regionOfNoCountryAndRegionWithinADivision() throws Exception {
        Knowledge k = extend(DEFAULTS, "regions.txt", "the far shoals | Far Shoals | -\n"
                + "the upper valley | Upper Valley | UA | | | Kharkiv\n");

        RegionName shoals = k.regions().get(Knowledge.key("the far shoals"));
        RegionName valley = k.regions().get(Knowledge.key("the upper valley"));
        assertThat(shoals.country()).isNull();
        assertThat(shoals.international()).isTrue();
        assertThat(shoals.lat()).isNull();
        assertThat(valley.country()).isEqualTo("UA");
        assertThat(valley.admin1()).isEqualTo("Kharkiv");
        assertThat(valley.lat()).isNull();
        assertThat(DEFAULTS.regions().get(Knowledge.key("red sea")).international()).isTrue();
        assertThat(DEFAULTS.regions().get(Knowledge.key("southern israel")).admin1()).isEqualTo("Southern District");
    }

    @ParameterizedTest(name = "{0} line {2}")
    @CsvSource(delimiter = ';', value = {
        "actors.txt;     kiper | Oleh Kiper;                                            1; columns",
        "actors.txt;     # comment\\nkiper | Oleh Kiper | UA | general;                2; general",
        "actors.txt;     ok | Ok | UA | local\\n\\n| Nobody | UA | local;              3; no phrase",
        "actors.txt;     rebels | Rebels | XX_opposition | armed_group | after the war;  1; from YYYY-MM-DD",
        "actors.txt;     rebels | Rebels | XX_opposition | armed_group | from 2021-13-01: XX government; 1; no day",
        "triggers.txt;   blew apart | blasting | Shelling/artillery/missile attack;     1; blasting",
        "triggers.txt;   blew apart | explosion | Bombing of things;                    1; Bombing of things",
        "quantities.txt; a handful | five;                                              1; five",
        "regions.txt;    the steppe | Steppe | UA | north;                              1; north",
        "reporting.txt;  mumbled | whispers;                                            1; whispers",
        "reporting.txt;  mumbled | asserts | sideways;                                  1; sideways",
        "weapons.txt;    slingshot | slingshot | catapult;                              1; catapult"
    })
    void badLineNamesFileAndLine(String file, String content, int line, String problem) {
        String text = content.replace("\\n", "\n");

        assertThatThrownBy(() -> extend(DEFAULTS, file, text))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageStartingWith(file + ":" + line + ":")
                .hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"people.txt", "Actors.txt", "../actors.txt", "actors", ""})
    void unknownFileNameIsRejected(String name) {
        assertThatThrownBy(() -> extend(DEFAULTS, name, "kiper | Oleh Kiper | UA | local\n"))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageStartingWith(name + ":")
                .hasMessageContaining("actors.txt");
    }

    @Test
    void keysAreTheFoldedTokensOfAPhrase() {
        assertThat(Knowledge.key("Russia's Defence  Ministry")).containsExactly("russia", "s", "defence", "ministry");
        assertThat(Knowledge.key("Kam\u2019yanske")).containsExactly("kamyanske");
    }

    @Test
    void acronymWrittenInCapitalsKeysOnlyCapitals() {
        assertThat(Knowledge.key("WHO")).containsExactly(PhraseTrie.CASED + "WHO");
        assertThat(Knowledge.key("who")).containsExactly("who");
        assertThat(Knowledge.key("Who")).containsExactly("who");
    }

    @Test
    void capitalisedAcronymInTheLexiconMatchesOnlyCapitalsInText() {
        PhraseTrie.Match<Actor> upper = matchAt0(DEFAULTS.actors(), "WHO said");
        assertThat(upper).isNotNull();
        assertThat(upper.value().name()).isEqualTo("United Nations");
        assertThat(matchAt0(DEFAULTS.actors(), "who said")).isNull();
        assertThat(matchAt0(DEFAULTS.actors(), "Who said")).isNull();
    }

    @Test
    void acronymAddedByAUserIsCasedToo() throws Exception {
        Knowledge k = extend(DEFAULTS, "actors.txt", "SBU | Security Service of Ukraine | UA | official\n");

        assertThat(matchAt0(k.actors(), "SBU said")).isNotNull();
        assertThat(matchAt0(k.actors(), "sbu said")).isNull();
    }

    @Test
    void lowerCaseLexiconPhraseMatchesAnyCase() {
        assertThat(matchAt0(DEFAULTS.actors(), "ZELENSKY said")).isNotNull();
        assertThat(matchAt0(DEFAULTS.actors(), "Zelensky said")).isNotNull();
    }
}
