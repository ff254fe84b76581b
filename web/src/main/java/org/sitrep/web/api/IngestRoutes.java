package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.web.access.AccessControl;
import org.sitrep.web.ingest.IngestJobs;
import org.sitrep.web.ingest.Upload;

/** Ingest from the browser: pasted text or uploaded files become a batch; its progress is polled. */
public final class IngestRoutes {
    /** The most a batch may hold, in bytes, all files together. */
    public static final long MAX_BATCH_BYTES = 50L * 1024 * 1024;
    private final IngestJobs jobs;

    public IngestRoutes(IngestJobs jobs) {
        this.jobs = jobs;
    }

    public void register(RouteTable r) {
        r.post("/api/ingest", this::submit);
        r.get("/api/ingest/{batch}", this::status);
    }

    private void submit(Context ctx) {
        List<Upload> uploads = new ArrayList<>();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/form-data")) {
            long bytes = 0;
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                bytes += f.size();
                if (bytes > MAX_BATCH_BYTES) {
                    ctx.status(413).json(Map.of("error", "a batch holds at most 50 MB"));
                    return;
                }
                try (InputStream in = f.content()) {
                    uploads.add(new Upload(f.filename(), in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (uploads.isEmpty()) {
                throw new BadRequest("no files (multipart field 'files')");
            }
        } else {
            uploads.add(pasted(JsonBody.of(ctx)));
        }
        String batch = jobs.submit(uploads, AccessControl.actor(ctx).name());
        ctx.status(202).json(Map.of("batch", batch));
    }

    /** A pasted article, as one JSON line of the form `sitrep ingest` reads. */
    private static Upload pasted(JsonNode body) {
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
        return new Upload(id + ".jsonl", (article.toString() + "\n").getBytes(StandardCharsets.UTF_8));
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
}
