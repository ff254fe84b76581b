package org.sitrep.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ledger.Fixtures.DAY;
import static org.sitrep.ledger.Fixtures.KHARKIV;
import static org.sitrep.ledger.Fixtures.KRAMATORSK;
import static org.sitrep.ledger.Fixtures.SLOVIANSK;
import static org.sitrep.ledger.Fixtures.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.Fixtures.Story;
import org.sitrep.ledger.map.BBox;
import org.sitrep.ledger.map.MapFilter;
import org.sitrep.ledger.map.MapView;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.QueryException;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;
import org.sitrep.model.Verification;

/**
 * Analysts' review (corrections, merges, splits, the audit log) and the map's queries, the same on
 * every backend.
 */
abstract class ReviewContract extends LedgerTestBase {

    void ingest(Story s) {
        ledger.ingest(s.article(), s.extraction(), V1);
    }

    List<IncidentRow> all() {
        return ledger.incidents(IncidentFilter.ALL);
    }

    long only() {
        assertThat(all()).hasSize(1);
        return all().get(0).id();
    }

    @Test
    void correctionsOverrideTheMachineAndEachIsAuditedWithBeforeAndAfter() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        long id = only();
        ledger.correctPlace(id, new PlaceFix("Sloviansk", 700569L, 48.8532, 37.6053, "UA", "Donetsk", "town"), "wrong town",
                "ana");
        ledger.decide(id, Decision.Kind.DATE, "2024-03-04", null, "ana");
        ledger.decide(id, Decision.Kind.TYPE, "Air/drone strike", null, "ana");
        ledger.decide(id, Decision.Kind.FATALITIES, "4-21", null, "ana");
        ledger.decide(id, Decision.Kind.REVIEW, "confirmed", null, "ben");

        IncidentRow row = ledger.show(id).orElseThrow().incident();
        assertThat(row.placeName()).isEqualTo("Sloviansk");
        assertThat(row.lat()).isEqualTo(48.8532);
        assertThat(row.date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(row.subType()).isEqualTo("Air/drone strike");
        assertThat(row.fatalitiesLow()).isEqualTo(4);
        assertThat(row.fatalitiesHigh()).isEqualTo(21);
        assertThat(row.review()).isEqualTo("confirmed");

        List<Decision> audit = ledger.show(id).orElseThrow().decisions();
        assertThat(audit).extracting(Decision::kind).containsExactly(Decision.Kind.PLACE, Decision.Kind.DATE,
                Decision.Kind.TYPE, Decision.Kind.FATALITIES, Decision.Kind.REVIEW);
        assertThat(audit.get(0).before()).startsWith("Kramatorsk (48.72");
        assertThat(audit.get(0).analyst()).isEqualTo("ana");
        assertThat(audit.get(0).note()).isEqualTo("wrong town");
        assertThat(audit.get(1).before()).isEqualTo("2024-03-05");
        assertThat(audit.get(1).value()).isEqualTo("2024-03-04");
        assertThat(audit.get(3).before()).isEqualTo("unknown");
        assertThat(audit.get(3).value()).isEqualTo("4-21");
        assertThat(audit.get(4).before()).isEqualTo("unreviewed");
        assertThat(ledger.audit(10)).hasSize(5).first().extracting(Decision::kind).isEqualTo(Decision.Kind.REVIEW);
    }

    @Test
    void correctionsSurviveANewReportAndReExtraction() {
        Story s = story("a").strike(KRAMATORSK, DAY);
        ingest(s);
        long id = only();
        ledger.decide(id, Decision.Kind.FATALITIES, "12", null, "ana");
        ledger.decide(id, Decision.Kind.REVIEW, "confirmed", null, "ana");
        ingest(story("b").strike(KRAMATORSK, DAY));
        ledger.ingest(s.article(), story("a").strike(KRAMATORSK, DAY).extraction(), V2);
        IncidentRow row = ledger.show(id).orElseThrow().incident();
        assertThat(row.members()).isEqualTo(2);
        assertThat(row.fatalitiesLow()).isEqualTo(12);
        assertThat(row.review()).isEqualTo("confirmed");
    }

