package org.sitrep.ledger.export;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.ledger.IncidentRow;

/** Incidents as a plain text table for a terminal: one line each, the place cut to fit. */
public final class IncidentTable {
    private IncidentTable() {
    }

    public static void write(PrintWriter out, List<IncidentRow> rows) {
        out.printf("%-7s %-10s %-34s %-28s %-10s %7s %7s %-9s %s%n", "ID", "DATE", "TYPE", "PLACE", "FATALITIES",
                "REPORTS", "SOURCES", "CONTESTED", "SIDES");
        for (IncidentRow r : rows) {
            out.printf("%-7d %-10s %-34s %-28s %-10s %7d %7d %-9s %s%n", r.id(), r.date() == null ? "?" : r.date(),
                    cut(r.subType(), 34), cut(r.placeName() + (r.country() == null ? "" : ", " + r.country()), 28),
                    fatalities(r.fatalitiesLow(), r.fatalitiesHigh()), r.members(), r.sources(),
                    r.contested() ? "yes" : "", String.join(",", r.sides()));
        }
        out.printf("%d incident%s%n", rows.size(), rows.size() == 1 ? "" : "s");
        out.flush();
    }

    /** "7", "4-21", or "?" when no report gives a figure (unknown is not zero). */
    static String fatalities(Integer low, Integer high) {
        if (low == null) {
            return high == null ? "?" : "<=" + high;
        }
        return high == null || high.equals(low) ? String.valueOf(low) : low + "-" + high;
    }

    static String cut(String s, int width) {
        if (s == null) {
            return "?";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
