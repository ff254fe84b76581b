package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022-07-03", "2022-07-03T23:30:00+03:00", "2022-07-03T01:00:00Z", "2022/07/03",
        "20220703", "3 July 2022", "July 3, 2022", " 2022-07-03 "})
    void readsTheCalendarDateAsWritten(String value) {
        assertThat(Dates.parseLenient(value)).isEqualTo(LocalDate.of(2022, 7, 3));
    }

    @Test
    void nonsenseIsNull() {
        assertThat(Dates.parseLenient("yesterday")).isNull();
        assertThat(Dates.parseLenient("2022-13-01")).isNull();
        assertThat(Dates.parseLenient("0001-01-01")).isNull();
        assertThat(Dates.parseLenient(null)).isNull();
    }
}
