/**
 * The ledger: many reports in, one sourced incident each, contradictions surfaced. {@link
 * org.sitrep.ledger.Ledger} is the one entry point: it stores articles with their extracted events
 * and claims (SQLite or PostgreSQL), merges events from different articles into incidents as they
 * arrive, answers queries, and keeps analysts' decisions apart from what the machine made.
 * It knows nothing of the engine or the command line: callers hand it articles and extractions.
 */
package org.sitrep.ledger;
