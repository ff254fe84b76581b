package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.gazetteer.GeoNamesIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Toponym;
import org.sitrep.model.ToponymRole;

/** The place layer on its own, over the bundled GeoNames index: recognition, roles and resolution by evidence. */
class GeoparserTest {
    private static Geoparser geoparser;

    @BeforeAll
    static void load() throws IOException {
        geoparser = new Geoparser(GeoNamesIndex.loadDefault(), Knowledge.defaults());
    }

    private static List<Toponym> parse(String text) {
        return geoparser.parse(new Article("t", null, null, null, text)).places();
    }

    private static Toponym named(List<Toponym> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void stateAbbreviationAfterATownQualifiesIt() {
        List<Toponym> places = parse("Flood closes roads. GLASGOW, Ky. - Heavy rain closed roads near Glasgow on Monday.");

        assertThat(named(places, "GLASGOW").country()).isEqualTo("US");
        assertThat(named(places, "GLASGOW").admin1()).isEqualTo("Kentucky");
        assertThat(named(places, "Glasgow").geonameid()).isEqualTo(named(places, "GLASGOW").geonameid());
        assertThat(named(places, "Ky").precisionName()).isEqualTo("region");
    }

    @Test
    void divisionOrCountryWinsOverASmallTownOfTheSameName() {
        List<Toponym> places = parse("The governors of Texas, Arizona and New Mexico met on Tuesday. The border with Mexico was closed.");

        assertThat(named(places, "Texas").geonameid()).isEqualTo(4736286L);
        assertThat(named(places, "Arizona").precisionName()).isEqualTo("region");
        assertThat(named(places, "New Mexico").precisionName()).isEqualTo("region");
        assertThat(named(places, "Mexico").precisionName()).isEqualTo("country");
        assertThat(named(places, "Mexico").geonameid()).isEqualTo(3996063L);
    }

    @Test
    void theArticlesOtherPlacesOutweighPopulation() {
        List<Toponym> places = parse("Fire in Louisiana. An Alexandria woman was charged after a fire in Pineville, "
                + "Rapides Parish deputies said.");

        assertThat(named(places, "Alexandria").country()).isEqualTo("US");
        assertThat(named(places, "Alexandria").admin1()).isEqualTo("Louisiana");
    }

    @Test
    void demonymsAbbreviationsAndGovernmentsAreToponymsWithTheirRole() {
        List<Toponym> places = parse("Turkish troops crossed the border. Later Moscow said the U.S. would respond, "
                + "and Russia's ambassador was summoned.");

        assertThat(named(places, "Turkish").role()).isEqualTo(ToponymRole.DEMONYM);
        assertThat(named(places, "Turkish").country()).isEqualTo("TR");
        assertThat(named(places, "U.S").country()).isEqualTo("US");
        assertThat(named(places, "Russia").role()).isEqualTo(ToponymRole.METONYMIC);
        assertThat(named(places, "Moscow").role()).isEqualTo(ToponymRole.METONYMIC);
    }

    @Test
    void aBigCityNamedWithASettlementWordIsTheCityWhateverCountryTheStoryIsToldFrom() {
        List<Toponym> places = parse("MOSCOW, Sept 15 - Russian forces struck a depot in the city of Kharkiv on Saturday, "
                + "Russia's defence ministry said. Russian troops also hit Russian-held positions, Moscow said.");

        assertThat(named(places, "Kharkiv").geonameid()).isEqualTo(706483L);
        assertThat(named(places, "Kharkiv").country()).isEqualTo("UA");
    }

    @Test
    void aSettlementTheGazetteerLacksLiesInTheOneRegionTheStoryNames() {
        List<Toponym> places = parse("The governor of Kaduna State ordered an inquiry into Sunday's military air strike "
                + "at the village of Tudun Biri, which killed dozens of people.");

        assertThat(named(places, "Tudun Biri").geonameid()).isNull();
        assertThat(named(places, "Tudun Biri").country()).isEqualTo("NG");
        assertThat(named(places, "Tudun Biri").admin1()).isEqualTo("Kaduna");
    }

    @Test
    void aTownQualifiedByARegionWhereTheGazetteerHasNoneOfItsNameIsASettlementThere() {
        List<Toponym> places = parse("People who fled a hotel in Palma, Cabo Delgado on Friday fell into an ambush. "
                + "Strikes hit Kharkiv, Donetsk and Luhansk.");

        assertThat(named(places, "Palma").country()).as("not Palma de Mallorca").isEqualTo("MZ");
        assertThat(named(places, "Palma").admin1()).isEqualTo("Cabo Delgado");
        assertThat(named(places, "Palma").geonameid()).isNull();
        assertThat(named(places, "Kharkiv").geonameid()).as("a list is no qualifier").isEqualTo(706483L);
    }

    @Test
    void residentsOfAPlaceTheGazetteerLacksMakeItASettlement() {
        List<Toponym> places = parse("At least 400 people were shot dead when residents of Barsalogho in north-central "
                + "Burkina Faso were attacked as they dug trenches.");

        assertThat(named(places, "Barsalogho")).isNotNull();
        assertThat(named(places, "Barsalogho").country()).isEqualTo("BF");
        assertThat(named(places, "Barsalogho").geonameid()).isNull();
    }

    @Test
    void aNameWithKinOrAnAgeIsAPersonAndACapitalWithItsAirportIsThePlace() {
        List<Toponym> places = parse("Ten people were killed, Ahmadi's brother said. Among the dead were Ahmadi, 40, and "
                + "his nephew. The car was heading for Kabul's airport.");

        assertThat(places).extracting(Toponym::text).doesNotContain("Ahmadi");
        assertThat(named(places, "Kabul")).isNotNull();
        assertThat(named(places, "Kabul").role()).isEqualTo(ToponymRole.LITERAL);
    }

    @Test
    void aVenueIsNoPlaceWhereSomethingHappened() {
        List<Toponym> places = parse("Ceasefire talks in Paris ended without a deal, while shelling hit Kharkiv.");

        assertThat(named(places, "Paris").role()).isEqualTo(ToponymRole.VENUE);
        assertThat(named(places, "Kharkiv").role()).isEqualTo(ToponymRole.LITERAL);
    }

    @Test
    void aSurnameRepeatedAloneIsThePerson() {
        List<Toponym> places = parse("Mayor Marty Walsh spoke on Monday. Walsh said the city would rebuild.");

        assertThat(places).extracting(Toponym::text).doesNotContain("Walsh");
    }

    @Test
    void continentsAndCountriesCarryTheirGeoNamesIds() {
        List<Toponym> places = parse("European leaders met as Syria's war went on in the Middle East.");

        assertThat(named(places, "European").geonameid()).isEqualTo(6255148L);
        assertThat(named(places, "Middle East").geonameid()).isEqualTo(6269133L);
        assertThat(named(places, "Syria").geonameid()).isEqualTo(163843L);
        assertThat(named(places, "Syria").lat()).isNotNull(); // a country's point is its capital
    }
}
