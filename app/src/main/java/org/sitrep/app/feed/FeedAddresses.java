package org.sitrep.app.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.app.input.ArticleSink;
import org.sitrep.app.input.InputProblem;

/**
 * The feeds a command line names: http(s) addresses as given, OPML files opened for the feeds they
 * list. A bad argument (or a bad address in an OPML file) is reported and the others are still followed.
 */
public final class FeedAddresses {
    private FeedAddresses() {
    }

    /**
     * @param problems where a bad argument goes (only {@link ArticleSink#reject} is called)
     * @return the feeds' addresses, each once, in the order given
     */
    public static List<String> resolve(List<String> args, ArticleSink problems) {
        Set<String> out = new LinkedHashSet<>();
        for (String arg : args) {
            try {
                if (looksLikeAddress(arg)) {
                    out.add(check(arg, arg));
                } else {
                    for (String url : OpmlList.read(Path.of(arg))) {
                        try {
                            out.add(check(arg, url));
                        } catch (InputProblem p) {
                            problems.reject(p);
                        }
                    }
                }
            } catch (InputProblem p) {
                problems.reject(p);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean looksLikeAddress(String arg) {
        String a = arg.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://") || a.matches("[a-z][a-z0-9+.-]*://.*");
    }

    /** The address, if it is an absolute http(s) one. */
    static String check(String where, String url) throws InputProblem {
        String u = url.strip();
        // An address from an OPML file is named after the file; one from the command line is its own name.
        String what = where.equals(url) ? "" : u + ": ";
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InputProblem(where, what + "not an http(s) feed address");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new InputProblem(where, what + "not a valid address (" + e.getReason() + ")");
        }
    }
}
