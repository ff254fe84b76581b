package org.sitrep.engine.mention;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.sitrep.engine.text.WordSet;

/**
 * The country of the outlet that published an article, read from the country-code top-level domain of its
 * web address: "example.in" and "example.com.pk" say India and Pakistan, "example.com" says nothing.
 * A weak prior for names the text leaves open: local outlets mostly report local places; a wire story
 * republished abroad is not, which is why it never outweighs a place the text names.
 */
public final class OutletCountry {

    /** Country-code domains used as generic ones (.tv, .io, .co, ...): they say nothing of a country. */
    private static final Set<String> GENERIC = WordSet.of("tv", "io", "co", "me", "ly", "fm", "ai", "ws", "cc", "to", "gg",
            "nu", "ag", "bz", "vc", "sh", "ac", "am", "la", "im", "gl", "cx", "tk", "ml", "ga", "cf", "gq",
            "su", "eu", "int", "info", "news", "app", "online", "site", "xyz");

    private OutletCountry() {
    }

    /** The ISO code of the outlet's country, or null when the address is missing, generic or unreadable. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        int dot = h.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String tld = h.substring(dot + 1);
        if (tld.length() != 2 || GENERIC.contains(tld) || !tld.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
    }
}
