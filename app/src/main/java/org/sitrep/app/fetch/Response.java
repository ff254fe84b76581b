package org.sitrep.app.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A successful fetch: the resource, or word that it has not changed.
 *
 * @param uri         where it was finally found, after redirects
 * @param status      the HTTP status (2xx, or 304)
 * @param contentType the media type without parameters, lower case; null when the server gave none
 * @param charset     the charset the Content-Type header names, or null
 * @param body        the bytes, decompressed; empty for a 304
 * @param validators  what to send back next time
 */
public record Response(URI uri, int status, String contentType, Charset charset, byte[] body, Validators validators) {

    public boolean notModified() {
        return status == 304;
    }
}
