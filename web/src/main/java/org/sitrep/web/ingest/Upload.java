package org.sitrep.web.ingest;

import java.nio.file.Path;

/**
 * One file of a batch: the name it was sent with (which says its format: .txt, .html, .json, .jsonl) and
 * where its bytes wait on disk until the batch runs (a queued batch holds no article in memory).
 */
public record Upload(String name, Path file) {
}
