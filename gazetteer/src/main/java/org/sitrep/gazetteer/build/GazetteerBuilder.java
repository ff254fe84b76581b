package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;
import org.sitrep.gazetteer.format.IndexCodec;
import org.sitrep.gazetteer.format.IndexData;
import org.sitrep.gazetteer.format.IndexHeader;
import org.sitrep.gazetteer.format.KeyTable;
import org.sitrep.gazetteer.format.PostingList;

/**
 * Builds the bundled index from a directory of GeoNames extracts. The output depends only on the
 * input files (no clock, no hash-map order), so rebuilding from the same extracts gives the same bytes.
 *
 * <p>Usage: {@code GazetteerBuilder <geonames dir> <output file>}
 */
public final class GazetteerBuilder {
    /** Bits of a row number inside a rank: rows of places and regions must stay below 2^21. */
    static final int RANK_BITS = 21;

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
        TsvFile cities = TsvFile.read(dir.resolve("cities500.txt"), CityRow.COLUMNS, CityRow.MODIFICATION_DATE);
        TsvFile admin1 = TsvFile.read(dir.resolve("admin1CodesASCII.txt"), 3, -1);
        TsvFile admin2 = TsvFile.read(dir.resolve("admin2Codes.txt"), 3, -1);
        TsvFile countryInfo = TsvFile.read(dir.resolve("countryInfo.txt"), 6, -1);
        IndexHeader header = new IndexHeader(IndexCodec.FORMAT_VERSION, List.of(cities.provenance(),
                admin1.provenance(), admin2.provenance(), countryInfo.provenance()));

        Codes codes = new Codes();
        PlaceSection places = new PlaceSection(cities, codes);
        Seats seats = new Seats(places.rows, places.keys);
        RegionSection regions = new RegionSection(admin1, admin2, places, seats, codes);
        CountrySection countries = new CountrySection(countryInfo, seats, codes);

        List<Postings> lists = List.of(places.names, places.skeletons, regions.names, regions.skeletons,
                countries.names);
        TreeSet<String> allKeys = new TreeSet<>();
        lists.forEach(l -> allKeys.addAll(l.keys()));
        KeyTable table = KeyTable.of(allKeys);
        List<String> keys = table.keyList();
        List<PostingList> postings = lists.stream().map(l -> PostingList.of(keys, l.ranked())).toList();
        int maxWords = Math.max(places.names.maxWords(), Math.max(regions.names.maxWords(), countries.names.maxWords()));
        return new IndexData(header, codes.toColumn(), places.columns, regions.columns, countries.columns,
                table, postings.get(0), postings.get(1), postings.get(2), postings.get(3), postings.get(4),
                maxWords);
    }
}
