package org.sitrep.gazetteer.build;

import java.io.IOException;

/** A countryInfo row: ISO code, English name, capital name. */
record CountryRow(String iso, String name, String capital) {
    static CountryRow parse(TsvFile.Row r) throws IOException {
        String iso = r.field(0).trim();
        if (iso.length() != 2) {
            throw r.error("bad ISO code '" + iso + "'");
        }
        return new CountryRow(iso, r.field(4).trim(), r.field(5).trim());
    }
}
