package org.sitrep.gazetteer.build;

import java.io.IOException;

/** A countryInfo row: ISO code, English name, capital name, population, continent code, GeoNames id. */
record CountryRow(String iso, String name, String capital, int population, String continent, int geonameid) {
    static CountryRow parse(TsvFile.Row r) throws IOException {
        String iso = r.field(0).trim();
        if (iso.length() != 2) {
            throw r.error("bad ISO code '" + iso + "'");
        }
        return new CountryRow(iso, r.field(4).trim(), r.field(5).trim(), number(r, 7, "population"),
                r.field(8).trim(), number(r, 16, "geonameid"));
    }

    private static int number(TsvFile.Row r, int column, String what) throws IOException {
        String v = r.field(column).trim();
        try {
            return v.isEmpty() ? 0 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw r.error("bad " + what + " '" + v + "'");
        }
    }
}
