package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.gazetteer.Skeleton;
import org.sitrep.gazetteer.format.PlaceColumns;
import org.sitrep.gazetteer.format.StringColumn;

/** The places of cities500, most populous first, with the names and skeletons each is found by. */
final class PlaceSection {
    final List<CityRow> rows = new ArrayList<>();
    final List<Set<String>> keys;
    final Postings names = new Postings();
    final Postings skeletons = new Postings();
    final PlaceColumns columns;

    PlaceSection(TsvFile cities, Codes codes) throws IOException {
        for (TsvFile.Row r : cities.rows()) {
            rows.add(CityRow.parse(r));
        }
        if (rows.size() >= 1 << GazetteerBuilder.RANK_BITS) {
            throw new IOException("too many places for the rank encoding: " + rows.size());
        }
        // Population order makes row order the "most populous first" order every lookup returns.
        rows.sort(Comparator.comparingLong(CityRow::population).reversed().thenComparingInt(CityRow::geonameid));
        keys = rows.stream().map(p -> PlaceNames.keys(p.name(), p.asciiname(), p.alternates())).toList();
        for (int row = 0; row < rows.size(); row++) {
            for (String key : keys.get(row)) {
                names.add(key, row, row);
                skeletons.add(Skeleton.of(key), row, row);
            }
        }
        columns = columns(codes);
    }

    private PlaceColumns columns(Codes codes) {
        int n = rows.size();
        int[] id = new int[n];
        int[] lat = new int[n];
        int[] lon = new int[n];
        int[] population = new int[n];
        int[] country = new int[n];
        int[] admin1 = new int[n];
        int[] admin2 = new int[n];
        int[] feature = new int[n];
        List<String> names = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            CityRow p = rows.get(row);
            id[row] = p.geonameid();
            lat[row] = (int) Math.round(p.lat() * PlaceColumns.SCALE);
            lon[row] = (int) Math.round(p.lon() * PlaceColumns.SCALE);
            population[row] = (int) Math.min(p.population(), Integer.MAX_VALUE);
            country[row] = codes.id(p.country());
            admin1[row] = codes.id(p.admin1());
            admin2[row] = codes.id(p.admin2());
            feature[row] = codes.id(p.featureCode());
            names.add(p.name());
        }
        return new PlaceColumns(id, lat, lon, population, country, admin1, admin2, feature, StringColumn.of(names));
    }
}
