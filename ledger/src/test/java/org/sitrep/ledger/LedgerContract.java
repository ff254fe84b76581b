package org.sitrep.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ledger.Fixtures.DAY;
import static org.sitrep.ledger.Fixtures.DONETSK_REGION;
import static org.sitrep.ledger.Fixtures.KHARKIV;
import static org.sitrep.ledger.Fixtures.KRAMATORSK;
import static org.sitrep.ledger.Fixtures.KRAMATORSK_EDGE;
import static org.sitrep.ledger.Fixtures.SLOVIANSK;
import static org.sitrep.ledger.Fixtures.SOLEDAR;
import static org.sitrep.ledger.Fixtures.story;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.Fixtures.Story;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.Near;
import org.sitrep.ledger.query.QueryException;
import org.sitrep.model.AcledSubEventType;
import org.sitrep.model.EventKind;
import org.sitrep.model.Place;
import org.sitrep.model.Precision;
import org.sitrep.model.Verification;

/**
 * The ledger's behaviour, the same on every backend: each subclass says where the ledger lives.
 */
abstract class LedgerContract extends LedgerTestBase {

    IngestOutcome ingest(Story s) {
        return ledger.ingest(s.article(), s.extraction(), V1);
    }

    List<IncidentRow> all() {
        return ledger.incidents(IncidentFilter.ALL);
    }

    @Test
    void storesArticlesEventsAndClaims() {
        assertThat(ingest(story("a").strike(KRAMATORSK, DAY, "Donetsk governor Vadym Filashkin", "UA", "asserts")))
                .isEqualTo(IngestOutcome.ADDED);
        assertThat(ledger.counts()).containsEntry("articles", 1L).containsEntry("events", 1L)
                .containsEntry("claims", 1L).containsEntry("incidents", 1L);
        IncidentRow row = all().get(0);
        assertThat(row.placeName()).isEqualTo("Kramatorsk");
        assertThat(row.date()).isEqualTo(DAY);
        assertThat(row.eventType()).isEqualTo("Explosions/Remote violence");
        assertThat(row.sides()).containsExactly("UA");
        assertThat(row.sources()).isEqualTo(1);
    }

    @Test
    void theSameArticleIsStoredOnce() {
        Story s = story("a").strike(KRAMATORSK, DAY);
        ingest(s);
        assertThat(ingest(s)).isEqualTo(IngestOutcome.UNCHANGED);
        // Same text under another URL, and with its white space and quotes changed: still the same article.
        Story copy = story("a").url("https://mirror.example/a").strike(KRAMATORSK, DAY);
        assertThat(ledger.ingest(new org.sitrep.model.Article("copy", "https://mirror.example/a", "Mirror", DAY,
                s.article().text().replace(" ", "  ")), copy.extraction(), V1)).isEqualTo(IngestOutcome.UNCHANGED);
        assertThat(ledger.counts()).containsEntry("articles", 1L).containsEntry("events", 1L);
        assertThat(ledger.needsExtraction(s.article(), V1)).isFalse();
        assertThat(ledger.needsExtraction(s.article(), V2)).isTrue();
    }

