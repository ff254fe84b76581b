package org.sitrep.engine.mention;

import java.time.LocalDate;
import org.sitrep.model.DatePrecision;

/**
 * A time expression resolved against the publication date: tokens {@code [first, end)}.
 *
 * @param date      the day it resolves to (the first day of a week or month), or null when vague
 * @param precision day, week, month, or unknown for vague words ("earlier", "recently")
 */
public record DateMention(int first, int end, LocalDate date, DatePrecision precision) {
}
