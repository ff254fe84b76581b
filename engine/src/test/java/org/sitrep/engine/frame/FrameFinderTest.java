package org.sitrep.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.engine.TestPipeline;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;

/** Frames as they come out of the engine: which sentences open events, of what kind, where and when. */
class FrameFinderTest {

    /** A Monday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 4);

    private static List<Event> events(String text) {
        return TestPipeline.extract("ff", PUBLISHED, text).events();
    }

    /** The frames the rules of reading admit. */
    private static List<Frame> frames(String text) {
        return candidates(text).stream().filter(EventScorer.rules()::admits).toList();
    }

    /** Every candidate frame, admitted or not. */
    private static List<Frame> candidates(String text) {
        Document doc = TestPipeline.document(text);
        Mentions m = TestPipeline.mentions(doc, PUBLISHED);
        return new FrameFinder(org.sitrep.engine.knowledge.Knowledge.defaults()).find(doc, m, PUBLISHED);
    }

    @Test
    void theOutskirtsOfNamesMakeThemSettlements() {
        List<Event> events = events("Shelling\n"
                + "Russian artillery shelled the outskirts of Velyka Novosilka and Staromaiorske in the Donetsk region on "
                + "Sunday, with no casualties reported, the governor said.");

        assertThat(events).extracting(e -> e.place().name()).contains("Velyka Novosilka", "Staromaiorske");
    }

    @Test
    void thisCityIsTheDatelinesCityAndTheProvinceAfterItBelongsToTheDateline() {
        List<Event> events = events("Clash in the hills\n"
                + "KRAMATORSK CITY, Donetsk Oblast - Two soldiers were killed in a firefight with gunmen in a hinterland "
                + "village of this city late Saturday, the military said.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kramatorsk");
    }

    @Test
    void theAttackNamedAgainToSayWhenItCameIsNoEventAtAnotherStorysPlace() {
        List<Event> events = events("Drones hit Kharkiv\n"
                + "Russian drones struck Kharkiv on Sunday, killing two people, the governor said. "
                + "The attack came two days before Russia's Victory Day parade in Moscow, which foreign leaders are "
                + "expected to attend.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kharkiv");
    }

    @Test
    void theSeatOfABodyRightBeforeItsVerbIsNoScene() {
        List<Event> events = events("Battery hit\n"
                + "The General Staff in Kyiv also said Ukrainian forces had struck a Russian air defence battery near "
                + "Donetsk late on Sunday.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Donetsk");
    }

