package org.sitrep.app.train;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Article;

/**
 * An article with its gold events, as the annotation schema writes it (docs/gold-schema.md); only
 * what matching needs is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String id, String url, String outlet, String published, String text, List<GoldEvent> events) {

    public GoldArticle {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public Article article() {
        LocalDate day = null;
        if (published != null && published.length() >= 10) {
            try {
                day = LocalDate.parse(published.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                day = null;
            }
        }
        return new Article(id, url, outlet, day, text);
    }

    /** A gold event: its type, place and date, and whether a reader might or might not count it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEvent(@JsonProperty("acled_event_type") String eventType, GoldPlace place, String date,
                            @JsonProperty("date_precision") String datePrecision, boolean optional, List<GoldClaim> claims) {

        public GoldEvent {
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }

    /** A gold claim: its side and stance, and the words of the text that carry it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldClaim(String side, String stance, String words) {
    }

    /** A gold place: coordinates when the gazetteer has it, else its name and first-level region. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldPlace(String name, Double lat, Double lon, String country,
                            @JsonProperty("admin1_name") String admin1) {
    }
}
