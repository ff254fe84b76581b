package org.sitrep.ledger.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Precision;

class CompatibilityTest {
    static final int DAY = 19787;

    static EventFacts town(long id, Long geonameid, double lat, double lon, int day, String admin1) {
        return new EventFacts(id, id, null, "Explosions/Remote violence", "Shelling/artillery/missile attack", "t" + id,
                geonameid, Precision.TOWN, lat, lon, "UA", admin1, new DayRange(day, day, true), null);
    }

    @Test
    void distanceDependsOnWhatThePlacesAre() {
        EventFacts kramatorsk = town(1, 704508L, 48.72305, 37.55629, DAY, "Donetsk");
        EventFacts sloviansk = town(2, 700569L, 48.8532, 37.6053, DAY, "Donetsk");
        EventFacts plantNearby = town(3, null, 48.79, 37.64, DAY, "Donetsk");
        assertThat(Compatibility.score(kramatorsk, sloviansk)).isEqualTo(Compatibility.NONE);
        assertThat(Compatibility.score(kramatorsk, plantNearby)).isGreaterThan(0.5);
        EventFacts region = new EventFacts(4, 4, null, "Explosions/Remote violence", "Air/drone strike", "Donetsk Oblast",
                null, Precision.REGION, 48.0, 37.8, "UA", "Donetsk", new DayRange(DAY, DAY, true), null);
        assertThat(Compatibility.score(kramatorsk, region)).isGreaterThan(0.0);
        EventFacts otherRegion = town(5, 706483L, 49.98, 36.25, DAY, "Kharkiv");
        assertThat(Compatibility.score(otherRegion, region)).isEqualTo(Compatibility.NONE);
    }

    @Test
    void aVillageWithoutPointIsOneWhetherItsNameIsHyphenatedOrNot() {
        EventFacts hyphenated = new EventFacts(1, 1, null, "Violence against civilians", "Attack", "Pont-Sondé", null,
                Precision.TOWN, null, null, "HT", null, new DayRange(DAY, DAY, true), null);
        EventFacts spaced = new EventFacts(2, 2, null, "Violence against civilians", "Attack", "Pont Sonde", null,
                Precision.TOWN, null, null, "HT", null, new DayRange(DAY, DAY, true), null);
        assertThat(Compatibility.score(hyphenated, spaced)).isGreaterThan(0.5);
    }

    @Test
    void datesWithinADayUndatedWithinTheDaysBeforePublication() {
        EventFacts a = town(1, 704508L, 48.72305, 37.55629, DAY, "Donetsk");
        assertThat(Compatibility.score(a, town(2, 704508L, 48.72305, 37.55629, DAY + 1, "Donetsk"))).isGreaterThan(0.5);
        assertThat(Compatibility.score(a, town(2, 704508L, 48.72305, 37.55629, DAY + 2, "Donetsk"))).isEqualTo(Compatibility.NONE);
        EventFacts undated = new EventFacts(3, 3, null, a.eventType(), a.subType(), "t", 704508L, Precision.TOWN, a.lat(), a.lon(),
                "UA", "Donetsk", new DayRange(DAY - 3, DAY, false), null);
        assertThat(Compatibility.score(a, undated)).isGreaterThan(0.5);
    }

    @Test
    void theMatcherNeedsAMajorityAndSkipsTheArticlesOwnIncidents() {
        EventFacts e = town(10, 704508L, 48.72305, 37.55629, DAY + 1, "Donetsk");
        EventFacts m1 = town(1, 704508L, 48.72305, 37.55629, DAY, "Donetsk").withIds(1, 100L);
        EventFacts m2 = town(2, 704508L, 48.72305, 37.55629, DAY + 2, "Donetsk").withIds(2, 100L);
        EventFacts m3 = town(3, 704508L, 48.72305, 37.55629, DAY - 1, "Donetsk").withIds(3, 100L);
        assertThat(IncidentMatcher.choose(e, List.of(m1), Map.of(100L, 1), Set.of())).isEqualTo(100L);
        assertThat(IncidentMatcher.choose(e, List.of(m1), Map.of(100L, 1), Set.of(100L))).isNull();
        assertThat(IncidentMatcher.choose(e, List.of(m1), Map.of(100L, 3), Set.of())).isNull();
        assertThat(IncidentMatcher.choose(e, List.of(m1, m2), Map.of(100L, 2), Set.of())).isEqualTo(100L);
        // A member three days away rules the incident out, however many others agree.
        assertThat(IncidentMatcher.choose(e.withIds(10, null), List.of(m1, m2, m3), Map.of(100L, 3), Set.of())).isNull();
    }
}
