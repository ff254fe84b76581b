package org.sitrep.ledger.map;

import java.time.LocalDate;

/** Incidents on one day: a bar of the timeline. */
public record DayCount(LocalDate day, int count) {
}
