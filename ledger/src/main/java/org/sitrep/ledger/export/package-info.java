/**
 * The ledger's incidents written out: a text table for people, JSON and JSON Lines (the incident with
 * its member events, as the merge scorer reads them), ACLED-compatible CSV, and a GeoJSON
 * FeatureCollection for maps; and the followed feeds with their health ({@code FeedJson}). Writers take rows
 * already queried; they do no database work.
 */
package org.sitrep.ledger.export;
