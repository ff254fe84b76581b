package org.sitrep.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which names places and divisions are found by. */
class NamePolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {"Kharkov -> kharkov", "Khar'kov -> kharkov", "Rostov-on-Don -> rostov on don",
            "HCMC -> hcmc", "Oděsa -> odesa", "IEV -> null", "ODS -> null", "kiu -> null", "ao de sa -> null",
            "Ah -> null", "12345 -> null", "http://example.org/Odesa -> null", "www.kyiv.ua -> null",
            "Харків -> null", "Χερσώνα -> null", "Łódź -> null"}, delimiter = '>')
    void alternateNames(String raw, String expected) {
        String alt = raw.endsWith(" -") ? raw.substring(0, raw.length() - 2) : raw;
        assertThat(String.valueOf(PlaceNames.alternateKey(alt.strip()))).isEqualTo(expected.strip());
    }

    @Test
    void placeKeysKeepNameAndAsciiNameWhateverTheirScript() {
        assertThat(PlaceNames.keys("Łódź", "Lodz", List.of("Lodsch", "lodz", "LDZ")))
                .containsExactly("łodz", "lodz", "lodsch");
    }

    @Test
    void regionKeys() {
        assertThat(RegionNames.keys("Yakovlevskiy Rayon", "Yakovlevskiy Rayon")).contains("yakovlevskiy rayon",
                "yakovlevskiy", "yakovlevsky", "yakovlevskyi", "yakovlevskyy", "yakovlevskii", "yakovlevsky rayon");
        assertThat(RegionNames.keys("Northern Darfur", "Northern Darfur")).contains("northern darfur", "north darfur");
        assertThat(RegionNames.keys("Zabaykalskiy (Transbaikal) Kray", "Zabaykalskiy (Transbaikal) Kray"))
                .contains("zabaykalskiy kray", "zabaykalskiy", "zabaykalsky", "transbaikal");
        assertThat(RegionNames.keys("Leningradskaya Oblast'", "Leningradskaya Oblast'"))
                .contains("leningradskaya", "leningradskaia", "leningradska");
        assertThat(RegionNames.keys("Northern", "Northern")).as("a plain word alone").isEmpty();
    }

    @ParameterizedTest(name = "{0} named after {1}")
    @CsvSource({"sudzhanskiy, sudzha", "shebekinskiy, shebekino", "kurskiy, kursk", "valuyskiy, valuyki",
            "prokhorovskiy, prokhorovka", "grayvoronskiy, grayvoron", "korochanskiy, korocha"})
    void districtsNamedAfterTheirTown(String district, String town) {
        assertThat(RegionNames.isStemOf(RegionNames.adjectivalStem(district), town)).isTrue();
    }

    @Test
    void unrelatedTownsAreNotStems() {
        assertThat(RegionNames.isStemOf(RegionNames.adjectivalStem("sudzhanskiy"), "sumy")).isFalse();
        assertThat(RegionNames.isStemOf("kursk", "kursk oblast")).isFalse();
        assertThat(RegionNames.adjectivalStem("luhansk")).isNull();
        assertThat(RegionNames.adjectivalStem("sudzhanskiy rayon")).isNull();
    }

    @Test
    void adjectivalEndingsNeedAStem() {
        assertThat(RegionNames.adjectivalVariants("ski")).containsExactly("ski");
        assertThat(RegionNames.adjectivalVariants("luhansk")).containsExactly("luhansk");
    }
}
