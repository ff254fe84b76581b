package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Stance;

/** Reading rules that span stages, each on a short article written for the test. */
class ReadingRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 4); // a Monday

    private static List<Event> events(String text) {
        return TestPipeline.extract("rr", PUBLISHED, text).events();
    }

    @Test
    void theDatelineDatesTheReportNotTheStrike() {
        List<Event> e = events("Strike on Kharkiv\nKHARKIV, July 4 - A missile struck Kharkiv in Ukraine on Saturday, "
                + "killing two people, Ukrainian officials said.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.date()).isEqualTo(LocalDate.of(2022, 7, 2)));
    }

    @Test
    void aDefenceMinistryInflictingLossesOnUnitsNearATownTellsOfFightingThere() {
        List<Event> e = events("Daily update\nUnits of the Battlegroup Centre inflicted losses on manpower and hardware of"
                + " two mechanized brigades near Kramatorsk on Sunday, the Russian defence ministry said.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.subEventType()).isEqualTo(AcledSubEventType.ARMED_CLASH);
            assertThat(ev.place().name()).isEqualTo("Kramatorsk");
        });
    }

    @Test
    void aMissileADroneOrAnAircraftFiredIsAnAirStrikeOneFiredFromTheGroundIsNot() {
        List<Event> byDrone = events("Strike\nA drone fired a missile at a car in Kramatorsk on Sunday, killing two men,"
                + " officials said.");
        List<Event> fromJets = events("Strike\nA missile fired from a warplane hit a car in Kramatorsk on Sunday, killing two"
                + " men, officials said.");
        List<Event> missile = events("Strike\nA missile hit a car in Kramatorsk on Sunday, killing two men, officials said.");

        assertThat(byDrone).singleElement().satisfies(ev -> assertThat(ev.subEventType())
                .isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE));
        assertThat(fromJets).singleElement().satisfies(ev -> assertThat(ev.subEventType())
                .isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE));
        assertThat(missile).singleElement().satisfies(ev -> assertThat(ev.subEventType())
                .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK));
    }

    @Test
    void aSettlementInTheDonetskPeoplesRepublicLiesInUkrainesDonetskRegion() {
        List<Event> e = events("Daily update\nRussian units have liberated the settlement of Udachnoye in the Donetsk"
                + " People's Republic, the Russian defence ministry said on Sunday.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.place().name()).isEqualTo("Udachnoye");
            assertThat(ev.place().country()).isEqualTo("UA");
            assertThat(ev.place().admin1()).isEqualTo("Donetsk");
        });
    }

    @Test
    void hoursEarlierIsTheDayTheStoryIsAboutNotAnUnknownDay() {
        List<Event> e = events("Strikes\nA missile hit a hospital in Kramatorsk on Monday, officials said. Hours earlier,"
                + " jets struck Sloviansk, the military said.");

        assertThat(e).filteredOn(ev -> ev.place().name().equals("Sloviansk")).singleElement()
                .satisfies(ev -> assertThat(ev.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void aDatelineInTitleCaseIsWhereTheReportWasFiledNotTheScene() {
        List<Event> e = events("Rebels advance\nKharkiv, 2 July 2022 - Rebels said on Sunday that their fighters had"
                + " taken control of Zavodske after two days of fighting with the army.");

        assertThat(e).extracting(ev -> ev.place().name()).doesNotContain("Kharkiv");
    }

    @Test
    void anAttackerNamingAMilitaryTargetDisputesOnlyWhereOthersReportTheStrike() {
        List<Event> alone = events("Strikes\nRussia's defence ministry said on Sunday its missiles destroyed a command post "
                + "in Sloviansk in Ukraine.");
        List<Event> answered = events("Strikes\nRussia's defence ministry said on Sunday its missiles destroyed a command "
                + "post in Sloviansk in Ukraine. Ukrainian officials said the missiles hit a school in Sloviansk, killing "
                + "five children.");

        assertThat(alone).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .containsExactly(tuple("RU", Stance.ASSERTS)));
        assertThat(answered).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("RU", Stance.DISPUTES), tuple("UA", Stance.ASSERTS)));
    }

    @Test
    void anArmedGroupBlamingOthersForItsAttackDisputesItThoughItSharesTheCountry() {
        List<Event> e = events("Massacre\nMilitants killed at least 70 people in a militant attack on Sloviansk in "
                + "Ukraine on Thursday, police said. The militants blamed the state and the victims for the attack.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .contains(tuple("UA_opposition", Stance.DISPUTES)));
    }

    @Test
    void aTownNamedAsADistanceMarkIsNotTheScene() {
        List<Event> e = events("Shelling\nShells hit Sloviansk in Ukraine on Sunday, about 40 kilometers north of Kharkiv.");

        assertThat(e).extracting(ev -> ev.place().name()).containsExactly("Sloviansk");
    }

    @Test
    void aSourceOwnedByTheLastSpeakerIsThatSpeaker() {
        List<Event> e = events("Capture\nRussia's defence ministry said on Sunday that its forces had taken Lysychansk in Ukraine. "
                + "One of its commanders said Lysychansk was under full control.");

        assertThat(e).singleElement().satisfies(ev -> assertThat(ev.claims()).extracting(Claim::side, Claim::stance)
                .containsExactly(tuple("RU", Stance.ASSERTS)));
    }

    @Test
    void anAnnouncedWithdrawalIsAnEvent() {
        List<Event> e = events("Withdrawal\nRussia's defence ministry announced on Saturday that it would withdraw its troops "
                + "from Sloviansk in Ukraine.");

        assertThat(e).singleElement().satisfies(ev -> {
            assertThat(ev.kind()).isEqualTo(EventKind.TERRITORIAL_CONTROL);
            assertThat(ev.place().name()).isEqualTo("Sloviansk");
        });
    }

    @Test
    void aRecalledEpisodeWithoutTollIsBackground() {
        assertThat(events("Context\nRussian forces withdrew from Sloviansk in Ukraine earlier this year.")).isEmpty();
    }

    @Test
    void aYearIsNotACount() {
        List<Event> e = events("Strike\nA missile struck Kharkiv in Ukraine on Sunday, officials said. "
                + "The city has been shelled almost every week since 2022, killing 3 people on Sunday.");

        assertThat(e).first().satisfies(ev -> assertThat(ev.fatalities().low()).isEqualTo(3));
    }

    @Test
    void otherNewsIsNoIncident() {
        assertThat(events("Local news\nHe is survived by his sister Linda Battle of Sloviansk in Ukraine.")).isEmpty();
        assertThat(events("Local news\nA pickup truck struck a car in the westbound lane near Kharkiv in Ukraine on Sunday, "
                + "killing two people.")).isEmpty();
        assertThat(events("Local news\nPolice captured two suspects in Kharkiv in Ukraine on Sunday.")).hasSize(0);
        assertThat(events("Local news\nA magnitude 5 earthquake struck near Kharkiv in Ukraine on Sunday, killing two people.")).isEmpty();
        assertThat(events("Local news\nVolunteers were fighting two apartment fires in Kharkiv in Ukraine on Sunday.")).isEmpty();
    }

    @Test
    void aCaptureByForcesIsStillACapture() {
        assertThat(events("War\nRussian forces captured Sloviansk in Ukraine on Sunday, Russia's defence ministry said."))
                .singleElement().satisfies(ev -> assertThat(ev.kind()).isEqualTo(EventKind.TERRITORIAL_CONTROL));
    }
}
