package org.sitrep.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.engine.Engine;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.gazetteer.GeoNamesIndex;

/**
 * Cold start-up costs inside the JVM: each fork runs the method once, in a fresh JVM, with no
 * warm-up, which is what a user running {@code sitrep extract} pays. JVM boot itself is not included;
 * {@code bench/startup.sh} measures the whole command.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-Xmx512m"})
public class GazetteerLoad {

    /** The bundled GeoNames index, loaded from the jar. Fails while the gazetteer is a placeholder. */
    @Benchmark
    public GeoNamesIndex loadDefault() throws IOException {
        return GeoNamesIndex.loadDefault();
    }

    /**
     * Everything before the first article: gazetteer, default lexicons and the engine (through
     * {@link EngineFactory}, so it runs, on an empty index, even while the gazetteer is a placeholder).
     */
    @Benchmark
    public Engine engineReady() {
        return new Engine(EngineFactory.placeIndex(), Knowledge.defaults());
    }
}
