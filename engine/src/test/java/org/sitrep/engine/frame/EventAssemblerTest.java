package org.sitrep.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.engine.TestPipeline;
import org.sitrep.model.AcledEventType;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Event;
import org.sitrep.model.Precision;
import org.sitrep.model.EventKind;
import org.sitrep.model.Verification;

/** How frames become events: merging, figures, verification and ids. */
class EventAssemblerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 4);

    private static List<Event> events(String id, String text) {
        return TestPipeline.extract(id, PUBLISHED, text).events();
    }

    @Test
    void theAreaATownNamesIsThatTownsIncident() {
        List<Event> events = events("a-area", "Headline\n"
                + "Ukrainian drones struck Moscow in Russia on Monday, wounding three people. Ukraine's military said "
                + "it had struck military targets in the Moscow area on Monday.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().precision()).isEqualTo(Precision.TOWN));
    }

    @Test
    void captureClaimedAndDeniedIsOneDisputedEvent() {
        List<Event> events = events("a1", "Russia claims Lysychansk\n"
                + "Russia's defence ministry said on Sunday that its forces had taken full control of the city of Lysychansk in eastern Ukraine.\n"
                + "Ukraine's military denied that Lysychansk had been captured.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.TERRITORIAL_CONTROL);
            assertThat(e.eventType()).isEqualTo(AcledEventType.BATTLES);
            assertThat(e.place().geonameid()).isEqualTo(702972L);
            assertThat(e.place().admin1()).isEqualTo("Luhansk");
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3));
            assertThat(e.verification()).isEqualTo(Verification.DISPUTED);
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void textSayingItCouldNotBeVerifiedIsUnverified() {
        List<Event> events = events("a2", "Strike on Kharkiv\n"
                + "A missile struck Kharkiv in Ukraine on Sunday, killing 3 people, Ukrainian officials said. "
                + "The report could not be independently verified.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED));
    }

    @Test
    void unverifiedOutweighsOpposingClaims() {
        List<Event> events = events("a3", "Russia claims Lysychansk\n"
                + "Russia's defence ministry said on Sunday that its forces had taken full control of the city of Lysychansk in eastern Ukraine.\n"
                + "Ukraine's military denied that Lysychansk had been captured. Reuters could not independently verify either claim.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.verification()).isEqualTo(Verification.UNVERIFIED));
    }

    @Test
    void oneSourceAloneIsNotStated() {
        List<Event> events = events("a4", "Strike on Kharkiv\nA missile struck Kharkiv in Ukraine on Sunday, Ukrainian officials said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.verification()).isEqualTo(Verification.NOT_STATED));
    }

    @Test
    void strikeKillingAtLeast21() {
        String text = "Missile strike on Odesa\n"
                + "A Russian missile struck an apartment building in Odesa in Ukraine on Sunday, killing at least 21 people and injuring dozens, "
                + "Ukrainian officials said.";
        List<Event> events = events("a5", text);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3));
            assertThat(e.fatalities().low()).isEqualTo(21);
            assertThat(e.fatalities().high()).isNull();
            assertThat(e.fatalities().words().of(text)).isEqualTo("killing at least 21");
            assertThat(e.injured().low()).isEqualTo(24);
            assertThat(e.target()).isEqualTo("civilians");
        });
    }

    @Test
    void laterUpdateOfTheTollIsTheCurrentFigure() {
        List<Event> events = events("a6", "Strike on Kharkiv\n"
                + "A missile struck a market in Kharkiv in Ukraine on Sunday, killing 15 people, Ukrainian officials said.\n"
                + "The death toll has since risen to 29, officials said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(29));
    }

    @Test
    void competingFiguresInOneSentenceGiveTheLowestAsBoundAndTheHighestAsUpper() {
        List<Event> events = events("a7", "Strike on Kharkiv\n"
                + "A missile struck Kharkiv in Ukraine on Sunday, killing 12 people according to Ukrainian officials, while Russian officials said 4 people were killed.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities().low()).isEqualTo(4);
            assertThat(e.fatalities().high()).isEqualTo(12);
        });
    }

    @Test
    void noFigureIsNull() {
        List<Event> events = events("a8", "Headline\nShells hit Kharkiv in Ukraine on Sunday.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities()).isNull();
            assertThat(e.injured()).isNull();
        });
    }

    @Test
    void twoPlacesAreTwoEventsInTextOrder() {
        List<Event> events = events("a9", "Strikes\n"
                + "Shells hit Kharkiv in Ukraine on Sunday. A drone struck Belgorod in Russia on Monday, Russian officials said.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kharkiv", "Belgorod");
        assertThat(events).extracting(Event::id).containsExactly("a9#e1", "a9#e2");
        assertThat(events.get(1).date()).isEqualTo(PUBLISHED);
    }

    @Test
    void twoSentencesAboutOnePlaceAndTypeAreOneEvent() {
        List<Event> events = events("a10", "Headline\n"
                + "Russian shelling hit Kharkiv in Ukraine on Sunday, Ukrainian officials said. "
                + "Artillery fire struck Kharkiv again hours later, residents said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.evidence()).hasSize(2);
            assertThat(e.claims()).extracting(c -> c.side()).containsExactlyInAnyOrder("UA", "third_party");
        });
    }

    @Test
    void datesFarApartAreSeparateEvents() {
        List<Event> events = events("a11", "Kharkiv shelled\n"
                + "Russian shelling hit Kharkiv in Ukraine on 2022-06-01. Russian shelling hit Kharkiv in Ukraine again on 2022-07-03.");

        assertThat(events).extracting(Event::date).containsExactly(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 3));
    }

    @Test
    void incidentsADayApartAtOnePlaceAreOneEvent() {
        List<Event> events = events("a14", "Headline\n"
                + "Russian shelling hit Kharkiv in Ukraine late on Saturday. Russian shelling hit Kharkiv in Ukraine on Sunday, officials said.");

        assertThat(events).hasSize(1);
    }

    @Test
    void incidentsTwoDaysApartAtOnePlaceAreTwoEvents() {
        List<Event> events = events("a15", "Headline\n"
                + "Russian shelling hit Kharkiv in Ukraine on Friday. Russian shelling hit Kharkiv in Ukraine again on Sunday.");

        assertThat(events).extracting(Event::date).containsExactly(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 3));
    }

    @Test
    void interceptionOfTheMissilesThatThenHitATownIsPartOfTheStrike() {
        List<Event> events = events("a12", "Headline\n"
                + "Air defences shot down two missiles over Odesa in Ukraine on Sunday. "
                + "A third missile struck an apartment building in Odesa, Ukrainian officials said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.MISSILE_STRIKE);
            assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 3));
        });
    }

    @Test
    void interceptionAndStrikeInOneSentenceAreTheStrike() {
        List<Event> events = events("a13", "Headline\n"
                + "Air defences shot down two missiles over Odesa in Ukraine on Sunday, but a third missile struck Odesa, Ukrainian officials said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.MISSILE_STRIKE));
    }

    @Test
    void aMissileThatDestroyedABuildingLongAgoIsAStrikeOfItsOwnTime() {
        List<Event> events = events("a-recalled", "Headline\n"
                + "A Russian missile struck Dnipro in Ukraine on Sunday, killing four people. "
                + "In January 2023, a Russian missile destroyed part of an apartment building in Dnipro, killing 46 people.");

        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.subEventType())
                .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK));
        assertThat(events).extracting(e -> e.fatalities().low()).containsExactlyInAnyOrder(4, 46);
    }

    @Test
    void aCountSinceAMonthIsNotTheTollOfTheIncidentBeforeIt() {
        List<Event> events = events("a-since", "Headline\n"
                + "A Russian drone struck Kharkiv in Ukraine on Sunday, wounding three people. "
                + "More than 500 people have been killed in the region since October, officials said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities()).isNull());
    }

    @Test
    void aTollOfAnotherMonthIsNotTheIncidentsBeforeIt() {
        List<Event> events = events("a-april", "Headline\n"
                + "A Russian drone struck Kharkiv in Ukraine on Sunday. "
                + "In April, a Russian drone strike on a wedding killed more than 160 people.");

        assertThat(events).filteredOn(e -> e.date().equals(LocalDate.of(2022, 7, 3)))
                .allSatisfy(e -> assertThat(e.fatalities()).isNull());
    }

    @Test
    void anAttackNamedInTheStrikesSentenceJoinsItWhateverTheUndatedFramesBesideIt() {
        List<Event> events = events("a-timed", "Headline\n"
                + "Russian drones struck a depot in Kharkiv in Ukraine, officials said. "
                + "Last week, Russian missiles struck Kharkiv, killing 10 people, the deadliest attack of the month.");

        assertThat(events).noneMatch(e -> e.subEventType() == AcledSubEventType.ATTACK);
    }

    @Test
    void figuresOfTwoSidesCompeteAndTheLowestIsTheBound() {
        List<Event> events = events("a-voices", "Headline\n"
                + "Russian missiles struck Kharkiv in Ukraine on Sunday, killing 12 people, Ukrainian officials said. "
                + "Russia's defence ministry said five soldiers were killed in the strike on Kharkiv.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities().low()).isEqualTo(5);
            assertThat(e.fatalities().high()).isEqualTo(12);
        });
    }

    @Test
    void figuresOfOneSideUpdateAndTheLatestIsTheBound() {
        List<Event> events = events("a-voice", "Headline\n"
                + "Russian missiles struck Kharkiv in Ukraine on Sunday, killing 5 people, Ukrainian officials said. "
                + "Ukraine's emergency service said 12 people were killed in the strike on Kharkiv.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(12));
    }

    @Test
    void anUpdateInTheSentenceOfTheFirstFigureReplacesIt() {
        List<Event> events = events("a-update", "Headline\n"
                + "A Russian missile struck Kharkiv on Sunday, officials said. The governor initially reported two people "
                + "killed; by noon the toll had risen to three.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(3));
    }

    @Test
    void aFigureToldAfterTheTownsOfAStoryIsStillThatIncidentsCompetingToll() {
        List<Event> events = events("a-after", "Headline\n"
                + "Russian forces shelled Kherson on Saturday, the governor said.\n\nFurther east, Russian missiles struck "
                + "Kharkiv on Sunday, killing 12 people, Ukrainian officials said. Russia's defence ministry said five "
                + "soldiers were killed.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kharkiv")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(5));
    }

    @Test
    void aTownsHistoryOfBeingBombedIsNoIncident() {
        assertThat(events("a-history", "Old bombs defused\nExperts defused two unexploded bombs in Kharkiv on Monday, "
                + "no one was hurt, the city said. Kharkiv was among the most heavily bombed cities in the Second World "
                + "War.")).isEmpty();
    }

    @Test
    void whatAGroupStillDoesIsNoIncident() {
        assertThat(events("a-still", "Threat\nThe group warned on Tuesday that it could resume attacks. Its remaining "
                + "cells still carry out sporadic attacks, mainly in remote areas of Kharkiv and Donetsk.")).isEmpty();
    }

    @Test
    void actsOfDifferentWeaponsOnDaysTheTextGivesAreTwoIncidents() {
        List<Event> events = events("a-two", "Headline\n"
                + "A Russian missile hit an apartment block in Kharkiv on Wednesday, killing seven people, the mayor said. "
                + "On Tuesday evening, Russian drones also hit energy facilities in Kharkiv, the mayor said.");

        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(e -> e.subEventType() == AcledSubEventType.AIR_DRONE_STRIKE).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isNull());
    }

    @Test
    void whatAWarningSaysMayComeIsNoIncident() {
        assertThat(events("a-warn", "Warning\nAid agencies warned on Thursday that a Russian assault on Kharkiv, the "
                + "second city of the country, could trigger a massacre.")).isEmpty();
    }

    @Test
    void eachReportedActKeepsItsOwnPlacesAndToll() {
        List<Event> events = events("a-and-that", "Summary\nThe Russian defence ministry said on Sunday that its "
                + "artillery had struck two battalions near the villages of Synkivka and Petropavlivka in the Kharkiv "
                + "region, killing about 30 soldiers, and that its troops had repelled two attacks towards the village "
                + "of Tetkino in the Kursk region.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Tetkino")).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.ARMED_CLASH);
            assertThat(e.fatalities()).isNull();
        });
        assertThat(events).filteredOn(e -> e.place().name().equals("Synkivka")).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.SHELLING));
    }

    @Test
    void aReportOfNoCasualtiesAfterAnActTellsOfThatAct() {
        List<Event> events = events("a-and-none", "Odesa\nThe governor said on Sunday that air defences had shot "
                + "down several drones over the Odesa region and that there were no casualties.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isZero());
    }

    @Test
    void aQuarterWhoseNameStartsLikeAForeignTownIsPartOfItsTown() {
        List<Event> events = events("a-quarter", "Rafah\nAn Israeli tank shell hit a house in the Tal as-Sultan "
                + "neighbourhood of Rafah on Sunday, medics said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().geonameid()).isEqualTo(281102L));
    }

    @Test
    void aTownOfTheRegionTheActIsToldNearPlacesItCloserThanTheRegion() {
        List<Event> events = events("a-near-town", "Gaza\nIn southern Gaza, three people were killed on Sunday "
                + "when a drone struck a tent in the al-Mawasi area west of Khan Younis, medics said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().precision()).isEqualTo(Precision.TOWN);
            assertThat(e.place().geonameid()).isEqualTo(281124L);
        });
    }

    @Test
    void aTownFarOutsideTheRegionDoesNotPlaceTheAct() {
        List<Event> events = events("a-far-town", "Rostov\nA drone damaged a power line in the Rostov region, about "
                + "1,000 km south of Moscow, on Sunday, the governor said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().precision()).isEqualTo(Precision.REGION));
    }

    @Test
    void aCampaignOfManyWeaponsCountedFromAMonthIsNoIncident() {
        assertThat(events("a-campaign-list", "Visit\nThe group has fired rockets, anti-tank missiles and "
                + "explosive drones at northern Israel since October, officials say.")).isEmpty();
    }

    @Test
    void fireDayAfterDayIsNoIncident() {
        assertThat(events("a-day-after-day", "Kherson\nResidents said Russian drones hit the market in Kherson day "
                + "after day.")).isEmpty();
    }

    @Test
    void liveFireAtPracticeTargetsIsNoAttack() {
        assertThat(events("a-drill", "Drills\nState television showed troops firing artillery at floating targets "
                + "off the coast near Kherson on Sunday, and jets dropping bombs on a practice range.")).isEmpty();
    }

    @Test
    void theHardestHitRegionIsNoIncident() {
        assertThat(events("a-hardest", "Report\nThe agency said Kramatorsk was the town hardest hit by Russian "
                + "missiles.")).isEmpty();
    }

    @Test
    void aYearsTollIsNoIncident() {
        assertThat(events("a-year", "Report\nRussian air strikes killed 412 civilians in the Kharkiv region in 2023, "
                + "the report said.")).isEmpty();
    }

    @Test
    void fightingAsTheSettingOfSomethingElseIsNoIncident() {
        assertThat(events("a-backdrop", "Swap\nThe ministry said the soldiers had been taken prisoner during the "
                + "fighting in the Kharkiv region.")).isEmpty();
    }

    @Test
    void fightingOnADayIsStillAnIncident() {
        assertThat(events("a-backdrop-day", "Kharkiv\nThree soldiers were killed in the fighting in the Kharkiv "
                + "region on Sunday, the ministry said.")).isNotEmpty();
    }

    @Test
    void actsWitnessesDescribeAreTestimonyNotIncidents() {
        assertThat(events("a-testimony", "Court\nWomen who had fled to Poland testified before the court in Kyiv, "
                + "describing killings, rapes and the shelling of their homes.")).isEmpty();
    }

    @Test
    void theEarlierActAComparisonRecallsKeepsItsOwnDayAndToll() {
        List<Event> events = events("a-compared", "Kharkiv\nA Russian missile killed 11 people in Kharkiv on Sunday, "
                + "officials said. It was the deadliest attack on Kharkiv since April 4, when a missile struck near a "
                + "playground, killing 20 people.");

        assertThat(events).extracting(e -> e.date(), e -> e.fatalities().low()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 7, 3), 11),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 4, 4), 20));
    }

    @Test
    void fightingInAClauseThatSaysWhatARegionIsLikeIsNoIncident() {
        List<Event> events = events("a-where", "Sloviansk\nA Russian drone killed five people in Sloviansk on Sunday, "
                + "officials said, the latest attack on a region where clashes have left hundreds dead in recent years.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.DRONE_STRIKE));
    }

    @Test
    void theTownAVillageIsSaidToLieInIsNoSceneOfItsOwn() {
        List<Event> events = events("a-village-in", "Raid\nGunmen stormed Hrakove village in Kramatorsk on Sunday, "
                + "killing four people, police said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Hrakove"));
    }

    @Test
    void aVillageTheLeadPlacesByItsRegionIsTheOneTheAttackersAreToldToHaveStormed() {
        List<Event> events = events("a-village-later", "Raid\nGunmen killed 12 people in an attack on a farming "
                + "village in eastern Ukraine's Donetsk region late on Sunday, police said, the latest bout of violence "
                + "in a region where clashes have left hundreds dead in recent years.\n\nThe attackers stormed "
                + "Hrakove village in Kramatorsk district at around 10 p.m., shooting residents, witnesses said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Hrakove");
            assertThat(e.fatalities().low()).isEqualTo(12);
        });
    }

    @Test
    void aTollThatGoesOnWithAWarsCountIsNoIncident() {
        assertThat(events("a-tally-on", "Tally\nMore than 900 people have been killed by shelling in Ukraine since February, "
                + "officials say. In the Kharkiv region, 120 soldiers and 85 civilians have been killed, according to "
                + "the governor.")).isEmpty();
    }

    @Test
    void whatAGroupsUsualTermMeansIsNoIncident() {
        assertThat(events("a-term", "Funeral\nThe group announced the death of a fighter, saying he had been "
                + "martyred on the road to Kyiv, its usual term for fighters killed by Russian fire.")).isEmpty();
    }

    @Test
    void fightersABattleKilledAreItsDeadNotAttackersBesideThem() {
        List<Event> events = events("a-fighters", "Clash\nFighting between two armed groups killed at least nine "
                + "fighters near Kramatorsk on Sunday, the army said. The ombudsman said at least 12 people had been "
                + "killed in the fighting near Kramatorsk.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.ARMED_CLASH);
            assertThat(e.fatalities().low()).isLessThanOrEqualTo(12);
        });
    }

    @Test
    void anActRankedAfterItsNounKeepsTheEarlierActApart() {
        List<Event> events = events("a-ranked-after", "Kharkiv\nA Russian missile killed 11 people in Kharkiv on Sunday, "
                + "officials said. The attack was the deadliest on the city since April 4, when a missile struck near a "
                + "playground, killing 20 people.");

        assertThat(events).extracting(e -> e.fatalities().low()).containsExactlyInAnyOrder(11, 20);
    }

    @Test
    void aTollTheNextSentenceTellsOfTheActWithTheGoesOnWithIt() {
        List<Event> events = events("a-the-fire", "Checkpoint\nIn Kramatorsk, a suicide bomber rammed a car into a "
                + "police checkpoint on Sunday, after which gunmen opened fire on the post. Five policemen were killed "
                + "in the exchange of fire, police said.");

        assertThat(events).anySatisfy(e -> assertThat(e.fatalities().low()).isEqualTo(5));
    }

    @Test
    void whereAJourneyWasBoundIsNoScene() {
        List<Event> events = events("a-route", "Bus\nGunmen stopped two coaches travelling from Kharkiv to Kramatorsk "
                + "near Sloviansk on Sunday and shot dead nine passengers, police said.");

        assertThat(events).extracting(e -> e.place().name()).doesNotContain("Kramatorsk", "Kharkiv");
    }

    @Test
    void aTotalOverTwoRegionsIsNoOneAttacksToll() {
        List<Event> events = events("a-two-regions", "Attacks\nAttacks in Kharkiv Oblast and Donetsk Oblast on Sunday "
                + "left 19 people dead, officials said. In Kramatorsk, gunmen shot dead nine passengers on a bus late on "
                + "Sunday, police said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kramatorsk")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(9));
    }

    @Test
    void aVillageTheLeadLeavesUnnamedIsTheOneNamedNextWithTheSameNoun() {
        List<Event> events = events("a-same-noun", "Strike\nA military air strike on a village in Kayin state's "
                + "Hpapun township killed 14 civilians on Sunday, the resistance said. A jet dropped two bombs on "
                + "Hrakove village at about 3pm, a local official said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Hrakove");
            assertThat(e.fatalities().low()).isEqualTo(14);
        });
    }

    @Test
    void earlierFightingIsNoIncidentWhateverTheSentenceDates() {
        List<Event> events = events("a-earlier", "Strike\nA jet dropped two bombs on a school in Kramatorsk where "
                + "families displaced by earlier fighting were sheltering, a local official said on Monday.");

        assertThat(events).extracting(Event::kind).doesNotContain(EventKind.ARMED_CLASH);
    }

    @Test
    void smallArmsFiredAtPositionsAreAFirefightNotShelling() {
        List<Event> events = events("a-small-arms", "Border\nThe ministry said Russian units had fired small arms at "
                + "Ukrainian positions near Kramatorsk on Tuesday night.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.ARMED_CLASH));
    }

    @Test
    void theRegionFireCameFromIsNoScene() {
        List<Event> events = events("a-from-region", "Border\nThe ministry said Russian units had fired from the "
                + "direction of the village of Hrakove in Russia's Belgorod region at Ukrainian positions in Kharkiv on "
                + "Tuesday night.");

        assertThat(events).extracting(e -> e.place().admin1()).containsExactly("Kharkiv");
    }

    @Test
    void thePlaceANamedVillageLiesInIsNoSceneOfItsOwn() {
        List<Event> events = events("a-village-of", "Border\nRussian troops fired at Ukrainian positions near the "
                + "village of Hrakove in the Kramatorsk area on Tuesday night, the army said.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Hrakove");
    }

    @Test
    void aTownNamedInASpeakersNameIsNoScene() {
        List<Event> events = events("a-name", "Siege\nGunmen stormed a hotel in Kramatorsk on Sunday. Nine civilians "
                + "were killed, police spokesman Abdifatah Aden Hassan told reporters.");

        assertThat(events).extracting(e -> e.place().name()).doesNotContain("Hassan");
    }

    @Test
    void attacksACampaignIsMeantToStopAreNoIncident() {
        assertThat(events("a-to-stop", "Campaign\nOn March 15 the president ordered an intensified campaign to stop "
                + "Russian attacks on shipping off Odesa.")).isEmpty();
    }

    @Test
    void aMonthInASentenceOfNoActDatesNothingAfterIt() {
        List<Event> events = events("a-fled", "Strikes\nA Russian missile hit a school in Kramatorsk on Sunday, killing "
                + "18 people. \"The ceiling fell on us,\" said a woman who had fled Bakhmut in March. Hours later, a drone "
                + "hit a car in Sloviansk, killing two people, police said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Sloviansk")).singleElement()
                .satisfies(e -> assertThat(e.date()).isNotEqualTo(LocalDate.of(2022, 3, 1)));
    }

    @Test
    void aRangeTheLaterFiguresFallInIsTheCount() {
        List<Event> events = events("a-range", "Market\nShells hit the market in Kharkiv on Sunday, killing between 27 "
                + "and 32 people, volunteers and medics said. A volunteer group said 32 people were killed. A doctors' "
                + "network put the death toll at 27.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities().low()).isEqualTo(27);
            assertThat(e.fatalities().high()).isEqualTo(32);
        });
    }

    @Test
    void aCampaignCountedFromAMonthIsNoIncident() {
        assertThat(events("a-campaign", "Sanctions\nADEN, March 4 (Reuters) - The rebels have fired missiles and "
                + "drones at merchant ships in the Red Sea and the Gulf of Aden since November 2023, saying they act "
                + "in support of Palestinians.")).isEmpty();
    }

    @Test
    void shellingSinceADayIsStillAnIncident() {
        assertThat(events("a-since-day", "Kharkiv\nRussian forces have shelled Kharkiv since Sunday morning, "
                + "killing three people, the governor said.")).isNotEmpty();
    }

    @Test
    void anOffensiveExpectedByAnalystsIsNoIncident() {
        assertThat(events("a-expect", "Talks\nThe two sides agreed a truce at sea on Tuesday. Several analysts "
                + "expect Russia to step up ground assaults in the spring, possibly in the Zaporizhzhia and "
                + "Kharkiv regions.")).isEmpty();
    }

    @Test
    void aCityUnderRegularFireIsNoIncident() {
        assertThat(events("a-regular", "Anniversary\nResidents of Kherson marked on Monday two years since Ukrainian "
                + "troops retook the city. Russian forces withdrew across the Dnipro River in November 2020 after an "
                + "eight-month occupation. Since then the city has come under regular artillery and drone fire from the "
                + "opposite bank, and officials say more than 500 residents have been killed.")).isEmpty();
    }

    @Test
    void whatHasGoneOnSinceTheWarBeganIsNoIncident() {
        assertThat(events("a-since", "Background\nRussian forces have shelled Kharkiv and fired missiles at Odesa since "
                + "the start of the war, officials say.")).isEmpty();
    }

    @Test
    void theNarrativeGoesOnWithTheActsDayNotTheTellings() {
        List<Event> events = events("a-narrative", "Headline\n"
                + "Russian shelling hit Kharkiv early Saturday, killing 16 people, officials said Monday. A second "
                + "barrage struck Kramatorsk, the governor said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kramatorsk")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2022, 7, 2)));
    }

    @Test
    void attackersToldAsAlsoKilledAddToTheVictims() {
        List<Event> events = events("a-also", "Headline\n"
                + "Militants stormed an army checkpoint in Kharkiv on Saturday, killing 16 soldiers, according to the "
                + "military, which said eight attackers were also killed in the firefight.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(24));
    }

    @Test
    void attackersKilledInALaterSentenceAddToTheVictimsAndDoNotUpdateThem() {
        List<Event> events = events("a-later", "Headline\n"
                + "Militants stormed an army checkpoint in Kharkiv on Saturday, killing 16 soldiers, the military said. "
                + "Troops killed 30 of the attackers, it added.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities().low()).isEqualTo(46);
            assertThat(e.fatalities().high()).isNull();
        });
    }

    @Test
    void theAttackersWithdrawingEndsTheActToldAndTheTollAfterItCounts() {
        List<Event> events = events("a-withdraw", "Headline\n"
                + "Militants attacked an army base in Kharkiv on Saturday. The army said troops repelled the attack, "
                + "killing 17 militants. Two military sources said five soldiers were killed, and that the militants "
                + "burnt two armoured vehicles before withdrawing.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kharkiv")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(22));
    }

    @Test
    void theRaidNamedAgainAfterItsDronesWereShotDownIsTheInterception() {
        List<Event> events = events("a-raid", "Drones downed\n"
                + "Air defences intercepted and destroyed 25 Ukrainian drones over the Belgorod region overnight, the "
                + "defence ministry said. The regional governor wrote that the drone raid had caused no casualties or "
                + "damage in the Belgorod region.");

        assertThat(events).singleElement().satisfies(e ->
                assertThat(e.subEventType()).isEqualTo(org.sitrep.model.AcledSubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void aCountrysTotalIsNoOneTownsToll() {
        List<Event> events = events("a-across", "Headline\n"
                + "Russian attacks killed six civilians across Ukraine over the past day, officials said on Sunday. "
                + "Russian artillery attacks on Kherson killed two people on Sunday, the governor said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kherson")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(2));
    }

    @Test
    void aWavesTotalToldWithoutATownIsNoOneTownsToll() {
        List<Event> events = events("a-wave", "Drone attack kills two in Kharkiv, one in Kramatorsk\n"
                + "Russia launched 80 drones against Ukraine overnight, killing at least three people, officials said. "
                + "In Kharkiv, a drone hit an apartment block, killing two women, the mayor said. "
                + "In Kramatorsk, a drone struck a house, killing one man, Governor Vadym Filashkin said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kramatorsk")).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(1));
    }

    @Test
    void fightersAnAirStrikeKilledAreItsVictimsNotAttackersToAdd() {
        List<Event> events = events("a-air", "Headline\n"
                + "An Israeli drone strike on a car near Gaza killed two people on Sunday, the health ministry said. "
                + "Hamas announced the deaths of two of its fighters in the drone strike near Gaza.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(2));
    }

    @Test
    void aCompassPartOfACountryToldBeforeItsTownIsThatTownsIncident() {
        List<Event> events = events("a-compass", "Headline\n"
                + "Russia fired a barrage of missiles at eastern Ukraine on Sunday, officials said. "
                + "The missiles struck Kramatorsk in Ukraine on Sunday, killing three people.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Kramatorsk"));
    }

    @Test
    void eventIdsAreTheArticleIdAndACounter() {
        List<Event> events = events("dev-000", "Strikes\n"
                + "Shells hit Kharkiv in Ukraine on Sunday. A drone struck Belgorod in Russia on Monday. Fighting raged in Sloviansk in Ukraine.");

        assertThat(events).hasSize(3);
        for (int k = 0; k < events.size(); k++) {
            assertThat(events.get(k).id()).isEqualTo("dev-000#e" + (k + 1));
        }
    }
}
