package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.GeoNamesIndex;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.format.SourceFile;

/**
 * Times a cold load of the index, reports the heap it holds and the lookup rate, and shows what
 * some names resolve to. Run in a fresh JVM for a meaningful load time:
 * {@code java -cp gazetteer/target/classes org.sitrep.gazetteer.build.IndexProbe [--index FILE] [name...]}
 */
public final class IndexProbe {
    private static final List<String> SAMPLE = List.of("kyiv", "kiev", "odesa", "mykolayev", "kharkov", "lugansk",
            "bakhmut", "avdeyevka", "belgorod", "sudzha", "idlib", "hama", "khartoum", "el fasher", "gaza", "rafah",
            "london", "the", "shelling", "near", "sagaing", "zaporozhye", "pokrovsk", "rostov on don", "xyzzy");

    private IndexProbe() {
    }

    public static void main(String[] args) throws IOException {
        List<String> names = new ArrayList<>(List.of(args));
        Path file = null;
        if (names.size() >= 2 && names.get(0).equals("--index")) {
            file = Path.of(names.remove(1));
            names.remove(0);
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        GeoNamesIndex index;
        if (file == null) {
            index = GeoNamesIndex.loadDefault();
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                index = GeoNamesIndex.load(in);
            }
        }
        long loadNanos = System.nanoTime() - t0;
        long cpuNanos = processCpuNanos() - cpu0;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.printf("cold load: %.0f ms wall, %.0f ms CPU (all threads, JIT and GC included); "
                        + "heap in use after GC: %.1f MB (max heap %.0f MB)%n", loadNanos / 1e6, cpuNanos / 1e6,
                heap / 1048576.0, rt.maxMemory() / 1048576.0);
        System.out.println("format version " + index.header().formatVersion() + ", max name words " + index.maxNameWords());
        for (SourceFile s : index.header().sources()) {
            System.out.printf("  %-22s %,8d rows  %s  newest row %s  sha256 %s%n", s.name(), s.rows(), s.fileDate(),
                    s.newestRowDate().isEmpty() ? "-" : s.newestRowDate(), s.sha256().substring(0, 12));
        }
        benchmark(index);
        for (String name : names.isEmpty() ? SAMPLE : names) {
            String folded = NameFolding.fold(name);
            System.out.println(folded + ":");
            index.places(folded).stream().limit(3).forEach(p -> System.out.println("   place  " + p));
            index.regions(folded).stream().limit(3).forEach(r -> System.out.println("   region " + r.country() + "."
                    + r.admin1Code() + (r.admin2Code() == null ? "" : "." + r.admin2Code()) + " " + r.name()
                    + " centre=" + (r.centre() == null ? null : r.centre().name())));
            index.country(folded).ifPresent(c -> System.out.println("   country " + c.iso() + " " + c.name()));
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** A mix of hits, fallbacks and misses, like the engine's n-grams over article text. */
    private static void benchmark(GeoNamesIndex index) {
        List<String> queries = SAMPLE.stream().map(NameFolding::fold).toList();
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            int n = 0;
            long t = System.nanoTime();
            long until = t + 1_000_000_000L;
            while (System.nanoTime() < until) {
                for (String q : queries) {
                    sink += index.places(q).size() + index.regions(q).size();
                    n += 2;
                }
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("%s: %,.0f lookups/s (places()+regions(), %d distinct names)%n",
                    round == 0 ? "lookup rate, warming" : "lookup rate", n / seconds, queries.size());
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
