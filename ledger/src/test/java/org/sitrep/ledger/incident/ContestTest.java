package org.sitrep.ledger.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Stance;

class ContestTest {
    static Member member(String attacker, String target, Integer killed, String verification, String... claims) {
        List<Member.MemberClaim> cl = new ArrayList<>();
        for (int i = 0; i + 2 < claims.length; i += 3) {
            cl.add(new Member.MemberClaim(claims[i + 1], Stance.valueOf(claims[i + 2].toUpperCase()),
                    SourceKey.of(claims[i], claims[i + 1]).key()));
        }
        EventFacts f = new EventFacts(1, 1, 1L, "Explosions/Remote violence", "Air/drone strike", "Sumy", 1L,
                org.sitrep.model.Precision.TOWN, 50.9, 34.8, "UA", "Sumy", new DayRange(1, 1, true), attacker);
        return new Member(f, "missile_strike", 1, "day", target, "Wire", verification, killed, null, cl);
    }

    @Test
    void oneSideAssertsAnotherDenies() {
        assertThat(Contest.contested(List.of(member("RU", null, null, "not_stated", "Sumy mayor Artem Kobzar", "UA", "asserts"),
                member("RU", null, null, "not_stated", "Kremlin spokesman Dmitry Peskov", "RU", "denies")))).isTrue();
        assertThat(Contest.contested(List.of(member("RU", null, null, "not_stated", "Sumy mayor Artem Kobzar", "UA", "asserts"),
                member("RU", null, null, "not_stated", "Ukraine's air force", "UA", "asserts")))).isFalse();
    }

    @Test
    void aDenialNoOtherSideContradictsIsNoContest() {
        // Ukraine retakes a town; the report says so in its own voice, and only Russia's ministry disputes it.
        assertThat(Contest.contested(List.of(member(null, null, null, "not_stated", "Russia's Defence Ministry", "RU", "disputes"))))
                .isFalse();
        assertThat(Contest.contested(List.of(member(null, null, null, "not_stated", "the UN", "third_party", "disputes"))))
                .isFalse();
        assertThat(Contest.contested(List.of(member(null, null, null, "not_stated", "Russia's Defence Ministry", "RU", "disputes"),
                member(null, null, null, "not_stated", "Ukraine's General Staff", "UA", "asserts")))).isTrue();
    }

    @Test
    void aSourceContradictingItselfIsNoContest() {
        assertThat(Contest.contested(List.of(member("RU", null, null, "not_stated", "Russian Defense Ministry", "RU", "asserts",
                "Russian Defense Ministry", "RU", "denies")))).isFalse();
    }

    @Test
    void belligerentsWhoseReportsDifferOnTargetAttackerOrToll() {
        Member ua = member("RU", "civilians", 35, "not_stated", "Sumy mayor Artem Kobzar", "UA", "asserts");
        assertThat(Contest.contested(List.of(ua, member("UA", "military", null, "not_stated", "Russia's Defence Ministry", "RU", "asserts"))))
                .isTrue();
        assertThat(Contest.contested(List.of(ua, member("RU", "civilians", 4, "not_stated", "Russia's Defence Ministry", "RU", "asserts"))))
                .isTrue();
        assertThat(Contest.contested(List.of(ua, member("RU", "civilians", 34, "not_stated", "Russia's Defence Ministry", "RU", "asserts"))))
                .isFalse();
        assertThat(Contest.contested(List.of(member(null, null, null, "disputed")))).isTrue();
    }
}
