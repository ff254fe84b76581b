package org.sitrep.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.engine.Engine;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/**
 * What {@code sitrep extract} does, without the command-line layer: build the engine, read articles
 * one at a time, extract, write one JSON line per article. Used by {@code bench/startup.sh} and
 * {@code bench/heap.sh} while the command itself is not there, and to compare against it once it is.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar org.sitrep.bench.ExtractRun [--out FILE] INPUT...
 * </pre>
 *
 * An INPUT ending in {@code .jsonl} holds one article per line ({@code {"id","url","outlet","published","text"}}),
 * as {@link CorpusGenerator} writes them; any other file is one article of plain text, its id the file
 * name. Output goes to {@code --out FILE} ({@code -} for standard output); without it the JSON is
 * still produced, then discarded. A summary goes to standard error.
 */
public final class ExtractRun {
    private ExtractRun() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        boolean stdout = false;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                String o = args[++i];
                if (o.equals("-")) {
                    stdout = true;
                } else {
                    out = Path.of(o);
                }
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: ExtractRun [--out FILE|-] INPUT.jsonl|INPUT.txt ...");
            System.exit(2);
        }

        Engine engine = EngineFactory.engine();
        ObjectMapper json = CorpusGenerator.jsonMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        long readyMs = ManagementFactory.getRuntimeMXBean().getUptime();

        long t0 = System.nanoTime();
        long articles = 0;
        long bytes = 0;
        long events = 0;
        OutputStream os = stdout ? System.out : out != null ? Files.newOutputStream(out) : OutputStream.nullOutputStream();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            for (Path in : inputs) {
                if (in.getFileName().toString().endsWith(".jsonl")) {
                    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            if (line.isBlank()) {
                                continue;
                            }
                            Article a = json.readValue(line, Article.class);
                            Extraction x = engine.extract(a);
                            json.writeValue(w, x);
                            w.write('\n');
                            articles++;
                            bytes += CorpusGenerator.utf8Length(a.text());
                            events += x.events().size();
                        }
                    }
                } else {
                    String text = Files.readString(in, StandardCharsets.UTF_8);
                    String name = in.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    Article a = new Article(dot > 0 ? name.substring(0, dot) : name, null, null, null, text);
                    Extraction x = engine.extract(a);
                    json.writeValue(w, x);
                    w.write('\n');
                    articles++;
                    bytes += CorpusGenerator.utf8Length(text);
                    events += x.events().size();
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.err.printf(Locale.ROOT,
                "[extract-run] engine_ready_ms=%d articles=%d events=%d bytes=%d seconds=%.3f articles_per_s=%.1f "
                        + "mb_per_s=%.2f peak_heap_used_mib=%.1f max_heap_mib=%.1f%s%n",
                readyMs, articles, events, bytes, secs, articles / secs, bytes / secs / 1e6, peakHeap / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                EngineFactory.usedPlaceholderIndex() ? " gazetteer=EMPTY(placeholder)" : "");
    }
}
