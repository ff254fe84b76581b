package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserPlacesTest {
    private static final String FILE = """
            # my places
            Robotyne | Robotino, Rabotino | 47.4436 | 35.8372 | UA | 26 | 480

            Krynky |  | 46.7283 | 33.0856 | ua
            Odesa Port Gate 7 | Gate 7 | 46.49 | 30.74 | UA | 17 |
            """;

    @Test
    void parsesEveryFieldAndSkipsCommentsAndBlankLines() throws Exception {
        List<GeoPlace> places = UserPlaces.parse(new StringReader(FILE), "mine.txt");
        assertThat(places).hasSize(3);
        GeoPlace robotyne = places.get(0);
        assertThat(robotyne.name()).isEqualTo("Robotyne");
        assertThat(robotyne.lat()).isEqualTo(47.4436);
        assertThat(robotyne.lon()).isEqualTo(35.8372);
        assertThat(robotyne.country()).isEqualTo("UA");
        assertThat(robotyne.admin1Code()).isEqualTo("26");
        assertThat(robotyne.admin2Code()).isEmpty();
        assertThat(robotyne.featureCode()).isEqualTo("PPL");
        assertThat(robotyne.population()).isEqualTo(480);
        GeoPlace krynky = places.get(1);
        assertThat(krynky.country()).isEqualTo("UA");
        assertThat(krynky.admin1Code()).isEmpty();
        assertThat(krynky.population()).isZero();
    }

    @Test
    void idsAreNegativeDistinctAndStable() throws Exception {
        List<GeoPlace> first = UserPlaces.parse(new StringReader(FILE), "mine.txt");
        List<GeoPlace> again = UserPlaces.parse(new StringReader("\n\n" + FILE), "renamed.txt");
        assertThat(first).allSatisfy(p -> assertThat(p.geonameid()).isNegative());
        assertThat(first).extracting(GeoPlace::geonameid).doesNotHaveDuplicates();
        assertThat(again).extracting(GeoPlace::geonameid).isEqualTo(first.stream().map(GeoPlace::geonameid).toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "Robotyne | | 47.4 | 35.8;                         mine.txt:2: expected 5 to 7 fields",
            "Robotyne | | 47.4 | 35.8 | UA | 26 | 480 | extra;  mine.txt:2: expected 5 to 7 fields",
            " | | 47.4 | 35.8 | UA;                            mine.txt:2: the place has no name",
            "Robotyne | | north | 35.8 | UA;                    mine.txt:2: latitude 'north' is not a number",
            "Robotyne | | 95 | 35.8 | UA;                        mine.txt:2: latitude 95 is not between -90 and 90",
            "Robotyne | | 47.4 | 181 | UA;                       mine.txt:2: longitude 181 is not between -180 and 180",
            "Robotyne | | 47.4 | NaN | UA;                       mine.txt:2: longitude NaN is not between",
            "Robotyne | | 47.4 | 35.8 | Ukraine;                 mine.txt:2: country 'Ukraine' is not a two-letter ISO code",
            "Robotyne | | 47.4 | 35.8 | UA | 2 6;                mine.txt:2: admin1 code '2 6'",
            "Robotyne | | 47.4 | 35.8 | UA | 26 | many;         mine.txt:2: population 'many' is not a whole number",
            "Robotyne | Rabotino, -- | 47.4 | 35.8 | UA;        mine.txt:2: alternate name '--' has no letters or digits"})
    void badLinesAreReportedWithSourceAndLine(String line, String message) {
        assertThatThrownBy(() -> UserPlaces.parse(new StringReader("# header\n" + line + "\n"), "mine.txt"))
                .isInstanceOf(UserPlacesException.class)
                .hasMessageStartingWith(message.strip())
                .satisfies(e -> assertThat(((UserPlacesException) e).line()).isEqualTo(2));
    }

    @Test
    void aRepeatedPlaceIsAnError() {
        String text = "Krynky | | 46.7283 | 33.0856 | UA\nKrynky | Krinki | 46.7283 | 33.0856 | UA | 08\n";
        assertThatThrownBy(() -> UserPlaces.parse(new StringReader(text), "mine.txt"))
                .hasMessage("mine.txt:2: repeats the place on line 1");
    }

    @Test
    void readFailureNamesTheSource() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> UserPlaces.parse(broken, "mine.txt")).hasMessageContaining("mine.txt")
                .hasMessageContaining("disk gone");
    }

    @Test
    void overlayFindsUserPlacesByNameAndAlternatesFirst() throws Exception {
        List<GeoPlace> mine = UserPlaces.parse(new StringReader(FILE), "mine.txt");
        PlaceIndex index = UserPlaces.overlay(new FakeBase(), mine);
        assertThat(index.places("robotyne")).containsExactly(mine.get(0));
        assertThat(index.places("rabotino")).containsExactly(mine.get(0));
        assertThat(index.places("gate 7")).containsExactly(mine.get(2));
        assertThat(index.places("odesa")).containsExactly(FakeBase.ODESA);
        assertThat(index.maxNameWords()).isEqualTo(4);
    }

    @Test
    void userEntriesComeBeforeTheBaseIndex() throws Exception {
        List<GeoPlace> mine = UserPlaces.parse(new StringReader("Odesa Hill | Odesa | 46.4 | 30.7 | UA\n"), "m.txt");
        PlaceIndex index = UserPlaces.overlay(new FakeBase(), mine);
        assertThat(index.places("odesa")).containsExactly(mine.get(0), FakeBase.ODESA);
    }

    @Test
    void skeletonFallbackOnlyWhenNoSideKnowsTheNameExactly() throws Exception {
        List<GeoPlace> mine = UserPlaces.parse(new StringReader("Odessa Ridge | Odessa | 46.4 | 30.7 | UA\n"), "m.txt");
        PlaceIndex index = UserPlaces.overlay(new FakeBase(), mine);
        // The base knows "odesa" exactly, so the user's "Odessa" (same skeleton) stays out.
        assertThat(index.places("odesa")).containsExactly(FakeBase.ODESA);
        // Nobody knows "oddessa": both sides answer by skeleton, the user's first; "odesko" meets no one.
        assertThat(index.places("odesko")).isEmpty();
        assertThat(index.places("oddessa")).containsExactly(mine.get(0), FakeBase.ODESA);
    }

    @Test
    void handMadeListsAreFoundByName() {
        GeoPlace p = new GeoPlace(-5, "Hill 112", 1, 2, "UA", "", "", "PPL", 0);
        PlaceIndex index = UserPlaces.overlay(new FakeBase(), List.of(p));
        assertThat(index.places("hill 112")).containsExactly(p);
        assertThat(index.countryByCode("UA")).isPresent();
    }

    @Test
    void overlayOverTheBundledIndex() throws Exception {
        List<GeoPlace> mine = UserPlaces.parse(new StringReader(FILE), "mine.txt");
        PlaceIndex index = UserPlaces.overlay(BundledIndex.get(), mine);
        assertThat(index.places("robotino").get(0)).isEqualTo(mine.get(0));
        assertThat(index.places("kyiv").get(0).geonameid()).isEqualTo(703448);
        assertThat(index.regions("lugansk").get(0).admin1Code()).isEqualTo("14");
        assertThat(index.maxNameWords()).isEqualTo(8);
    }

    /** A base index that knows Odesa exactly and by the skeleton of "Odessa" spellings. */
    private static final class FakeBase implements PlaceIndex {
        static final GeoPlace ODESA = new GeoPlace(698740, "Odesa", 46.48572, 30.74383, "UA", "17", "", "PPLA", 1015826);

        @Override
        public List<GeoPlace> places(String folded) {
            List<GeoPlace> exact = exactPlaces(folded);
            return !exact.isEmpty() || folded == null || !Skeleton.of(folded).equals("odesa") ? exact : List.of(ODESA);
        }

        @Override
        public List<GeoPlace> exactPlaces(String folded) {
            return "odesa".equals(folded) ? List.of(ODESA) : List.of();
        }

        @Override
        public List<GeoRegion> regions(String folded) {
            return List.of();
        }

        @Override
        public Optional<GeoCountry> country(String folded) {
            return Optional.empty();
        }

        @Override
        public Optional<GeoCountry> countryByCode(String iso) {
            return "UA".equals(iso) ? Optional.of(new GeoCountry("UA", "Ukraine", null, 690791, 44622516, "EU")) : Optional.empty();
        }

        @Override
        public Optional<GeoRegion> admin1(String country, String admin1Code) {
            return Optional.empty();
        }

        @Override
        public int maxNameWords() {
            return 2;
        }
    }
}
