package org.sitrep.ledger.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ledger.LedgerException;

/** Fatality figures as analysts write them: "12", "4-21", or "unknown" (the figure is not known). */
public final class Fatalities {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,7})\\s*(?:[-–]\\s*(\\d{1,7})\\s*)?");

    private Fatalities() {
    }

    /** {low, high}: high null unless a range; both null for "unknown". */
    public static Integer[] parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("unknown")) {
            return new Integer[] {null, null};
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new LedgerException("fatalities are a number (12), a range (4-21) or 'unknown', not '" + text + "'");
        }
        int low = Integer.parseInt(m.group(1));
        Integer high = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        if (high != null && high < low) {
            throw new LedgerException("fatalities " + text + ": the range goes from low to high");
        }
        return new Integer[] {low, high != null && high > low ? high : null};
    }

    /** The normal form of a figure: what is stored and shown. */
    public static String format(Integer low, Integer high) {
        if (low == null) {
            return "unknown";
        }
        return high == null ? String.valueOf(low) : low + "-" + high;
    }
}
