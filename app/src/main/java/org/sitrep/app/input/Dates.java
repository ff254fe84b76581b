package org.sitrep.app.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and feeds write them. A timestamp keeps the calendar date the
 * publisher wrote ("2022-07-03T23:30:00+03:00" is 3 July): converting it to UTC would move an
 * article to a day its outlet never printed.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** "3 July 2022", "03 Jul. 2022", "3rd July, 2022". */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])(\\d{1,2})" + ORDINAL + "\\s+" + MONTH + ",?\\s+(\\d{4})(?![\\w])", Pattern.CASE_INSENSITIVE);
    /** "July 3, 2022", "Jul 3 2022". */
    static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})(?![\\w])", Pattern.CASE_INSENSITIVE);
    /** "2022-07-03" inside running text. */
    static final Pattern ISO_IN_TEXT = Pattern.compile("(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w-])");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /**
     * A date from a metadata value: ISO date or timestamp, "2022/07/03", "20220703", or a written
     * date ("3 July 2022", "July 3, 2022"). Null when none can be read.
     */
    public static LocalDate parseLenient(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (Pattern p : new Pattern[] {ISO, SLASHED, COMPACT}) {
            Matcher m = p.matcher(v);
            if (p == COMPACT ? m.matches() : m.lookingAt()) {
                return ymd(m.group(1), m.group(2), m.group(3));
            }
        }
        Matcher m = DAY_MONTH_YEAR.matcher(v);
        if (m.find()) {
            return fromMatch(DAY_MONTH_YEAR, m);
        }
        m = MONTH_DAY_YEAR.matcher(v);
        return m.find() ? fromMatch(MONTH_DAY_YEAR, m) : null;
    }

    /** The date a match of one of the three in-text patterns stands for, or null if no such day exists. */
    static LocalDate fromMatch(Pattern pattern, Matcher m) {
        if (pattern == DAY_MONTH_YEAR) {
            return ymd(m.group(3), month(m.group(2)), m.group(1));
        }
        if (pattern == MONTH_DAY_YEAR) {
            return ymd(m.group(3), month(m.group(1)), m.group(2));
        }
        return ymd(m.group(1), m.group(2), m.group(3));
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    /** Years outside 1900..2100 are page furniture (copyright lines, ids), not publication dates. */
    private static LocalDate ymd(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
