package org.sitrep.gazetteer.build;

import java.io.IOException;

/**
 * A row of admin1CodesASCII.txt ({@code UA.14}) or admin2Codes.txt ({@code UA.14.4406});
 * {@code admin2} is null for a first-level division.
 */
record AdminRow(String country, String admin1, String admin2, String name, String asciiname) {

    static AdminRow parse(TsvFile.Row r, boolean secondLevel) throws IOException {
        String[] code = r.field(0).split("\\.", -1);
        if (code.length != (secondLevel ? 3 : 2) || code[0].length() != 2) {
            throw r.error("bad division code '" + r.field(0) + "'");
        }
        return new AdminRow(code[0], code[1], secondLevel ? code[2] : null, r.field(1), r.field(2));
    }

    String key() {
        return country + "." + admin1 + (admin2 == null ? "" : "." + admin2);
    }
}
