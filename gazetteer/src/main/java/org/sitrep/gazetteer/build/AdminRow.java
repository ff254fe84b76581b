package org.sitrep.gazetteer.build;

import java.io.IOException;

/**
 * A row of admin1CodesASCII.txt ({@code UA.14}) or admin2Codes.txt ({@code UA.14.4406});
 * {@code admin2} is null for a first-level division.
 */
record AdminRow(String country, String admin1, String admin2, String name, String asciiname, int geonameid) {

    static AdminRow parse(TsvFile.Row r, boolean secondLevel) throws IOException {
        String[] code = r.field(0).split("\\.", -1);
        if (code.length != (secondLevel ? 3 : 2) || code[0].length() != 2) {
            throw r.error("bad division code '" + r.field(0) + "'");
        }
        String id = r.field(3).trim();
        int geonameid;
        try {
            geonameid = id.isEmpty() ? 0 : Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw r.error("bad geonameid '" + id + "'");
        }
        return new AdminRow(code[0], code[1], secondLevel ? code[2] : null, r.field(1), r.field(2), geonameid);
    }

    String key() {
        return country + "." + admin1 + (admin2 == null ? "" : "." + admin2);
    }
}
