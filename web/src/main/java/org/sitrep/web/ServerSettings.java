package org.sitrep.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How {@code sitrep serve} runs.
 *
 * @param bind            the address to listen on (loopback unless the user says otherwise)
 * @param port            the port
 * @param anonymousRead   whether requests without an account may read (never write)
 * @param tileUrl         a tile server URL template ({z}/{x}/{y}) to draw under the bundled base layer, or null
 * @param tileAttribution what the tile server asks to be credited, or null
 */
public record ServerSettings(String bind, int port, boolean anonymousRead, String tileUrl, String tileAttribution) {
    public static final String LOOPBACK = "127.0.0.1";

    /** Whether the address only accepts connections from this machine. */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
