package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.NameFolding;

/** The test index keeps the {@link org.sitrep.gazetteer.PlaceIndex} contract the engine relies on. */
class SmallGazetteerTest {

    private final SmallGazetteer index = SmallGazetteer.get();

    @Test
    void placesByFoldedNameOrAlternateMostPopulousFirst() {
        assertThat(index.places("novomoskovsk")).extracting(GeoPlace::geonameid).containsExactly(518557L, 699445L);
        assertThat(index.places(NameFolding.fold("Lugan'sk"))).extracting(GeoPlace::geonameid).containsExactly(702658L);
        assertThat(index.places("drama")).extracting(GeoPlace::name).containsExactly("Dr\u00E1ma");
        assertThat(index.places("Kharkiv")).as("names must come folded").isEmpty();
    }

    @Test
    void regionsByOwnNameAndBySeat() {
        assertThat(index.regions("luhansk")).extracting(GeoRegion::admin1Code).containsExactly("14");
        assertThat(index.regions("lugansk")).extracting(GeoRegion::admin1Code).containsExactly("14");
        assertThat(index.regions("belgorod")).singleElement().satisfies(r -> {
            assertThat(r.country()).isEqualTo("RU");
            assertThat(r.isFirstLevel()).isTrue();
            assertThat(r.centre().geonameid()).isEqualTo(578072L);
        });
    }

    @Test
    void countriesByNameVariantAndCode() {
        assertThat(index.country("russian federation")).hasValueSatisfying(c -> assertThat(c.iso()).isEqualTo("RU"));
        assertThat(index.countryByCode("UA")).hasValueSatisfying(c -> assertThat(c.capital().name()).isEqualTo("Kyiv"));
        assertThat(index.admin1("UA", "14")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Luhansk"));
        assertThat(index.admin1("UA", "99")).isEmpty();
        assertThat(index.maxNameWords()).isGreaterThanOrEqualTo(4);
    }
}
