package org.sitrep.engine.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.engine.SmallGazetteer;
import org.sitrep.engine.TestPipeline;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.text.Document;
import org.sitrep.model.Precision;

class PlaceFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 7, 4);

    private record Found(Document doc, List<PlaceMention> places) {
        List<String> words() {
            return places.stream().map(p -> TestPipeline.span(doc, p.first(), p.end())).toList();
        }

        PlaceMention named(String words) {
            return places.stream().filter(p -> TestPipeline.span(doc, p.first(), p.end()).equals(words)).findFirst()
                    .orElseThrow(() -> new AssertionError("no place '" + words + "' in " + words()));
        }
    }

    /** Through the whole mention stage, so that actors claim their tokens first as they do in the engine. */
    private static Found find(String text) {
        Document doc = TestPipeline.document(text);
        return new Found(doc, TestPipeline.mentions(doc, PUBLISHED).places());
    }

    @Test
    void resolvesATownToItsGeoNamesRow() {
        Location kharkiv = find("Headline\nShells hit Kharkiv in Ukraine.").named("Kharkiv").location();

        assertThat(kharkiv.geonameid()).isEqualTo(706483L);
        assertThat(kharkiv.name()).isEqualTo("Kharkiv");
        assertThat(kharkiv.lat()).isEqualTo(49.98081);
        assertThat(kharkiv.lon()).isEqualTo(36.25272);
        assertThat(kharkiv.country()).isEqualTo("UA");
        assertThat(kharkiv.admin1Name()).isEqualTo("Kharkiv");
        assertThat(kharkiv.precision()).isEqualTo(Precision.TOWN);
    }

    @ParameterizedTest
    @CsvSource({"Lugansk, 702658", "Kharkov, 706483", "Slavyansk, 693468", "Nikolaev, 700569"})
    void resolvesAnAlternateSpelling(String written, long geonameid) {
        Found f = find("Headline\nUkraine said " + written + " was shelled.");

        assertThat(f.named(written).location().geonameid()).isEqualTo(geonameid);
    }

    @Test
    void cuedPlaceIsMarkedCued() {
        Found f = find("Headline\nShells hit Kharkiv. Fighting raged near Sloviansk in Ukraine.");

        assertThat(f.named("Kharkiv").cued()).isFalse();
        assertThat(f.named("Sloviansk").cued()).isTrue();
    }

    @Test
    void prefersTheCandidateInTheCountryTheArticleIsAbout() {
        // GeoNames has a Novomoskovsk in Ukraine (Dnipropetrovsk, 70,550) and a larger one in Russia (Tula, 130,982)
        Location inUkraine = find("Headline\nUkraine said shells hit Novomoskovsk.").named("Novomoskovsk").location();
        Location inRussia = find("Headline\nRussia said a drone hit Novomoskovsk.").named("Novomoskovsk").location();

        assertThat(inUkraine.geonameid()).isEqualTo(699445L);
        assertThat(inRussia.geonameid()).isEqualTo(518557L);
    }

    @Test
    void countryOfTheArticleOutweighsALargerNamesake() {
        // Odesa, Ukraine has a million people; Odessa, Texas 119,000
        Location american = find("Headline\nTexas officials said a storm hit Odessa.").named("Odessa").location();
        Location ukrainian = find("Headline\nUkrainian officials said a missile hit Odessa.").named("Odessa").location();

        assertThat(american.geonameid()).isEqualTo(5527554L);
        assertThat(ukrainian.geonameid()).isEqualTo(698740L);
    }

    @Test
    void nameWithARegionWordIsTheRegion() {
        Location luhansk = find("Headline\nFighting raged in the Luhansk region of Ukraine.").named("Luhansk region").location();

        assertThat(luhansk.precision()).isEqualTo(Precision.REGION);
        assertThat(luhansk.key()).isEqualTo("region:UA.14");
        assertThat(luhansk.geonameid()).isNull();
        assertThat(luhansk.admin1Name()).isEqualTo("Luhansk");
        assertThat(luhansk.lat()).as("coordinates of the administrative centre").isEqualTo(48.56952);
        assertThat(luhansk.lon()).isEqualTo(39.32857);
    }

    @Test
    void oblastAfterANameIsTheRegion() {
        Location belgorod = find("Headline\nA drone hit a house in the Belgorod Oblast, Russia said.").named("Belgorod Oblast").location();

        assertThat(belgorod.precision()).isEqualTo(Precision.REGION);
        assertThat(belgorod.key()).isEqualTo("region:RU.09");
    }

    @Test
    void pluralRegionWordMakesEveryNameOfTheListARegion() {
        Found f = find("Headline\nUkraine said troops left the Kharkiv and Luhansk regions.");

        assertThat(f.named("Kharkiv").location().key()).isEqualTo("region:UA.07");
        assertThat(f.named("Kharkiv").location().precision()).isEqualTo(Precision.REGION);
        assertThat(f.named("Luhansk regions").location().key()).isEqualTo("region:UA.14");
    }

    @Test
    void namedRegionAndAdministrativeRegionInOneList() {
        Found f = find("Headline\nUkraine said troops left the Donbas and Mykolaiv regions.");

        assertThat(f.places()).extracting(p -> p.location().key()).containsExactly("named:Donbas", "region:UA.16");
        assertThat(f.places()).allSatisfy(p -> assertThat(p.location().precision()).isEqualTo(Precision.REGION));
    }

    @Test
    void townWithoutRegionWordStaysATown() {
        Found f = find("Headline\nUkraine said Kharkiv and Luhansk were shelled.");

        assertThat(f.places()).extracting(p -> p.location().precision()).containsOnly(Precision.TOWN);
    }

    @Test
    void countryNamedAfterAPrepositionIsACountry() {
        Location ukraine = find("Headline\nShells hit Kharkiv in Ukraine.").named("Ukraine").location();

        assertThat(ukraine.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(ukraine.country()).isEqualTo("UA");
        assertThat(ukraine.lat()).isNull();
    }

    @Test
    void commonWordAtASentenceStartIsNoPlace() {
        // Deal, Kent (GeoNames 2651468) is also an English word
        Found f = find("Channel news\nDeal officials said the port was shut. British police said a drone crashed in Deal.");

        assertThat(f.places()).hasSize(1);
        PlaceMention deal = f.places().get(0);
        assertThat(f.doc().tokens().get(deal.first()).start()).isEqualTo(f.doc().text().lastIndexOf("Deal"));
        assertThat(deal.location().geonameid()).isEqualTo(2651468L);
    }

    @Test
    void commonWordInAHeadlineIsNoPlace() {
        Found f = find("Deal shut after drone crash\nBritish police said a drone crashed in Deal.");

        assertThat(f.places()).singleElement().satisfies(p -> assertThat(p.first()).isGreaterThan(4));
    }

    @Test
    void firstNameIsNoPlace() {
        Found f = find("Headline\nVladimir Rogov said the town was hit. Later a drone hit Vladimir in Russia.");

        assertThat(f.places()).extracting(p -> p.location().geonameid()).containsOnlyOnce(473247L);
        PlaceMention vladimir = f.named("Vladimir");
        assertThat(f.doc().tokens().get(vladimir.first()).start()).isEqualTo(f.doc().text().lastIndexOf("Vladimir"));
    }

    @Test
    void putinsFirstNameIsNoPlace() {
        Found f = find("Headline\nVladimir Putin said a drone hit a tower in Moscow.");

        assertThat(f.places()).extracting(p -> p.location().name()).containsExactly("Moscow");
    }

    @Test
    void capitalThatSpeaksIsNoPlace() {
        assertThat(find("Headline\nMoscow denied the report.").places()).isEmpty();
        assertThat(find("Headline\nThe Kremlin denied the report.").places()).isEmpty();
        assertThat(find("Headline\nA drone hit a tower in Moscow.").places())
                .singleElement().satisfies(p -> assertThat(p.location().geonameid()).isEqualTo(524901L));
    }

    @Test
    void facilityNamedAfterATownIsNoPlace() {
        // Drama, Greece (GeoNames 736364)
        Found theatre = find("Headline\nUkraine said Russia bombed the Drama Theatre in Mariupol.");
        Found town = find("Headline\nFirefighters in Greece said a blast hit a depot in Drama.");

        assertThat(theatre.places()).extracting(p -> p.location().name()).containsExactly("Mariupol");
        assertThat(town.named("Drama").location().geonameid()).isEqualTo(736364L);
    }

    @Test
    void aRiverNamedAfterATownIsNoPlaceButItsRiverPortIs() {
        Found river = find("Headline\nTroops crossed to the far bank of the Dnipro river in Ukraine.");
        Found port = find("Headline\nShells hit the Kherson river port in Ukraine.");

        assertThat(river.places()).extracting(p -> p.location().name()).doesNotContain("Dnipro");
        assertThat(port.places()).extracting(p -> p.location().name()).contains("Kherson");
    }

    @Test
    void unknownCapitalisedWordsAreNoPlace() {
        assertThat(find("Headline\nShells hit Zzyzxville and Qwertograd in Ukraine.").places())
                .extracting(p -> p.location().precision()).containsOnly(Precision.COUNTRY);
    }

    @Test
    void userCanStopANameFromBeingAPlace() throws Exception {
        Knowledge k = TestPipeline.KNOWLEDGE.extendedWith("not-places.txt", new java.io.StringReader("kharkiv\n"));
        Document doc = TestPipeline.document("Headline\nShells hit Kharkiv in Ukraine.");

        List<PlaceMention> places = new MentionFinder(SmallGazetteer.get(), k).find(doc, PUBLISHED).places();

        assertThat(places).extracting(p -> p.location().name()).containsExactly("Ukraine");
    }

    @Test
    void bareGazaIsTheStripNotMozambiquesProvinceAndGazaCityIsTheTown() {
        Found f = find("Headline\nIsraeli strikes hit Gaza on Monday. A school in Gaza City was struck.");

        Location strip = f.named("Gaza").location();
        assertThat(strip.precision()).isEqualTo(Precision.REGION);
        assertThat(strip.country()).isEqualTo("PS");
        assertThat(strip.admin1Name()).isEqualTo("Gaza Strip");
        assertThat(f.named("Gaza City").location().geonameid()).isEqualTo(281133L);
    }

    @Test
    void regionNameBeforeADivisionWordIsTheDivision() {
        Location province = find("Headline\nFloods hit Gaza province in Mozambique on Monday.").named("Gaza province").location();

        assertThat(province.country()).isEqualTo("MZ");
        assertThat(province.precision()).isEqualTo(Precision.REGION);
    }

    @Test
    void aDivisionTheLexiconKnowsUnderItsEnglishNameStaysItBeforeADivisionWord() {
        Found f = find("Headline\nFighting spread across North Kivu province on Monday. North Kivu is in the east.");

        assertThat(f.words()).containsExactly("North Kivu province", "North Kivu");
        assertThat(f.places()).allSatisfy(p -> {
            assertThat(p.location().name()).isEqualTo("Nord Kivu");
            assertThat(p.location().country()).isEqualTo("CD");
            assertThat(p.location().precision()).isEqualTo(Precision.REGION);
        });
    }

    @Test
    void watersCanBeAnEventsPlaceThoughNoCountryHoldsThem() {
        PlaceMention sea = find("Headline\nA drone hit a tanker in the Sea of Azov on Monday.").named("the Sea of Azov");

        assertThat(sea.location().country()).isNull();
        assertThat(sea.location().lat()).isNull();
        assertThat(sea.location().international()).isTrue();
        assertThat(sea.canHostEvent()).isTrue();
    }

    @Test
    void villageMissingFromTheGazetteerTakesTheDivisionItIsSaidToLieIn() {
        Location village = find("Headline\nRussian troops took the village of Kucherivka in the Kharkiv region on Sunday.")
                .named("Kucherivka").location();

        assertThat(village.name()).isEqualTo("Kucherivka");
        assertThat(village.geonameid()).isNull();
        assertThat(village.lat()).isNull();
        assertThat(village.country()).isEqualTo("UA");
        assertThat(village.admin1Name()).isEqualTo("Kharkiv");
        assertThat(village.precision()).isEqualTo(Precision.TOWN);
    }

    @Test
    void villageWithNothingAroundItTakesTheCountryTheArticleIsAbout() {
        Location village = find("Headline\nShells hit Kharkiv and Kramatorsk in Ukraine. Later a drone struck the village "
                + "of Zlatopillia.").named("Zlatopillia").location();

        assertThat(village.country()).isEqualTo("UA");
        assertThat(village.admin1Name()).isNull(); // the text does not say which division
    }

    @Test
    void unknownNameWithoutAWordCallingItASettlementIsStillNoPlace() {
        assertThat(find("Headline\nShells hit Zlatopillia in Ukraine.").places())
                .extracting(p -> p.location().precision()).containsOnly(Precision.COUNTRY);
    }

    @Test
    void regionalOfficeNamesTheRegionNotItsCapital() {
        Location seat = find("Headline\nThe Kharkiv regional governor said two people were hurt.").named("Kharkiv").location();

        assertThat(seat.precision()).isEqualTo(Precision.REGION);
        assertThat(seat.admin1Name()).isEqualTo("Kharkiv");
    }

    @Test
    void venueOfTalksIsNoPlaceAnEventCanHave() {
        assertThat(find("Headline\nNegotiators held talks in Moscow on Monday.").places())
                .extracting(p -> p.location().name()).doesNotContain("Moscow");
    }

    @Test
    void capitalNamedAsTheSeatOfGovernmentIsNoPlaceAnEventCanHave() {
        assertThat(find("Headline\nThe government in Kyiv said eight civilians were killed.").places())
                .noneMatch(p -> p.location().name().equals("Kyiv") && p.canHostEvent());
        assertThat(find("Headline\nA drone hit a market in Kyiv on Monday.").places())
                .anyMatch(p -> p.location().name().equals("Kyiv") && p.canHostEvent());
    }

    @Test
    void aTownSaidToLieInAPartOfACountryWhereTheGazetteerHasNoneIsAPlaceItLacks() {
        Location drama = find("Headline\nShells hit a school near Drama in eastern Ukraine on Monday.").named("Drama").location();

        assertThat(drama.country()).isEqualTo("UA");
        assertThat(drama.geonameid()).isNull();
    }

    @Test
    void aCapitalWhoseClaimIsRejectedIsASourceNotAPlace() {
        assertThat(find("Headline\nUkraine rejected a claim by Moscow that its troops had taken Sloviansk.").places())
                .noneMatch(p -> p.location().name().equals("Moscow") && p.canHostEvent());
    }

    @Test
    void aGroupsNameBeforeItsMenIsNoSettlement() {
        assertThat(find("Headline\nThe air force targeted a training camp of PDF terrorists near Kharkiv.").places())
                .extracting(p -> p.location().name()).doesNotContain("PDF");
    }

    @Test
    void aSummarysLineOpenedByADivisionTellsOfPlacesInIt() {
        Location town = find("Headline\nDrones were shot down over Tula Oblast and Vladimir Oblast in Russia on Monday. "
                + "Dnipropetrovsk Oblast: A drone hit an apartment block in Novomoskovsk on Monday.")
                .named("Novomoskovsk").location();

        assertThat(town.country()).isEqualTo("UA");
    }

    @Test
    void compassPartOfACountryIsAsVagueAsTheCountry() {
        Location east = find("Headline\nDrones were shot down over western Russia on Monday.").named("western Russia").location();

        assertThat(east.country()).isEqualTo("RU");
        assertThat(east.precision()).isEqualTo(Precision.REGION);
        assertThat(east.countryWide()).isTrue();
        assertThat(east.lat()).isNull();
    }
}
