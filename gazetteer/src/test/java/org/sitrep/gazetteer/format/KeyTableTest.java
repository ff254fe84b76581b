package org.sitrep.gazetteer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTableTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 1000, 1023, 1024, 1400, 2047, 50_000})
    void findsEveryKeyAndNothingElseAtMostTwoThirdsFull(int n) {
        List<String> keys = IntStream.range(0, n).mapToObj(i -> "place " + i).sorted().toList();
        KeyTable table = KeyTable.of(keys);
        assertThat(table.size()).isEqualTo(n);
        assertThat(Integer.bitCount(table.slots().length)).isEqualTo(1);
        assertThat(3L * n).isLessThanOrEqualTo(2L * table.slots().length);
        for (int k = 0; k < n; k++) {
            assertThat(table.find(keys.get(k))).isEqualTo(k);
        }
        assertThat(table.find("place " + n)).isEqualTo(-1);
        assertThat(table.find("")).isEqualTo(-1);
        assertThat(table.keyList()).isEqualTo(keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"łodz", "kharkiv", "rostov na donu"})
    void nonAsciiAndMultiWordKeys(String key) {
        KeyTable table = KeyTable.of(List.of("kharkiv", "rostov na donu", "łodz"));
        assertThat(table.find(key)).isNotNegative();
        assertThat(table.keys().get(table.find(key))).isEqualTo(key);
    }
}
