package org.sitrep.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Claim;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventKind;
import org.sitrep.model.Extraction;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.Verification;

/** Articles and extractions written by hand for the ledger's tests: small, and every field chosen. */
final class Fixtures {
    static final Place KRAMATORSK = new Place("Kramatorsk", 704508L, 48.72305, 37.55629, "UA", "Donetsk", Precision.TOWN, null);
    /** About 10 km from Kramatorsk's centre. */
    static final Place KRAMATORSK_EDGE = new Place("Kramatorsk outskirts", null, 48.79, 37.64, "UA", "Donetsk", Precision.TOWN, null);
    static final Place SLOVIANSK = new Place("Sloviansk", 700569L, 48.8532, 37.6053, "UA", "Donetsk", Precision.TOWN, null);
    static final Place DONETSK_REGION = new Place("Donetsk Oblast", null, 48.023, 37.80224, "UA", "Donetsk", Precision.REGION, null);
    static final Place KHARKIV = new Place("Kharkiv", 706483L, 49.98081, 36.25272, "UA", "Kharkiv", Precision.TOWN, null);
    static final Place SOLEDAR = new Place("Soledar", 700646L, 48.6833, 38.0833, "UA", "Donetsk", Precision.TOWN, null);
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    private Fixtures() {
    }

    /** An article whose text holds a sentence for each claim, so evidence offsets are real. */
    static final class Story {
        private final String id;
        private String url;
        private String outlet = "Test Wire";
        private LocalDate published = DAY;
        private final StringBuilder text = new StringBuilder();
        private final List<Event> events = new ArrayList<>();

        Story(String id) {
            this.id = id;
            this.url = "https://news.example/" + id;
            text.append("Report ").append(id).append("\n");
        }

        Story url(String u) {
            url = u;
            return this;
        }

        Story outlet(String o) {
            outlet = o;
            return this;
        }

        Story published(LocalDate d) {
            published = d;
            return this;
        }

        Story event(EventKind kind, AcledSubEventType type, Place place, LocalDate date, Integer killed,
                    Verification verification, String... claims) {
            int start = text.length();
            text.append(kind.code()).append(" at ").append(place.name()).append(". ");
            List<Claim> cl = new ArrayList<>();
            for (int i = 0; i + 2 < claims.length; i += 3) {
                int cs = text.length();
                text.append(claims[i]).append(" said so (").append(claims[i + 2]).append("). ");
                cl.add(new Claim(claims[i], claims[i + 1], Stance.valueOf(claims[i + 2].toUpperCase()), claims[i] + " says",
                        new Span(cs, text.length() - 1)));
            }
            Span ev = new Span(start, text.length() - 1);
            events.add(new Event(id + "#e" + (events.size() + 1), kind, type, place, date,
                    date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY,
                    killed == null ? null : new Casualties(killed, null, null), null, "RU", "civilians", List.of(), cl,
                    verification, List.of(ev)));
            return this;
        }

        Story strike(Place place, LocalDate date, String... claims) {
            return event(EventKind.MISSILE_STRIKE, AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, place, date, null,
                    Verification.NOT_STATED, claims);
        }

        Story text(String more) {
            text.append(more).append(' ');
            return this;
        }

        Article article() {
            return new Article(id, url, outlet, published, text.toString());
        }

        Extraction extraction() {
            return new Extraction(id, events);
        }
    }

    static Story story(String id) {
        return new Story(id);
    }
}
