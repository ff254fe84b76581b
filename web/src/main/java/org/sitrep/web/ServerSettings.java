package org.sitrep.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * How {@code sitrep serve} runs.
 *
 * @param bind            the address to listen on (loopback unless the user says otherwise)
 * @param port            the port
 * @param anonymousRead   whether requests without an account may read (never write)
 * @param tileUrl         a tile server URL template ({z}/{x}/{y}) to draw under the bundled base layer, or null
 * @param tileAttribution what the tile server asks to be credited, or null
 * @param publicUrl       the URL users reach the server at through a reverse proxy (its host is accepted in
 *                        the Host header; https makes cookies Secure), or null
 * @param trustedProxies  addresses of reverse proxies whose X-Forwarded-For names the client
 */
public record ServerSettings(String bind, int port, boolean anonymousRead, String tileUrl, String tileAttribution,
                             String publicUrl, List<String> trustedProxies) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServerSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** Served directly, without a proxy in front. */
    public ServerSettings(String bind, int port, boolean anonymousRead, String tileUrl, String tileAttribution) {
        this(bind, port, anonymousRead, tileUrl, tileAttribution, null, List.of());
    }

    /** Whether cookies must be sent over HTTPS only: users reach the server at an https URL. */
    public boolean secureCookies() {
        return publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, 8);
    }

    /** Whether the address only accepts connections from this machine. */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
