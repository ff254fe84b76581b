package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Divisions, by their own names, their seats' names and reporters' variants; and countries. */
class BundledIndexRegionsTest {
    private final GeoNamesIndex index = BundledIndex.get();

    @ParameterizedTest(name = "{0} -> {1}.{2}")
    @CsvSource({
            "luhansk, UA, 14", "lugansk, UA, 14", "Luhansk Oblast, UA, 14",
            "odesa, UA, 17", "odessa, UA, 17",
            "mykolaiv, UA, 16", "mykolayiv, UA, 16", "nikolaev, UA, 16",
            "zaporizhzhia, UA, 26", "zaporozhye, UA, 26",
            "donetsk, UA, 05", "kharkiv, UA, 07", "kherson, UA, 08",
            "belgorod, RU, 09", "kursk, RU, 41", "Kursk Oblast, RU, 41", "bryansk, RU, 10", "rostov, RU, 61",
            "tula, RU, 76", "kaluga, RU, 25",
            "idlib, SY, 12", "hama, SY, 10",
            "sagaing, MM, 10", "nabatieh, LB, 07",
            "north darfur, SD, 55", "northern darfur, SD, 55", "el fasher, SD, 55",
            "kyiv, UA, 12", "kiev, UA, 13"})
    void firstLevelDivisions(String name, String country, String admin1) {
        List<GeoRegion> found = index.regions(NameFolding.fold(name));
        assertThat(found).isNotEmpty();
        GeoRegion first = found.get(0);
        assertThat(first.isFirstLevel()).isTrue();
        assertThat(first.country() + "." + first.admin1Code()).isEqualTo(country + "." + admin1);
    }

    @Test
    void aCompassWordAloneNamesNoDivision() {
        assertThat(index.regions("northeastern")).isEmpty(); // "the ELN's Northeastern War Front" is no place in Oman
        assertThat(index.regions(NameFolding.fold("Northeastern Governorate"))).extracting(r -> r.country() + "." + r.admin1Code())
                .contains("OM.12");
    }

    @Test
    void centreIsTheAdministrativeSeat() {
        GeoRegion luhansk = index.regions("lugansk").get(0);
        assertThat(luhansk.name()).isEqualTo("Luhansk");
        assertThat(luhansk.centre().geonameid()).isEqualTo(702658);
        // Kyiv Oblast has no PPLA of its own in GeoNames: its seat is found by name in Kyiv City.
        assertThat(index.regions("kiev").get(0).centre().geonameid()).isEqualTo(703448);
    }

    @Test
    void firstLevelComesBeforeSecondLevel() {
        List<GeoRegion> luhansk = index.regions("luhansk");
        assertThat(luhansk).hasSizeGreaterThan(1);
        int firstSecondLevel = luhansk.indexOf(luhansk.stream().filter(r -> !r.isFirstLevel()).findFirst().orElseThrow());
        assertThat(luhansk.subList(firstSecondLevel, luhansk.size())).noneMatch(GeoRegion::isFirstLevel);
    }

    @ParameterizedTest
    @CsvSource({"yakovlevsky", "yakovlevskiy", "yakovlevskyi", "Yakovlevskiy Rayon", "yakovlevskii"})
    void adjectivalEndingsOfSecondLevelDivisions(String name) {
        assertThat(index.regions(NameFolding.fold(name)))
                .anySatisfy(r -> {
                    assertThat(r.country() + "." + r.admin1Code() + "." + r.admin2Code()).isEqualTo("RU.09.469534");
                    assertThat(r.name()).isEqualTo("Yakovlevskiy Rayon");
                });
    }

    @Test
    void secondLevelDivisionBySeatName() {
        assertThat(index.regions("bakhmut")).anySatisfy(r -> {
            assertThat(r.isFirstLevel()).isFalse();
            assertThat(r.admin2Code()).isEqualTo("1402");
            assertThat(r.centre().geonameid()).isEqualTo(713174);
        });
    }

    /** GeoNames files no place under most Russian rayons and Syrian districts: the namesake town stands in. */
    @ParameterizedTest(name = "{0} centre {1}")
    @CsvSource({"sudzhansky, 486816", "shebekinsky district, 495112", "idlib district, 169389", "kursky, 538560"})
    void divisionsWithoutPlacesTakeTheirNamesakeTown(String name, long centre) {
        assertThat(index.regions(NameFolding.fold(name)))
                .anySatisfy(r -> assertThat(r.centre()).isNotNull().extracting(GeoPlace::geonameid).isEqualTo(centre));
    }

    @Test
    void plainWordsAreNotRegionNames() {
        assertThat(index.regions("northern")).isEmpty();
        assertThat(index.regions("central")).isEmpty();
        assertThat(index.regions("oblast")).isEmpty();
    }

    @Test
    void admin1ByCode() {
        assertThat(index.admin1("UA", "14")).get().extracting(GeoRegion::name).isEqualTo("Luhansk");
        assertThat(index.admin1("ua", "14")).isPresent();
        assertThat(index.admin1("UA", "99")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ukraine, UA", "russia, RU", "russian federation, RU", "syria, SY", "syrian arab republic, SY",
            "burma, MM", "myanmar, MM", "palestine, PS", "palestinian territories, PS", "united states, US",
            "united states of america, US", "usa, US", "uk, GB", "sudan, SD", "south sudan, SS", "congo, CD",
            "republic of congo, CG", "republic of the congo, CG", "democratic republic of the congo, CD"})
    void countriesByNameAndVariant(String name, String iso) {
        assertThat(index.country(NameFolding.fold(name))).get().extracting(GeoCountry::iso).isEqualTo(iso);
    }

    @Test
    void noCountryForPlainWordsOrPlaces() {
        assertThat(index.country("us")).isEmpty();
        assertThat(index.country("gaza")).isEmpty();
    }

    @Test
    void countryByCodeCarriesTheCapital() {
        GeoCountry ukraine = index.countryByCode("UA").orElseThrow();
        assertThat(ukraine.name()).isEqualTo("Ukraine");
        assertThat(ukraine.capital().geonameid()).isEqualTo(703448);
        assertThat(index.countryByCode("ru")).get().extracting(c -> c.capital().name()).isEqualTo("Moscow");
        assertThat(index.countryByCode("XX")).isEmpty();
    }
}
