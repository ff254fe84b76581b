package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.gazetteer.DivisionWords;
import org.sitrep.gazetteer.Skeleton;
import org.sitrep.gazetteer.format.RegionColumns;
import org.sitrep.gazetteer.format.StringColumn;

/**
 * First- then second-level divisions, each found by its own names and by its seat's names, ranked
 * first-level before second-level, own name before seat name, then by the seat's population.
 */
final class RegionSection {
    final Postings names = new Postings();
    final Postings skeletons = new Postings();
    final RegionColumns columns;

    RegionSection(TsvFile admin1File, TsvFile admin2File, PlaceSection places, Seats seats, Codes codes)
            throws IOException {
        List<AdminRow> divisions = read(admin1File, false);
        divisions.addAll(read(admin2File, true));
        int n = divisions.size();
        int[] country = new int[n];
        int[] admin1 = new int[n];
        int[] admin2 = new int[n];
        int[] centre = new int[n];
        int[] ids = new int[n];
        List<String> displayNames = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            AdminRow d = divisions.get(row);
            boolean firstLevel = d.admin2() == null;
            Set<String> own = RegionNames.keys(d.name(), d.asciiname());
            int seat = firstLevel ? seats.admin1(d, own) : seats.admin2(d, own);
            country[row] = codes.id(d.country());
            admin1[row] = codes.id(d.admin1());
            admin2[row] = firstLevel ? -1 : codes.id(d.admin2());
            centre[row] = seat;
            ids[row] = d.geonameid();
            displayNames.add(d.name());
            int level = firstLevel ? 0 : 2;
            for (String key : own) {
                add(key, row, rank(level, seat, row));
            }
            if (seat >= 0) {
                for (String key : places.keys.get(seat)) {
                    if (!DivisionWords.isPlainWord(key)) {
                        add(key, row, rank(level + 1, seat, row));
                    }
                }
            }
        }
        columns = new RegionColumns(country, admin1, admin2, centre, StringColumn.of(displayNames), ids);
    }

    private static List<AdminRow> read(TsvFile file, boolean secondLevel) throws IOException {
        List<AdminRow> rows = new ArrayList<>();
        for (TsvFile.Row r : file.rows()) {
            rows.add(AdminRow.parse(r, secondLevel));
        }
        rows.sort(Comparator.comparing(AdminRow::key));
        return rows;
    }

    private void add(String key, int row, long rank) {
        names.add(key, row, rank);
        skeletons.add(Skeleton.of(key), row, rank);
    }

    /** Level-and-match class, then seat population (row order), then division row: one sortable number. */
    private static long rank(int levelAndMatch, int seat, int row) {
        int bits = GazetteerBuilder.RANK_BITS;
        long seatRank = seat < 0 ? (1L << bits) - 1 : seat;
        return ((long) levelAndMatch << (2 * bits)) | (seatRank << bits) | row;
    }
}
