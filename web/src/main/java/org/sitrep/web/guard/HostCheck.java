package org.sitrep.web.guard;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses requests whose Host header is not a name this server is reachable as. A page on
 * {@code evil.example} whose name is made to resolve to 127.0.0.1 (DNS rebinding) reaches the server
 * with {@code Host: evil.example}: the browser thinks it is talking to that site and lets the page read
 * the answers. Accepted: IP addresses (a page cannot be served from one and rebound), {@code localhost},
 * the {@code --bind} name, this machine's own names when the server listens beyond loopback, and the
 * host of {@code --public-url} (a deployment behind a proxy).
 */
public final class HostCheck {
    private final Set<String> names;

    private HostCheck(Set<String> names) {
        this.names = names;
    }

    /**
     * @param bind      the address the server listens on
     * @param publicUrl the URL users reach it at through a proxy, or null
     */
    public static HostCheck of(String bind, String publicUrl) {
        Set<String> names = new TreeSet<>();
        names.add("localhost");
        names.add(bind.toLowerCase(Locale.ROOT));
        if (publicUrl != null) {
            String host = URI.create(publicUrl).getHost();
            if (host != null) {
                names.add(host.toLowerCase(Locale.ROOT));
            }
        }
        if (!isLoopback(bind)) {
            try {
                InetAddress self = InetAddress.getLocalHost();
                names.add(self.getHostName().toLowerCase(Locale.ROOT));
                names.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
            } catch (UnknownHostException e) {
                // No name of its own: the machine is reached by address, or through --public-url.
            }
        }
        return new HostCheck(Set.copyOf(names));
    }

    /** The names accepted besides IP addresses. */
    public Set<String> names() {
        return names;
    }

    /** Javalin before-handler for every path. */
    public void check(Context ctx) {
        String header = ctx.header("Host");
        if (header == null || header.isBlank()) {
            throw new HttpResponseException(400, "a request names the server it is for (Host header)");
        }
        String host = hostPart(header.strip()).toLowerCase(Locale.ROOT);
        if (!accepts(host)) {
            throw new HttpResponseException(421, "this server does not answer to the name '" + printable(host)
                    + "' (it answers to its IP addresses and " + String.join(", ", names)
                    + "; behind a proxy, start it with --public-url)");
        }
    }

    boolean accepts(String host) {
        return names.contains(host) || host.endsWith(".localhost") || isIpLiteral(host);
    }

    /** The host of a Host header: without its port, and without the brackets of an IPv6 address. */
    static String hostPart(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end < 0 ? header : header.substring(1, end);
        }
        int colon = header.indexOf(':');
        return colon < 0 ? header : header.substring(0, colon);
    }

    static boolean isIpLiteral(String host) {
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            for (String part : host.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return host.contains(":") && host.matches("[0-9a-f:.]+(%[\\w.-]+)?");
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String printable(String s) {
        String p = s.replaceAll("[^\\p{Alnum}.:_\\[\\]-]", "?");
        return p.length() <= 80 ? p : p.substring(0, 80) + "…";
    }
}
