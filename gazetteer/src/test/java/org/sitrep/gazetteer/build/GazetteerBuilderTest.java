package org.sitrep.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.gazetteer.GeoNamesIndex;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.format.SourceFile;

/** Builds an index from a dozen real GeoNames rows and checks what comes out. */
class GazetteerBuilderTest {
    @TempDir
    static Path tmp;
    static Path fixture;
    static Path built;
    static GeoNamesIndex index;

    @BeforeAll
    static void build() throws Exception {
        fixture = fixtureDir();
        built = tmp.resolve("fixture.idx");
        GazetteerBuilder.main(new String[] {fixture.toString(), built.toString()});
        try (InputStream in = Files.newInputStream(built)) {
            index = GeoNamesIndex.load(in);
        }
    }

    static Path fixtureDir() throws URISyntaxException {
        return Path.of(GazetteerBuilderTest.class.getResource("/geonames-fixture/cities500.txt").toURI()).getParent();
    }

    @Test
    void headerRecordsEachSourceFile() {
        List<SourceFile> sources = index.header().sources();
        assertThat(sources).extracting(SourceFile::name, SourceFile::rows).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cities500.txt", 12),
                org.assertj.core.groups.Tuple.tuple("admin1CodesASCII.txt", 12),
                org.assertj.core.groups.Tuple.tuple("admin2Codes.txt", 6),
                org.assertj.core.groups.Tuple.tuple("countryInfo.txt", 6));
        assertThat(sources.get(0).newestRowDate()).isEqualTo("2023-03-01");
        assertThat(sources.get(3).newestRowDate()).isEmpty();
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.sha256()).matches("[0-9a-f]{64}");
            assertThat(s.fileDate()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(s.bytes()).isPositive();
        });
    }

    @Test
    void placesByNameAndLatinAlternatesMostPopulousFirst() {
        assertThat(index.places("odessa")).extracting(GeoPlace::geonameid).containsExactly(698740L, 5527554L);
        assertThat(index.places("kiev")).extracting(GeoPlace::geonameid).containsExactly(703448L);
        assertThat(index.places("voroshilovgrad")).extracting(GeoPlace::geonameid).containsExactly(702658L);
        assertThat(index.places("rostov")).isEmpty();
    }

    @Test
    void junkAlternatesAreDropped() {
        assertThat(index.places("iev")).as("IATA code IEV").isEmpty();
        assertThat(index.places("kiu")).as("machine romanisation kiu").isEmpty();
        assertThat(index.exactPlaces("ji fu")).as("pinyin ji fu").isEmpty();
    }

    @Test
    void namesLongerThanTheWordLimitAreNotKeys() {
        assertThat(index.places("el rincon de san felipe tercera manzana san felipe")).isEmpty();
        assertThat(index.places("luhansk")).isNotEmpty();
        assertThat(index.maxNameWords()).isLessThanOrEqualTo(PlaceNames.MAX_WORDS);
    }

    @Test
    void skeletonFallback() {
        assertThat(index.exactPlaces("mykolayev")).isEmpty();
        assertThat(index.places("mykolayev")).extracting(GeoPlace::geonameid).containsExactly(700569L, 700568L);
    }

    @Test
    void regionsBySeatOwnNameAndVariants() {
        GeoRegion luhansk = index.regions("lugansk").get(0);
        assertThat(luhansk.name()).isEqualTo("Luhansk");
        assertThat(luhansk.centre().geonameid()).isEqualTo(702658);
        assertThat(index.regions("kiev").get(0).admin1Code()).isEqualTo("13");
        assertThat(index.regions("kiev").get(0).centre().name()).isEqualTo("Kyiv");
        assertThat(index.regions("belgorod")).extracting(GeoRegion::admin2Code).containsExactly(null, "578070");
        assertThat(index.regions("yakovlevsky")).singleElement().satisfies(r -> {
            assertThat(r.admin2Code()).isEqualTo("469534");
            assertThat(r.centre()).isNull();
        });
        assertThat(index.regions("north darfur")).singleElement().extracting(GeoRegion::admin1Code).isEqualTo("55");
        assertThat(index.regions("odessa")).extracting(r -> r.country() + "." + r.admin1Code())
                .containsExactly("UA.17", "US.TX");
        // Mykolaiv Raion holds the oblast centre (a PPLA) and no PPLA2: the centre is its seat.
        assertThat(index.regions("mykolayiv urban raion").get(0).centre().geonameid()).isEqualTo(700569);
        assertThat(index.regions("stryyska")).singleElement().extracting(GeoRegion::admin2Code).isEqualTo("4610");
    }

    @Test
    void countries() {
        assertThat(index.country("russian federation")).get().satisfies(c -> {
            assertThat(c.iso()).isEqualTo("RU");
            assertThat(c.capital()).isNull();
        });
        assertThat(index.countryByCode("UA").orElseThrow().capital().geonameid()).isEqualTo(703448);
        assertThat(index.countries()).hasSize(6);
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path again = tmp.resolve("again.idx");
        GazetteerBuilder.write(GazetteerBuilder.build(fixture), again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(built));
    }

    @Test
    void malformedRowIsReportedWithFileAndLine() throws IOException {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        for (String f : List.of("cities500.txt", "admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")) {
            Files.copy(fixture.resolve(f), bad.resolve(f));
        }
        Files.writeString(bad.resolve("cities500.txt"), "12345\tBroken\tBroken\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> GazetteerBuilder.build(bad)).isInstanceOf(IOException.class)
                .hasMessage("cities500.txt:13: expected 19 tab-separated columns, found 3");
    }

    @Test
    void missingInputFails() {
        assertThatThrownBy(() -> GazetteerBuilder.build(tmp.resolve("nowhere"))).isInstanceOf(IOException.class);
    }
}
