/**
 * Incidents across articles, without the database: which stored events may report the same incident
 * as a new one ({@link org.sitrep.ledger.incident.Compatibility}, {@link
 * org.sitrep.ledger.incident.IncidentMatcher}), how independently an incident is corroborated
 * ({@link org.sitrep.ledger.incident.SourceKey}, {@link org.sitrep.ledger.incident.Corroboration}), and
 * whether the sides contradict each other ({@link org.sitrep.ledger.incident.Contest}). Pure functions
 * over small records, so each rule has a unit test of its own.
 */
package org.sitrep.ledger.incident;
