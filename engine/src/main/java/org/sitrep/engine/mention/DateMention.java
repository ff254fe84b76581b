package org.sitrep.engine.mention;

import java.time.LocalDate;
import org.sitrep.model.DatePrecision;

/**
 * A time expression resolved against the publication date: tokens {@code [first, end)}.
 *
 * @param date      the day it resolves to (the first day of a week or month), or null when vague
 * @param precision day, week, month, or unknown for vague words ("earlier", "recently")
 * @param distant   a time well before the news ("earlier this year", "last year"): a recalled episode
 */
public record DateMention(int first, int end, LocalDate date, DatePrecision precision, boolean distant) {

    public DateMention(int first, int end, LocalDate date, DatePrecision precision) {
        this(first, end, date, precision, false);
    }
}
