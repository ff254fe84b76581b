package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.util.List;

/** The columns of a cities500 row the index keeps. */
record CityRow(int geonameid, String name, String asciiname, List<String> alternates, double lat, double lon,
               String featureCode, String country, String admin1, String admin2, long population) {

    static final int COLUMNS = 19;
    static final int MODIFICATION_DATE = 18;

    static CityRow parse(TsvFile.Row r) throws IOException {
        try {
            String alt = r.field(3);
            return new CityRow(Integer.parseInt(r.field(0)), r.field(1), r.field(2),
                    alt.isEmpty() ? List.of() : List.of(alt.split(",")),
                    Double.parseDouble(r.field(4)), Double.parseDouble(r.field(5)), r.field(7), r.field(8),
                    r.field(10), r.field(11), r.field(14).isEmpty() ? 0 : Long.parseLong(r.field(14)));
        } catch (NumberFormatException e) {
            throw r.error("bad number (" + e.getMessage() + ")");
        }
    }
}
