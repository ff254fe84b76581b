package org.sitrep.web.ingest;

/** One file of a batch: its name (which says its format: .txt, .html, .json, .jsonl) and its bytes. */
public record Upload(String name, byte[] bytes) {
}
