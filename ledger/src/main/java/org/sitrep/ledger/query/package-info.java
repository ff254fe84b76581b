/**
 * What {@code sitrep incidents} filters on: dates, a place and radius, type, side, contested, sources.
 * Values are checked here, with messages that say what a valid value looks like, so a bad query is
 * one clear line before anything is read; place names are resolved against the gazetteer.
 */
package org.sitrep.ledger.query;
