package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Character offsets into an article's text: Java {@code String} indices, end exclusive. */
public record Span(@JsonProperty("start") int start, @JsonProperty("end") int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span cover(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
