package org.sitrep.app.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats sitrep reads, told apart by file extension. */
public enum Format {
    TEXT(List.of("txt")),
    HTML(List.of("html", "htm")),
    JSON(List.of("json")),
    JSON_LINES(List.of("jsonl", "ndjson"));

    private final List<String> extensions;

    Format(List<String> extensions) {
        this.extensions = extensions;
    }

    /** The format of a file by its extension, case-insensitively; empty for any other file. */
    public static Optional<Format> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** ".txt, .html, .htm, .json, .jsonl, .ndjson", for messages. */
    public static String allExtensions() {
        StringBuilder s = new StringBuilder();
        for (Format f : values()) {
            for (String e : f.extensions) {
                s.append(s.length() == 0 ? "." : ", .").append(e);
            }
        }
        return s.toString();
    }
}
