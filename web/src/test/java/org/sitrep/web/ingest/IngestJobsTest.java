package org.sitrep.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest queue: bounded per account and in all, accounts take turns, files are gone once a batch ran. */
class IngestJobsTest {
    @TempDir
    Path dir;

    /** Holds the first batch until released; records the order batches ran in. */
    static final class Recording implements ArticleIngest {
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> ran = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void ingest(List<Upload> uploads, Progress progress) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add(uploads.get(0).name());
            progress.total(1);
            progress.stored("added");
        }
    }

    @Test
    void eachAccountWaitsWithAFewBatchesTheServerWithSomeMoreAndAccountsTakeTurns() throws Exception {
        Recording ingest = new Recording();
        try (IngestJobs jobs = new IngestJobs(ingest)) {
            String first = submit(jobs, "ana", "ana-0");
            waitUntil(jobs, first, "running");
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= IngestJobs.MAX_WAITING_PER_USER; i++) {
                ids.add(submit(jobs, "ana", "ana-" + i));
            }
            assertThatThrownBy(() -> jobs.reserve("ana")).isInstanceOfSatisfying(IngestJobs.Full.class,
                    f -> assertThat(f.status()).isEqualTo(429));
            ids.add(submit(jobs, "ben", "ben-1"));
            int others = IngestJobs.MAX_WAITING - IngestJobs.MAX_WAITING_PER_USER - 1;
            for (int i = 0; i < others; i++) {
                ids.add(submit(jobs, "user" + i, "user" + i));
            }
            assertThatThrownBy(() -> jobs.reserve("zed")).isInstanceOfSatisfying(IngestJobs.Full.class,
                    f -> assertThat(f.status()).isEqualTo(503));
            ingest.release.countDown();
            for (String id : ids) {
                waitUntil(jobs, id, "done");
            }
            assertThat(ingest.ran.subList(0, 3)).containsExactly("ana-0", "ana-1", "ben-1");
            assertThat(ingest.ran.get(ingest.ran.size() - 1)).isEqualTo("ana-3");
            assertThat(jobs.status(first).orElseThrow().added()).isEqualTo(1);
            jobs.cancel(jobs.reserve("zed"));
        }
        try (var left = Files.list(dir)) {
            assertThat(left).as("every batch's files deleted once it ran").isEmpty();
        }
    }

    private String submit(IngestJobs jobs, String by, String name) throws Exception {
        Path spool = Files.createTempDirectory(dir, "batch");
        Path file = Files.writeString(spool.resolve("0"), "text");
        return jobs.submit(jobs.reserve(by), List.of(new Upload(name, file)), spool);
    }

    private static void waitUntil(IngestJobs jobs, String id, String state) throws InterruptedException {
        for (int i = 0; i < 600 && !jobs.status(id).orElseThrow().state().equals(state); i++) {
            Thread.sleep(10);
        }
        assertThat(jobs.status(id).orElseThrow().state()).isEqualTo(state);
    }
}
