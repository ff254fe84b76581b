package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;

/**
 * Reading rules that hold in any war, not only the one the first lexicons were written for: armed men's
 * violence, tolls told in groups, ages and ranges, war-long tolls, downed aircraft, sides of groups that
 * fight in many countries, one source under many names. Each on a short text written for the test.
 */
class ReadingBeyondOneWarTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 4); // a Friday

    private static List<Event> events(String text) {
        return TestPipeline.extract("rb", PUBLISHED, text).events();
    }

    @Test
    void aSentenceOpenedByAnUnknownNameAndItsDeadTellsOfOneMoreRaidInAStoryOfRaids() {
        List<Event> e = events("Raids\nGunmen attacked villages near Sloviansk on Thursday, killing 20 people, a local"
                + " official said. In Ndun, 18 people were killed and dozens of houses burnt on Friday.");

        assertThat(e).filteredOn(ev -> ev.place().name().equals("Ndun")).singleElement()
                .satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(18));
    }

    @Test
    void onePersonKilledIsOneWhateverTheWordsForThem() {
        assertThat(events("Strike\nA drone struck a car in Sloviansk on Thursday, killing its driver, police said."))
                .singleElement().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(1));
        assertThat(events("Strike\nA drone struck a market in Sloviansk on Thursday, killing a street vendor, police said."))
                .singleElement().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(1));
        assertThat(events("Shelling\nShells hit a house in Sloviansk on Thursday. 45-year-old Olena Petrenko was killed,"
                + " police said.")).singleElement().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(1));
        assertThat(events("Strike\nA missile hit a car in Sloviansk on Thursday, killing all three people inside, police"
                + " said.")).singleElement().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(3));
    }

    @Test
    void eachVoiceGivesItsLatestFigureAndTheLowestOfThemIsTheToll() {
        List<Event> e = events("Drone attack\nDrones struck a military academy in Sloviansk on Thursday during a graduation"
                + " ceremony, the Syrian Observatory for Human Rights said. The health ministry first said more than 60"
                + " people had been killed. Hours later the health minister said the toll had risen to 89. The Observatory"
                + " said 123 people were killed.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.fatalities().low()).isEqualTo(89);
            assertThat(ev.fatalities().high()).isEqualTo(123);
            assertThat(ev.claims()).extracting(Claim::by).contains("Syrian Observatory for Human Rights");
        });
    }

    @Test
    void armedMenKillingVillagersIsAnAttackOnCivilians() {
        List<Event> e = events("Massacre\nGunmen killed at least 20 villagers in Sloviansk on Thursday, a local official said.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.ATTACK);
            assertThat(ev.fatalities().low()).isEqualTo(20);
            assertThat(ev.date()).isEqualTo(LocalDate.of(2024, 10, 3));
        });
    }

    @Test
    void policeWhoOnlySpeakDoNotMakeARaidABattle() {
        List<Event> told = events("Raid\nGunmen stormed Sloviansk on Thursday, killing 12, a police spokesman, Ivan Petrenko, said.");
        List<Event> fought = events("Raid\nGunmen stormed a police post in Sloviansk on Thursday, killing 12, officials said.");

        assertThat(told).singleElement().satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.ATTACK));
        assertThat(fought).singleElement().satisfies(ev -> assertThat(ev.eventType()).isEqualTo(AcledEventType.BATTLES));
    }

    @Test
    void anAttackOnABaseWithRiflesAndExplosivesIsABattle() {
        List<Event> e = events("Raid\nRebels used explosives and rifles in an attack on an army base in Sloviansk on Thursday,"
                + " the army said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void aStateThatBlamesAnotherInTheHeadlineIsAPartyThoughItsNamedOfficialsTellTheBody() {
        List<Event> e = events("Blast damages bridge in Sloviansk, Russia blames Ukraine\nTwo people were killed when an"
                + " explosion damaged the bridge in Sloviansk early on Thursday, Russian officials said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side).containsExactly("RU"));
    }

    @Test
    void aVerbWithItsOwnPlaceAfterItLeavesThePlaceOfTheClauseBefore() {
        List<Event> e = events("Advance\nRussian forces captured Lysychansk, a key town, on Thursday, a day after seizing the"
                + " nearby city of Sievierodonetsk, officials said.");

        assertThat(e).extracting(ev -> ev.place().name(), Event::date).containsExactlyInAnyOrder(
                tuple("Lysychansk", LocalDate.of(2024, 10, 3)), tuple("Sievierodonetsk", LocalDate.of(2024, 10, 2)));
    }

    @Test
    void aSuicideBomberIsNoAircraftAndTheAttackHeCarriedOutStaysASuicideBombing() {
        List<Event> e = events("Bombing\nA suicide bomber rammed an explosives-laden car into a police van in Sloviansk on"
                + " Thursday, killing five police officers, officials said. The attack took place near a checkpoint in"
                + " Sloviansk.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.SUICIDE_BOMB));
    }

    @Test
    void aStrikeInATownOfItsOwnWithinAWaveIsAnEventOfItsOwn() {
        List<Event> e = events("Strikes\nRussian air strikes killed at least 40 people across the Donetsk region on Thursday,"
                + " officials said, including 17 in a strike on a school used as a shelter in Kramatorsk.");

        assertThat(e).extracting(ev -> ev.place().name()).contains("Kramatorsk");
    }

    @Test
    void aBareStrikeIsOfTheOneKindOfStrikeTheStoryTells() {
        List<Event> e = events("Strikes\nRussian air strikes hit the Kharkiv region on Thursday, officials said. In Sloviansk, a"
                + " strike on a house killed six people, medics said.");

        assertThat(e).filteredOn(ev -> ev.place().name().equals("Sloviansk")).singleElement()
                .satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void aPlaceThatDescribesASpeakerIsNoScene() {
        List<Event> e = events("Raid\nGunmen attacked an army post in Sloviansk on Thursday, killing 14 soldiers, the army said."
                + " JNIM, the armed group active in Kharkiv, claimed the attack and said it had killed 30 soldiers.");

        assertThat(e).extracting(ev -> ev.place().name()).containsExactly("Sloviansk");
    }

    @Test
    void theAttackerNamingMercenariesAndPersonnelAsItsTargetDisputes() {
        List<Event> e = events("Strike\nRussian missiles struck Kramatorsk late on Thursday, killing 11 people, Ukraine's emergency"
                + " service said. Russia's defence ministry said it had struck places where Ukrainian military personnel and"
                + " foreign mercenaries were deployed.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.DISPUTES)));
    }

    @Test
    void theAttackerNamingAGatheringOfInstructorsAsItsTargetDisputes() {
        List<Event> e = events("Strike\nA Russian missile struck a residential district of Kramatorsk on Thursday, killing 9"
                + " people, the governor said. Russia's defence ministry said it had hit a gathering of Ukrainian officers and"
                + " foreign instructors in Kramatorsk.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.DISPUTES)));
    }

    @Test
    void aRegionalGovernorSpeaksOfTheEventsInHisOwnRegion() {
        List<Event> e = events("Drones\nRussia's defence ministry said on Sunday that its air defences had downed 20 drones"
                + " over the Rostov region and 11 over the Belgorod region. Belgorod Governor Vyacheslav Gladkov said there"
                + " were no casualties in his region.");

        assertThat(e).filteredOn(ev -> ev.place().admin1().equals("Rostov")).singleElement()
                .satisfies(ev -> assertThat(ev.claims()).extracting(Claim::by).noneMatch(b -> b.contains("Gladkov")));
        assertThat(e).filteredOn(ev -> ev.place().admin1().startsWith("Belgorod")).singleElement()
                .satisfies(ev -> assertThat(ev.claims()).extracting(Claim::by).anyMatch(b -> b.contains("Gladkov")));
    }

    @Test
    void aListThatGoesOnFromAStatementIsItsSourcesToo() {
        List<Event> e = events("Drones\nRussian air defences shot down 30 Ukrainian drones overnight, the defence ministry"
                + " said. Of the drones, 19 were downed over the Rostov region and 11 over the Belgorod region.");

        assertThat(e).hasSize(2).allSatisfy(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.ASSERTS)));
    }

    @Test
    void aRegionalGovernorsZeroIsHisOwnRegionsToll() {
        List<Event> e = events("Drones\nRussia's defence ministry said on Sunday that its air defences had downed 20 drones"
                + " over the Rostov region and 11 over the Belgorod region. Belgorod Governor Vyacheslav Gladkov said there"
                + " were no casualties.");

        assertThat(e).filteredOn(ev -> ev.place().admin1().equals("Rostov")).singleElement()
                .satisfies(ev -> assertThat(ev.fatalities()).isNull());
        assertThat(e).filteredOn(ev -> ev.place().admin1().startsWith("Belgorod")).singleElement()
                .satisfies(ev -> assertThat(ev.fatalities().low()).isZero());
    }

    @Test
    void aMilitaryTargetAUserAddsToTheLexiconMakesTheAttackersClaimADispute() throws Exception {
        String text = "Strike\nA Russian missile struck a residential district of Kramatorsk on Thursday, killing 9 people,"
                + " the governor said. Russia's defence ministry said it had hit a drone workshop in Kramatorsk.";
        org.sitrep.engine.knowledge.Knowledge k = TestPipeline.KNOWLEDGE.extendedWith("claim-signals.txt",
                new java.io.StringReader("drone workshop | military_target\n"));
        org.sitrep.model.Article article = new org.sitrep.model.Article("rb", null, null, PUBLISHED, text);

        List<Event> before = TestPipeline.ENGINE.extract(article).events();
        List<Event> after = new Engine(SmallGazetteer.get(), k).extract(article).events();

        assertThat(before).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.ASSERTS)));
        assertThat(after).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.DISPUTES)));
    }

    @Test
    void aGeneralDenialOfAtrocitiesIsNoClaimAboutTheIncident() {
        List<Event> e = events("Grave\nUkrainian authorities said on Thursday they had found a mass grave near Lysychansk, a"
                + " town recaptured from Russian forces last week. Most of the bodies were of civilians, officials said."
                + " Russia has denied committing atrocities in Ukraine.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side).doesNotContain("RU"));
    }

    @Test
    void airDefencesThatRepelADroneAttackDisruptItAndItIsOneIncident() {
        List<Event> e = events("Drones\nRussia said its air defences repelled a Ukrainian drone attack on Belgorod overnight.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.subEventType())
                .isEqualTo(AcledSubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void forcesThatRepelAnAttackOnTheGroundFight() {
        List<Event> e = events("Fighting\nUkrainian troops repelled a Russian assault near Bakhmut on Thursday, the army said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void aSideThatIsFightingSomeoneInARelativeClauseIsNoBattle() {
        List<Event> e = events("Strike\nA drone strike on a market in Sloviansk killed 26 people on Thursday, residents said. The"
                + " government, which is fighting the rebels in the region, did not comment.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void aHeadlineTollOfAStoryOfSeveralTownsIsNoOneTownsWhereATownHasItsOwn() {
        List<Event> e = events("Russian air attack kills 30\nRussia fired missiles at Ukraine overnight, officials said. In Kharkiv,"
                + " nine people were killed when a missile hit a warehouse, the mayor said. In Sloviansk, a missile strike on a"
                + " shop killed six people, the governor said.");

        assertThat(e).filteredOn(ev -> ev.place().name().equals("Kharkiv")).singleElement()
                .satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(9));
    }

    @Test
    void aDenialInThePastThatBlamesAnAntiAircraftMissileIsAboutTheIncident() {
        List<Event> e = events("Strike\nA Russian missile struck a children's hospital in Kharkiv on Monday, killing two people,"
                + " Ukrainian officials said. Russia's defence ministry denied targeting civilian sites and said the damage was"
                + " caused by a Ukrainian anti-aircraft missile.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.DISPUTES)));
    }

    @Test
    void anInterceptionIsNotInTheSkyOfACountryAnotherClauseStrikes() {
        List<Event> e = events("Drones\nUkraine's military said on Thursday its air defences intercepted most of the drones and"
                + " that it had retaliated by striking military targets in Russia.");

        assertThat(e).noneSatisfy(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void aLineTheFireCrossedIsNoSceneBesideTheTownItLandedIn() {
        List<Event> e = events("Shelling\nTroops fired artillery shells across the Line of Control overnight, killing a woman and"
                + " wounding two men in the northern sector of Sloviansk, the army said on Thursday.");

        assertThat(e).extracting(ev -> ev.place().name()).containsExactly("Sloviansk");
    }

    @Test
    void theSideThatWithdrawsIsNotWhoTookTheTown() {
        List<Event> e = events("Withdrawal\nUkraine's army chief said on Thursday he had ordered troops to withdraw from"
                + " Lysychansk to avoid encirclement.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(ev.attacker()).isNotEqualTo("UA");
        });
    }

    @Test
    void armedMenAttackingSoldiersIsABattle() {
        List<Event> e = events("Raid\nMilitants stormed an army post in Sloviansk on Thursday, killing three soldiers, the army said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.eventType()).isEqualTo(AcledEventType.BATTLES));
    }

    @Test
    void aKillingWithoutAnyoneArmedIsNoIncident() {
        assertThat(events("Crash\nThree people were killed in Sloviansk on Thursday, officials said.")).isEmpty();
    }

    @Test
    void tollsOfGroupsJoinedByAndAddUp() {
        List<Event> e = events("Strike\nRussian missiles struck Kharkiv on Thursday. Twelve adults and two children were killed,"
                + " the governor said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(14));
    }

    @Test
    void anAgeIsNotAToll() {
        List<Event> e = events("Strike\nA shell fired by a tank struck Kharkiv on Thursday and killed the 37-year-old"
                + " local photographer, officials said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(1));
    }

    @Test
    void aRangeGivesBothBounds() {
        List<Event> e = events("Strike\nMissiles struck Kharkiv on Thursday; around 25-30 fighters were killed, officials said.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.fatalities().low()).isEqualTo(25);
            assertThat(ev.fatalities().high()).isEqualTo(30);
        });
    }

    @Test
    void aWarLongTollIsNoIncident() {
        assertThat(events("Toll\nThe offensive has killed more than 40,000 people in Kharkiv, according to the ministry."))
                .isEmpty();
    }

    @Test
    void anAircraftDownedByADroneIsADroneStrike() {
        List<Event> e = events("Downing\nA police helicopter was shot down by a drone near Kharkiv on Thursday, killing"
                + " eight officers, the governor said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void aFirstLineThatEndsWithAFullStopIsTheStoryNotAHeadline() {
        List<Event> e = events("Russian missiles struck Kharkiv on Thursday, killing two people, the governor said.\n"
                + "Rescuers searched the rubble through the night.");

        assertThat(e).hasSize(1);
    }

    @Test
    void verificationThatNobodyCouldMakeIsNoConfirmation() {
        List<Event> e = events("Strike\nRussian missiles struck Kharkiv on Thursday, the governor said."
                + " Neither side's account could be independently verified.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.verification()).isEqualTo(Verification.UNVERIFIED));
    }

    @Test
    void aGroupThatFightsInManyCountriesTakesTheSideOfTheCountryItFightsIn() {
        List<Event> e = events("Attack\nIslamic State militants attacked Sloviansk on Thursday, killing four soldiers,"
                + " and the Islamic State said it carried out the attack.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side).contains("UA_opposition"));
    }

    @Test
    void oneSourceUnderManyNamesIsOneClaim() {
        List<Event> e = events("Strike\nBelgorod governor Vyacheslav Gladkov said a drone struck Belgorod on Thursday,"
                + " wounding two people. Gladkov said the drone hit a house. The governor said rescuers were at the scene.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .containsExactly(tuple("RU", Stance.ASSERTS)));
    }

    @Test
    void aCapitalStruckOrOpeningTheSentenceAfterInIsTheCity() {
        assertThat(events("Strike\nMissiles hit Kyiv on Thursday, killing two people, the mayor said."))
                .singleElement().satisfies(ev -> assertThat(ev.place().name()).isEqualTo("Kyiv"));
        assertThat(events("Strike\nIn Kyiv, missiles hit the city centre on Thursday, killing two people, the mayor said."))
                .singleElement().satisfies(ev -> assertThat(ev.place().name()).isEqualTo("Kyiv"));
    }

    @Test
    void aCapitalsCompassPartIsTheCityNotItsGovernment() {
        assertThat(events("Strike\nOvernight, Russian jets carried out 30 strikes on Kyiv's southern suburbs, the mayor said."))
                .singleElement().satisfies(ev -> assertThat(ev.place().name()).isEqualTo("Kyiv"));
    }

    @Test
    void aTollRightAfterAStoryIsThatStorysNotTheNextOnes() {
        List<Event> e = events("Strikes\nIn Kharkiv, missiles hit the city centre on Thursday, the mayor said. Five people were"
                + " killed. Explosions were also reported in Sloviansk.");

        assertThat(e).extracting(ev -> ev.place().name(), ev -> ev.fatalities() == null ? null : ev.fatalities().low())
                .containsExactlyInAnyOrder(tuple("Kharkiv", 5), tuple("Sloviansk", null));
    }

    @Test
    void aTollOverCitiesIsNoOneCitysWhenTheCityHasItsOwn() {
        List<Event> e = events("Strikes\nRussia fired missiles at cities across Ukraine on Thursday, killing at least 11"
                + " people. In Kharkiv, missiles hit the city centre, killing five people, the mayor said.");

        assertThat(e).filteredOn(ev -> ev.place().name().equals("Kharkiv")).singleElement()
                .satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(5));
    }

    @Test
    void theAttackersMilitaryTargetIsReadThoughItTookStepsToSpareCivilians() {
        List<Event> e = events("Strike\nA Russian air strike on a school in Kharkiv killed 12 people on Thursday, the governor"
                + " said.\nThe Russian military said its jets struck a command post inside the school and that it had taken"
                + " steps to reduce the risk to civilians.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.DISPUTES)));
    }

    @Test
    void officialsInTheHeadlineAreTheNamedSourceOfTheirSideInTheBody() {
        List<Event> e = events("Strike on Kharkiv school kills 12, Ukrainian officials say\nA Russian air strike on a school in"
                + " Kharkiv killed 12 people on Thursday, regional governor Oleh Syniehubov said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .containsExactly(tuple("UA", Stance.ASSERTS)));
    }

    @Test
    void anOfficeNamedByItsKindInTheHeadlineIsTheNamedSourceOfItsSideInTheBody() {
        List<Event> e = events("Strike on Kharkiv school kills 12, Ukrainian ministry says\nA Russian air strike on a school in"
                + " Kharkiv killed 12 people on Thursday, regional governor Oleh Syniehubov said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .containsExactly(tuple("UA", Stance.ASSERTS)));
    }

    @Test
    void aPronounSubjectIsWhoSpokeFirstInTheSentenceNotTheNearestName() {
        List<Event> e = events("Strike\nRussia's defence ministry admitted on Friday that its drone strike in Kharkiv on Thursday"
                + " killed 10 civilians and not Ukrainian soldiers as it had said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side).containsOnly("RU"));
    }

    @Test
    void aStatementThatNamesTheAttackSpeaksOfItWhateverElseItTells() {
        List<Event> e = events("Raid\nGunmen attacked a displacement camp in Sloviansk on Thursday, killing 40 people, an aid"
                + " group said. The army said its forces had repelled the attack.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side).contains("UA"));
    }

    @Test
    void aGroupDescribedAndThenNamedIsOneSource() {
        List<Event> e = events("Strike\nJets bombed a village near Myawaddy on Thursday, killing three civilians, a rebel"
                + " group said. The Karen National Union said the jets hit the village school.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .containsExactly(tuple("MM_opposition", Stance.ASSERTS)));
    }

    @Test
    void aGroupNamedTwiceIsStillTheOneGroupADescriptionMeans() {
        List<Event> e = events("Raid\nGunmen stormed a hotel in Sloviansk on Thursday, killing nine people, a rebel group"
                + " said. Al-Shabaab said its fighters had stormed the hotel. Al-Shabaab added that the siege had ended.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).hasSize(1));
    }

    @Test
    void aDescribedGroupIsNoNamedGroupWhenTheTextNamesTwo() {
        List<Event> e = events("Strike\nJets bombed a village near Myawaddy on Thursday, killing three civilians, a rebel"
                + " group said. The Karen National Union said the jets hit the village school, and the Arakan Army said"
                + " its fighters saw the jets.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).hasSize(3));
    }

    @Test
    void anOutletThatOnlyPassesOnAnothersWordsIsNoSource() {
        List<Event> relayed = events("Strike\nRussian missiles struck Kharkiv on Thursday, killing two people, Reuters quoted"
                + " the governor as saying.");
        List<Event> own = events("Strike\nRussian missiles struck Kharkiv on Thursday, killing two people, according to Reuters.");

        assertThat(relayed).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side)
                .containsExactly("UA"));
        assertThat(own).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side)
                .containsExactly("media"));
    }
}
