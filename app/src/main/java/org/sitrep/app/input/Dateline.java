package org.sitrep.app.input;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a plain-text article, read from its first lines ("03 July 2022",
 * "Published: July 3, 2022", "2022-07-03"). Only full dates with a year count, only on short lines
 * (a dateline or byline, not a paragraph that mentions a date), and only when the lines agree: an
 * ambiguous head gives no date rather than a wrong one. The title line counts only when it starts
 * with the date, since a headline that contains a date is usually about the event.
 */
public final class Dateline {
    static final int LINES = 5;
    static final int MAX_LINE = 100;
    private static final Pattern[] PATTERNS = {Dates.ISO_IN_TEXT, Dates.DAY_MONTH_YEAR, Dates.MONTH_DAY_YEAR};

    private Dateline() {
    }

    /** The date, or null. */
    public static LocalDate find(String text) {
        Set<LocalDate> found = new LinkedHashSet<>();
        Set<LocalDate> published = new LinkedHashSet<>();
        int seen = 0;
        for (String raw : text.lines().limit(40).toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > LINES) {
                break;
            }
            if (line.length() <= MAX_LINE) {
                Set<LocalDate> dates = datesIn(line, seen == 1);
                found.addAll(dates);
                if (line.toLowerCase(Locale.ROOT).matches(".*\\b(published|posted)\\b.*")) {
                    published.addAll(dates);
                }
            }
        }
        if (found.size() == 1) {
            return found.iterator().next();
        }
        return published.size() == 1 ? published.iterator().next() : null;
    }

    private static Set<LocalDate> datesIn(String line, boolean title) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                LocalDate d = Dates.fromMatch(p, m);
                if (d != null && (!title || m.start() == 0)) {
                    dates.add(d);
                }
            }
        }
        return dates;
    }
}
