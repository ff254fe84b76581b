package org.sitrep.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;
import org.sitrep.engine.Geoparser;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.model.Article;
import org.sitrep.model.Geoparse;

/**
 * Warm throughput of {@code sitrep places}: the place layer alone (segmentation, actors' claimed words,
 * recognition, resolution), one article per operation, so the score in ops/s is articles per second.
 * The corpus is {@link CorpusGenerator}'s 3-5 KB war reports, longer than the public geoparsing
 * corpora's news articles. {@link #places2Threads} is the figure for the 2-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PlacesBenchmark {

    /** Corpus size; each thread cycles through all of it. */
    @Param("2000")
    public int articles;

    /** Corpus seed. */
    @Param("20240224")
    public long seed;

    private Geoparser geoparser;
    private Article[] corpus;

    @Setup(Level.Trial)
    public void setUp() {
        geoparser = new Geoparser(EngineFactory.placeIndex(), Knowledge.defaults());
        List<Article> list = new CorpusGenerator(seed).generate(articles);
        corpus = list.toArray(new Article[0]);
    }

    /** Where one thread is in the corpus. Threads start at evenly spaced offsets. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp(PlacesBenchmark bench, ThreadParams threads) {
            next = (int) ((long) bench.corpus.length * threads.getThreadIndex() / threads.getThreadCount());
        }
    }

    private Geoparse one(Cursor c) {
        int i = c.next;
        c.next = i + 1 == corpus.length ? 0 : i + 1;
        return geoparser.parse(corpus[i]);
    }

    /** One article per operation, one thread. */
    @Benchmark
    @Threads(1)
    public Geoparse places(Cursor c) {
        return one(c);
    }

    /** One article per operation, two threads sharing the geoparser. */
    @Benchmark
    @Threads(2)
    public Geoparse places2Threads(Cursor c) {
        return one(c);
    }
}
