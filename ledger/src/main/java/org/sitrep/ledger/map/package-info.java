/**
 * What the web app's map and incident page read: incidents in a viewport (or, when there are too many,
 * grid clusters of them), incidents per day for the timeline, one article with its events, the audit
 * log. The records here are what the API serialises.
 */
package org.sitrep.ledger.map;