    @Test
    void aRejectedIncidentLeavesTheListingsAndComesBackWhenReopened() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        long id = only();
        ledger.decide(id, Decision.Kind.REVIEW, "rejected", "a drill", "ana");
        assertThat(all()).isEmpty();
        assertThat(ledger.viewport(new MapFilter(null, null, null, "rejected"), 10).incidents())
                .extracting(IncidentRow::id).containsExactly(id);
        ledger.decide(id, Decision.Kind.REVIEW, "unreviewed", null, "ana");
        assertThat(all()).extracting(IncidentRow::id).containsExactly(id);
    }

    @Test
    void badValuesAreRefusedWithTheirReason() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        long id = only();
        assertThatThrownBy(() -> ledger.decide(id, Decision.Kind.DATE, "5 March", null, "ana"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> ledger.decide(id, Decision.Kind.TYPE, "Riot", null, "ana"))
                .hasMessageContaining("sub-event type");
        assertThatThrownBy(() -> ledger.decide(id, Decision.Kind.FATALITIES, "21-4", null, "ana"))
                .hasMessageContaining("low to high");
        assertThatThrownBy(() -> ledger.decide(id, Decision.Kind.REVIEW, "maybe", null, "ana"))
                .hasMessageContaining("confirmed, rejected or unreviewed");
        assertThatThrownBy(() -> ledger.decide(id + 99, Decision.Kind.REVIEW, "confirmed", null, "ana"))
                .hasMessageContaining("no incident");
        assertThat(ledger.show(id).orElseThrow().decisions()).isEmpty();
    }

    @Test
    void mergeMovesEveryReportAndSurvivesReExtraction() {
        Story a = story("a").strike(KRAMATORSK, DAY);
        ingest(a);
        ingest(story("b").strike(KHARKIV, DAY));
        assertThat(all()).hasSize(2);
        long kramatorsk = all().stream().filter(r -> r.placeName().equals("Kramatorsk")).findFirst().orElseThrow().id();
        long kharkiv = all().stream().filter(r -> r.placeName().equals("Kharkiv")).findFirst().orElseThrow().id();

        IncidentDetail merged = ledger.merge(kharkiv, kramatorsk, "same strike, misplaced", "ana");
        assertThat(merged.reports()).hasSize(2);
        assertThat(all()).extracting(IncidentRow::id).containsExactly(kramatorsk);
        assertThat(ledger.show(kharkiv).orElseThrow().incident().mergedInto()).isEqualTo(kramatorsk);
        assertThat(merged.decisions()).extracting(Decision::kind).containsExactly(Decision.Kind.ABSORB);

        ledger.ingest(a.article(), story("a").strike(KRAMATORSK, DAY).extraction(), V2);
        ingest(story("c").strike(KHARKIV, DAY));
        assertThat(ledger.show(kramatorsk).orElseThrow().reports()).hasSize(2);
        assertThatThrownBy(() -> ledger.merge(kramatorsk, kramatorsk, null, "ana")).hasMessageContaining("itself");
    }

    @Test
    void splitMovesTheChosenReportsIntoANewIncidentThatReExtractionKeeps() {
        Story a = story("a").strike(KRAMATORSK, DAY);
        Story b = story("b").strike(KRAMATORSK, DAY);
        ingest(a);
        ingest(b);
        long id = only();
        IncidentDetail before = ledger.show(id).orElseThrow();
        long bEvent = before.reports().stream().filter(r -> r.articleId().equals("b")).findFirst().orElseThrow().eventId();

        IncidentDetail created = ledger.split(id, List.of(bEvent), "two strikes that day", "ana");
        assertThat(created.incident().id()).isNotEqualTo(id);
        assertThat(created.reports()).extracting(Report::articleId).containsExactly("b");
        assertThat(ledger.show(id).orElseThrow().reports()).extracting(Report::articleId).containsExactly("a");
        assertThat(all()).hasSize(2);

        ledger.ingest(b.article(), story("b").strike(KRAMATORSK, DAY).extraction(), V2);
        assertThat(ledger.show(created.incident().id()).orElseThrow().reports()).extracting(Report::articleId)
                .containsExactly("b");
        assertThatThrownBy(() -> ledger.split(id, List.of(12345L), null, "ana")).hasMessageContaining("not reports");
        long aEvent = ledger.show(id).orElseThrow().reports().get(0).eventId();
        assertThatThrownBy(() -> ledger.split(id, List.of(aEvent), null, "ana")).hasMessageContaining("at least one");
    }

    @Test
    void theViewportHoldsOnlyWhatIsInsideIt() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        ingest(story("b").strike(KHARKIV, DAY));
        MapView donbas = ledger.viewport(new MapFilter(null, BBox.parse("37,48,38.5,49.5"), null, null), 100);
        assertThat(donbas.clustered()).isFalse();
        assertThat(donbas.incidents()).extracting(IncidentRow::placeName).containsExactly("Kramatorsk");
        MapView all = ledger.viewport(new MapFilter(null, BBox.parse("20,40,45,55"), null, null), 100);
        assertThat(all.total()).isEqualTo(2);
        MapView dated = ledger.viewport(new MapFilter(new IncidentFilter(DAY.plusDays(1), null, null, null, null, false, 0,
                0), null, null, null), 100);
        assertThat(dated.total()).isZero();
    }

    @Test
    void tooManyIncidentsInAViewportComeAsClusters() {
        for (int i = 0; i < 6; i++) {
            ingest(story("k" + i).strike(KRAMATORSK, DAY.minusDays(10L * i)));
        }
        ingest(story("x").strike(KHARKIV, DAY));
        MapView view = ledger.viewport(new MapFilter(null, BBox.parse("20,40,45,55"), null, null), 3);
        assertThat(view.clustered()).isTrue();
        assertThat(view.total()).isEqualTo(7);
        assertThat(view.incidents()).isEmpty();
        assertThat(view.clusters()).hasSize(2);
        assertThat(view.clusters().stream().mapToInt(c -> c.count()).sum()).isEqualTo(7);
        assertThat(view.clusters()).anySatisfy(c -> {
            assertThat(c.count()).isEqualTo(6);
            assertThat(c.lat()).isCloseTo(48.72, org.assertj.core.data.Offset.offset(0.01));
            assertThat(c.west()).isLessThanOrEqualTo(37.56);
            assertThat(c.east()).isGreaterThanOrEqualTo(37.55);
        });
    }

    @Test
    void clustersCountTheirMixOfEventTypesAndContestedOnes() {
        for (int i = 0; i < 4; i++) {
            ingest(story("k" + i).strike(KRAMATORSK, DAY.minusDays(10L * i)));
        }
        ingest(story("c1").event(EventKind.ARMED_CLASH, AcledSubEventType.ARMED_CLASH, KRAMATORSK, DAY.minusDays(100), 3,
                Verification.NOT_STATED));
        ingest(story("c2").event(EventKind.INTERCEPTION, AcledSubEventType.DISRUPTED_WEAPONS_USE, KRAMATORSK,
                DAY.minusDays(200), null, Verification.NOT_STATED));
        MapView view = ledger.viewport(new MapFilter(null, BBox.parse("20,40,45,55"), null, null), 3);
        assertThat(view.clusters()).hasSize(1);
        assertThat(view.clusters().get(0).types()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "Explosions/Remote violence", 4, "Battles", 1, "Strategic developments", 1));
    }

    @Test
    void theMapFiltersByCountryRegionActorFatalitiesAndRecordedAfter() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        ingest(story("b").event(EventKind.ARMED_CLASH, AcledSubEventType.ARMED_CLASH, KHARKIV, DAY, 12,
                Verification.NOT_STATED));
        java.util.function.Function<MapFilter, List<String>> places = f -> ledger.viewport(f, 100).incidents().stream()
                .map(IncidentRow::placeName).toList();
        assertThat(places.apply(new MapFilter(null, null, null, null, "ua", "kharkiv", null, null, null, null)))
                .containsExactly("Kharkiv");
        assertThat(places.apply(new MapFilter(null, null, null, null, "RU", null, null, null, null, null))).isEmpty();
        assertThat(places.apply(new MapFilter(null, null, null, null, null, null, null, 10, null, null)))
                .containsExactly("Kharkiv");
        assertThat(places.apply(new MapFilter(null, null, null, null, null, null, null, null, 5, null))).isEmpty();
        assertThat(places.apply(new MapFilter(null, null, null, null, null, null, "civilians", null, null, null)))
                .containsExactlyInAnyOrder("Kramatorsk", "Kharkiv");
        assertThat(places.apply(new MapFilter(null, null, null, null, null, null, "UA", null, null, null))).isEmpty();
        long first = ledger.viewport(new MapFilter(null, null, null, null), 100).incidents().stream()
                .mapToLong(IncidentRow::id).min().orElseThrow();
        assertThat(places.apply(new MapFilter(null, null, null, null, null, null, null, null, null, first)))
                .hasSize(1).doesNotContain(ledger.show(first).orElseThrow().incident().placeName());
        assertThat(ledger.lastIncidentId()).isGreaterThan(first);
        assertThat(ledger.facets().actors()).extracting(f -> f.name()).contains("RU", "civilians");
        assertThat(ledger.facets().regions()).extracting(r -> r.country() + "/" + r.admin1())
                .containsExactlyInAnyOrder("UA/Donetsk", "UA/Kharkiv");
        assertThatThrownBy(() -> new MapFilter(null, null, null, null, null, null, null, 9, 3, null))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void theHistogramCountsIncidentsPerDayWhateverTheDateRange() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        ingest(story("b").strike(KHARKIV, DAY));
        ingest(story("c").strike(SLOVIANSK, DAY.minusDays(20)));
        var filter = new MapFilter(new IncidentFilter(DAY, DAY, null, null, null, false, 0, 0), null, null, null);
        assertThat(ledger.histogram(filter)).extracting(d -> d.day() + "=" + d.count())
                .containsExactly(DAY.minusDays(20) + "=1", DAY + "=2");
        assertThat(ledger.dateRange().orElseThrow()).containsExactly(DAY.minusDays(20), DAY);
    }

    @Test
    void textSearchNarrowsTheMap() {
        ingest(story("a").text("Rescuers searched the rubble of a school.").strike(KRAMATORSK, DAY));
        ingest(story("b").text("A power station was hit.").strike(KHARKIV, DAY));
        assertThat(ledger.viewport(new MapFilter(null, null, "rubble school", null), 10).incidents())
                .extracting(IncidentRow::placeName).containsExactly("Kramatorsk");
        assertThat(ledger.viewport(new MapFilter(null, null, "'; DROP TABLE incidents; --", null), 10).total()).isZero();
        assertThat(all()).hasSize(2);
    }

    @Test
    void aBadViewportIsRefused() {
        assertThatThrownBy(() -> BBox.parse("1,2,3")).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> BBox.parse("a,b,c,d")).isInstanceOf(QueryException.class);
        assertThatThrownBy(() -> BBox.parse("0,50,10,40")).isInstanceOf(QueryException.class);
        assertThat(BBox.parse("170,0,190,10").crossesAntimeridian()).isTrue();
    }

    @Test
    void anArticleComesWithItsEventsAndTheirOffsets() {
        Story s = story("a").strike(KRAMATORSK, DAY, "Donetsk governor", "UA", "asserts");
        ingest(s);
        Report r = ledger.show(only()).orElseThrow().reports().get(0);
        var article = ledger.article(r.articleKey()).orElseThrow();
        assertThat(article.text()).isEqualTo(s.article().text());
        assertThat(article.events()).hasSize(1);
        int start = article.events().get(0).path("evidence").get(0).path("start").asInt();
        assertThat(article.text().substring(start)).startsWith("missile_strike at Kramatorsk");
        assertThat(ledger.article(r.articleKey() + 1000)).isEmpty();
    }

    @Test
    void accountsAndTokensAreStoredAsHashes() {
        var accounts = ledger.accounts();
        accounts.put("ana", "analyst", "$2a$10$hash", Instant.EPOCH);
        accounts.put("ana", "admin", "$2a$10$other", Instant.EPOCH);
        assertThat(accounts.find("ana").orElseThrow().role()).isEqualTo("admin");
        accounts.addToken("ana", "sha-of-token", Instant.EPOCH);
        assertThat(accounts.byToken("sha-of-token").orElseThrow().name()).isEqualTo("ana");
        assertThat(accounts.remove("ana")).isTrue();
        assertThat(accounts.byToken("sha-of-token")).isEmpty();
    }
}
