package org.sitrep.ledger.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Stance;

/**
 * Whether the sides contradict each other about an incident. Claims are only compared, never merged:
 * each side's claims stay as they were made. Contested when any of these holds:
 * <ol>
 *   <li>a report itself calls it disputed;
 *   <li>one side asserts what another side denies or disputes (captured vs not under control);
 *   <li>two belligerents speak about it and the reports disagree on who fired, on the target (military
 *       vs civilians), or on the toll (the highest figure at least twice the lowest: 4 vs 21).
 * </ol>
 * A source that both asserts and denies in one report is read as one confused source, not as a
 * contradiction: its denial is set aside. A side that denies what no other side asserts (what the report
 * says in its own voice, say) contradicts no side: the denial is kept with its claims, but the incident is
 * not contested for it.
 */
public final class Contest {
    private static final Set<String> NOT_BELLIGERENT = Set.of("third_party", "media", "unknown");

    private Contest() {
    }

    public static boolean contested(List<Member> members) {
        Set<String> asserting = new HashSet<>();
        Set<String> opposing = new HashSet<>();
        Set<String> belligerents = new HashSet<>();
        for (Member m : members) {
            if ("disputed".equals(m.verification())) {
                return true;
            }
            Set<String> assertingSources = new HashSet<>();
            for (Member.MemberClaim c : m.claims()) {
                if (c.stance() == Stance.ASSERTS) {
                    assertingSources.add(c.sourceKey());
                }
            }
            for (Member.MemberClaim c : m.claims()) {
                String side = c.side() == null ? "unknown" : c.side();
                if (!NOT_BELLIGERENT.contains(side)) {
                    belligerents.add(side);
                }
                if (c.stance() == Stance.ASSERTS) {
                    asserting.add(side);
                } else if (c.stance() != null && !assertingSources.contains(c.sourceKey())) {
                    opposing.add(side);
                }
            }
        }
        for (String o : opposing) {
            for (String a : asserting) {
                if (!a.equals(o)) {
                    return true;
                }
            }
        }
        return belligerents.size() >= 2 && reportsDisagree(members);
    }

    /** Who fired, which target, how many killed: reports that differ on these tell different stories. */
    static boolean reportsDisagree(List<Member> members) {
        Set<String> attackers = new HashSet<>();
        Set<String> targets = new HashSet<>();
        int low = Integer.MAX_VALUE;
        int high = Integer.MIN_VALUE;
        for (Member m : members) {
            if (m.facts().attacker() != null && !"unknown".equalsIgnoreCase(m.facts().attacker())) {
                attackers.add(m.facts().attacker());
            }
            if (Objects.equals(m.target(), "civilians") || Objects.equals(m.target(), "military")) {
                targets.add(m.target());
            }
            if (m.fatalitiesLow() != null) {
                low = Math.min(low, m.fatalitiesLow());
                high = Math.max(high, m.fatalitiesLow());
            }
        }
        boolean tolls = low != Integer.MAX_VALUE && high >= 2 * Math.max(1, low) && high - low >= 3;
        return attackers.size() > 1 || targets.size() > 1 || tolls;
    }
}
