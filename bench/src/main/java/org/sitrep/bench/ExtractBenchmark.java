package org.sitrep.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.sitrep.engine.Engine;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/**
 * Warm extraction throughput: one article per operation, so the score in ops/s is articles per
 * second. The engine is built once per fork, as the command builds it; the corpus is
 * {@link CorpusGenerator}'s first {@code articles} articles.
 *
 * <p>Each thread also counts the megabytes of text it has read in the auxiliary counter
 * {@code megabytes}, which JMH reports as a rate next to the score: that line is MB/s.
 *
 * <p>{@link #extract} runs on one thread, {@link #extract2Threads} on two (this machine's cores);
 * both run with a 512 MB heap cap, the requirement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ExtractBenchmark {

    /** Corpus size; each thread cycles through all of it. */
    @Param("2000")
    public int articles;

    /** Corpus seed. */
    @Param("20240224")
    public long seed;

    private Engine engine;
    private Article[] corpus;
    private int[] bytes;
    private double[] megabytes;

    @Setup(Level.Trial)
    public void setUp() {
        engine = EngineFactory.engine();
        List<Article> list = new CorpusGenerator(seed).generate(articles);
        corpus = list.toArray(new Article[0]);
        bytes = new int[corpus.length];
        megabytes = new double[corpus.length];
        long total = 0;
        for (int i = 0; i < corpus.length; i++) {
            bytes[i] = CorpusGenerator.utf8Length(corpus[i].text());
            megabytes[i] = bytes[i] / 1e6;
            total += bytes[i];
        }
        System.out.printf(Locale.ROOT, "%n[corpus] articles=%d total_bytes=%d mean_bytes=%.1f%s%n", corpus.length, total,
                (double) total / corpus.length,
                EngineFactory.usedPlaceholderIndex() ? " (EMPTY gazetteer: placeholder)" : "");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        long total = 0;
        for (int b : bytes) {
            total += b;
        }
        double mean = (double) total / bytes.length;
        System.out.printf(Locale.ROOT, "%n[corpus] mean article = %.1f bytes; MB/s = articles/s x %.6f%n",
                mean, mean / 1e6);
    }

    /** Where one thread is in the corpus. Threads start at evenly spaced offsets. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp(ExtractBenchmark bench, ThreadParams threads) {
            next = (int) ((long) bench.corpus.length * threads.getThreadIndex() / threads.getThreadCount());
        }
    }

    /**
     * Megabytes (10^6 bytes of UTF-8) of article text read. JMH reports it as a rate next to the score,
     * as {@code :megabytes ... ops/s}: that figure is MB/s.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    private Extraction one(Cursor c, Bytes b) {
        int i = c.next;
        c.next = i + 1 == corpus.length ? 0 : i + 1;
        b.megabytes += megabytes[i];
        return engine.extract(corpus[i]);
    }

    /** One article per operation, one thread. */
    @Benchmark
    @Threads(1)
    public Extraction extract(Cursor c, Bytes b) {
        return one(c, b);
    }

    /** One article per operation, two threads sharing the engine. */
    @Benchmark
    @Threads(2)
    public Extraction extract2Threads(Cursor c, Bytes b) {
        return one(c, b);
    }
}