    @Test
    void aRevisedTextAtTheSameUrlIsReExtracted() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        Story revised = story("a").text("Update: the toll rose.").strike(KRAMATORSK, DAY);
        assertThat(ingest(revised)).isEqualTo(IngestOutcome.REEXTRACTED);
        assertThat(ledger.counts()).containsEntry("articles", 1L).containsEntry("events", 1L);
        assertThat(ledger.search("toll", 10)).hasSize(1);
    }

    @Test
    void aNewEngineReplacesMachineRecordsAndKeepsDecisions() {
        Story s = story("a").strike(KRAMATORSK, DAY, "Donetsk governor Vadym Filashkin", "UA", "asserts");
        ingest(s);
        long id = all().get(0).id();
        ledger.decide(id, Decision.Kind.CONTESTED, "true", "RU media deny it", "analyst-1");
        ledger.decide(id, Decision.Kind.NOTE, null, "check the footage", "analyst-2");
        assertThat(all().get(0).contested()).isTrue();
        assertThat(all().get(0).machineContested()).isFalse();

        Story newer = story("a").strike(KRAMATORSK, DAY, "Donetsk governor Vadym Filashkin", "UA", "asserts",
                "Ukraine's air force", "UA", "asserts");
        assertThat(ledger.ingest(newer.article(), newer.extraction(), V2)).isEqualTo(IngestOutcome.REEXTRACTED);
        assertThat(ledger.counts()).containsEntry("articles", 1L).containsEntry("events", 1L)
                .containsEntry("claims", 2L).containsEntry("decisions", 2L);
        IncidentRow after = all().get(0);
        assertThat(after.id()).isEqualTo(id);
        assertThat(after.contested()).isTrue();
        IncidentDetail detail = ledger.show(id).orElseThrow();
        assertThat(detail.decisions()).extracting(Decision::analyst).containsExactly("analyst-1", "analyst-2");
        assertThat(detail.decisions().get(0).decidedAt()).isEqualTo(Instant.parse("2024-03-06T10:00:00Z"));
        assertThat(ledger.ingest(newer.article(), newer.extraction(), V2)).isEqualTo(IngestOutcome.UNCHANGED);
    }

    @Test
    void reportsOfOneIncidentFromDifferentArticlesMerge() {
        ingest(story("a").strike(KRAMATORSK, DAY, "Donetsk governor Vadym Filashkin", "UA", "asserts"));
        ingest(story("b").outlet("Other Wire").strike(KRAMATORSK_EDGE, DAY.plusDays(1)));
        ingest(story("c").strike(SLOVIANSK, DAY));                  // 15+ km away: another incident
        ingest(story("d").strike(KRAMATORSK, DAY.plusDays(3)));     // three days later: another incident
        ingest(story("e").event(EventKind.ARMED_CLASH, AcledSubEventType.ARMED_CLASH, KRAMATORSK, DAY, null,
                Verification.NOT_STATED));                          // another type
        List<IncidentRow> rows = all();
        assertThat(rows).hasSize(4);
        IncidentRow merged = rows.stream().filter(r -> r.members() == 2).findFirst().orElseThrow();
        assertThat(merged.placeName()).isEqualTo("Kramatorsk");
        assertThat(merged.articles()).isEqualTo(2);
        assertThat(merged.sources()).isEqualTo(2);
        assertThat(ledger.show(merged.id()).orElseThrow().reports()).extracting(Report::articleId)
                .containsExactly("a", "b");
    }

    @Test
    void eventsAnotherWriterStoredBetweenBatchesAreMatched() {
        // This writer reads Kramatorsk's block for the first report; another process then starts an
        // incident there three days later, which this writer's next report of that day must join.
        ingest(story("a").strike(KRAMATORSK, DAY));
        try (Ledger other = Ledger.open(location, false)) {
            Story b = story("b").strike(KRAMATORSK, DAY.plusDays(3));
            other.ingest(b.article(), b.extraction(), V1);
        }
        ingest(story("c").strike(KRAMATORSK, DAY.plusDays(3)));
        assertThat(all()).extracting(IncidentRow::members).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void membersAnotherWriterAddedAreSummedUpToo() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        ingest(story("b").outlet("Other Wire").strike(KRAMATORSK, DAY));
        try (Ledger other = Ledger.open(location, false)) {
            Story c = story("c").outlet("Third Wire").strike(KRAMATORSK, DAY);
            other.ingest(c.article(), c.extraction(), V1);
        }
        ingest(story("d").outlet("Fourth Wire").strike(KRAMATORSK, DAY));
        assertThat(all()).singleElement().satisfies(r -> {
            assertThat(r.members()).isEqualTo(4);
            assertThat(r.articles()).isEqualTo(4);
        });
    }

    @Test
    void twoEventsOfOneArticleAreTwoIncidents() {
        ingest(story("a").strike(KRAMATORSK, DAY).strike(KRAMATORSK_EDGE, DAY));
        ingest(story("b").strike(KRAMATORSK, DAY));
        assertThat(all()).extracting(IncidentRow::members).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void reportsOfAVillageWithoutAPointMergeByItsNameInItsDivision() {
        Place village = new Place("Tudun Biri", null, null, null, "NG", "Kaduna", Precision.TOWN, null);
        Place sameVillage = new Place("Tudun-Biri", null, null, null, "NG", "Kaduna", Precision.TOWN, null);
        Place otherVillage = new Place("Kawo", null, null, null, "NG", "Kaduna", Precision.TOWN, null);
        ingest(story("a").strike(village, DAY));
        ingest(story("b").outlet("Other Wire").strike(sameVillage, DAY));
        ingest(story("c").outlet("Third Wire").strike(otherVillage, DAY));
        assertThat(all()).extracting(IncidentRow::members).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void aRegionLevelReportJoinsATownInItsRegion() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        ingest(story("b").strike(DONETSK_REGION, DAY));
        ingest(story("c").strike(KHARKIV, DAY));
        assertThat(all()).extracting(IncidentRow::members).containsExactlyInAnyOrder(2, 1);
        IncidentRow merged = all().stream().filter(r -> r.members() == 2).findFirst().orElseThrow();
        assertThat(merged.precision()).isEqualTo("town");
    }

    @Test
    void dailyReportsDoNotChainIntoOneIncident() {
        for (int i = 0; i < 6; i++) {
            ingest(story("day" + i).strike(KRAMATORSK, DAY.plusDays(i)));
        }
        assertThat(all()).allSatisfy(r -> assertThat(r.members()).isLessThanOrEqualTo(2));
    }

    @Test
    void corroborationCountsOriginatingSourcesNotOutlets() {
        ingest(story("a").outlet("Wire A").strike(KRAMATORSK, DAY, "Russia's Defence Ministry", "RU", "asserts"));
        ingest(story("b").outlet("Wire B").strike(KRAMATORSK, DAY, "the Russian Ministry of Defense", "RU", "asserts"));
        ingest(story("c").outlet("Wire C").strike(KRAMATORSK, DAY,
                "Russian Defence Ministry spokesman Igor Konashenkov", "RU", "asserts", "Moscow", "RU", "asserts"));
        assertThat(all().get(0).sources()).isEqualTo(1);
        ingest(story("d").outlet("Wire D").strike(KRAMATORSK, DAY, "Donetsk governor Vadym Filashkin", "UA", "asserts"));
        ingest(story("e").outlet("Reuters (as republished by Dawn)").strike(KRAMATORSK, DAY));
        ingest(story("f").outlet("Reuters").strike(KRAMATORSK, DAY));
        IncidentRow row = all().get(0);
        assertThat(row.members()).isEqualTo(6);
        assertThat(row.sources()).isEqualTo(3);   // the ministry, the governor, Reuters' own reporting
    }

    @Test
    void opposingClaimsMakeAnIncidentContestedAndStaySideBySide() {
        ingest(story("ru").event(EventKind.TERRITORIAL_CONTROL, AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                SOLEDAR, DAY, 4, Verification.NOT_STATED, "Russia's Defence Ministry", "RU", "asserts"));
        assertThat(all().get(0).contested()).isFalse();
        ingest(story("ua").event(EventKind.TERRITORIAL_CONTROL, AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                SOLEDAR, DAY, 21, Verification.NOT_STATED, "Ukraine's General Staff", "UA", "denies"));
        IncidentRow row = all().get(0);
        assertThat(row.contested()).isTrue();
        assertThat(row.fatalitiesLow()).isEqualTo(4);
        assertThat(row.fatalitiesHigh()).isEqualTo(21);
        IncidentDetail d = ledger.show(row.id()).orElseThrow();
        assertThat(d.claimsBySide()).containsOnlyKeys("RU", "UA");
        assertThat(d.claimsBySide().get("UA").get(0).stance()).isEqualTo("denies");
        assertThat(d.claimsBySide().get("UA").get(0).words()).contains("Ukraine's General Staff said so");
        assertThat(d.reports()).allSatisfy(r -> assertThat(r.evidence()).isNotEmpty());
    }

    @Test
    void aDisputedReportMakesItContested() {
        ingest(story("a").event(EventKind.MISSILE_STRIKE, AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, KHARKIV,
                DAY, null, Verification.DISPUTED));
        assertThat(all().get(0).contested()).isTrue();
    }

    @Test
    void filters() {
        ingest(story("a").strike(KRAMATORSK, DAY, "Donetsk governor Vadym Filashkin", "UA", "asserts"));
        ingest(story("b").strike(KRAMATORSK, DAY, "Russia's Defence Ministry", "RU", "disputes"));
        ingest(story("c").strike(KHARKIV, DAY.minusDays(10)));
        ingest(story("d").event(EventKind.ARMED_CLASH, AcledSubEventType.ARMED_CLASH, SOLEDAR, DAY.plusDays(2), null,
                Verification.NOT_STATED));
        assertThat(all()).hasSize(3);
        assertThat(filter(DAY, null, null, null, null, false, 0)).hasSize(2);
        assertThat(filter(null, DAY.minusDays(1), null, null, null, false, 0)).extracting(IncidentRow::placeName)
                .containsExactly("Kharkiv");
        Near nearKramatorsk = new Near("Kramatorsk", 48.72305, 37.55629, 30);
        assertThat(filter(null, null, nearKramatorsk, null, null, false, 0)).extracting(IncidentRow::placeName)
                .containsExactly("Kramatorsk");
        assertThat(filter(null, null, new Near("x", 48.72305, 37.55629, 60), null, null, false, 0)).hasSize(2);
        assertThat(filter(null, null, null, "Battles", null, false, 0)).extracting(IncidentRow::placeName)
                .containsExactly("Soledar");
        assertThat(filter(null, null, null, "missile_strike", null, false, 0)).hasSize(2);
        assertThat(filter(null, null, null, null, "RU", false, 0)).extracting(IncidentRow::placeName)
                .containsExactly("Kramatorsk");
        assertThat(filter(null, null, null, null, null, true, 0)).extracting(IncidentRow::placeName)
                .containsExactly("Kramatorsk");
        assertThat(filter(null, null, null, null, null, false, 2)).hasSize(1);
        assertThat(ledger.incidents(new IncidentFilter(null, null, null, null, null, false, 0, 1))).hasSize(1);
        assertThatThrownBy(() -> filter(null, null, null, "airstrikes", null, false, 0))
                .isInstanceOf(QueryException.class).hasMessageContaining("unknown type 'airstrikes'");
    }

    private List<IncidentRow> filter(java.time.LocalDate since, java.time.LocalDate until, Near near, String type,
                                     String side, boolean contested, int minSources) {
        return ledger.incidents(new IncidentFilter(since, until, near, type, side, contested, minSources, 0));
    }

    @Test
    void dismissedIncidentsAreHidden() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        long id = all().get(0).id();
        ledger.decide(id, Decision.Kind.DISMISS, "true", "a drill, not a strike", "analyst-1");
        assertThat(all()).isEmpty();
        ledger.decide(id, Decision.Kind.DISMISS, "false", "it was a strike after all", "analyst-2");
        assertThat(all()).hasSize(1);
        assertThatThrownBy(() -> ledger.decide(id + 100, Decision.Kind.NOTE, null, "x", "a"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("no incident");
        assertThatThrownBy(() -> ledger.decide(id, Decision.Kind.CONTESTED, "maybe", null, "a"))
                .isInstanceOf(LedgerException.class).hasMessageContaining("true or false");
    }

    @Test
    void fullTextSearch() {
        ingest(story("a").text("A missile hit the railway station in Kramatorsk.").strike(KRAMATORSK, DAY));
        ingest(story("b").text("Shelling damaged a school.").strike(KHARKIV, DAY));
        List<SearchHit> hits = ledger.search("railway station", 10);
        assertThat(hits).extracting(SearchHit::articleId).containsExactly("a");
        assertThat(hits.get(0).snippet()).contains("railway");
        assertThat(hits.get(0).incidents()).hasSize(1);
        assertThat(ledger.search("\"unbalanced (quote: -", 10)).isEmpty();
        assertThat(ledger.search("   ", 10)).isEmpty();
    }

    @Test
    void membersCarryTheirArticleIds() {
        ingest(story("a").strike(KRAMATORSK, DAY));
        ingest(story("b").strike(KRAMATORSK, DAY));
        long id = all().get(0).id();
        Map<Long, List<com.fasterxml.jackson.databind.node.ObjectNode>> members = ledger.members(List.of(id));
        assertThat(members.get(id)).extracting(m -> m.get("article_id").asText()).containsExactly("a", "b");
        assertThat(members.get(id).get(0).get("acled_event_type").asText()).isEqualTo("Explosions/Remote violence");
    }

    @Test
    void aMuchReportedIncidentIsSummedUpWhenTheIngestEnds() {
        int reports = org.sitrep.ledger.store.LedgerWriter.BIG_INCIDENT + 6;
        List<org.sitrep.ledger.store.LedgerWriter.Item> batch = new java.util.ArrayList<>();
        for (int i = 0; i < reports; i++) {
            Story s = story("r" + i).outlet("Outlet " + i).strike(KRAMATORSK, DAY, "Official " + i + " of Kramatorsk",
                    i % 2 == 0 ? "UA" : "RU", i == reports - 1 ? "denies" : "asserts");
            batch.add(new org.sitrep.ledger.store.LedgerWriter.Item(s.article(), s.extraction(), V1));
        }
        ledger.ingest(batch.subList(0, reports - 10));
        ledger.ingest(batch.subList(reports - 10, reports));
        assertThat(all().get(0).members()).isEqualTo(reports);
        ledger.refresh();
        IncidentRow row = all().get(0);
        assertThat(row.members()).isEqualTo(reports);
        assertThat(row.articles()).isEqualTo(reports);
        assertThat(row.contested()).isTrue();
        assertThat(ledger.show(row.id()).orElseThrow().reports()).hasSize(reports);
    }

    @Test
    void aBatchIsOneTransaction() {
        Story good = story("good").strike(KRAMATORSK, DAY);
        Story bad = story("bad").strike(KHARKIV, DAY);
        // The same URL twice in one batch is fine (stored once); a null text is not, and undoes the batch.
        assertThatThrownBy(() -> ledger.ingest(List.of(
                new org.sitrep.ledger.store.LedgerWriter.Item(good.article(), good.extraction(), V1),
                new org.sitrep.ledger.store.LedgerWriter.Item(bad.article(), null, V1))))
                .isInstanceOf(NullPointerException.class);
        assertThat(ledger.counts()).containsEntry("articles", 0L);
        ingest(good);
        assertThat(ledger.counts()).containsEntry("articles", 1L);
    }
}
