package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Every place name of one article, in text order: the line {@code sitrep places} writes. */
@JsonPropertyOrder({"article_id", "places"})
public record Geoparse(@JsonProperty("article_id") String articleId, List<Toponym> places) {
    public Geoparse {
        places = List.copyOf(places);
    }
}
