package org.sitrep.app.fetch;

import java.time.Duration;

/**
 * How {@code sitrep watch} treats the servers it reads.
 *
 * @param userAgent      the User-Agent header: names sitrep and how to reach whoever runs it
 * @param hostDelay      the least time between two requests to one host (robots.txt Crawl-delay may raise it)
 * @param perHost        the most requests to one host at once
 * @param timeout        the most one request may take, body included
 * @param maxBytes       the largest body read (after decompression); larger ones are refused
 * @param maxRedirects   the most redirects followed for one request
 * @param patience       the longest a request waits for a host that asked us to wait (Retry-After); a
 *                       longer wait fails the request, to be tried at a later pass
 */
public record Politeness(String userAgent, Duration hostDelay, int perHost, Duration timeout, long maxBytes,
                         int maxRedirects, Duration patience) {
    public static final int MAX_REDIRECTS = 5;
    /** Longest Crawl-delay honoured: a larger one would stall a pass; the host is then read at this pace. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    public Politeness {
        if (perHost < 1) {
            throw new IllegalArgumentException("at least one request per host");
        }
        if (hostDelay.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("negative delay or no timeout");
        }
    }

    /**
     * "sitrep/0.1.0 (+mailto:desk@example.org)": the product, then how to reach the operator, as
     * crawlers conventionally write it.
     */
    public static String userAgent(String version, String contact) {
        String product = "sitrep/" + (version == null ? "dev" : version);
        if (contact == null || contact.isBlank()) {
            return product + " (news feed reader; operator gave no contact)";
        }
        String c = contact.strip();
        String link = c.contains("@") && !c.contains(":") ? "mailto:" + c : c;
        return product + " (news feed reader; +" + link + ")";
    }
}
