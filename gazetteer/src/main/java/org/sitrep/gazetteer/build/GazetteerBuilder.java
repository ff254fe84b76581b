package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.gazetteer.DivisionWords;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.Skeleton;
import org.sitrep.gazetteer.format.CountryColumns;
import org.sitrep.gazetteer.format.IndexCodec;
import org.sitrep.gazetteer.format.IndexData;
import org.sitrep.gazetteer.format.IndexHeader;
import org.sitrep.gazetteer.format.KeyTable;
import org.sitrep.gazetteer.format.PlaceColumns;
import org.sitrep.gazetteer.format.PostingList;
import org.sitrep.gazetteer.format.RegionColumns;
import org.sitrep.gazetteer.format.StringColumn;

/**
 * Builds the bundled index from a directory of GeoNames extracts. The output depends only on the
 * input files (no clock, no hash-map order), so rebuilding from the same extracts gives the same bytes.
 *
 * <p>Usage: {@code GazetteerBuilder <geonames dir> <output file>}
 */
public final class GazetteerBuilder {
    private static final int RANK_BITS = 21;

    private GazetteerBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuilder <geonames dir> <output index file>");
            System.exit(2);
        }
        long start = System.nanoTime();
        IndexData data = build(Path.of(args[0]));
        Path out = Path.of(args[1]);
        write(data, out);
        System.out.printf("wrote %s: %,d bytes; %,d places, %,d regions, %,d countries; %,d keys, used by "
                        + "%,d place names, %,d place skeletons, %,d region names, %,d region skeletons; "
                        + "max %d words; %.1f s%n",
                out, Files.size(out), data.places().size(), data.regions().size(), data.countries().size(),
                data.keys().size(), data.placeNames().keysUsed(), data.placeSkeletons().keysUsed(),
                data.regionNames().keysUsed(), data.regionSkeletons().keysUsed(), data.maxNameWords(),
                (System.nanoTime() - start) / 1e9);
    }

    public static void write(IndexData data, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Write beside the target and move into place, so a failed build never leaves half an index.
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            IndexCodec.write(data, os);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static IndexData build(Path dir) throws IOException {
        TsvFile citiesFile = TsvFile.read(dir.resolve("cities500.txt"), CityRow.COLUMNS, CityRow.MODIFICATION_DATE);
        TsvFile admin1File = TsvFile.read(dir.resolve("admin1CodesASCII.txt"), 3, -1);
        TsvFile admin2File = TsvFile.read(dir.resolve("admin2Codes.txt"), 3, -1);
        TsvFile countryFile = TsvFile.read(dir.resolve("countryInfo.txt"), 6, -1);
        IndexHeader header = new IndexHeader(IndexCodec.FORMAT_VERSION, List.of(citiesFile.provenance(),
                admin1File.provenance(), admin2File.provenance(), countryFile.provenance()));

        List<CityRow> places = new ArrayList<>();
        for (TsvFile.Row r : citiesFile.rows()) {
            places.add(CityRow.parse(r));
        }
        // Population order makes row order the "most populous first" order every lookup returns.
        places.sort(Comparator.comparingLong(CityRow::population).reversed().thenComparingInt(CityRow::geonameid));
        List<Set<String>> placeKeys = places.stream()
                .map(p -> PlaceNames.keys(p.name(), p.asciiname(), p.alternates())).toList();

        Codes codes = new Codes();
        Postings placeNames = new Postings();
        Postings placeSkeletons = new Postings();
        for (int row = 0; row < places.size(); row++) {
            for (String key : placeKeys.get(row)) {
                placeNames.add(key, row, row);
                placeSkeletons.add(Skeleton.of(key), row, row);
            }
        }
        PlaceColumns placeColumns = placeColumns(places, codes);

        List<AdminRow> divisions = new ArrayList<>();
        for (TsvFile.Row r : admin1File.rows()) {
            divisions.add(AdminRow.parse(r, false));
        }
        List<AdminRow> admin2 = new ArrayList<>();
        for (TsvFile.Row r : admin2File.rows()) {
            admin2.add(AdminRow.parse(r, true));
        }
        divisions.sort(Comparator.comparing(AdminRow::key));
        admin2.sort(Comparator.comparing(AdminRow::key));
        divisions.addAll(admin2);

        Seats seats = new Seats(places, placeKeys);
        Postings regionNames = new Postings();
        Postings regionSkeletons = new Postings();
        int n = divisions.size();
        int[] country = new int[n];
        int[] a1 = new int[n];
        int[] a2 = new int[n];
        int[] centre = new int[n];
        List<String> names = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            AdminRow d = divisions.get(row);
            Set<String> own = RegionNames.keys(d.name(), d.asciiname());
            boolean first = d.admin2() == null;
            int seat = first ? seats.admin1(d, own) : seats.admin2(d);
            country[row] = codes.id(d.country());
            a1[row] = codes.id(d.admin1());
            a2[row] = first ? -1 : codes.id(d.admin2());
            centre[row] = seat;
            names.add(d.name());
            int level = first ? 0 : 2;
            for (String key : own) {
                addRegionKey(regionNames, regionSkeletons, key, row, regionRank(level, seat, row));
            }
            if (seat >= 0) {
                for (String key : placeKeys.get(seat)) {
                    if (!DivisionWords.isPlainWord(key)) {
                        addRegionKey(regionNames, regionSkeletons, key, row, regionRank(level + 1, seat, row));
                    }
                }
            }
        }
        RegionColumns regionColumns = new RegionColumns(country, a1, a2, centre, StringColumn.of(names));

        List<CountryRow> countries = new ArrayList<>();
        for (TsvFile.Row r : countryFile.rows()) {
            countries.add(CountryRow.parse(r));
        }
        countries.sort(Comparator.comparing(CountryRow::iso));
        Postings countryNames = new Postings();
        int[] iso = new int[countries.size()];
        int[] capital = new int[countries.size()];
        List<String> countryNameList = new ArrayList<>();
        for (int row = 0; row < countries.size(); row++) {
            CountryRow c = countries.get(row);
            iso[row] = codes.id(c.iso());
            capital[row] = seats.capital(c);
            countryNameList.add(c.name());
            countryNames.add(NameFolding.fold(c.name()), row, row);
            for (String variant : CountryNames.VARIANTS.getOrDefault(c.iso(), List.of())) {
                countryNames.add(NameFolding.fold(variant), row, row);
            }
        }
        CountryColumns countryColumns = new CountryColumns(iso, StringColumn.of(countryNameList), capital);

        int maxWords = Math.max(placeNames.maxWords(), Math.max(regionNames.maxWords(), countryNames.maxWords()));
        List<Postings> lists = List.of(placeNames, placeSkeletons, regionNames, regionSkeletons, countryNames);
        TreeSet<String> allKeys = new TreeSet<>();
        lists.forEach(l -> allKeys.addAll(l.keys()));
        List<String> keys = List.copyOf(allKeys);
        List<PostingList> postings = lists.stream().map(l -> PostingList.of(keys, l.ranked())).toList();
        return new IndexData(header, codes.toColumn(), placeColumns, regionColumns, countryColumns, KeyTable.of(keys),
                postings.get(0), postings.get(1), postings.get(2), postings.get(3), postings.get(4), maxWords);
    }

    private static void addRegionKey(Postings names, Postings skeletons, String key, int row, long rank) {
        names.add(key, row, rank);
        skeletons.add(Skeleton.of(key), row, rank);
    }

    /**
     * First-level before second-level, a division's own name before its seat's names, then divisions
     * with more populous seats, then file order.
     */
    private static long regionRank(int levelAndMatch, int seat, int row) {
        long seatRank = seat < 0 ? (1L << RANK_BITS) - 1 : seat;
        return ((long) levelAndMatch << (2 * RANK_BITS)) | (seatRank << RANK_BITS) | row;
    }

    private static PlaceColumns placeColumns(List<CityRow> places, Codes codes) throws IOException {
        int n = places.size();
        if (n >= 1 << RANK_BITS) {
            throw new IOException("too many places for the rank encoding: " + n);
        }
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
            CityRow p = places.get(row);
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
