package org.sitrep.gazetteer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.gazetteer.GeoNamesIndex;

/** A damaged index file fails to load with an IOException that says what is wrong. */
class IndexCodecTest {
    static byte[] good;

    @BeforeAll
    static void writeSmallIndex() throws IOException {
        KeyTable table = KeyTable.of(List.of("kyiv", "odesa"));
        List<String> keys = table.keyList();
        StringColumn names = StringColumn.of(List.of("Kyiv", "Odesa"));
        PlaceColumns places = new PlaceColumns(new int[] {703448, 698740}, new int[] {5045466, 4648572},
                new int[] {3052380, 3074383}, new int[] {2797553, 1015826}, new int[] {0, 0}, new int[] {1, 2},
                new int[] {3, 3}, new int[] {4, 5}, names);
        RegionColumns regions = new RegionColumns(new int[] {0}, new int[] {1}, new int[] {-1}, new int[] {0},
                StringColumn.of(List.of("Kyiv City")), new int[] {703446});
        CountryColumns countries = new CountryColumns(new int[] {0}, StringColumn.of(List.of("Ukraine")), new int[] {0},
                new int[] {690791}, new int[] {44622516}, new int[] {6});
        IndexData data = new IndexData(
                new IndexHeader(IndexCodec.FORMAT_VERSION, List.of(new SourceFile("cities500.txt", 2, 99, "ab", "2024-01-01", ""))),
                StringColumn.of(List.of("UA", "12", "17", "", "PPLC", "PPLA", "EU")), places, regions, countries,
                table, PostingList.of(keys, Map.of("kyiv", new int[] {0}, "odesa", new int[] {1})),
                PostingList.of(keys, Map.of()), PostingList.of(keys, Map.of("kyiv", new int[] {0})),
                PostingList.of(keys, Map.of()), PostingList.of(keys, Map.of()), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexCodec.write(data, out);
        good = out.toByteArray();
    }

    @Test
    void roundTrip() throws IOException {
        GeoNamesIndex index = GeoNamesIndex.load(new ByteArrayInputStream(good));
        assertThat(index.places("odesa").get(0).lat()).isEqualTo(46.48572);
        assertThat(index.regions("kyiv").get(0).centre().name()).isEqualTo("Kyiv");
        assertThat(index.regions("kyiv").get(0).geonameid()).isEqualTo(703446);
        assertThat(index.countryByCode("UA").orElseThrow())
                .isEqualTo(new org.sitrep.gazetteer.GeoCountry("UA", "Ukraine", index.places("kyiv").get(0), 690791,
                        44622516, "EU"));
        assertThat(index.header().sources().get(0).sha256()).isEqualTo("ab");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 8, 11, 30, 60, 90})
    void truncatedFileIsReported(int percent) {
        byte[] cut = Arrays.copyOf(good, good.length * percent / 100);
        assertThatThrownBy(() -> GeoNamesIndex.load(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void truncatedBundledIndexIsReported() throws IOException {
        byte[] bundled;
        try (InputStream in = GeoNamesIndex.class.getResourceAsStream(GeoNamesIndex.RESOURCE)) {
            bundled = in.readAllBytes();
        }
        byte[] cut = Arrays.copyOf(bundled, bundled.length - 1);
        assertThatThrownBy(() -> GeoNamesIndex.load(new ByteArrayInputStream(cut)))
                .hasMessageStartingWith("gazetteer index is truncated");
    }

    @Test
    void damagedSectionIsReported() {
        for (int i = 1; i <= 40; i++) {
            byte[] bad = good.clone();
            bad[bad.length - i] ^= 0x5A;
            assertThatThrownBy(() -> GeoNamesIndex.load(new ByteArrayInputStream(bad))).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("gazetteer index is corrupt: ")
                    .hasMessageContaining("section");
        }
    }

    @Test
    void notAnIndex() {
        byte[] text = "cities500.txt is not an index at all".getBytes();
        assertThatThrownBy(() -> GeoNamesIndex.load(new ByteArrayInputStream(text)))
                .hasMessage("not a sitrep gazetteer index (bad magic bytes)");
    }

    @Test
    void otherFormatVersionIsRefusedByName() {
        byte[] other = good.clone();
        ByteBuffer.wrap(other).putInt(8, IndexCodec.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> GeoNamesIndex.load(new ByteArrayInputStream(other)))
                .hasMessageContaining("format version " + (IndexCodec.FORMAT_VERSION + 1))
                .hasMessageContaining("reads version " + IndexCodec.FORMAT_VERSION)
                .hasMessageContaining("build-gazetteer.sh");
    }

    @Test
    void decodedNumbersAreCheckedAgainstTheirTables() {
        SectionWriter w = new SectionWriter();
        w.varint(1_000_000);
        SectionReader r = new SectionReader(w.toByteArray(), "test");
        assertThatThrownBy(r::varints).hasMessageContaining("runs past the end");
    }

    @Test
    void varintsRoundTrip() throws IOException {
        int[] values = {0, 1, -1, 127, 128, Integer.MAX_VALUE, Integer.MIN_VALUE, 300_000};
        SectionWriter w = new SectionWriter();
        w.signedVarints(values);
        w.deltas(values);
        w.fixedInts(values);
        SectionReader r = new SectionReader(w.toByteArray(), "test");
        assertThat(r.signedVarints()).containsExactly(values);
        assertThat(r.deltas()).containsExactly(values);
        assertThat(r.fixedInts()).containsExactly(values);
        r.expectEnd();
    }
}
