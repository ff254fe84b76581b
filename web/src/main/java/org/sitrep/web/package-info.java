/**
 * {@code sitrep serve}: the analyst's web app over a ledger. {@link org.sitrep.web.WebServer} wires
 * Javalin: static page and webjars, access control, the JSON API ({@code api}), ingest jobs
 * ({@code ingest}). The page itself lives in {@code resources/org/sitrep/web/public}.
 */
package org.sitrep.web;
