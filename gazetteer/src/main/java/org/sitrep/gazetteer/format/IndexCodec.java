package org.sitrep.gazetteer.format;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Writes and reads the index file (layout in gazetteer/README.md): a big-endian head (magic, format
 * version, provenance, section directory) followed by independently deflated sections. Sections are
 * inflated and decoded in parallel, since inflating dominates load time. Every failure to read is an
 * IOException whose message says what is wrong and what to do about it.
 */
public final class IndexCodec {
    /** Bump whenever the section layout, the hash function or the key policy changes. */
    public static final int FORMAT_VERSION = 2;

    private static final byte[] MAGIC = "SITREPGZ".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> SECTIONS = List.of("tables", "keys", "place postings", "region postings");
    private static final int MAX_SECTION = 1 << 28;
    private static final String REBUILD = "; rebuild it with tools/build-gazetteer.sh";

    private IndexCodec() {
    }

    public static void write(IndexData d, OutputStream os) throws IOException {
        SectionWriter keys = new SectionWriter();
        keys.strings(d.keys().keys());
        SectionWriter places = new SectionWriter();
        places.postings(d.placeNames());
        places.postings(d.placeSkeletons());
        SectionWriter regions = new SectionWriter();
        regions.postings(d.regionNames());
        regions.postings(d.regionSkeletons());
        regions.postings(d.countryNames());
        List<byte[]> raw = List.of(tables(d), keys.toByteArray(), places.toByteArray(), regions.toByteArray());
        DataOutputStream out = new DataOutputStream(os);
        out.write(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(d.header().sources().size());
        for (SourceFile s : d.header().sources()) {
            out.writeUTF(s.name());
            out.writeInt(s.rows());
            out.writeLong(s.bytes());
            out.writeUTF(s.sha256());
            out.writeUTF(s.fileDate());
            out.writeUTF(s.newestRowDate());
        }
        List<byte[]> deflated = new ArrayList<>();
        out.writeInt(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            deflated.add(deflate(raw.get(i)));
            out.writeUTF(SECTIONS.get(i));
            out.writeInt(raw.get(i).length);
            out.writeInt(crc(raw.get(i)));
            out.writeInt(deflated.get(i).length);
        }
        for (byte[] section : deflated) {
            out.write(section);
        }
        out.flush();
    }

    public static IndexData read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        try {
            IndexHeader header = readHeader(in);
            int count = in.readInt();
            if (count != SECTIONS.size()) {
                throw corrupt("expected " + SECTIONS.size() + " sections, found " + count);
            }
            int[] rawLength = new int[count];
            int[] crc = new int[count];
            byte[][] deflated = new byte[count][];
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                if (!name.equals(SECTIONS.get(i))) {
                    throw corrupt("section " + (i + 1) + " is '" + name + "', expected '" + SECTIONS.get(i) + "'");
                }
                rawLength[i] = in.readInt();
                crc[i] = in.readInt();
                int deflatedLength = in.readInt();
                if (rawLength[i] < 0 || rawLength[i] > MAX_SECTION || deflatedLength < 0 || deflatedLength > MAX_SECTION) {
                    throw corrupt("implausible size for section '" + name + "'");
                }
                deflated[i] = new byte[deflatedLength];
            }
            for (byte[] section : deflated) {
                in.readFully(section);
            }
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(new SectionTask(i, deflated[i], rawLength[i], crc[i]));
            }
            Object[] decoded = runAll(tasks);
            Tables t = (Tables) decoded[0];
            KeyTable keys = (KeyTable) decoded[1];
            PostingList[] places = (PostingList[]) decoded[2];
            PostingList[] regions = (PostingList[]) decoded[3];
            IndexData data = new IndexData(header, t.codes, t.places, t.regions, t.countries, keys, places[0],
                    places[1], regions[0], regions[1], regions[2], t.maxNameWords);
            checkReferences(data);
            return data;
        } catch (EOFException e) {
            throw new IOException("gazetteer index is truncated (the file ends early)" + REBUILD, e);
        }
    }

    /** Reads only the uncompressed head: version and provenance. */
    public static IndexHeader readHeader(InputStream is) throws IOException {
        try {
            return readHeader(new DataInputStream(is));
        } catch (EOFException e) {
            throw new IOException("gazetteer index is truncated (the file ends early)" + REBUILD, e);
        }
    }

    static IOException corrupt(String why) {
        return new IOException("gazetteer index is corrupt: " + why + REBUILD);
    }

    private static IndexHeader readHeader(DataInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a sitrep gazetteer index (bad magic bytes)");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("gazetteer index has format version " + version + " but this build reads version "
                    + FORMAT_VERSION + REBUILD);
        }
        int n = in.readInt();
        if (n < 0 || n > 64) {
            throw corrupt("implausible source count " + n);
        }
        List<SourceFile> sources = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sources.add(new SourceFile(in.readUTF(), in.readInt(), in.readLong(), in.readUTF(), in.readUTF(), in.readUTF()));
        }
        return new IndexHeader(version, sources);
    }

    /** The decoded "tables" section. */
    private record Tables(StringColumn codes, PlaceColumns places, RegionColumns regions, CountryColumns countries,
                          int maxNameWords) {
    }

    private static byte[] tables(IndexData d) {
        SectionWriter w = new SectionWriter();
        w.strings(d.codes());
        PlaceColumns p = d.places();
        w.fixedInts(p.geonameid());
        w.fixedInts(p.latE5());
        w.fixedInts(p.lonE5());
        w.deltas(p.population());
        w.varints(p.country());
        w.varints(p.admin1());
        w.varints(p.admin2());
        w.varints(p.feature());
        w.strings(p.names());
        RegionColumns r = d.regions();
        w.varints(r.country());
        w.varints(r.admin1());
        w.signedVarints(r.admin2());
        w.signedVarints(r.centre());
        w.strings(r.names());
        w.varints(r.geonameid());
        CountryColumns c = d.countries();
        w.varints(c.iso());
        w.signedVarints(c.capital());
        w.strings(c.names());
        w.varints(c.geonameid());
        w.deltas(c.population());
        w.varints(c.continent());
        w.varint(d.maxNameWords());
        return w.toByteArray();
    }

    /** Inflates and decodes one section; a class rather than a lambda to spare a cold JVM the lambda bootstrap. */
    private static final class SectionTask implements Callable<Object> {
        private final int section;
        private final byte[] deflated;
        private final int rawLength;
        private final int crc;

        SectionTask(int section, byte[] deflated, int rawLength, int crc) {
            this.section = section;
            this.deflated = deflated;
            this.rawLength = rawLength;
            this.crc = crc;
        }

        @Override
        public Object call() throws IOException {
            String name = SECTIONS.get(section);
            SectionReader r = new SectionReader(inflate(deflated, rawLength, crc, name), name);
            Object decoded = switch (section) {
                case 0 -> readTables(r);
                case 1 -> KeyTable.index(r.strings());
                case 2 -> new PostingList[] {r.postings(), r.postings()};
                default -> new PostingList[] {r.postings(), r.postings(), r.postings()};
            };
            r.expectEnd();
            return decoded;
        }
    }

    private static Tables readTables(SectionReader r) throws IOException {
        StringColumn codes = r.strings();
        int[] geonameid = r.fixedInts();
        int n = geonameid.length;
        PlaceColumns places = new PlaceColumns(geonameid, r.check(r.fixedInts(), n, "latitudes"),
                r.check(r.fixedInts(), n, "longitudes"), r.check(r.deltas(), n, "populations"),
                r.check(r.varints(), n, "place countries"), r.check(r.varints(), n, "place admin1 codes"),
                r.check(r.varints(), n, "place admin2 codes"), r.check(r.varints(), n, "feature codes"), r.strings());
        if (places.names().size() != n) {
            throw r.corrupt("place names do not match the place count");
        }
        int[] regionCountry = r.varints();
        int m = regionCountry.length;
        RegionColumns regions = new RegionColumns(regionCountry, r.check(r.varints(), m, "region admin1 codes"),
                r.check(r.signedVarints(), m, "region admin2 codes"), r.check(r.signedVarints(), m, "region centres"),
                r.strings(), null);
        if (regions.names().size() != m) {
            throw r.corrupt("region names do not match the region count");
        }
        regions = new RegionColumns(regions.country(), regions.admin1(), regions.admin2(), regions.centre(),
                regions.names(), r.check(r.varints(), m, "region ids"));
        int[] iso = r.varints();
        int k = iso.length;
        int[] capital = r.check(r.signedVarints(), k, "capitals");
        StringColumn countryNames = r.strings();
        if (countryNames.size() != k) {
            throw r.corrupt("country names do not match the country count");
        }
        CountryColumns countries = new CountryColumns(iso, countryNames, capital, r.check(r.varints(), k, "country ids"),
                r.check(r.deltas(), k, "country populations"), r.check(r.varints(), k, "continents"));
        return new Tables(codes, places, regions, countries, r.varint());
    }

    /** Every row number and code index must point inside its table, so lookups can trust them. */
    private static void checkReferences(IndexData d) throws IOException {
        int codes = d.codes().size();
        PlaceColumns p = d.places();
        RegionColumns r = d.regions();
        CountryColumns c = d.countries();
        checkRange(codes, 0, "code references", p.country(), p.admin1(), p.admin2(), p.feature(), r.country(),
                r.admin1(), c.iso(), c.continent());
        checkRange(codes, -1, "region admin2 codes", r.admin2());
        checkRange(p.size(), -1, "region centres and capitals", r.centre(), c.capital());
        checkRange(p.size(), 0, "place postings", d.placeNames().rows(), d.placeSkeletons().rows());
        checkRange(r.size(), 0, "region postings", d.regionNames().rows(), d.regionSkeletons().rows());
        checkRange(c.size(), 0, "country postings", d.countryNames().rows());
        for (PostingList list : List.of(d.placeNames(), d.placeSkeletons(), d.regionNames(), d.regionSkeletons(),
                d.countryNames())) {
            if (list.keys() != d.keys().size()) {
                throw corrupt("a posting list covers " + list.keys() + " keys, the dictionary has " + d.keys().size());
            }
        }
    }

    private static void checkRange(int size, int min, String what, int[]... columns) throws IOException {
        for (int[] column : columns) {
            for (int v : column) {
                if (v < min || v >= size) {
                    throw corrupt(what + " point outside their table");
                }
            }
        }
    }

    private static Object[] runAll(List<Callable<Object>> tasks) throws IOException {
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), new LoaderThreads());
        try {
            List<Future<Object>> futures = pool.invokeAll(tasks);
            Object[] out = new Object[futures.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = futures.get(i).get();
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while loading the gazetteer index");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw corrupt("undecodable data (" + e.getCause() + ")");
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class LoaderThreads implements ThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "gazetteer-load");
            t.setDaemon(true);
            return t;
        }
    }

    private static int crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return (int) crc.getValue();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated, int length, int expectedCrc, String section) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[length];
            int got = 0;
            while (got < length) {
                int k = inflater.inflate(out, got, length - got);
                if (k == 0 && (inflater.needsInput() || inflater.finished() || inflater.needsDictionary())) {
                    break;
                }
                got += k;
            }
            if (got == length && !inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                got++;
            }
            if (got != length || !inflater.finished()) {
                throw corrupt(section + " section: compressed data ends early or runs long");
            }
            if (crc(out) != expectedCrc) {
                throw corrupt(section + " section: checksum mismatch");
            }
            return out;
        } catch (DataFormatException e) {
            throw corrupt(section + " section: compressed data is damaged (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }
}
