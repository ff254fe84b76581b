package org.sitrep.app.fetch;

/**
 * What a server said identifies the version it sent (ETag, Last-Modified), sent back on the next
 * request so that an unchanged resource costs a 304 and no body.
 *
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
