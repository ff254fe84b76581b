package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.web.access.AccessControl;
import org.sitrep.web.guard.BodyLimit;
import org.sitrep.web.guard.OutOfMemory;
import org.sitrep.web.ingest.IngestJobs;
import org.sitrep.web.ingest.Upload;

/**
 * Ingest from the browser: pasted text or uploaded files become a batch; its progress is polled. A batch
 * takes its place in the queue before its body is read (a full queue is refused at once), and its files
 * wait on disk.
 */
public final class IngestRoutes {
    /** The most a batch may hold, in bytes, all files together. */
    public static final long MAX_BATCH_BYTES = 50L * 1024 * 1024;
    /** A multipart body: the files and their part headers. */
    public static final long MAX_BODY = MAX_BATCH_BYTES + 1024 * 1024;
    /**
     * A pasted article and its fields, as JSON: a long article is tens of kilobytes; longer texts are
     * uploaded as files. Sixteen batches may be read at once, so this bounds what pastes can hold in memory.
     */
    static final long MAX_PASTED_BYTES = 1024 * 1024;
    private final IngestJobs jobs;

    public IngestRoutes(IngestJobs jobs) {
        this.jobs = jobs;
    }

    public void register(RouteTable r) {
        r.post("/api/ingest", MAX_BODY, this::submit);
        r.get("/api/ingest/{batch}", this::status);
    }

    private void submit(Context ctx) {
        String by = AccessControl.actor(ctx).name();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        boolean multipart = type.startsWith("multipart/form-data");
        if (!multipart && ctx.req().getContentLengthLong() > MAX_PASTED_BYTES) {
            throw BodyLimit.tooLarge(ctx, MAX_PASTED_BYTES);
        }
        IngestJobs.Ticket ticket;
        try {
            ticket = jobs.reserve(by);
        } catch (IngestJobs.Full full) {
            ctx.header("Retry-After", "60");
            throw new HttpResponseException(full.status(), full.getMessage());
        }
        Path spool = null;
        try {
            spool = Files.createTempDirectory("sitrep-batch");
            List<Upload> uploads = multipart ? files(ctx, spool) : List.of(pasted(JsonBody.of(ctx, MAX_PASTED_BYTES), spool));
            String batch = jobs.submit(ticket, uploads, spool);
            ctx.status(202).json(Map.of("batch", batch));
        } catch (IOException e) {
            jobs.cancel(ticket);
            delete(spool);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            jobs.cancel(ticket);
            delete(spool);
            throw e;
        }
    }

    /** The uploaded files, copied to the batch's directory as they are read. */
    private static List<Upload> files(Context ctx, Path spool) throws IOException {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (RuntimeException e) {
            if (rootCause(e) instanceof OutOfMemoryError oom) {
                throw OutOfMemory.report(ctx.method() + " " + ctx.path(), oom);
            }
            // The servlet container refuses a body past its multipart limits (one sent without a length).
            if (String.valueOf(rootMessage(e)).toLowerCase(java.util.Locale.ROOT).contains("max")) {
                throw BodyLimit.tooLarge(ctx, MAX_BODY);
            }
            throw new BadRequest("the body is not the multipart form the page sends (files in the field 'files')");
        }
        List<Upload> uploads = new ArrayList<>();
        long bytes = 0;
        for (UploadedFile f : files) {
            bytes += f.size();
            if (bytes > MAX_BATCH_BYTES) {
                throw new HttpResponseException(413, "a batch holds at most " + BodyLimit.size(MAX_BATCH_BYTES));
            }
            Path file = spool.resolve(String.valueOf(uploads.size()));
            try (InputStream in = f.content()) {
                Files.copy(in, file);
            }
            uploads.add(new Upload(f.filename(), file));
        }
        if (uploads.isEmpty()) {
            throw new BadRequest("no files (multipart field 'files')");
        }
        return uploads;
    }

    /** A pasted article, as one JSON line of the form `sitrep ingest` reads. */
    private static Upload pasted(JsonNode body, Path spool) throws IOException {
        String text = JsonBody.text(body, "text");
        if (text == null) {
            throw new BadRequest("text: the article's text");
        }
        ObjectNode article = JsonBody.MAPPER.createObjectNode();
        String published = JsonBody.text(body, "published");
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new BadRequest("published is a date written YYYY-MM-DD, not '" + published + "'");
            }
        }
        for (String field : List.of("title", "url", "outlet", "published")) {
            String v = JsonBody.text(body, field);
            if (v != null) {
                article.put(field, v);
            }
        }
        article.put("text", text);
        // An id of its own for each text (the same text pasted twice is one article anyway): without it every
        // paste would be read as line 1 of "pasted.jsonl" and be called "pasted-1".
        String id = "pasted-" + sha256(text).substring(0, 12);
        article.put("id", id);
        Path file = Files.writeString(spool.resolve("0"), article + "\n", StandardCharsets.UTF_8);
        return new Upload(id + ".jsonl", file);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void status(Context ctx) {
        String batch = ctx.pathParam("batch");
        ctx.json(jobs.status(batch).orElseThrow(() -> new NotFoundResponse("no batch " + batch)));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = rootCause(e);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left to the operating system's temporary directory.
        }
    }
}
