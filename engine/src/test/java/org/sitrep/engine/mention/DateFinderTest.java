package org.sitrep.engine.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;
import org.sitrep.model.DatePrecision;

class DateFinderTest {

    /** A Monday. */
    private static final LocalDate MONDAY_4_JULY_2022 = LocalDate.of(2022, 7, 4);

    private final DateFinder finder = new DateFinder();

    private static Document doc(String text) {
        return new Segmenter().segment(text);
    }

    private List<DateMention> find(String text, LocalDate published) {
        return finder.find(doc(text), published);
    }

    private DateMention only(String text, LocalDate published) {
        List<DateMention> found = find(text, published);
        assertThat(found).as("date mentions in '%s'", text).hasSize(1);
        return found.get(0);
    }

    private static String words(String text, DateMention m) {
        return new Segmenter().segment(text).textOf(m.first(), m.end(), false);
    }

    @ParameterizedTest(name = "{1} published {0} -> {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // weekdays: the most recent such day on or before publication, the same day included
        "2022-07-04; Missiles hit the city on Monday.;                 Monday;              2022-07-04; DAY",
        // holidays of fixed date: in the year told, else the last before publication
        "2025-04-15; On Christmas Eve in 2023, gunmen raided villages.; Christmas Eve in 2023; 2023-12-24; DAY",
        "2025-04-15; Drones struck the city on Christmas Day.;         Christmas Day;       2024-12-25; DAY",
        "2025-04-15; Missiles hit Kyiv on New Year's Eve.;             New Year's Eve;      2024-12-31; DAY",
        "2022-07-04; Missiles hit the city on Sunday.;                 Sunday;              2022-07-03; DAY",
        "2022-07-04; Missiles hit the city on Tuesday.;                Tuesday;             2022-06-28; DAY",
        "2022-07-06; Missiles hit the city on Saturday night.;         Saturday;            2022-07-02; DAY",
        "2022-07-04; Missiles hit the city yesterday.;                 yesterday;           2022-07-03; DAY",
        "2022-07-04; Missiles hit the city last night.;                last night;          2022-07-04; DAY",
        "2022-07-04; Missiles hit the city last evening.;              last evening;        2022-07-03; DAY",
        "2025-05-08; Missiles hit between the night of May 6 and 7.;   night of May 6 and 7; 2025-05-07; DAY",
        "2022-07-04; Drones came on the night of 2 to 3 July.;         night of 2 to 3 July; 2022-07-03; DAY",
        "2022-07-04; The town was shelled three days ago.;             three days ago;      2022-07-01; DAY",
        "2022-07-06; The town was shelled a week ago.;                 a week ago;          2022-06-27; WEEK",
        "2017-05-24; By Tuesday night, troops had clashed.;            Tuesday;             2017-05-23; DAY",
        "2022-10-09; The bridge was hit on 08.10.2022.;                08.10.2022;          2022-10-08; DAY",
        "2022-07-04; Missiles hit the city last Monday.;               last Monday;         2022-06-27; DAY",
        "2022-07-06; Missiles hit the city earlier this week.;         earlier this week;   2022-07-04; WEEK",
        "2022-07-04; Missiles hit the city over the weekend.;          over the weekend;    2022-07-02; WEEK",
        "2022-07-04; Missiles hit the city in March.;                  March;               2022-03-01; MONTH",
        "2022-02-10; Missiles hit the city in March.;                  March;               2021-03-01; MONTH",
        "2022-07-04; Missiles hit the city in May.;                    May;                 2022-05-01; MONTH",
        "2022-07-04; Missiles hit the city in March 2020.;             March 2020;          2020-03-01; MONTH",
        "2023-10-09; Gunmen crossed the border on Oct. 7 at dawn.;     Oct. 7;              2023-10-07; DAY",
        "2024-03-01; Gunmen crossed the border on Oct. 7 at dawn.;     Oct. 7;              2023-10-07; DAY",
        "2024-03-01; Gunmen crossed the border on 7 October 2023.;     7 October 2023;      2023-10-07; DAY",
        "2024-03-01; Gunmen crossed the border on October 7th.;        October 7th;         2023-10-07; DAY",
        "2022-07-04; The town fell on July 3, 2022, officials said.;   'July 3, 2022';      2022-07-03; DAY",
        "2022-07-04; The town fell on 2022-07-03, officials said.;     2022-07-03;          2022-07-03; DAY",
        "2022-07-04; The town fell earlier this month.;                earlier this month;  2022-07-01; MONTH",
    })
    void resolvesAgainstThePublicationDate(LocalDate published, String text, String expression, LocalDate date,
                                           DatePrecision precision) {
        DateMention m = only(text, published);

        assertThat(words(text, m)).isEqualTo(expression);
        assertThat(m.date()).isEqualTo(date);
        assertThat(m.precision()).isEqualTo(precision);
    }

    @Test
    void theBoundOfAPeriodIsNoDayUnlessTheSentenceTellsWhatHappenedOnIt() {
        assertThat(find("Fighting has raged since Jan. 8 across the region.", MONDAY_4_JULY_2022)).isEmpty();
        assertThat(only("It was the deadliest attack since Jan. 8, when two bombs hit a factory.", MONDAY_4_JULY_2022)
                .date()).isEqualTo(LocalDate.of(2022, 1, 8));
    }

    @Test
    void lastWeekHasWeekPrecision() {
        DateMention m = only("Missiles hit the city last week.", LocalDate.of(2022, 7, 6));

        assertThat(words("Missiles hit the city last week.", m)).isEqualTo("last week");
        assertThat(m.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(m.date()).isBetween(LocalDate.of(2022, 6, 27), LocalDate.of(2022, 7, 3));
    }

    @Test
    void lastWeekResolvesToTheMondayOfThePreviousWeek() {
        DateMention m = only("Missiles hit the city last week.", LocalDate.of(2022, 7, 6));

        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 6, 27));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shells fell on the village earlier.", "Shells had recently fallen on the village."})
    void vagueTimeIsUnknownWithoutADate(String text) {
        DateMention m = only(text, MONDAY_4_JULY_2022);

        assertThat(m.date()).isNull();
        assertThat(m.precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void earlierTodayIsTheDayOfPublication() {
        DateMention m = only("Shells fell on the village earlier today.", MONDAY_4_JULY_2022);

        assertThat(m.date()).isEqualTo(MONDAY_4_JULY_2022);
        assertThat(m.precision()).isEqualTo(DatePrecision.DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Missiles hit the city on Sunday.",
        "Missiles hit the city yesterday.",
        "Missiles hit the city last week.",
        "Missiles hit the city over the weekend.",
        "Missiles hit the city in March.",
        "Gunmen crossed the border on Oct. 7 at dawn.",
        "Shells fell on the village earlier."
    })
    void withoutPublicationDateRelativeExpressionsGiveNoDate(String text) {
        assertThat(find(text, null)).allSatisfy(m -> assertThat(m.date()).isNull());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The town fell on July 3, 2022.;       2022-07-03; DAY",
        "The town fell on 3 July 2022.;        2022-07-03; DAY",
        "The town fell on 2022-07-03.;         2022-07-03; DAY",
        "The town fell in July 2022.;          2022-07-01; MONTH"
    })
    void withoutPublicationDateAbsoluteDatesStillResolve(String text, LocalDate date, DatePrecision precision) {
        DateMention m = only(text, null);

        assertThat(m.date()).isEqualTo(date);
        assertThat(m.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Troops may march on the city.",
        "Russia said it may strike again.",
        "The sunday market was closed.",
        "He paid 2022 hryvnias for it."
    })
    void wordsThatOnlyLookLikeDatesAreNone(String text) {
        assertThat(find(text, MONDAY_4_JULY_2022)).isEmpty();
    }

    @Test
    void impossibleDayIsNoDate() {
        assertThat(find("The town fell on 2022-02-30.", MONDAY_4_JULY_2022)).allSatisfy(m -> assertThat(m.date()).isNull());
        assertThat(find("The town fell on February 30, 2022.", MONDAY_4_JULY_2022)).allSatisfy(m -> assertThat(m.date()).isNull());
    }

    @Test
    void everyDateOfATextIsFoundInOrder() {
        String text = "The town fell on Sunday. Officials confirmed it on Monday, a week after the 2022-06-26 raid.";
        List<DateMention> found = find(text, MONDAY_4_JULY_2022);

        assertThat(found).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2022, 7, 3), MONDAY_4_JULY_2022, LocalDate.of(2022, 6, 26));
    }
}
