package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** What the engine read from one article: the line {@code sitrep extract} writes. */
@JsonPropertyOrder({"article_id", "events"})
public record Extraction(@JsonProperty("article_id") String articleId, List<Event> events) {
    public Extraction {
        events = List.copyOf(events);
    }
}
