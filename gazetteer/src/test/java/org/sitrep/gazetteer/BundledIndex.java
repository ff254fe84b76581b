package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The bundled index, loaded once for all tests in the JVM. */
final class BundledIndex {
    private static GeoNamesIndex index;

    private BundledIndex() {
    }

    static synchronized GeoNamesIndex get() {
        if (index == null) {
            try {
                index = GeoNamesIndex.loadDefault();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
