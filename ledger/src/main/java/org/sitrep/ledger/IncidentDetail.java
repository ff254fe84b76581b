package org.sitrep.ledger;

import java.util.List;
import java.util.Map;

/**
 * An incident with everything behind it: every report, every claim grouped by the side that makes it
 * (side by side, never averaged), the fatality figures each report gives, and the analysts' decisions.
 *
 * @param incident      the summary
 * @param reports       each member event with its article, in the order they arrived
 * @param claimsBySide  side -> its claims, across all reports
 * @param decisions     analysts' decisions, oldest first
 */
public record IncidentDetail(IncidentRow incident, List<Report> reports, Map<String, List<Report.QuotedClaim>> claimsBySide,
                             List<Decision> decisions) {
}
