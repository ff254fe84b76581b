package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatelineTest {
    private static final LocalDate JULY_3 = LocalDate.of(2022, 7, 3);
    private static final String BODY = "\n\nThe shelling went on for most of the night, residents of the district said,"
            + " and the regional administration put the number of damaged homes at more than forty.";

    @ParameterizedTest
    @ValueSource(strings = {"03 July 2022", "3 July 2022", "3rd Jul. 2022", "July 3, 2022", "Jul 3 2022",
        "2022-07-03", "Published: 3 July 2022 14:05 BST", "By Field Desk | 3 July 2022"})
    void readsTheDateOnADatelineUnderTheTitle(String dateline) {
        assertThat(Dateline.find("Strikes hit the city overnight\n" + dateline + BODY)).isEqualTo(JULY_3);
    }

    @Test
    void aTitleCountsOnlyWhenItStartsWithTheDate() {
        assertThat(Dateline.find("2022-07-03 Evening briefing" + BODY)).isEqualTo(JULY_3);
        assertThat(Dateline.find("What happened on 3 July 2022 in the east" + BODY)).isNull();
    }

    @Test
    void aDateInsideAParagraphIsNotADateline() {
        assertThat(Dateline.find("Title\nOfficials said the strike on 3 July 2022 was the third on the town this"
                + " month, and that repairs to the water station would take at least two weeks to complete.")).isNull();
    }

    @Test
    void disagreeingDatesGiveNoneUnlessOneIsMarkedPublished() {
        assertThat(Dateline.find("Title\n3 July 2022\nUpdated 5 July 2022" + BODY)).isNull();
        assertThat(Dateline.find("Title\nPublished 3 July 2022\nUpdated 5 July 2022" + BODY)).isEqualTo(JULY_3);
    }

    @Test
    void datesThatDoNotExistOrLackAYearAreIgnored() {
        assertThat(Dateline.find("Title\n31 June 2022" + BODY)).isNull();
        assertThat(Dateline.find("Title\nKYIV, July 3 (Field Desk) -" + BODY)).isNull();
    }

    @Test
    void onlyTheFirstLinesAreLookedAt() {
        assertThat(Dateline.find("Title\na\nb\nc\nd\n3 July 2022" + BODY)).isNull();
    }
}
