package org.sitrep.app.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code sitrep serve} in a JVM of its own (the command's main class on the build's class path, as
 * the launcher runs it), on a free loopback port, its output in a log file. Closing it stops it the way
 * an operator does (SIGTERM: the shutdown hook closes the server and the ledger).
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("sitrep serve: http://[^:]+:(\\d+)/");
    final Process process;
    final Path log;
    final int port;

    private ServeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code sitrep serve --db db --port 0 extra...} with at most {@code maxHeap} of heap (e.g. "256m"). */
    static ServeProcess start(Path db, Path dir, String maxHeap, String... extra) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "serve", ".log");
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-Xmx" + maxHeap, "-cp",
                System.getProperty("java.class.path"), "org.sitrep.app.Main", "serve", "--db", db.toString(), "--port", "0"));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SITREP_DB");
        pb.environment().put("SITREP_HOME", Files.createDirectories(dir.resolve("serve-home")).toString());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServeProcess(p, log, Integer.parseInt(m.group(1)));
            }
            if (!p.isAlive()) {
                throw new AssertionError("sitrep serve ended: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new AssertionError("sitrep serve did not start in time: " + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A child JVM running {@code sitrep ARGS...} with the build's class path. */
    static ProcessBuilder sitrep(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC", "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "org.sitrep.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("SITREP_DB");
        pb.environment().put("SITREP_HOME", Files.createDirectories(dir.resolve("cli-home")).toString());
        return pb;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("sitrep serve did not stop on SIGTERM within 30 s");
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
