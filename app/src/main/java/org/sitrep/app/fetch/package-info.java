/**
 * Polite HTTP for {@code sitrep watch}, on the JDK's HTTP client: a User-Agent that names sitrep and
 * how to reach its operator, conditional GET, gzip, a timeout and a size cap on every fetch, redirects
 * followed within a limit, robots.txt honoured (crawler-commons) with its Crawl-delay, and per host a
 * delay between requests, a cap on requests at once and the pause a Retry-After asks for. Knows nothing
 * of feeds or articles: bytes in, bytes out, and a one-line {@link org.sitrep.app.fetch.FetchProblem}
 * saying whether trying again later may help.
 */
package org.sitrep.app.fetch;
