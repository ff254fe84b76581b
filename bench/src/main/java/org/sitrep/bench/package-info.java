/**
 * Benchmarks for sitrep, kept apart from the product: a seeded generator of realistic war-report
 * articles ({@link org.sitrep.bench.CorpusGenerator}), JMH benchmarks of warm extraction throughput
 * ({@link org.sitrep.bench.ExtractBenchmark}) and of cold gazetteer loading
 * ({@link org.sitrep.bench.GazetteerLoad}), and a plain command-line run of a whole corpus
 * ({@link org.sitrep.bench.ExtractRun}) used by the start-up and heap scripts; and a loopback news site
 * ({@link org.sitrep.bench.FeedSite}) that {@code bench/watch.sh} points {@code sitrep watch} at.
 *
 * <p>Nothing here is a test: timings are only ever measured by JMH or by the scripts in
 * {@code bench/}, never asserted in the build.
 */
package org.sitrep.bench;
