/**
 * The JSON API ({@code docs/web-api.md}): request parameters read into ledger filters, ledger records
 * turned into the API's JSON views, and the routes, grouped by what they serve.
 */
package org.sitrep.web.api;
