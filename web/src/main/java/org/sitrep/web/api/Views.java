package org.sitrep.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.IncidentDetail;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.Report;
import org.sitrep.ledger.SearchHit;
import org.sitrep.ledger.map.ArticleView;

/** The API's JSON shapes (docs/web-api.md), made from ledger records. */
public final class Views {
    private Views() {
    }

    /** An incident as the map and the incident page show it. */
    public record Incident(long id, String eventType, String subType, String kind, String place, Double lat, Double lon,
                           String precision, String country, String admin1, LocalDate date, String datePrecision,
                           int members, int articles, int sources, boolean contested, boolean machineContested,
                           Integer fatalitiesLow, Integer fatalitiesHigh, List<String> sides, String review,
                           Long mergedInto) {
        static Incident of(IncidentRow r) {
            return new Incident(r.id(), r.eventType(), r.subType(), r.kind(), r.placeName(), r.lat(), r.lon(), r.precision(),
                    r.country(), r.admin1(), r.date(), r.datePrecision(), r.members(), r.articles(), r.sources(),
                    r.contested(), r.machineContested(), r.fatalitiesLow(), r.fatalitiesHigh(), r.sides(), r.review(),
                    r.mergedInto());
        }
    }

    public record Claim(String by, String side, String stance, String words) {
        static Claim of(Report.QuotedClaim q) {
            return new Claim(q.by(), q.side(), q.stance(), q.words());
        }
    }

    public record ReportView(long eventId, long articleId, String sourceId, String url, String outlet, LocalDate published,
                             JsonNode event, List<String> evidence, List<Claim> claims) {
    }

    public record Audit(long id, long incidentId, String action, String before, String after, String note, String analyst,
                        Instant at) {
    }

    public record Detail(Incident incident, List<ReportView> reports, Map<String, List<Claim>> claimsBySide,
                         List<Audit> audit) {
    }

    public record Article(long id, String sourceId, String url, String outlet, LocalDate published, String text,
                          List<ObjectNode> events, List<Long> incidents) {
        static Article of(ArticleView a) {
            return new Article(a.id(), a.sourceId(), a.url(), a.outlet(), a.published(), a.text(), a.events(), a.incidents());
        }
    }

    /** A search result: {@code articleId} is the number /api/articles/{id} takes, {@code sourceId} the input's id. */
    public record SearchResult(long articleId, String sourceId, String url, String outlet, LocalDate published,
                               String snippet, List<Long> incidents) {
        static SearchResult of(SearchHit h) {
            return new SearchResult(h.articleKey(), h.articleId(), h.url(), h.outlet(), h.published(), h.snippet(),
                    h.incidents());
        }
    }

    static Detail detail(IncidentDetail d) {
        List<ReportView> reports = new ArrayList<>();
        for (Report r : d.reports()) {
            reports.add(new ReportView(r.eventId(), r.articleKey(), r.articleId(), r.url(), r.outlet(), r.published(),
                    r.event(), r.evidence(), r.claims().stream().map(Claim::of).toList()));
        }
        Map<String, List<Claim>> bySide = new java.util.TreeMap<>();
        d.claimsBySide().forEach((side, claims) -> bySide.put(side, claims.stream().map(Claim::of).toList()));
        return new Detail(Incident.of(d.incident()), reports, bySide, d.decisions().stream().map(Views::audit).toList());
    }

    static Audit audit(Decision d) {
        return new Audit(d.id(), d.incidentId(), action(d), d.before(), after(d), d.note(), d.analyst(), d.decidedAt());
    }

    private static String action(Decision d) {
        if (d.kind() == Decision.Kind.REVIEW) {
            return switch (String.valueOf(d.value())) {
                case "confirmed" -> "confirm";
                case "rejected" -> "reject";
                default -> "reopen";
            };
        }
        return d.kind().code();
    }

    /** The value after the decision, as an analyst reads it. */
    private static String after(Decision d) {
        if (d.value() == null) {
            return null;
        }
        try {
            return switch (d.kind()) {
                case PLACE -> {
                    JsonNode p = JsonBody.MAPPER.readTree(d.value());
                    yield p.path("name").asText() + String.format(Locale.ROOT, " (%.4f, %.4f)", p.path("lat").asDouble(),
                            p.path("lon").asDouble());
                }
                case TYPE -> {
                    JsonNode t = JsonBody.MAPPER.readTree(d.value());
                    yield t.path("eventType").asText() + " / " + t.path("subType").asText();
                }
                case MERGE -> "merged into #" + d.value();
                case ABSORB -> "took in the reports of #" + d.value();
                case SPLIT -> "reports moved to new #" + d.value();
                case SPLIT_FROM -> "split from #" + d.value();
                default -> d.value();
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return d.value();
        }
    }
}
