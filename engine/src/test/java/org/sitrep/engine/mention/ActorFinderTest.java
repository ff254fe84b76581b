package org.sitrep.engine.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.engine.TestPipeline;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.text.Document;

class ActorFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 4);

    private record Found(Document doc, Mentions mentions) {
        List<ActorMention> actors() {
            return mentions.actors();
        }

        String words(ActorMention a) {
            return TestPipeline.span(doc, a.first(), a.end());
        }

        ActorMention only() {
            assertThat(actors()).as("actors in '%s'", doc.text()).hasSize(1);
            return actors().get(0);
        }
    }

    private static Found find(String text) {
        Document doc = TestPipeline.document(text);
        return new Found(doc, TestPipeline.mentions(doc, PUBLISHED));
    }

    @Test
    void anActorTheLexiconSaysTookPowerSpeaksForTheStateInArticlesPublishedAfter() {
        String text = "Headline\nA Taliban spokesman said Pakistani shells hit houses in Spin Boldak.";
        Document doc = TestPipeline.document(text);
        ActorMention before = TestPipeline.mentions(doc, LocalDate.of(2021, 8, 8)).actors().get(0);
        ActorMention after = TestPipeline.mentions(doc, LocalDate.of(2025, 3, 4)).actors().get(0);

        assertThat(before.side()).isEqualTo("AF_opposition");
        assertThat(after.side()).isEqualTo("AF");
        assertThat(after.role()).isEqualTo(Role.GOVERNMENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The Lubero territory administrator said 31 people were killed.; LOCAL",
        "The LGA chairman said five people died.; LOCAL",
        "A civil society coordinator in Bapere said 42 people were killed.; WITNESS",
        "Five people were killed, according to Nasser hospital.; WITNESS",
        "The bodies were taken to a hospital, according to the Al-Aqsa Martyrs Hospital.; WITNESS",
        "Four people were killed, according to the Nasser Medical Complex.; WITNESS",
        "The Ziv Medical Center in Safed says it is treating two people.; WITNESS"})
    void localAdministratorsAndCivilSocietySpeak(String sentence, Role role) {
        assertThat(find("Headline\n" + sentence).actors()).extracting(ActorMention::role).contains(role);
    }

    @Test
    void anOfficeBeforeANameTheLexiconKnowsIsThatPersonWithHisSide() {
        ActorMention a = find("Headline\nPresident Vladimir Putin said the strikes were retaliation.").only();

        assertThat(a.side()).isEqualTo("RU");
        assertThat(a.identity()).isEqualTo("actor:Vladimir Putin");
    }

    @Test
    void aNewsAgencyNamedAfterItsDescriptionSpeaksForItsOwnSide() {
        ActorMention a = find("Headline\nThe Palestinian news agency Wafa said two men were killed.").only();

        assertThat(a.side()).isEqualTo("PS");
    }

    @Test
    void whereAnOfficeIsPostedIsPartOfItsTitleNotItsSide() {
        Found f = find("Headline\nIran's ambassador to the UN said 78 people had been killed.");
        ActorMention a = f.only();

        assertThat(f.words(a)).isEqualTo("Iran's ambassador to the UN");
        assertThat(a.side()).isEqualTo("IR");
    }

    @Test
    void aGroupNamedAsTheAttributeOfAnotherIsNotItsSource() {
        Found linked = find("Headline\nThe al-Qaeda-linked group said it carried out the attack.");
        Found own = find("Headline\nThe Houthi-affiliated health ministry said two people were killed.");

        assertThat(linked.actors()).extracting(ActorMention::identity).doesNotContain("actor:al-Qaeda");
        assertThat(own.actors()).extracting(ActorMention::side).contains("YE_opposition");
    }

    @Test
    void aLocalOfficialAndAResistanceGroupAreSources() {
        Found official = find("Headline\nThirty villagers were killed, a local official said.");
        Found group = find("Headline\nSeventeen people were killed, a local resistance group said.");

        assertThat(official.actors()).extracting(ActorMention::role).contains(Role.LOCAL);
        assertThat(group.actors()).extracting(ActorMention::role).contains(Role.ARMED_GROUP);
    }

    @Test
    void theAirForceIsNotAGroupNamedBeforeForSharingItsLastWord() {
        Found f = find("Headline\nThe People's Defence Force said 11 villagers were killed. A junta spokesman said the "
                + "air force had targeted a training camp.");

        assertThat(f.actors()).filteredOn(a -> f.words(a).equals("air force")).singleElement()
                .satisfies(a -> assertThat(a.role()).isEqualTo(Role.MILITARY));
    }

    @Test
    void aGroupNamedInsideAnotherMentionIsNoPlace() {
        Document doc = TestPipeline.document("Headline\nA spokesman for the Fano said 17 civilians had been killed.");
        boolean[] claimed = new ActorFinder(TestPipeline.KNOWLEDGE).claimedTokens(doc);

        int fano = doc.tokens().stream().filter(t -> t.text().equals("Fano")).findFirst().orElseThrow().index();
        assertThat(claimed[fano]).isTrue();
    }

    @Test
    void anOfficeOfAStateNamedInItsOwnWordsSpeaksForThatState() {
        Found f = find("Headline\nRussian forces attacked 38 times near Pokrovsk, the General Staff of Ukraine's Armed "
                + "Forces said.");

        assertThat(f.actors()).filteredOn(a -> f.words(a).startsWith("General Staff")).singleElement()
                .satisfies(a -> assertThat(a.side()).isEqualTo("UA"));
    }

    @Test
    void aKindOfArmedMenRightAfterANamedGroupAreThatGroupsOwn() {
        Found f = find("Headline\nHamas gunmen killed 40 residents on Saturday.");
        ActorMention a = f.actors().get(0);

        assertThat(f.words(a)).isEqualTo("Hamas gunmen");
        assertThat(a.side()).isEqualTo("PS");
        assertThat(f.actors()).extracting(ActorMention::identity).doesNotContain("actor:armed group");
    }

    @Test
    void aPeoplesNameEndsTheCapitalisedWordsBeforeIt() {
        Found f = find("Headline\nEthnic Armenian officials said artillery struck the town.");

        assertThat(f.actors()).extracting(ActorMention::side).containsExactly("AM");
    }

    @Test
    void aStatesStateRunMediaSpeakForTheState() {
        Found f = find("Headline\nSyria's state-run news agency said the strike killed five people.");

        assertThat(f.actors()).extracting(ActorMention::side).containsExactly("SY");
    }

    @Test
    void aStatesNamedBodyWithItsOfficeAfterItIsOneMentionOfTheBody() {
        Found f = find("Headline\nUkraine's SBU security service said its drones had struck four air bases.");

        assertThat(f.actors()).extracting(ActorMention::side).containsOnly("UA");
        assertThat(f.actors()).hasSize(1);
    }

    @Test
    void americasRegionalCommandsSpeakForTheUnitedStates() {
        Found f = find("Headline\nA strike killed three fighters on Sunday, US Africa Command said.");

        assertThat(f.actors()).extracting(ActorMention::side).containsExactly("US");
    }

    @Test
    void nationWithOfficeIsThatStatesOffice() {
        Found f = find("Headline\nRussia's defence ministry said the depot was destroyed.");
        ActorMention a = f.only();

        assertThat(f.words(a)).isEqualTo("Russia's defence ministry");
        assertThat(a.side()).isEqualTo("RU");
        assertThat(a.role()).isEqualTo(Role.MILITARY);
        assertThat(a.nation()).isFalse();
    }

    @Test
    void aNameWithAnArabicParticleIsWholeAndItsSurnameLaterIsTheSamePerson() {
        Found f = find("Headline\nRaed al-Saleh, head of the White Helmets, told reporters the toll would rise. "
                + "Al-Saleh said that gas was dropped on the town.");

        assertThat(f.actors()).filteredOn(a -> f.words(a).contains("Saleh")).extracting(f::words)
                .containsExactly("Raed al-Saleh", "Al-Saleh");
        assertThat(f.actors()).filteredOn(a -> f.words(a).contains("Saleh")).extracting(ActorMention::identity)
                .containsOnly("person:saleh");
        // the White Helmets work in opposition-held Syria: their side is the opposition's, as the dev gold codes them
        assertThat(f.actors()).filteredOn(a -> f.words(a).contains("Saleh")).extracting(ActorMention::side)
                .containsOnly("SY_opposition");
    }

    @Test
    void theMinistryFarBelowIsStillTheMinistryNamedFirst() {
        Found f = find("Headline\nThe Russian defence ministry said its units took Sokol. Units of the Centre group "
                + "repelled attacks by Ukrainian troops near Avdiivka, the ministry said. Aviation, drones, missile "
                + "troops and artillery struck Ukrainian units, foreign fighters and Ukrainian depots, the ministry "
                + "said. Air defences downed Ukrainian drones, the ministry said. The governor said Ukrainian forces "
                + "shelled Shebekino, and a Ukrainian drone hit a car, he wrote on his Telegram channel. The ministry "
                + "said Ukrainian forces lost many soldiers.");

        assertThat(f.actors()).filteredOn(a -> f.words(a).equals("ministry")).extracting(ActorMention::identity)
                .hasSize(4).containsOnly("RU:defence ministry");
    }

    @Test
    void aGroupWhoseNameEndsInAWordIsNotEveryoneCalledByThatWord() {
        Found f = find("Headline\n\"Our forces have liberated the town,\" the spokesman wrote. Further north, "
                + "fighters of the Allied Democratic Forces (ADF) killed 42 people.");

        assertThat(f.actors()).filteredOn(a -> f.words(a).equals("forces")).singleElement()
                .satisfies(a -> assertThat(a.identity()).isNotEqualTo("actor:Allied Democratic Forces"));
    }

    @Test
    void whatANamedSpokespersonSaidIsNoApposition() {
        Found f = find("Headline\nThe Katsina State Police Command spokesperson, Abubakar Sadiq Aliyu, said the gunmen "
                + "stormed the village at night.");

        assertThat(f.actors()).filteredOn(a -> f.words(a).contains("Aliyu")).singleElement()
                .satisfies(a -> assertThat(a.role()).isNotEqualTo(org.sitrep.engine.knowledge.Role.ARMED_GROUP));
    }

    @Test
    void aSpokespersonForAKnownBodySpeaksForIt() {
        Found f = find("Headline\nA spokesperson for the United Nations said the town was attacked.");

        assertThat(f.actors()).singleElement().satisfies(a -> assertThat(a.side()).isEqualTo("third_party"));
    }

    @Test
    void differentlyWrittenOfficesShareOneIdentity() {
        ActorMention a = find("Headline\nRussia's defence ministry said so.").only();
        ActorMention b = find("Headline\nThe Russian defence ministry said so.").only();

        assertThat(a.identity()).isEqualTo(b.identity());
    }

    @Test
    void demonymWithOfficialsIsThatSide() {
        ActorMention a = find("Headline\nUkrainian officials said the city was shelled.").only();

        assertThat(a.side()).isEqualTo("UA");
        assertThat(a.role()).isEqualTo(Role.OFFICIAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Moscow denied the report.;                        Moscow;  RU",
        "The Kremlin denied the report.;                   Kremlin; RU",
        "Kyiv has repeatedly said it does not do that.;    Kyiv;    UA"
    })
    void capitalThatSpeaksIsItsGovernment(String sentence, String words, String side) {
        Found f = find("Headline\n" + sentence);
        ActorMention a = f.only();

        assertThat(f.words(a)).isEqualTo(words);
        assertThat(a.side()).isEqualTo(side);
        assertThat(a.nation()).isTrue();
        assertThat(a.role()).isEqualTo(Role.GOVERNMENT);
    }

    @Test
    void countryAfterAPrepositionIsNotASpeaker() {
        Found f = find("Headline\nRussian-backed forces in eastern Ukraine claim they have taken the town.");

        int ukraine = f.doc().tokens().stream().filter(t -> t.text().equals("Ukraine")).findFirst().orElseThrow().index();
        assertThat(f.actors()).noneMatch(a -> a.first() <= ukraine && ukraine < a.end());
        assertThat(f.actors()).noneMatch(ActorMention::nation);
        assertThat(f.actors()).extracting(ActorMention::side).containsOnly("RU");
    }

    @Test
    void officialsInACountryAreTheSpeakersNotTheCountry() {
        Found f = find("Headline\nOfficials in Ukraine said two people were killed.");

        assertThat(f.actors()).noneMatch(ActorMention::nation);
        assertThat(f.actors()).extracting(f::words).containsExactly("Officials");
    }

    @Test
    void mayorOfATownHasThatTownAsSeatAndItsSide() {
        Found f = find("Headline\nThe mayor of Sloviansk said two people were killed in Ukraine.");
        ActorMention a = f.only();

        assertThat(f.words(a)).isEqualTo("mayor of Sloviansk");
        assertThat(a.role()).isEqualTo(Role.LOCAL);
        assertThat(a.seat()).isNotNull();
        assertThat(a.seat().geonameid()).isEqualTo(693468L);
        assertThat(a.side()).isEqualTo("UA");
    }

    @Test
    void governorOfARegionHasTheRegionAsSeat() {
        Found f = find("Headline\nThe governor of the Belgorod region said a drone hit a house in Russia.");
        ActorMention a = f.only();

        assertThat(a.seat().key()).isEqualTo("region:RU.09");
        assertThat(a.side()).isEqualTo("RU");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Zelensky said the city was hit.;                      Volodymyr Zelensky;                     UA;          GOVERNMENT",
        "President Zelensky said the city was hit.;            Volodymyr Zelensky;                     UA;          GOVERNMENT",
        "Peskov told reporters nothing.;                       Dmitry Peskov;                          RU;          GOVERNMENT",
        "The IDF said it struck targets.;                      Israel Defense Forces;                  IL;          MILITARY",
        "The Israeli military said it struck targets.;         Israel Defense Forces;                  IL;          MILITARY",
        "Separatist authorities said the town was taken.;      Russian-backed separatist authorities;  RU;          ARMED_GROUP",
        "The WHO said the hospital was hit.;                   United Nations;                         third_party; MONITOR",
        "Reuters could not verify the report.;                 news media;                             media;       MEDIA"
    })
    void lexiconActorsCarryTheirSideAndRole(String sentence, String name, String side, Role role) {
        ActorMention a = find("Headline\n" + sentence).only();

        assertThat(a.name()).isEqualTo(name);
        assertThat(a.side()).isEqualTo(side);
        assertThat(a.role()).isEqualTo(role);
    }

    @Test
    void lowerCaseWhoIsNoActor() {
        Found f = find("Headline\nDoctors who treated the wounded said so.");

        assertThat(f.actors()).extracting(ActorMention::name).doesNotContain("United Nations");
        assertThat(f.actors()).extracting(f::words).containsExactly("Doctors");
        assertThat(f.actors().get(0).side()).isEqualTo("third_party");
    }

    @Test
    void aRefugeeCampIsAPlaceNotSomeoneSpeaking() {
        Found f = find("Headline\nTroops entered the Bakhmut refugee camp on Saturday.");

        assertThat(f.actors()).extracting(f::words).containsExactly("Troops");
    }

    @Test
    void unIsTheUnitedNations() {
        assertThat(find("Headline\nThe UN said the hospital was hit.").only().name()).isEqualTo("United Nations");
        assertThat(find("Headline\nThe U.N. said the hospital was hit.").only().name()).isEqualTo("United Nations");
    }

    @Test
    void personWithAnOfficeInAppositionTakesItsSide() {
        Found f = find("Headline\nPetro Kovalenko, a spokesman for the Ukrainian army, said the town was hit.");

        assertThat(f.actors()).first().satisfies(a -> {
            assertThat(f.words(a)).isEqualTo("Petro Kovalenko");
            assertThat(a.side()).isEqualTo("UA");
        });
    }

    @Test
    void placeNamesAreNotPeople() {
        Found f = find("Headline\nShells hit Kharkiv and Sloviansk in Ukraine on Sunday.");

        assertThat(f.actors()).isEmpty();
    }
}