    @Test
    void whereTheAttackersFledTowardIsNoSceneNorTheAreaNamedAfter() {
        List<Event> events = events("Bar attack\n"
                + "Gunmen burst into a bar in Kramatorsk on Sunday, opening fire and killing eight people, police said. "
                + "The attackers arrived in two cars and fired for about a minute before fleeing toward the neighbouring "
                + "province of Donetsk. The police commander for the area said the killings were linked to a gang dispute.");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.place().name()).isEqualTo("Kramatorsk"));
    }

    @Test
    void groundDescribedAsSeizedBeforeIsNoCaptureToday() {
        List<Event> events = events("Villages retaken\n"
                + "Russia's Defense Ministry said on Sunday that its troops had recaptured the villages of Darino and "
                + "Nikolayevo in the Belgorod region, part of the Russian territory seized by Ukrainian forces in May.");

        assertThat(events).isNotEmpty().noneMatch(e ->
                e.subEventType() == org.sitrep.model.AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }

    @Test
    void aCommunityAMinistrySaysItsTroopsTookIsAVillageOfItsOwn() {
        List<Event> events = events("Ministry update\n"
                + "On Sunday, the Defense Ministry said Russian troops had liberated the community of Novoolenovka in the "
                + "Donetsk region and struck a temporary deployment point of Ukrainian forces near Sloviansk.");

        assertThat(events).filteredOn(e -> e.kind() == org.sitrep.model.EventKind.TERRITORIAL_CONTROL)
                .extracting(e -> e.place().name()).containsExactly("Novoolenovka");
    }

    @Test
    void aDatelineThatNamesTheCountryAndBracketsTheDateDatesNoAct() {
        List<Event> events = events("Strike on Kharkiv\n"
                + "PORT-AU-PRINCE, Haiti (July 4, 2022) \u2014 Gang members stormed the town of Kramatorsk, east of the "
                + "capital, before dawn Saturday, shooting residents, officials said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 2)));
    }

    @Test
    void aVillageInTheCommuneOfATownIsTheSceneAndTheTownsMayorTellsItsToll() {
        List<Event> events = events("Gangs attack village\n"
                + "Gang members stormed the mountain village of Furcy, in the commune of Kramatorsk, before dawn Saturday, "
                + "shooting residents and setting homes on fire. Kramatorsk Mayor Oleksandr Honcharenko said at least 15 "
                + "people were killed.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Furcy");
            assertThat(e.fatalities().low()).isEqualTo(15);
        });
    }

    @Test
    void villagesListedWithAKnownTownAfterNearArePlacesOfTheFightingToo() {
        List<Event> events = events("General Staff update\n"
                + "In the Lyman sector, Ukrainian defenders repelled 11 assaults near Sloviansk, Torske and Yampolivka on Sunday.");

        assertThat(events).extracting(e -> e.place().name()).contains("Sloviansk", "Torske", "Yampolivka");
    }

    @Test
    void aNameNearWhichFightingWasThatTheTextPutsInADistrictIsAPlaceAndWhoAskedForTroopsIsNone() {
        List<Event> events = events("Clash in the north\n"
                + "Foreign troops, deployed to the province at the request of Kyiv, clashed with insurgents near Mucojo, "
                + "in Macomia district, on Sunday, killing 11 of them, the army said.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Mucojo");
    }

    @Test
    void aNameAfterNearThatNoClosedListJoinsToATownIsNoPlace() {
        List<Event> events = events("General Staff update\n"
                + "Ukrainian defenders repelled 11 assaults near Sloviansk, Syrskyi said on Sunday.");

        assertThat(events).extracting(e -> e.place().name()).doesNotContain("Syrskyi");
    }

    @Test
    void theEnemyAttackingNearAVillageIsAGroundAssault() {
        List<Event> events = events("General Staff update\n"
                + "In the Kupiansk sector, the enemy attacked five times near Sloviansk on Sunday. All attacks were repelled.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void aWithdrawalParticipleThatDescribesTheTargetIsNoWithdrawal() {
        List<Event> events = events("Drone strike\nThe general staff said air force drones struck the retreating column "
                + "near Kharkiv in Ukraine on Sunday, killing dozens of fighters.");

        assertThat(events).extracting(Event::subEventType).containsOnly(AcledSubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void strikeWithACasualtyVerbIsDatedByItsWeekday() {
        List<Event> events = events("Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing at least 21 people, Ukrainian officials said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.MISSILE_STRIKE);
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
            assertThat(e.place().geonameid()).isEqualTo(706483L);
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3));
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(e.fatalities().low()).isEqualTo(21);
            assertThat(e.fatalities().high()).isNull();
            assertThat(e.weapons()).containsExactly("missile");
        });
    }

    @Test
    void aWeaponOfAnotherClauseNeitherTypesNorArmsTheAttack() {
        List<Event> events = events("Workers sought refuge in a hotel after insurgents attacked the town of Palma in "
                + "Mozambique on Saturday, and most were still there after the helicopter evacuation plan was aborted.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isNotEqualTo(AcledSubEventType.AIR_DRONE_STRIKE);
            assertThat(e.weapons()).isEmpty();
        });
    }

    @Test
    void aDateAfterSinceIsWhenSomethingElseBeganAndTheIncidentNamedLaterDatesTheStrike() {
        List<Event> events = events("At least 30 people died when the army shelled a market in Kharkiv during the worst "
                + "week since the outbreak of war in February. Most of the victims of the attack at the market on Friday "
                + "were children, witnesses said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 1));
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        });
    }

    @Test
    void aPlaceThatPlacesAnotherIsNoSceneAndTheDayItWasToldIsNotTheDayItHappened() {
        List<Event> events = events("At least five civilians were killed in shelling of a market in Sloviansk, north of "
                + "Donetsk, according to the regional governor on Wednesday. The attack happened on Tuesday morning.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Sloviansk");
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 6, 28));
        });
    }

    @Test
    void anAttackIsTypedByTheActTheNextSentenceTellsWhereThatNamesNoOtherPlace() {
        List<Event> events = events("At least six people were killed on Sunday in an attack by militants at the mayor's "
                + "office in central Kharkiv, police said. A suicide bomber set off a huge blast near the office complex, "
                + "a police spokesman said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.SUICIDE_BOMB);
            assertThat(e.place().name()).isEqualTo("Kharkiv");
            assertThat(e.claims()).isNotEmpty();
        });
    }

    @Test
    void theTollIsReadOnPastSentencesThatTellMoreOfTheSameAct() {
        List<Event> events = events("At least six people were killed on Sunday in an attack by militants at the mayor's "
                + "office in central Kharkiv, police said. A suicide bomber set off a huge blast near the office complex, "
                + "a police spokesman said. \"All the six attackers died,\" he said. \"Six civilians also died during the "
                + "attack.\"");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(12));
    }

    @Test
    void aTollOverSeveralTownsIsNotOneTownsWhereThatTownsOwnIsTold() {
        List<Event> events = events("Missile strikes killed at least 31 civilians in Sloviansk and Kramatorsk on Sunday. "
                + "In Sloviansk, officials said 13 civilians were killed in the missile strike on a mosque.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Sloviansk")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(13));
    }

    @Test
    void ofTwoIncidentsInOneSentenceEachTakesTheTollNearestItsTrigger() {
        List<Event> events = events("Ukrainian forces say they launched a drone strike on Sunday that destroyed a car "
                + "heading for Kharkiv's airport, where a terrorist attack killed more than 180 people on Thursday.");

        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.date().equals(LocalDate.of(2022, 7, 3))).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isNull());
        assertThat(events).filteredOn(e -> e.date().equals(LocalDate.of(2022, 6, 30))).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(181));
    }

    @Test
    void anEpisodeRecalledEarlierThisMonthIsAnIncidentOfItsOwn() {
        List<Event> events = events("A missile hit a school in Kharkiv on Sunday, killing seven people, officials said. "
                + "Earlier this month, the military had struck another school in Kharkiv, killing 93 people.");

        assertThat(events).extracting(e -> e.date(), e -> e.fatalities().low()).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple(LocalDate.of(2022, 7, 3), 7),
                org.assertj.core.api.Assertions.tuple(LocalDate.of(2022, 7, 1), 93));
    }

    @Test
    void aTriggerTakesThePlacesNearItNotOneToldFarOffInAnotherClause() {
        List<Event> events = events("The governor said the attack on Sunday targeted fuel depots and a power plant in "
                + "Sloviansk to pressure the government to stop supporting the people who live under constant attack in "
                + "Kharkiv.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Sloviansk");
    }

    @Test
    void twoCapturesFarApartInOneSentenceAreTwoActs() {
        List<Event> events = events("On Friday Russian forces seized Sloviansk in Ukraine, and followed it up a day later "
                + "by taking Kramatorsk.");

        assertThat(events).extracting(e -> e.place().name()).containsExactlyInAnyOrder("Sloviansk", "Kramatorsk");
    }

    @Test
    void aTownThatPlacesAVillageAndATownWhoseMayorSpeaksAreNoScenes() {
        List<Event> events = events("The attack in Tani village to the south of Sloviansk town came after a patrol was "
                + "fired at, Sloviansk's mayor told reporters.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Tani"));
    }

    @Test
    void aNegatedControlNoOneIsSaidToClaimDescribesAndDeniesNothing() {
        assertThat(events("Aid agencies fear for Sloviansk, the last major city in the region not under the control "
                + "of Russian forces.")).isEmpty();
        assertThat(events("Ukraine's defence ministry said on Sunday that Sloviansk was not under the control of "
                + "Russian forces.")).isNotEmpty();
    }

    @Test
    void noGroundIsTakenOrLostInAnAreaOfNoOneState() {
        assertThat(events("A French military withdrawal from the Sahel has heightened concerns over the conflicts "
                + "spreading southward, officials said on Sunday.")).isEmpty();
        assertThat(candidates("A French military withdrawal from the Sahel has heightened concerns."))
                .allMatch(f -> f.has(Cue.NO_TERRITORY));
    }

    @Test
    void interceptionsOverAWholeCountryHappenInItsSky() {
        List<Event> events = events("Ukraine's air defence units intercepted and destroyed 43 drones out of 55 launched "
                + "by Russia overnight targeting northern and central areas of Ukraine, the air force said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.DISRUPTED_WEAPONS_USE);
            assertThat(e.place().country()).isEqualTo("UA");
            assertThat(e.place().precision()).isEqualTo(org.sitrep.model.Precision.COUNTRY);
        });
    }

    @Test
    void thePlaceAVillageNamedByANounLiesInIsNoScene() {
        List<Event> events = events("A damaged church is seen in Hroza village after Ukrainian forces took control of the "
                + "village in Kharkiv on Friday.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Hroza");
    }

    @Test
    void wherePeopleFledToIsNoScene() {
        List<Event> events = events("Dozens of people were killed in a militant raid on Sloviansk on Sunday that forced "
                + "thousands of survivors to flee to safety in the city of Kramatorsk.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Sloviansk"));
    }

    @Test
    void aDateAcrossAfterBoundsTheActItDoesNotDateIt() {
        List<Event> events = events("The president on Monday ordered an inquiry after the army acknowledged that one of "
                + "its drones struck the village of Mucojo in Mozambique.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 4)));
        assertThat(frames("The president on Monday ordered an inquiry after the army acknowledged that one of "
                + "its drones struck the village of Mucojo in Mozambique.")).allMatch(f -> !f.dateExplicit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Russian shelling hit Kharkiv in Ukraine on Sunday.;                 SHELLING;            Shelling/artillery/missile attack",
        "A drone attack hit Kharkiv in Ukraine on Sunday.;                   DRONE_STRIKE;        Air/drone strike",
        "Russian warplanes bombed Kharkiv in Ukraine on Sunday.;             AIR_STRIKE;          Air/drone strike",
        "Shahed drones struck Kharkiv in Ukraine on Sunday.;                 DRONE_STRIKE;        Air/drone strike",
        "Air defences shot down missiles over Kharkiv in Ukraine on Sunday.; INTERCEPTION;        Disrupted weapons use",
        "Heavy fighting raged in Sloviansk in Ukraine on Sunday.;            ARMED_CLASH;         Armed clash"
    })
    void kindAndSubTypeFollowTriggerAndWeapon(String sentence, EventKind kind, String subType) {
        List<Event> events = events("Headline\n" + sentence);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.parse(subType));
        });
    }

    @Test
    void captureByForeignForcesIsANonStateActorOvertakingTerritory() {
        List<Event> events = events("Headline\nRussian forces captured Sloviansk in Ukraine on Friday.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.TERRITORIAL_CONTROL);
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
            assertThat(e.attacker()).isEqualTo("RU");
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 1));
        });
    }

    @Test
    void aTownTheLeadLeavesUnnamedIsTheOneNamedNext() {
        List<Event> events = events("Headline\nA missile strike on a small town in central Ukraine this week has killed at "
                + "least 30 people, officials said.\nBodies lay in the streets of Bakhmut after Thursday's missile strike, "
                + "residents said. Earlier, officials had put the toll at 12.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Bakhmut");
            assertThat(e.fatalities().low()).isEqualTo(30);
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 6, 30)); // the Thursday of this week, not its Monday
        });
    }

    @Test
    void aLeadsActIsWhereTheNextSentencePlacesTheIncidentAndWhenNotWhenItWasDenied() {
        List<Event> events = events("Headline\nThe Russian army on Thursday denied that a missile strike killed civilians "
                + "at a wedding.\nThe incident on Sunday in Bakhmut drew wide condemnation.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Bakhmut");
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3));
        });
    }

    @Test
    void aTownTheLeadPlacesOnlyByItsRegionIsTheTownALaterSentenceNamesForTheIncident() {
        List<Event> events = events("Headline\nMissiles hit a market in a small town in eastern Ukraine on Sunday, "
                + "killing nine people, officials said.\nThe mayor of Kharkiv said his city was calm.\n"
                + "The strike in the town of Izium also wounded 20 people.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Izium");
    }

    @Test
    void aRegionStaysTheSceneWhenNoLaterSentenceNamesTheTown() {
        List<Event> events = events("Headline\nMissiles hit a market in a small town in eastern Ukraine on Sunday, "
                + "killing nine people, officials said.\nThe mayor of Kharkiv said his city was calm.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("eastern Ukraine");
    }

    @Test
    void thePlaceOfAWarIsNotTheSceneOfTheActsToldBesideIt() {
        List<Event> events = events("Headline\nRussian missiles hit a school in Kharkiv in Ukraine on Sunday, killing "
                + "nine people, officials said.\nThe minister said such attacks had marked the conflict in Donbas.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kharkiv");
    }

    @Test
    void aCapitalNamedAsAPlaceIsNoStateTakingPart() {
        assertThat(events("Crash\nA driver lost control of his car and crashed into a tree in Kyiv on Sunday.")).isEmpty();
        assertThat(events("Headline\nKyiv's forces took control of Bakhmut on Sunday.")).extracting(e -> e.place().name())
                .containsExactly("Bakhmut");
    }

    @Test
    void forcesThatHaveTakenOverATownTookIt() {
        assertThat(events("Headline\nRussian forces have now taken over Lysychansk in Ukraine, officials said on Sunday."))
                .extracting(e -> e.subEventType()).containsExactly(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }

    @Test
    void aVillageToldOnlyByItsDistanceFromATownIsPlacedAtTheTown() {
        List<Event> events = events("Headline\nA Russian jet bombed a village about 15 km west of Bakhmut on Sunday, "
                + "killing 17 people.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Bakhmut"));
    }

    @Test
    void whereTheWoundedWereTreatedIsNoScene() {
        List<Event> events = events("Headline\nA missile strike hit a market in Bakhmut on Sunday, officials said.\n"
                + "A hospital in Kramatorsk received 30 wounded from the attack, the Red Cross said.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Bakhmut");
    }

    @Test
    void groupsKilledAfterTheVerbAddUp() {
        List<Event> events = events("Headline\nA missile strike on Kharkiv in Ukraine on Sunday killed at least 12 "
                + "soldiers and dozens of civilians, officials said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(36));
    }

    @Test
    void seizingWeaponsInARaidTakesNoGround() {
        List<Event> events = events("Headline\nUkrainian fighters attacked an outpost near Bakhmut in Ukraine on Saturday, "
                + "killing four soldiers and seizing weapons.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void whatACameraCapturesIsNoGround() {
        assertThat(events("Headline\nRussian shelling of Bakhmut in Ukraine on Saturday was captured on video."))
                .extracting(e -> e.subEventType())
                .containsExactly(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    }

    @Test
    void anActorStruckIsNotTheAttacker() {
        List<Event> events = events("Headline\nMoscow said on Sunday that it had hit a gathering of Ukrainian army "
                + "commanders in two missile strikes on Kharkiv in Ukraine.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.attacker()).isNotEqualTo("UA"));
    }

    @Test
    void anActorStrikingAfterTheActIsStillTheAttacker() {
        List<Event> events = events("Headline\nKharkiv in Ukraine was hit on Sunday by Russian forces in a missile strike.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.attacker()).isEqualTo("RU"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Five people were killed in Russian shelling of Kherson in Ukraine on Wednesday.",
        "Two people died in Israeli strikes on Rafah in Gaza on Wednesday.",
    })
    void aPeoplesAdjectiveAfterInStillNamesWhoStruck(String sentence) {
        List<Event> events = events("Headline\n" + sentence);

        assertThat(events).singleElement().satisfies(e -> assertThat(e.attacker()).isIn("RU", "IL"));
    }

    @Test
    void aPeopleKilledAreNotWhoStruck() {
        List<Event> events = events("Headline\nDozens of Russians were killed when a missile struck Belgorod in Russia on Friday.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.attacker()).isNotEqualTo("RU"));
    }

    @Test
    void retakingOwnGroundIsTheGovernmentRegainingTerritory() {
        List<Event> events = events("Headline\nUkraine's army recaptured Sloviansk in Ukraine on Friday.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY));
    }

    @Test
    void speakerOfTheReportIsNotTheAttacker() {
        List<Event> events = events("Headline\nUkrainian officials said the town of Sloviansk in Ukraine was captured on Friday.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.attacker()).isNotEqualTo("UA");
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Taking Lysychansk would allow Russian forces to capture the whole Luhansk region of Ukraine.",
        "Russian forces could soon capture Sloviansk in Ukraine.",
        "Ukraine fears Russia will try to seize Kharkiv in Ukraine."
    })
    void hypotheticalOpensNoEvent(String sentence) {
        assertThat(events("Headline\n" + sentence)).isEmpty();
    }

    @Test
    void theSameSentenceWithoutTheModalIsAnEvent() {
        assertThat(events("Headline\nRussian forces captured Sloviansk in Ukraine.")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia has repeatedly shelled Kharkiv in Ukraine.",
        "Kharkiv in Ukraine is shelled almost daily.",
        "A wave of drone attacks has hit Odesa in Ukraine in recent weeks."
    })
    void habitualSentenceOpensNoEvent(String sentence) {
        assertThat(events("Headline\n" + sentence)).isEmpty();
    }

    @Test
    void backgroundTollOpensNoEventAndChangesNoFigure() {
        List<Event> events = events("Strike on Kharkiv\n"
                + "A missile struck Kharkiv in Ukraine on Sunday, killing 3 people, Ukrainian officials said.\n"
                + "Since the war began, tens of thousands of people have been killed in Ukraine.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(3));
    }

    @Test
    void backgroundTollAloneIsNoEvent() {
        assertThat(events("War in Ukraine\nSince the war began, tens of thousands have been killed in Ukraine.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rebels said on Tuesday they would resume attacks on Kherson in Ukraine.",
        "The army will carry out new strikes on Kharkiv in Ukraine, the minister said on Tuesday.",
        "Moscow has kept up nightly drone attacks on Kharkiv in Ukraine.",
    })
    void attacksThatWillGoOnOrGoOnNightlyAreNoEvent(String sentence) {
        assertThat(events("Headline\n" + sentence)).isEmpty();
    }

    @Test
    void aCampaignInATrailingClauseLeavesTheActBeforeItAnEvent() {
        List<Event> events = events("Headline\nRussian strikes on Kharkiv in Ukraine killed eight people on Tuesday, the "
                + "governor said, as Moscow pressed its air campaign against Ukrainian cities.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(8));
    }

    @Test
    void fightingThatIntensifiedInAnAsideIsTheSetting() {
        List<Event> events = events("Headline\nShells hit a camp in Kharkiv in Ukraine on Monday, killing 14 people, "
                + "officials said, as fighting for the Russian-held Donetsk region intensified.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Kharkiv"));
    }

    @Test
    void theOutbreakOfTheWarIsBackground() {
        assertThat(events("Headline\nThe war broke out in April 2023 when fighting erupted in Kharkiv in Ukraine.")).isEmpty();
    }

    @Test
    void anEpisodeSomeoneIsDescribedByDatesNothing() {
        List<Event> events = events("Headline\nThe military said on Sunday its aircraft had struck a commander who took part "
                + "in the October 7 massacre in Kharkiv in Ukraine.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3)));
    }

    @Test
    void placesDronesWereLaunchedFromAreNoScenes() {
        List<Event> events = events("Headline\nThe drones were launched from the directions of Belgorod, Moscow and "
                + "Vladimir in Russia, and one of them hit Kharkiv in Ukraine on Sunday.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kharkiv");
    }

    @Test
    void whatDebrisOfADownedDroneDamagedIsTheStrike() {
        List<Event> events = events("Headline\nFalling debris from a downed drone damaged two houses in Kharkiv in Ukraine "
                + "on Sunday, the governor said.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isNotEqualTo(AcledSubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void aMissileThatSlammedIntoABuildingIsAStrike() {
        List<Event> events = events("Headline\nA Russian missile slammed into an apartment building in Dnipro in Ukraine "
                + "on Tuesday, killing four people.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType())
                .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK));
    }

    @Test
    void aDroneThatDroppedAnExplosiveStruck() {
        List<Event> events = events("Headline\nA Ukrainian drone dropped an explosive on a minibus in Horlivka near Donetsk "
                + "in Ukraine on Saturday, wounding two people.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE));
    }

    @Test
    void aDistrictOfATownNamedAfterAFewWordsIsThatTown() {
        List<Event> events = events("Headline\nShelling killed three people in the Kuibyshevskyi district of the "
                + "Russian-controlled city of Donetsk in Ukraine on Saturday.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Donetsk"));
    }

    @Test
    void yearsOfFightingAreTheWar() {
        assertThat(events("Headline\nRussia controls most of the region after two years of fighting, while Ukrainian "
                + "troops still hold the city of Kramatorsk in Ukraine.")).isEmpty();
    }

    @Test
    void residentsOfATownWereKilledThere() {
        List<Event> events = events("Headline\nTwo residents of Kramatorsk were killed in a Russian artillery attack in "
                + "eastern Ukraine on Sunday, the governor said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Kramatorsk"));
    }

    @Test
    void forcesFightingSomewhereAreWhoTheyAreNotAnIncident() {
        List<Event> events = events("Headline\nUkraine said on Tuesday it had struck a refinery in Belgorod in Russia that "
                + "supplies fuel to Russian forces fighting in Ukraine.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isNotEqualTo(AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void anAirDefenceSystemDestroyedIsStruck() {
        List<Event> events = events("Headline\nUkrainian drones destroyed a Tor-M2 air defence system near Belgorod in "
                + "Russia on Tuesday, the General Staff said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType())
                .isNotEqualTo(AcledSubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void theRegionIsTheSpeakersOwnWhenHeIsItsGovernor() {
        List<Event> events = events("Headline\nDrones hit a depot in the Kharkiv region of Ukraine on Monday. "
                + "The Belgorod regional governor said air defences had shot down drones over the region on Monday.");

        assertThat(events).extracting(e -> e.place().admin1()).contains("Belgorod Oblast");
    }

    @Test
    void assaultsRecordedNearATownOfASectorAreFightingThere() {
        List<Event> events = events("Headline\nFour assaults were recorded in the Bakhmut sector near Sloviansk in Ukraine "
                + "on Sunday, the General Staff said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Sloviansk");
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.ARMED_CLASH);
        });
    }

    @Test
    void theMunicipalityOfATownIsThatTown() {
        List<Event> events = events("Headline\nDrones dropped explosive charges on an army base in the northeastern "
                + "municipality of Sloviansk in Ukraine on Tuesday, killing two soldiers.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Sloviansk");
            assertThat(e.subEventType()).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE);
        });
    }

    @Test
    void troopsFiringOnCrowdsWaitingForFoodAttackCivilians() {
        List<Event> events = events("Headline\nNine Palestinians were killed on Sunday when troops opened fire on crowds waiting "
                + "for food near an aid site in Gaza.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isNotEqualTo(AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void outpostsOverrunInATownAreAFightForItNotItsCapture() {
        List<Event> events = events("Headline\nRebels said on Tuesday their fighters had overrun several military outposts "
                + "in Kramatorsk in Ukraine.");

        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(AcledSubEventType.ARMED_CLASH));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A car crashed into a deer in Kharkiv in Ukraine on Sunday, and the driver was hurt.",
        "An 80-year-old woman was killed in Kharkiv in Ukraine on Sunday when she was struck by an SUV.",
        "Police in Kharkiv in Ukraine are looking for a man after a sexual assault on a girl on Sunday.",
    })
    void roadAccidentsAndCrimesAreNoIncidentOfWar(String sentence) {
        assertThat(events("Headline\n" + sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russian aircraft dropped four guided aerial bombs on Kharkiv in Ukraine on Tuesday, the governor said.",
        "Prices of bread dropped sharply in Kharkiv in Ukraine on Tuesday, the governor said.",
    })
    void whatAircraftDroppedIsAStrikeOnlyWhenItIsAWeapon(String sentence) {
        List<Event> events = events("Headline\n" + sentence);

        assertThat(events).hasSize(sentence.contains("bombs") ? 1 : 0);
    }

    @Test
    void attacksResumedAreAnEvent() {
        assertThat(events("Headline\nRussia resumed attacks on Kherson in Ukraine on Tuesday.")).hasSize(1);
    }

    @Test
    void backgroundCampaignAtATownIsNoEvent() {
        assertThat(events("War in Ukraine\nSince the war began, Russian shelling has killed thousands of civilians in Mariupol.")).isEmpty();
    }

    @Test
    void triggerWithoutAPlaceOpensNoFrame() {
        assertThat(frames("Headline\nA missile struck an apartment building on Sunday, killing 3 people.")).isEmpty();
    }

    @Test
    void noTriggerNoFrame() {
        assertThat(frames("Headline\nOfficials in Kharkiv said the weather in Ukraine was cold on Sunday.")).isEmpty();
    }

    @Test
    void countryAloneIsNoPlaceForAFrame() {
        assertThat(frames("Headline\nRussian missiles struck Ukraine on Sunday.")).isEmpty();
    }

    @Test
    void weakTriggerNeedsSupport() {
        assertThat(frames("Headline\nThe talks in Kharkiv hit a wall, Ukrainian officials said.")).isEmpty();
        assertThat(frames("Headline\nPrices in Kharkiv hit a record, Ukrainian officials said.")).isEmpty();
        assertThat(candidates("Headline\nPrices in Kharkiv hit a record, Ukrainian officials said."))
                .singleElement().satisfies(f -> assertThat(f.cues()).contains(Cue.WEAK_UNSUPPORTED));
        assertThat(frames("Headline\nA missile hit Kharkiv in Ukraine on Sunday.")).hasSize(1);
    }

    @Test
    void triggerInsideAPhraseThatOpensNothingIsIgnored() {
        assertThat(frames("Headline\nThe meeting took place in Kharkiv in Ukraine on Sunday.")).isEmpty();
    }

    @Test
    void theCityRefersBackToTheTownBefore() {
        List<Event> events = events("Headline\nThe mayor of Sloviansk in Ukraine spoke on Sunday. He said the city was shelled overnight.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().geonameid()).isEqualTo(693468L));
    }

    @Test
    void withoutADateTheParagraphsDateHolds() {
        List<Event> events = events("Headline\nOn Sunday, officials spoke in Kyiv. A missile struck Kharkiv in Ukraine, they said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3)));
    }

    @Test
    void withoutAnyDateThePublicationDateHolds() {
        List<Event> events = events("Headline\nA missile struck Kharkiv in Ukraine, Ukrainian officials said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(PUBLISHED);
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        });
    }

    @Test
    void vagueTimeLeavesTheDateUnknown() {
        List<Event> events = events("Headline\nA missile struck Kharkiv in Ukraine earlier, Ukrainian officials said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
        });
    }

    @Test
    void withoutPublicationDateAndDateTheDateIsUnknown() {
        List<Event> events = TestPipeline.extract("ff", null,
                "Headline\nA missile struck Kharkiv in Ukraine on Sunday, Ukrainian officials said.").events();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isNull();
            assertThat(e.datePrecision()).isEqualTo(DatePrecision.UNKNOWN);
        });
    }
}
