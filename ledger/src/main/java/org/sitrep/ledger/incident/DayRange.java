package org.sitrep.ledger.incident;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.model.DatePrecision;

/**
 * The days an event may have happened on, as epoch days: one day for a dated event, the week or month
 * for vaguer dates, and for an undated one the few days before the article was published ("earlier",
 * "recently" report something that has happened). Null bounds when nothing at all is known.
 *
 * @param lo    first possible day, or null
 * @param hi    last possible day, or null
 * @param exact whether the date is known to the day
 */
public record DayRange(Integer lo, Integer hi, boolean exact) {
    /** How far back an undated event is looked for, from the publication date. */
    static final int UNDATED_DAYS_BEFORE = 3;

    public static DayRange of(LocalDate date, DatePrecision precision, LocalDate published) {
        if (date != null && precision != null) {
            switch (precision) {
                case DAY:
                    return new DayRange(day(date), day(date), true);
                case WEEK:
                    return new DayRange(day(date), day(date) + 6, false);
                case MONTH:
                    return new DayRange(day(date.withDayOfMonth(1)),
                            day(date.with(TemporalAdjusters.lastDayOfMonth())), false);
                default:
                    return new DayRange(day(date) - 1, day(date) + 1, false);
            }
        }
        if (date != null) {
            return new DayRange(day(date), day(date), true);
        }
        if (published != null) {
            return new DayRange(day(published) - UNDATED_DAYS_BEFORE, day(published), false);
        }
        return new DayRange(null, null, false);
    }

    public boolean known() {
        return lo != null && hi != null;
    }

    /** Days between the two ranges (0 when they overlap), or -1 when either is unknown. */
    public int gap(DayRange other) {
        if (!known() || !other.known()) {
            return -1;
        }
        return Math.max(0, Math.max(lo - other.hi, other.lo - hi));
    }

    private static int day(LocalDate d) {
        return (int) d.toEpochDay();
    }
}
