package org.sitrep.engine.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.engine.Engine;
import org.sitrep.engine.Geoparser;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.gazetteer.GeoNamesIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Toponym;
import org.sitrep.model.ToponymRole;

/**
 * Places of reporting from every theatre, over the bundled GeoNames index: settlements the gazetteer lacks,
 * named regions, seas and disputed areas, "Gaza", and the places that are no event's scene. The sentences
 * are written for these tests.
 */
class WorldPlacesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 3);
    private static Geoparser geoparser;
    private static Engine engine;

    @BeforeAll
    static void load() throws IOException {
        GeoNamesIndex index = GeoNamesIndex.loadDefault();
        geoparser = new Geoparser(index, Knowledge.defaults());
        engine = new Engine(index, Knowledge.defaults());
    }

    private static List<Toponym> parse(String text) {
        return parse(null, text);
    }

    private static List<Toponym> parse(String url, String text) {
        return geoparser.parse(new Article("w", url, null, PUBLISHED, text)).places();
    }

    private static Toponym named(List<Toponym> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + text + "' in " + places.stream().map(Toponym::text).toList()));
    }

    private static List<Event> events(String text) {
        return engine.extract(new Article("w", null, null, PUBLISHED, text)).events();
    }

    // spellings

    @Test
    void aNameQualifiedOnceKeepsItsPlaceAcrossTheArticleNotANamesakeAcrossTheBorder() {
        List<Toponym> places = parse("Shelling hit the Mendhar area of Poonch district, Jammu and Kashmir, on Wednesday.\n"
                + "Fifteen deaths were reported in the worst-hit Poonch district.");

        assertThat(places).filteredOn(p -> p.text().equals("Poonch district")).hasSize(2)
                .allSatisfy(p -> assertThat(p.country()).isEqualTo("IN"));
    }

    @Test
    void smallWordsInsideANameKeepItWhole() {
        for (String name : List.of("Port-au-Prince", "Deir ez-Zor", "Dar es Salaam")) {
            List<Toponym> places = parse("Gunmen attacked a market in " + name + " on Friday.");
            assertThat(places).extracting(Toponym::text).as(name).containsExactly(name);
        }
    }

    @Test
    void aMassacreToldFromACityIsWhereTheNextSentencePlacesTheAttack() {
        List<Event> events = events("Gang massacre\nThe government deployed police units on Friday after a massacre "
                + "northwest of Port-au-Prince that the United Nations said left at least 70 dead.\n"
                + "The attack, carried out early Thursday in the town of Pont Sonde, also saw scores of houses torched.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Pont Sonde");
    }

    @Test
    void theTownToldAgainBesideTheCapitalItIsMeasuredFromIsStillTheTown() {
        List<Event> events = events("Gangs storm town\nGang members stormed the central Haitian town of Mirebalais on Monday.\n"
                + "Fighting went on into Tuesday as gunmen battled police for control of the town, about 50 kilometers "
                + "(30 miles) northeast of the capital, Port-au-Prince.\n"
                + "Residents said the gangs were still in control of the town on Wednesday.");

        assertThat(events).isNotEmpty().extracting(e -> e.place().name()).containsOnly("Mirebalais");
    }

    @Test
    void aDayNextToTheVerbThatReportsAnActIsWhenItWasSaidBesideTheDayOfTheAct() {
        List<Event> events = events("Police operation\nPolice said Wednesday that officers had killed at least 12 gang "
                + "members in an operation in Kenscoff, in the hills southeast of the capital, on Tuesday.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 30)));
    }

    @Test
    void aDistrictNamedAfterATownOfTheStorysCountryIsThatTownsNotAProvinceAbroad() {
        List<Toponym> places = parse("Russian-installed officials in Crimea said air defences shot down a missile over "
                + "the Saky district in the west of the peninsula on Tuesday.");

        assertThat(named(places, "Saky district").country()).isEqualTo("UA");
    }

    @Test
    void aPlaceAfterATownsPossessiveIsPartOfTheTown() {
        List<Event> events = events("Navy strike\nUkraine's navy said missiles hit a Russian landing ship moored in "
                + "Sevastopol's South Bay on Tuesday.");

        assertThat(events).isNotEmpty().extracting(e -> e.place().name()).containsOnly("Sevastopol");
    }

    @Test
    void aShipNamedAfterATownIsNoPlace() {
        for (String text : List.of("In March, Ukraine said it had hit another landing ship, the Azov, in Sevastopol.",
                "The flagship of the fleet, the cruiser Moskva, sank in April after a fire.",
                "Officials said the Moskva cruiser had been hit by two missiles.")) {
            assertThat(parse(text)).extracting(Toponym::text).as(text).doesNotContain("Azov", "Moskva");
        }
        assertThat(parse("Missiles hit ships, the Odesa port and a grain terminal on Tuesday."))
                .extracting(Toponym::text).contains("Odesa");
    }

    @Test
    void whereAnOfficialWhoSpeaksIsPostedIsNotWhereTheFireFell() {
        List<Event> events = events("Border clash\nA Pakistani security official in Quetta, speaking on condition of "
                + "anonymity, said Afghan forces had opened fire on a Pakistani post in Chaman on Monday.");

        assertThat(events).isNotEmpty().extracting(e -> e.place().name()).containsOnly("Chaman");
    }

    @Test
    void aQuarterTheGazetteerLacksIsPartOfTheTownToldBefore() {
        List<Event> events = events("School hit\nAn air strike on a school in Gaza City killed at least 12 people on "
                + "Saturday, rescuers said.\n"
                + "A rescuer said the strike hit the Abu Bakr school in the Tuffah neighbourhood and wounded 20 others.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Gaza"));
    }

    @Test
    void aTownshipOfTheStorysCountryIsNoTownOrProvinceAbroadOfTheSameName() {
        List<Toponym> places = parse("A Myanmar military jet bombed a village in Sagaing Region's Pale Township on "
                + "Monday, resistance officials said.");

        assertThat(places).filteredOn(p -> p.text().startsWith("Pale")).extracting(Toponym::country)
                .allMatch("MM"::equals);
    }

    @Test
    void aVillageTheHeadlineNamesLiesInTheDivisionTheBodyPutsItIn() {
        List<Event> events = events("Russian strike on Novoplatonivka village kills three\n"
                + "A Russian drone hit a house in the Kharkiv region's Novoplatonivka municipality on Saturday, killing three "
                + "people, officials said. Shelling also continued in the Donetsk region, the army said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Novoplatonivka")).singleElement()
                .satisfies(e -> assertThat(e.place().admin1()).isEqualTo("Kharkiv"));
    }

    @Test
    void aTownOfTheStorysCountryIsNoBigCityAbroadOfTheSameName() {
        List<Toponym> mozambique = parse("Insurgents attacked villages in Mozambique's Gaza province on Friday, killing "
                + "four people. The attacks come four years after an assault on the town of Palma that killed dozens.");
        List<Toponym> mallorca = parse("Storms hit Spain on Friday. Flights were cancelled at the airport of the city of Palma.");

        assertThat(named(mozambique, "Palma").country()).isEqualTo("MZ");
        assertThat(named(mallorca, "Palma").country()).isEqualTo("ES");
    }

    @Test
    void aProvinceNamedBareByTheFirstWordOfItsSeatIsTheSeat() {
        Toponym nabatieh = named(parse("An Israeli strike hit a building in Nabatieh, killing eight people on Sunday."),
                "Nabatieh");
        Toponym oklahoma = named(parse("Storms swept across Oklahoma and Kansas on Sunday."), "Oklahoma");

        assertThat(nabatieh.geonameid()).isEqualTo(278913L);
        assertThat(oklahoma.name()).isEqualTo("Oklahoma");
    }

    @Test
    void aStateAndItsArmedOppositionAreTwoVoicesEvenWhenTheSpeakerIsNamedFarFromTheVerb() {
        List<Event> events = events("Headline\n"
                + "Rebels stormed an army base in Sebba in Burkina Faso on Monday, killing more than 100 soldiers, the "
                + "armed group said in a statement. "
                + "The army, in a statement read on state television late on Tuesday, said 20 soldiers were killed "
                + "in the attack on Sebba.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(20));
    }

    @Test
    void aSingleDeathASideReportsAmongItsOwnDoesNotCompeteWithTheToll() {
        List<Event> events = events("Headline\n"
                + "An Israeli raid on Nuseirat in Gaza killed 274 people on Saturday, the Gaza health ministry said. "
                + "The Israeli military said one police officer was killed in the raid on Nuseirat.");

        assertThat(events).anySatisfy(e -> assertThat(e.fatalities().low()).isEqualTo(274))
                .noneMatch(e -> e.fatalities() != null && e.fatalities().low() == 1);
    }

    @Test
    void theAttackersDeadAddToTheVictimsOneSourceCountsButCompeteWithAnotherVoicesFigure() {
        List<Event> added = events("Check post attacked\nMilitants attacked a check post in Mir Ali in Pakistan on "
                + "Sunday. Four soldiers were martyred and three militants were killed, the military said.");
        List<Event> competing = events("Strike on a school\nAn Israeli strike on a school in Gaza City killed 93 "
                + "Palestinians on Saturday, the civil defence said, while the military said 31 militants died.");

        assertThat(added).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(7));
        assertThat(competing).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(31));
    }

    @Test
    void namesThatOnlyBeginLikeAPlaceAreNoPlace() {
        assertThat(parse("A port worker was killed in Ras Issa, north of Hodeidah, on Saturday."))
                .extracting(Toponym::country).doesNotContain("SA");
        assertThat(parse("The Kurdistan Region Security Council said four people were killed near Erbil."))
                .extracting(Toponym::text).doesNotContain("Kurdistan Region");
        assertThat(parse("Soldiers clashed with rebels on Wednesday, said the spokesman in the Sokola 1 operations sector."))
                .extracting(Toponym::text).doesNotContain("Sokola");
    }

    @Test
    void aCountrysTollToldInThePerfectAndWhoCountsItSpeakOfNoIncident() {
        List<Event> events = events("Strike near Tyre\nAn Israeli drone strike on a car near Tyre in Lebanon killed two "
                + "people on Wednesday, the Israeli army said. The violence has killed more than 420 people in Lebanon, "
                + "according to a tally by the health ministry.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities().low()).isEqualTo(2);
            assertThat(e.claims()).extracting(org.sitrep.model.Claim::side).doesNotContain("LB");
        });
    }

    @Test
    void whoSpokeBeforeTheStoryInAClauseOfWhatLedUpToItMakesNoClaim() {
        List<Event> events = events("Drones over Moscow\nA woman was hurt when drone debris hit a house in Ramenskoye "
                + "on Sunday, the governor said.\n\nThe attack came days after Washington announced that Moscow and Kyiv "
                + "had agreed to pause strikes on energy facilities.");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.claims())
                .extracting(org.sitrep.model.Claim::by).noneMatch(by -> by.contains("United States")));
    }

    @Test
    void whatASourceSaysWillBeIsNoAccountOfTheEvent() {
        List<Event> events = events("Missile strike on Kyiv\nA Russian missile hit a children's hospital in Kyiv on "
                + "Monday, killing two people, Ukrainian officials said.\n\nGermany said it would deliver additional "
                + "air defence systems to Ukraine in the coming weeks.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.claims())
                .extracting(org.sitrep.model.Claim::side).doesNotContain("DE"));
    }

    @Test
    void anAttackerNamingAMilitaryTargetDisputesOnlyAnAccountOfHarmToCivilians() {
        List<Event> unopposed = events("Rockets on Metula\nHezbollah said its fighters fired rockets at a gathering of "
                + "enemy soldiers near Metula in Israel on Wednesday. The Israeli army said about 15 projectiles "
                + "crossed from Lebanon towards Metula and fell in open areas.");
        List<Event> opposed = events("Strike on Kisweh\nIsraeli jets struck Kisweh in Syria on Tuesday, killing two "
                + "civilians, Syria's state news agency SANA said. The Israeli military said its jets had struck "
                + "military targets including command centres in Kisweh.");

        assertThat(unopposed).isNotEmpty().allSatisfy(e -> assertThat(e.claims()).filteredOn(c -> c.side().startsWith("LB"))
                .extracting(org.sitrep.model.Claim::stance).containsOnly(org.sitrep.model.Stance.ASSERTS));
        assertThat(opposed).isNotEmpty().anySatisfy(e -> assertThat(e.claims()).filteredOn(c -> c.side().equals("IL"))
                .extracting(org.sitrep.model.Claim::stance).contains(org.sitrep.model.Stance.DISPUTES));
    }

    @Test
    void aStatementNamingTheDayOfAnIncidentSpeaksOfThatDaysIncident() {
        List<Event> events = events("Jet bombs village\nA military jet bombed a village near Kani in Myanmar on Monday, "
                + "killing 11 civilians, residents said.\n\nIn a separate incident on Sunday night, resistance fighters "
                + "said their drones had bombed a police station in Monywa, killing three officers.\n\nThe National Unity "
                + "Government said Monday's bombing was the third air strike on civilian areas this month.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kani")).singleElement().satisfies(e -> assertThat(
                e.claims()).extracting(org.sitrep.model.Claim::by).contains("National Unity Government"));
        assertThat(events).filteredOn(e -> e.place().name().equals("Monywa")).singleElement().satisfies(e -> assertThat(
                e.claims()).extracting(org.sitrep.model.Claim::by).doesNotContain("National Unity Government"));
    }

    @Test
    void aCapitalLabellingAnItemOfASummaryIsTheCityNotItsGovernment() {
        List<Event> events = events("Overnight attack\nRussia launched missiles at Ukraine overnight, officials said.\n\n"
                + "Lutsk: A missile hit a residential building, killing one person, the mayor said.\n\n"
                + "Kyiv: A missile hit a residential building, killing two people, the mayor said.");

        assertThat(events).extracting(e -> e.place().name()).contains("Lutsk", "Kyiv");
    }

    @Test
    void aSpeakersSeatDoesNotEndTheStoryATollIsReadFrom() {
        List<Event> events = events("Drones downed\nAir defences destroyed 14 Ukrainian drones over the Bryansk region "
                + "overnight, Russia's defence ministry said. It did not mention any damage. Bryansk governor Alexander "
                + "Bogomaz said there were no casualties in his region.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(0));
    }

    @Test
    void aDivisionNamedByItsWordIsWhatItsNameMeansBareWhereItsSeatIsASmallTown() {
        List<Toponym> places = parse("Gunmen ambushed a patrol near Tera in the western Tillaberi region on Tuesday. "
                + "On Monday, four civilians were killed when their vehicle struck a mine on the road between Ouallam "
                + "and Banibangou, also in Tillaberi.");

        assertThat(places).filteredOn(p -> p.text().equals("Tillaberi")).singleElement()
                .satisfies(p -> assertThat(p.precision()).isEqualTo(org.sitrep.model.Precision.REGION));
    }

    @Test
    void anActTheSinceClauseDatesIsAnEpisodeButTheOutbreakOfAWarIsNot() {
        List<Event> events = events("Border clash\nPakistani and Afghan forces exchanged fire at Chaman on Monday, "
                + "killing two soldiers, officials said.\n\nRelations have deteriorated since Pakistani air strikes in "
                + "Afghanistan's Paktika province in December, which the Taliban said killed 46 people.\n\nMuch of "
                + "Omdurman has come to resemble a battlefield since clashes broke out between the army and the RSF on "
                + "April 15.\n\nViolence in the West Bank has surged since Hamas's attack on Israel on October 7, 2023.");

        assertThat(events).extracting(e -> e.place().name()).containsExactlyInAnyOrder("Chaman", "Paktika");
    }

    @Test
    void whereSomethingWasMovedFromOrToIsNoScene() {
        List<Event> events = events("Fleet\nUkraine's navy said it hit a landing ship in Sevastopol on Tuesday.\n\nKyiv "
                + "says it has damaged or destroyed about a third of the Black Sea Fleet's warships with sea drones and "
                + "missiles, forcing Russia to move much of the fleet from Sevastopol to Novorossiysk.");

        assertThat(events).extracting(e -> e.place().name()).doesNotContain("Novorossiysk");
    }

    @Test
    void aStatementOfALiveBlogItemSpeaksOfThatItemNotOfTheOneBefore() {
        List<Event> events = events("Israel-Hezbollah live\n\n08:05 Israeli warplanes struck Beirut's southern suburbs "
                + "overnight, killing three people, the health ministry said.\n\n10:40 The Israeli army said its troops "
                + "were operating in southern Lebanon.\n\n12:15 Hezbollah said it fired rockets at an army base near Safed.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Beirut")).singleElement().satisfies(e -> assertThat(
                e.claims()).extracting(org.sitrep.model.Claim::side).containsOnly("LB"));
    }

    @Test
    void aStatementOfASummarysItemSpeaksOfThatItemNotOfTheOneBefore() {
        List<Event> events = events("Overnight attack\nRussia launched missiles at Ukraine overnight, officials said.\n\n"
                + "Lutsk: A missile hit a residential building, killing one person, the mayor said.\n\n"
                + "Kyiv: Explosions were heard in the capital at dawn. Debris fell in two districts, Russia's defence "
                + "ministry said.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Lutsk")).singleElement().satisfies(e -> assertThat(
                e.claims()).extracting(org.sitrep.model.Claim::side).containsOnly("UA"));
    }

    @Test
    void whereTheAircraftFlewIsNotWhereTheBombsFell() {
        List<Event> events = events("Glide bombs on Kharkiv\nRussian glide bombs hit an apartment building in Kharkiv on "
                + "Saturday, killing three people.\n\nThe governor said the city was hit by three glide bombs, released by "
                + "Russian warplanes flying over the neighbouring Belgorod region.");

        assertThat(events).extracting(e -> e.place().name()).containsOnly("Kharkiv");
    }

    @Test
    void aVillageInADivisionNamedInTwoCountriesLiesInTheCountryTheStoryIsIn() {
        List<Toponym> places = parse("Rebels killed 40 people in an attack on the village of Mamove-Kalau in Beni "
                + "territory, in Congo's North Kivu province, on Friday.");

        assertThat(places).filteredOn(p -> p.text().equals("Mamove-Kalau")).singleElement()
                .satisfies(p -> assertThat(p.country()).isEqualTo("CD"));
    }

    @Test
    void anAppositionCallingANameATownMakesItASettlementButATownOfficeDoesNot() {
        List<Toponym> places = parse("Rebels took control of Kanyabayonga, a town in Congo's North Kivu province, on "
                + "Saturday. Olena Marchuk, a town councillor, said the shelling went on.");

        assertThat(places).extracting(Toponym::text).contains("Kanyabayonga").doesNotContain("Olena Marchuk", "Marchuk");
    }

    @Test
    void warsTwoNeighboursFoughtAreNoIncident() {
        assertThat(events("Armenia and Azerbaijan agree treaty text\nArmenia and Azerbaijan agreed the text of a peace "
                + "treaty on Friday, officials said.\n\nThe two neighbours have fought two wars over Karabakh, a mountain "
                + "region recognised as part of Azerbaijan whose Armenian population broke away from Baku's control as "
                + "the Soviet Union collapsed.")).isEmpty();
    }

    @Test
    void anInterceptionToldAloneSpeaksOfTheSalvoItStopped() {
        List<Event> events = events("Rockets fired\nHezbollah said it fired a salvo of rockets at the northern Israeli "
                + "town of Kiryat Shmona on Monday. The Israeli military said about 15 projectiles crossed from Lebanon "
                + "and most were intercepted.");

        assertThat(events).filteredOn(e -> e.place().name().contains("Shmona")).singleElement().satisfies(e -> assertThat(
                e.claims()).extracting(org.sitrep.model.Claim::side).contains("IL"));
    }

    @Test
    void aTallyOfTargetsIsNoIncidentAtThePlacesItNames() {
        List<Event> events = events("Strikes\nAn Israeli air strike on a house in Baalbek killed four people on Monday, "
                + "the health ministry said. The Israeli military said its jets had struck around 120 Hezbollah targets "
                + "in southern Lebanon and the Bekaa Valley over the past day.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Baalbek");
    }

    @Test
    void aDayInTheReportingClauseAfterTheActIsWhenItWasTold() {
        List<Event> events = events("Air strike\nA military jet bombed a village in the Sagaing region on Saturday, "
                + "killing at least 27 people, residents said. The jet dropped two bombs on Thit Seint Gyi village shortly "
                + "after noon, a member of a local militia told The Associated Press by phone on Monday.");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 4, 27)));
    }

    @Test
    void aNameMeasuredFromAnotherPlaceIsAPlaceOfItsOwn() {
        List<Toponym> places = parse("On Tuesday, clashes between rebels and militias in Mpofi, about 30 km east of "
                + "Walikale in eastern Congo, killed at least eight fighters.");

        assertThat(places).extracting(Toponym::text).contains("Mpofi");
    }

    @Test
    void aDatelineOfTwoCitiesIsWhereTheReportWasFiled() {
        List<Event> events = events("Toll rises\nJERUSALEM/DUBAI, June 15 (Reuters) - The death toll from an Iranian "
                + "missile that struck a residential building in the Israeli city of Bat Yam rose to six, police said.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Bat Yam");
    }

    @Test
    void fireOnPositionsNearAVillageIsAClashNotAnAttackOnVillagers() {
        List<Event> events = events("Border shooting\nAzerbaijani forces opened fire on Armenian positions near the "
                + "village of Nerkin Hand in southern Armenia early on Tuesday, killing four soldiers, Armenia's defence "
                + "ministry said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType())
                .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void anOblastNamedAfterItsSeatIsNotTheCityFiledAsADivision() {
        List<Toponym> places = parse("Drone debris fell on a house in Kyiv Oblast on Friday.");

        assertThat(places).filteredOn(p -> p.text().equals("Kyiv Oblast")).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Kiev"));
    }

    @Test
    void aDistrictHoldsOnlyTheTownsNearItsSeat() {
        List<Event> events = events("Soldiers killed as militants ambush army convoy in J&K's Kathua\nJAMMU, May 3 - Five "
                + "soldiers were killed when militants ambushed a convoy in a remote area of Jammu and Kashmir's Kathua "
                + "district on Thursday, officials said.\n\nA militant group claimed the attack, saying the ambush "
                + "avenged the killing of its fighters in Kulgam.\n\nSix militants were killed on Tuesday in a gunfight "
                + "in Kulgam district, police said.");

        assertThat(events).extracting(e -> e.place().name()).anyMatch(name -> name.startsWith("Kathua"));
    }

    @Test
    void theGroupThatTookATownAssertsItsCaptureWhereTheArmySaysTheFightGoesOn() {
        List<Event> events = events("M23 rebels say they have seized Congo's Kanyabayonga; army says fighting continues\n"
                + "M23 rebels said on Saturday they had taken control of Kanyabayonga, a town in Congo's North Kivu province.");

        assertThat(events).filteredOn(e -> e.place().name().equals("Kanyabayonga")).singleElement().satisfies(e -> {
            assertThat(e.claims()).filteredOn(c -> c.side().equals("CD_opposition"))
                    .allSatisfy(c -> assertThat(c.stance()).isEqualTo(org.sitrep.model.Stance.ASSERTS)).isNotEmpty();
            assertThat(e.claims()).filteredOn(c -> c.side().equals("CD"))
                    .allSatisfy(c -> assertThat(c.stance()).isEqualTo(org.sitrep.model.Stance.DENIES)).isNotEmpty();
        });
    }

    @Test
    void aGroupClaimingTheActAccusesItsTargetAndBlamesNoOneElse() {
        List<Event> events = events("Drone attack\nGuerrillas of the ELN dropped explosive charges from drones on an army "
                + "base on the outskirts of Tibu, in Colombia's Norte de Santander department, on Monday, killing two "
                + "soldiers, the army said. In a statement, the ELN said it had carried out a military action against the "
                + "base, which it accused of coordinating with paramilitary groups.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.claims())
                .filteredOn(c -> c.side().equals("CO_opposition")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.stance()).isEqualTo(org.sitrep.model.Stance.ASSERTS)));
    }

    @Test
    void aDenialThatGivesItsOwnTargetDisputes() {
        List<Event> events = events("Air strike\nA Myanmar military jet bombed a village in the Sagaing region on Saturday, "
                + "killing at least 27 civilians, residents said. A spokesman for the military government said the air "
                + "force had attacked a gathering of PDF terrorists and that reports of civilian deaths were fabricated.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.claims()).filteredOn(c -> c.side().equals("MM"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.stance()).isEqualTo(org.sitrep.model.Stance.DISPUTES)));
    }

    @Test
    void aWeaponsStoreIsTheMilitaryTargetAnAttackerNames() {
        List<Event> events = events("Strike\nAn Israeli air strike on a building in Nabatieh killed five civilians on "
                + "Monday, Lebanon's health ministry said. The Israeli military said its aircraft struck a Hezbollah "
                + "weapons storage facility in the building.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.claims()).filteredOn(c -> c.side().equals("IL"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.stance()).isEqualTo(org.sitrep.model.Stance.DISPUTES)));
    }

    @Test
    void anEncounterOfTroopsAndRebelsIsAClash() {
        List<Event> events = events("Clash\nIn Negros Occidental, the Philippine Army's 3rd Infantry Division reported an "
                + "encounter in the upland village of Tabugon in Kabankalan City on Saturday, in which one rebel was killed.");

        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.subEventType())
                .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void aTownHoldingAVillageTheGazetteerLacksIsNoSceneOfItsOwn() {
        List<Event> events = events("Clash\nTroops clashed with rebels in the upland village of Tabugon in Kabankalan City, "
                + "in the Philippines, on Saturday, killing one rebel.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Tabugon");
    }

    @Test
    void whereAWeaponWasMadeIsNoScene() {
        List<Event> events = events("Missiles downed\nRussian air defences shot down two US-made ATACMS missiles and 44 "
                + "drones overnight, Russia's defence ministry said.");

        assertThat(events).extracting(e -> e.place().country()).doesNotContain("US");
    }

    @Test
    void aDistrictOfTheCityToldBeforeIsPartOfThatCity() {
        List<Event> events = events("Market shelled\nShelling killed eight people at a market in Donetsk on Saturday, "
                + "officials said.\n\nThe strike hit the market in the city's Kuibyshevskyi district shortly after noon.");

        assertThat(events).extracting(e -> e.place().name()).containsOnly("Donetsk");
    }

    @Test
    void oneOfTheWorstSinceTheWarBeganComparesItCountsNothing() {
        List<Event> events = events("Massacre\nParamilitary fighters killed at least 97 people in a village in Sudan's "
                + "Gezira state after storming it on Friday, a doctors' group said, in what activists described as one of "
                + "the worst massacres in the state since the war began.");

        assertThat(events).isNotEmpty().anySatisfy(e -> assertThat(e.fatalities().low()).isEqualTo(97));
    }

    @Test
    void armedMenLootingAMarketIsLooting() {
        List<Event> events = events("Market looted\nIn Al-Hilaliya, in Sudan's Gezira state, RSF fighters looted the main "
                + "market on Thursday, two residents told AFP.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType())
                .isEqualTo(org.sitrep.model.AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION));
    }

    @Test
    void aCounteroffensiveIsAFightNotAStrike() {
        List<Event> events = events("Counteroffensive\nHaiti's National Police said officers launched a counteroffensive "
                + "in Kenscoff on Sunday and killed several gang members.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.subEventType())
                .isEqualTo(org.sitrep.model.AcledSubEventType.ARMED_CLASH));
    }

    @Test
    void gazanIsOfGazaNotASaudiTown() {
        List<Toponym> places = parse("Sixty-four of the dead were children, the Gazan government said.");

        assertThat(places).extracting(Toponym::country).doesNotContain("SA");
    }

    @Test
    void aSchoolNamedLikeADivisionElsewhereIsNoPlace() {
        List<Toponym> places = parse("An Israeli strike hit the Salah al-Din school in Gaza City on Wednesday.");

        assertThat(places).extracting(Toponym::text).doesNotContain("Salah al-Din");
    }

    @Test
    void theSurnameAfterAGivenNameOrAnHonorificOfAnyRegionIsAPersonNotATown() {
        List<Toponym> places = parse("Killings in Plateau\n\nGunmen killed 18 people in Bokkos, Plateau State. \"Our members"
                + " were not involved,\" the herders' secretary, Alhaji Umaru Bello, said. The headmaster, Samir Abu Nada,"
                + " said the school in Gaza had been hit before.");

        assertThat(places).extracting(Toponym::text).doesNotContain("Bello", "Nada");
    }

    @Test
    void theStripIsGazaOnlyInAStoryThatNamesGaza() {
        List<Toponym> gaza = parse("Gaza live\n\nAn Israeli strike hit a school in Gaza City. Elsewhere in the Strip, two"
                + " people were killed.");
        List<Toponym> vegas = parse("Casino plans\n\nThe resort could draw tourists from the Strip, the developer said.");

        assertThat(named(gaza, "the Strip").name()).isEqualTo("Gaza Strip");
        assertThat(vegas).extracting(Toponym::text).doesNotContain("the Strip", "Strip");
    }

    @Test
    void aCapitalsNameInsideARegionsNameIsNoStateThatAttacked() {
        List<Event> e = events("Strike in Somalia\n\nMOGADISHU - A Middle Juba airstrike killed 30 fighters near Jilib on"
                + " Sunday, Somalia's defence ministry said.");

        assertThat(e).isNotEmpty().extracting(Event::attacker).doesNotContain("SS");
    }

    // settlements the gazetteer lacks

    @Test
    void townMissingFromTheGazetteerIsKeptByNameInTheDivisionTheTextGives() {
        Toponym town = named(parse("Gang raid\n\nArmed men stormed the town of Pont-Sonde in Haiti's Artibonite department "
                + "on Thursday, the UN said."), "Pont-Sonde");

        assertThat(town.name()).isEqualTo("Pont-Sonde");
        assertThat(town.geonameid()).isNull();
        assertThat(town.lat()).isNull();
        assertThat(town.lon()).isNull();
        assertThat(town.country()).isEqualTo("HT");
        assertThat(town.admin1()).isEqualTo("Artibonite");
        assertThat(town.precisionName()).isEqualTo("town");
    }

    @Test
    void aNameTheGazetteerHasOnlyAbroadIsASettlementOfTheStorysCountryWhereTheWordsAfterItPutIt() {
        List<Toponym> pakistan = parse("Bomb attack\n\nPESHAWAR - A roadside bomb hit an army truck near Mir Ali in North "
                + "Waziristan on Thursday, wounding three soldiers, police in Pakistan said.");
        List<Toponym> colombia = parse("Drone attack\n\nBOGOTA - Rebels dropped explosives on the police post in El Plateado,"
                + " in the municipality of Argelia in Cauca, Colombia's police said.");

        Toponym mirAli = named(pakistan, "Mir Ali");
        assertThat(mirAli.country()).isEqualTo("PK");
        assertThat(mirAli.geonameid()).isNull();
        Toponym plateado = named(colombia, "El Plateado");
        assertThat(plateado.country()).isEqualTo("CO");
        assertThat(plateado.geonameid()).isNull();
    }

    @Test
    void anUnknownNameInWhichTheTextPutsAKnownDivisionIsAVillageButAnInstitutionIsNot() {
        List<Toponym> village = parse("Strikes in the south\n\nAn air strike destroyed a house in Aitaroun, in the Bint Jbeil"
                + " district of Lebanon, killing a woman.");
        List<Toponym> campus = parse("Lecture\n\nThe historian spoke at Aberystwyth University, in Wales, on Monday.");

        Toponym aitaroun = named(village, "Aitaroun");
        assertThat(aitaroun.country()).isEqualTo("LB");
        assertThat(aitaroun.geonameid()).isNull();
        assertThat(campus).extracting(Toponym::text).doesNotContain("Aberystwyth University");
    }

    @Test
    void aPortTheGazetteerLacksIsAPlaceOfItsOwn() {
        List<Toponym> places = parse("Strikes on Yemen\n\nSANAA - U.S. air strikes on the Ras Isa fuel port on Yemen's Red Sea"
                + " coast killed at least 58 people, the health ministry said.");

        Toponym port = named(places, "Ras Isa");
        assertThat(port.country()).isEqualTo("YE");
        assertThat(port.geonameid()).isNull();
    }

    @Test
    void laterBareMentionOfSuchATownIsTheSamePlace() {
        List<Toponym> places = parse("Gang raid\n\nArmed men stormed the town of Pont-Sonde in Haiti's Artibonite department. "
                + "Hundreds of families fled Pont-Sonde on Friday.");

        assertThat(places.stream().filter(p -> p.text().equals("Pont-Sonde")))
                .hasSize(2).allSatisfy(p -> {
                    assertThat(p.country()).isEqualTo("HT");
                    assertThat(p.geonameid()).isNull();
                });
        assertThat(places).noneMatch(p -> p.text().equals("Pont")); // the head of the compound is no French town
    }

    @Test
    void villageAfterItsNameTakesTheStateItIsSaidToLieIn() {
        Toponym village = named(parse("Drone strike\n\nA military drone hit Tudun Biri village in Kaduna State, "
                + "killing dozens of worshippers."), "Tudun Biri");

        assertThat(village.country()).isEqualTo("NG");
        assertThat(village.admin1()).isEqualTo("Kaduna");
        assertThat(village.geonameid()).isNull();
    }

    @Test
    void villageNamedLikeItsDistrictIsAVillageOfThatDistrictsProvince() {
        Toponym village = named(parse("Night raid\n\nHelicopters attacked Tani village, south of Khost town, before dawn, "
                + "villagers said."), "Tani");

        assertThat(village.precisionName()).isEqualTo("town");
        assertThat(village.country()).isEqualTo("AF");
        assertThat(village.admin1()).isEqualTo("Khowst");
        assertThat(village.geonameid()).isNull();
    }

    @Test
    void demonymRightBeforeTheSettlementNounGivesTheCountry() {
        Toponym village = named(parse("Journalists hit\n\nTwo shells struck a group of reporters near the Lebanese village of "
                + "Deir Ammar al-Gharbi on Friday."), "Deir Ammar al-Gharbi");

        assertThat(village.country()).isEqualTo("LB");
        assertThat(village.geonameid()).isNull();
    }

    @Test
    void readingTheTextContradictsGivesWayToTheSettlementTheTextMeans() {
        // Rivne the city is the seat of Rivne oblast, far from the Donetsk region the text places this village in
        List<Toponym> places = parse("Villages taken\n\nRussian forces took the villages of Kucherivka in the Kharkiv region "
                + "and Rivne in the Donetsk region, the ministry said.");

        assertThat(named(places, "Rivne").geonameid()).isNull();
        assertThat(named(places, "Rivne").admin1()).isEqualTo("Donetsk");
        assertThat(named(places, "Kucherivka").admin1()).isEqualTo("Kharkiv");
    }

    @Test
    void spellingGuessAbroadIsNotTheVillageOfAStoryElsewhere() {
        Toponym village = named(parse("Shelling in Poonch\n\nPakistani shells hit houses in Poonch district of Jammu and Kashmir, "
                + "Indian officials said. Two people were killed in the village of Kerni."), "Kerni");

        assertThat(village.country()).isEqualTo("IN");
        assertThat(village.geonameid()).isNull();
    }

    @Test
    void aRunOfNamesJoinedByAndIsNotOneSettlement() {
        List<Toponym> places = parse("Advance\n\nUkrainian troops entered the towns of Balakliia and Izium on Saturday.");

        assertThat(places).noneMatch(p -> p.text().contains(" and "));
        assertThat(named(places, "Izium").geonameid()).isNotNull();
    }

    // named regions, seas and disputed areas

    @ParameterizedTest
    @CsvSource({
        "Indian-administered Kashmir, IN, Jammu and Kashmir",
        "Pakistan-administered Kashmir, PK, Azad Kashmir",
        "Nagorno-Karabakh, AZ, ",
        "the Golan Heights, IL, Northern District",
        "Darfur, SD, ",
        "the Sinai Peninsula, EG, "
    })
    void namedRegionIsARegionWithItsCountryAndDivision(String written, String country, String admin1) {
        Toponym region = named(parse("Clashes\n\nFighting broke out in " + written + " on Monday."), written);

        assertThat(region.precisionName()).isEqualTo("region");
        assertThat(region.country()).isEqualTo(country);
        assertThat(region.admin1()).isEqualTo(admin1);
    }

    @Test
    void regionWithAReferencePointHasItAndOthersHaveNone() {
        assertThat(named(parse("Clashes\n\nShelling was reported in Nagorno-Karabakh."), "Nagorno-Karabakh").lat())
                .isEqualTo(39.8177); // Khankendi (Stepanakert), its capital in cities500
        assertThat(named(parse("Clashes\n\nShelling was reported in Darfur."), "Darfur").lat()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"the Red Sea, Red Sea", "the Gulf of Aden, Gulf of Aden", "the Strait of Hormuz, Strait of Hormuz",
        "the Sea of Azov, Sea of Azov", "the Black Sea, Black Sea", "the Persian Gulf, Persian Gulf"})
    void watersAreRegionsOfNoCountryWithoutInventedCoordinates(String written, String name) {
        Toponym sea = named(parse("Ship hit\n\nA missile hit a tanker in " + written + " on Tuesday."), written);

        assertThat(sea.name()).isEqualTo(name);
        assertThat(sea.country()).isNull();
        assertThat(sea.lat()).isNull();
        assertThat(sea.precisionName()).isEqualTo("region");
    }

    @Test
    void divisionWordAfterASeaNameMakesItTheDivision() {
        Toponym state = named(parse("Fighting in Sudan\n\nThe army moved reinforcements to Red Sea state, near Port Sudan."),
                "Red Sea state");

        assertThat(state.country()).isEqualTo("SD");
    }

    @Test
    void gazaIsTheStripUnlessTheTextSaysGazaCity() {
        List<Toponym> places = parse("Strikes\n\nIsraeli strikes across Gaza killed 20 people, Gaza's health ministry said. "
                + "One strike hit a school in Gaza City.");

        assertThat(places.stream().filter(p -> p.text().equals("Gaza")))
                .hasSize(2).allSatisfy(p -> {
                    assertThat(p.name()).isEqualTo("Gaza Strip");
                    assertThat(p.precisionName()).isEqualTo("region");
                    assertThat(p.country()).isEqualTo("PS");
                });
        assertThat(named(places, "Gaza City").geonameid()).isEqualTo(281133L);
        assertThat(named(places, "Gaza City").precisionName()).isEqualTo("town");
    }

    @Test
    void compassPartOfACountryIsTheCountryAsAToponym() {
        Toponym mali = named(parse("Attack\n\nGunmen killed 12 soldiers in northern Mali on Sunday."), "Mali");

        assertThat(mali.precisionName()).isEqualTo("country");
        assertThat(mali.country()).isEqualTo("ML");
        assertThat(mali.role()).isEqualTo(ToponymRole.LITERAL);
    }

    @Test
    void outletsCountryTipsANameTheTextLeavesOpen() {
        String text = "Blast\n\nA bomb went off at a market in Hyderabad on Monday, killing two, police said.";

        assertThat(named(parse("https://news.example.com.pk/1", text), "Hyderabad").country()).isEqualTo("PK");
        assertThat(named(parse("https://news.example.in/1", text), "Hyderabad").country()).isEqualTo("IN");
        assertThat(named(parse("https://news.example.com.pk/1", "Blast\n\nA bomb went off in Hyderabad, India, on Monday."),
                "Hyderabad").country()).isEqualTo("IN"); // the text's own word wins
    }

    @ParameterizedTest
    @CsvSource({"https://www.example.com.pk/a/1, PK", "https://news.example.co.uk/x, GB", "https://example.in, IN",
        "https://example.com/x, ", "https://example.tv/x, ", "https://example.io/x, ", "no address at all, ", "'', "})
    void outletsCountryComesFromACountryDomainOnly(String url, String country) {
        assertThat(OutletCountry.of(url)).isEqualTo(country);
    }

    // which places are an event's scene

    @Test
    void attackOnAShipAtSeaHappenedAtSeaInNoCountry() {
        List<Event> events = events("Ship attacked\n\nHouthi fighters fired two missiles at a cargo ship in the Gulf of Aden "
                + "on Tuesday, the US military said.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Gulf of Aden");
            assertThat(e.place().country()).isNull();
            assertThat(e.place().lat()).isNull();
        });
    }

    @Test
    void venueOfTalksIsNoEventsPlace() {
        List<Event> events = events("Talks\n\nDelegations met for talks in Paris on Tuesday while Russian missiles struck "
                + "Kharkiv, killing three.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kharkiv");
    }

    @Test
    void whereAMissileWasLaunchedFromIsNoScene() {
        List<Event> events = events("Missile strike\n\nCruise missiles fired from a submarine in the Black Sea struck Odesa "
                + "on Tuesday, killing four.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Odesa");
    }

    @Test
    void seaNamedToDescribePortsIsNoScene() {
        assertThat(events("Shelling\n\nRussian shells hit Black Sea ports on Tuesday, Ukrainian officials said."))
                .noneMatch(e -> "Black Sea".equals(e.place().name()));
    }

    @Test
    void regionalGovernorsSeatIsTheRegionNotItsCapital() {
        List<Event> events = events("Shelling\n\nRussian shelling killed two civilians on Tuesday, "
                + "Donetsk regional governor Vadym Filashkin said.");

        assertThat(events).singleElement().satisfies(e -> {
            Place p = e.place();
            assertThat(p.precision()).isEqualTo(org.sitrep.model.Precision.REGION);
            assertThat(p.admin1()).isEqualTo("Donetsk");
        });
    }

    @Test
    void placeNamedInTheSentenceWinsOverTheSpeakersSeat() {
        List<Event> events = events("Shelling\n\nDonetsk regional governor Vadym Filashkin said Russian shelling killed two "
                + "civilians in Kurakhove on Tuesday.");

        assertThat(events).extracting(e -> e.place().name()).containsExactly("Kurakhove");
    }

    @Test
    void compassPartOfACountryIsNoEventsPlace() {
        assertThat(events("Attack\n\nGunmen killed 12 soldiers in northern Mali on Sunday, the army said.")).isEmpty();
    }

    @Test
    void settlementMissingFromTheGazetteerIsAnEventsPlace() {
        List<Event> events = events("Gang raid\n\nArmed gang members killed 70 people in an attack on the town of Pont-Sonde "
                + "in Haiti's Artibonite department on Thursday.");

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.place().name()).isEqualTo("Pont-Sonde");
            assertThat(e.place().geonameid()).isNull();
            assertThat(e.place().country()).isEqualTo("HT");
            assertThat(e.place().admin1()).isEqualTo("Artibonite");
        });
    }

    @Test
    void aRaidToldByItsStateAndThenByItsDistrictIsOneIncidentInTheDistrict() {
        List<Event> events = events("Raid\n\nGunmen killed at least 15 people in raids on villages in Katsina state on"
                + " Sunday, residents said. The attackers stormed Kankara district late on Sunday, shooting residents.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().name()).isEqualTo("Kankara");
            assertThat(e.place().admin1()).isEqualTo("Katsina");
            assertThat(e.fatalities().low()).isEqualTo(15);
        });
    }

    @ParameterizedTest
    @CsvSource({"Fighting spread across North Kivu on Monday., Nord Kivu, CD",
            "Militants attacked a checkpoint in Anbar province on Monday., Al Anbar, IQ",
            "Paramilitaries entered Gezira state on Monday., Al Jazīrah, SD",
            "Jets bombed villages in Karen state on Monday., Kayin, MM"})
    void aDivisionUnderTheNameThePressGivesItIsThatDivision(String sentence, String division, String country) {
        List<Toponym> places = parse("Headline\n\n" + sentence);

        assertThat(places).as("places of '%s'", sentence).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo(division);
            assertThat(t.country()).isEqualTo(country);
        });
    }

    @Test
    void whatTheLastNameOfAListLiesInTheOthersLieInToo() {
        List<Toponym> places = parse("Summary\n\nDrones attacked Sevastopol and Feodosia in Crimea overnight, the governor of"
                + " Crimea said. Russian forces repelled attacks near the villages of Martynovka and Kauchuk in the Kursk region,"
                + " the ministry said.");

        assertThat(named(places, "Martynovka").admin1()).isEqualTo("Kursk Oblast");
        assertThat(named(places, "Kauchuk").admin1()).isEqualTo("Kursk Oblast");
    }

    @Test
    void aPartOfATownTheSentenceNamesIsNoSceneOfItsOwn() {
        List<Event> events = events("Strike\n\nA missile fired from Yemen struck a playground in the Jaffa area of Tel Aviv early"
                + " on Saturday, wounding 16 people, the emergency service said.");

        assertThat(events).singleElement().satisfies(e -> assertThat(e.place().name()).isEqualTo("Tel Aviv"));
    }

    @Test
    void aRegionOfTheLexiconQualifiesTheNameBeforeIt() {
        List<Event> events = events("Massacre\n\nRebels killed at least 40 people in overnight attacks on villages in the Beni"
                + " territory of North Kivu province, local officials said on Saturday.");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().country()).isEqualTo("CD");
            assertThat(e.place().admin1()).isEqualTo("Nord Kivu");
        });
    }

    @Test
    void aValleyNamedForItsDistrictIsThatDistrict() {
        List<Toponym> places = parse("Shelling\n\nIndian forces shelled villages in the Neelum valley on Monday, the military said.");

        assertThat(places).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Neelum District");
            assertThat(t.country()).isEqualTo("PK");
        });
    }
}
