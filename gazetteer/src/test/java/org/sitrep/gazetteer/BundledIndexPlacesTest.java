package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped index resolves the spellings war reporting actually uses. */
class BundledIndexPlacesTest {
    private final GeoNamesIndex index = BundledIndex.get();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Odessa, 698740", "Odesa, 698740",
            "Mykolayev, 700569", "Mykolaiv, 700569", "Mykolayiv, 700569", "Nikolaev, 700569",
            "Kharkov, 706483", "Kharkiv, 706483", "Charkiw, 706483",
            "Lugansk, 702658", "Luhansk, 702658",
            "Slavyansk, 693468", "Sloviansk, 693468",
            "Zaporozhye, 687700", "Zaporizhzhia, 687700", "Zaporizhia, 687700",
            "Energodar, 709276", "Enerhodar, 709276",
            "Izyum, 707292", "Izium, 707292",
            "Balakliya, 712926", "Balakliia, 712926",
            "Kiev, 703448", "Kyiv, 703448",
            "Dnepr, 709930", "Dnipro, 709930", "Dnepropetrovsk, 709930",
            "Artemovsk, 713174", "Bakhmut, 713174",
            "Kherson, 706448", "Belgorod, 578072", "Sudzha, 486816",
            "Rostov-on-Don, 501175", "Rostov-na-Donu, 501175",
            "Severodonetsk, 691999", "Sievierodonetsk, 691999",
            "Avdeyevka, 713122", "Avdiivka, 713122",
            "Jisr al-Shughur, 169023", "Jisr ash-Shughur, 169023",
            "Hodeida, 79415", "Hodeidah, 79415", "Qamishli, 173377", "Hasakah, 173811"})
    void variantSpellingsResolveToTheSamePlace(String spelling, long geonameid) {
        List<GeoPlace> found = index.places(NameFolding.fold(spelling));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).geonameid()).isEqualTo(geonameid);
    }

    @Test
    void mostPopulousComesFirst() {
        List<GeoPlace> odessa = index.places("odessa");
        assertThat(odessa).extracting(GeoPlace::country).startsWith("UA", "US");
        assertThat(odessa).isSortedAccordingTo((a, b) -> Long.compare(b.population(), a.population()));
    }

    @Test
    void placeRecordCarriesTheGeoNamesFields() {
        GeoPlace kyiv = index.places("kyiv").get(0);
        assertThat(kyiv).isEqualTo(new GeoPlace(703448, "Kyiv", 50.45466, 30.5238, "UA", "12", "", "PPLC", 2797553));
    }

    @Test
    void skeletonIsNotUsedWhenAnExactMatchExists() {
        List<GeoPlace> exact = index.exactPlaces("odesa");
        List<GeoPlace> bySkeleton = index.skeletonPlaces("odesa");
        assertThat(bySkeleton).hasSizeGreaterThan(exact.size()).containsAll(exact);
        assertThat(index.places("odesa")).isEqualTo(exact);
    }

    @Test
    void skeletonIsUsedOnlyWithoutAnExactMatch() {
        assertThat(index.exactPlaces("mykolayev")).isEmpty();
        assertThat(index.places("mykolayev")).isEqualTo(index.skeletonPlaces("mykolayev")).isNotEmpty();
    }

    /** Fails when {@link Skeleton} changed but the bundled index was not rebuilt with it. */
    @ParameterizedTest
    @CsvSource({"kyiv", "mykolayiv", "zaporizhzhia", "sievierodonetsk", "balakliia", "rostov on don", "london",
            "jisr ash shughur"})
    void indexWasBuiltWithTheCurrentSkeleton(String name) {
        assertThat(index.skeletonPlaces(name)).containsAll(index.exactPlaces(name)).isNotEmpty();
    }

    @Test
    void junkAlternateNamesAreNotKeys() {
        assertThat(index.exactPlaces("iev")).as("IATA code").isEmpty();
        assertThat(index.exactPlaces("ji fu")).as("machine romanisation").isEmpty();
        assertThat(index.exactPlaces("shelling")).isEmpty();
    }

    @Test
    void unknownAndEmptyNamesFindNothing() {
        assertThat(index.places("")).isEmpty();
        assertThat(index.places(null)).isEmpty();
        assertThat(index.places("qqqqqqq zzzzzz")).isEmpty();
    }

    @Test
    void maxNameWordsBoundsEveryKey() {
        assertThat(index.maxNameWords()).isEqualTo(8);
        assertThat(index.places("rostov na donu")).isNotEmpty();
    }

    @Test
    void headerRecordsProvenance() {
        assertThat(index.header().sources()).extracting(s -> s.name())
                .containsExactly("cities500.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt");
        assertThat(index.header().sources().get(0).rows()).isGreaterThan(100_000);
        assertThat(index.header().sources().get(0).newestRowDate()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(index.header().sources()).allSatisfy(s -> assertThat(s.sha256()).hasSize(64));
    }
}
