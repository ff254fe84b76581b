package org.sitrep.engine.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.DatePrecision;
import org.sitrep.engine.text.WordSet;

/**
 * Finds time expressions and resolves them against the publication date: weekdays (the most recent
 * such day on or before publication), "yesterday", "overnight", "last week", "earlier this week",
 * month names with or without a day and year, ISO dates; vague words ("earlier", "recently") give an
 * unknown date. Without a publication date only absolute dates resolve.
 */
public final class DateFinder {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("january", Month.JANUARY),
            Map.entry("jan", Month.JANUARY), Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH), Map.entry("april", Month.APRIL),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE),
            Map.entry("jun", Month.JUNE), Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));
    private static final Set<String> VAGUE = WordSet.of("earlier", "recently", "previously", "formerly");
    /** Spans within one day before "earlier": "hours earlier", "minutes earlier". */
    private static final Set<String> SHORT_SPANS = WordSet.of("hours", "minutes", "moments");

    public List<DateMention> find(Document doc, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        DateMention anchor = null; // the narrative's day: "the previous day", "a day later" count from it
        for (Sentence s : doc.sentences()) {
            if (anchor != null && s.index() - tokens.get(anchor.first()).sentence() > 3) {
                anchor = null;
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                DateMention m = narrative(tokens, i, s.endToken(), anchor);
                if (m == null) {
                    m = at(tokens, i, s.endToken(), published);
                }
                if (m != null) {
                    // "the deadliest since Jan. 8, when two bombs hit a factory": the bound is itself a day told of
                    boolean toldOf = m.end() + 1 < s.endToken() && tokens.get(m.end()).is(",")
                            && tokens.get(m.end() + 1).is("when");
                    if (!opensPeriod(tokens, s, i) || toldOf) {
                        out.add(m);
                        if (m.date() != null && m.precision() == DatePrecision.DAY) {
                            anchor = m;
                        }
                    }
                    i = m.end() - 1;
                }
            }
        }
        return out;
    }

    /**
     * "the previous day", "the day before", "a day later", "the next day": counted from the day the
     * narrative last gave ("On Friday the Taliban took Zaranj, and a day later Sheberghan"), or null when
     * it gave none (then they count from publication).
     */
    private static DateMention narrative(List<Token> tokens, int i, int limit, DateMention anchor) {
        if (anchor == null || i + 2 >= limit) {
            return null;
        }
        String f = tokens.get(i).folded();
        String next = tokens.get(i + 1).folded();
        String after = tokens.get(i + 2).folded();
        if (!(f.equals("the") || f.equals("a") || f.equals("one"))) {
            return null;
        }
        if ((next.equals("previous") || next.equals("preceding")) && after.equals("day")) {
            return new DateMention(i, i + 3, anchor.date().minusDays(1), DatePrecision.DAY);
        }
        if (next.equals("day") && (after.equals("before") || after.equals("earlier"))) {
            return new DateMention(i, i + 3, anchor.date().minusDays(1), DatePrecision.DAY);
        }
        if (f.equals("a") && next.equals("day") && after.equals("after")) {
            // "took Kandahar on Friday, a day after seizing Herat": what follows happened the day before
            return new DateMention(i, i + 3, anchor.date().minusDays(1), DatePrecision.DAY);
        }
        if (next.equals("day") && after.equals("later")) {
            return new DateMention(i, i + 3, anchor.date().plusDays(1), DatePrecision.DAY);
        }
        if ((next.equals("next") || next.equals("following")) && after.equals("day")) {
            return new DateMention(i, i + 3, anchor.date().plusDays(1), DatePrecision.DAY);
        }
        return null;
    }

    private DateMention at(List<Token> tokens, int i, int limit, LocalDate pub) {
        Token t = tokens.get(i);
        String f = t.folded();
        if (t.type() == Token.Type.PUNCT || t.isWord() && !Character.isDigit(f.charAt(0)) && !WORD_STARTS.contains(f)) {
            return null; // most words: no date starts with them
        }
        DateMention night = nightOf(tokens, i, limit, pub);
        if (night != null) {
            return night;
        }
        DateMention absolute = absolute(tokens, i, limit, pub);
        if (absolute != null) {
            return absolute;
        }
        DateMention holiday = holiday(tokens, i, limit, pub);
        if (holiday != null) {
            return holiday;
        }
        if (pub == null) {
            return null;
        }
        DateMention ago = ago(tokens, i, limit, pub);
        if (ago != null) {
            return ago;
        }
        if (WEEKDAYS.containsKey(f) && t.isCapitalized() && !afterClockTime(tokens, i)) {
            LocalDate d = pub;
            while (d.getDayOfWeek() != WEEKDAYS.get(f)) {
                d = d.minusDays(1);
            }
            return new DateMention(i, i + 1, d, DatePrecision.DAY);
        }
        switch (f) {
            case "yesterday":
                return new DateMention(i, i + 1, pub.minusDays(1), DatePrecision.DAY);
            case "today", "tonight", "overnight":
                return new DateMention(i, i + 1, pub, DatePrecision.DAY);
            case "last", "this", "earlier", "past", "over", "at", "a", "the":
                return relative(tokens, i, limit, pub);
            default:
                break;
        }
        if (VAGUE.contains(f)) {
            return new DateMention(i, i + 1, null, DatePrecision.UNKNOWN);
        }
        return null;
    }

    /**
     * "the night of 6 to 7 May", "between the night of May 6 and 7", "on the night of 6-7 May": a night is
     * dated by its later day.
     */
    private static DateMention nightOf(List<Token> tokens, int i, int limit, LocalDate pub) {
        if (!tokens.get(i).is("night") || i + 2 >= limit || !tokens.get(i + 1).is("of")) {
            return null;
        }
        int k = i + 2;
        if (tokens.get(k).is("the")) {
            k++;
        }
        Month month = null;
        Integer first = null;
        if (k < limit && MONTHS.containsKey(tokens.get(k).folded()) && tokens.get(k).isCapitalized()) {
            month = MONTHS.get(tokens.get(k).folded());
            k++;
        }
        if (k < limit) {
            first = dayNumber(tokens.get(k));
        }
        if (first == null || k + 2 >= limit + 1) {
            return null;
        }
        k++;
        if (k < limit && (tokens.get(k).is("to") || tokens.get(k).is("and") || tokens.get(k).text().equals("-")
                || tokens.get(k).text().equals("\u2013"))) {
            k++;
        } else {
            return null;
        }
        Integer second = k < limit ? dayNumber(tokens.get(k)) : null;
        if (second == null) {
            return null;
        }
        k++;
        if (month == null && k < limit && MONTHS.containsKey(tokens.get(k).folded())) {
            month = MONTHS.get(tokens.get(k).folded());
            k++;
        }
        if (month == null) {
            return null;
        }
        Integer year = k < limit ? year(tokens.get(k)) : null;
        DateMention d = day(i, year != null ? k + 1 : k, second, month, year, pub);
        return d;
    }

    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    /**
     * Every word, folded, that a date found by {@link #at} can start with: months, weekdays, the words of
     * its own cases, {@link #VAGUE} and the counts of {@link #COUNTS} (numbers aside).
     */
    private static final Set<String> WORD_STARTS = WordSet.copyOf(java.util.stream.Stream.of(MONTHS.keySet().stream(),
            WEEKDAYS.keySet().stream(), VAGUE.stream(), COUNTS.keySet().stream(),
            java.util.stream.Stream.of("night", "yesterday", "today", "tonight", "overnight", "last", "this", "earlier",
                    "past", "over", "at", "a", "the", "christmas", "new")).flatMap(w -> w).toList());

    /** "three days ago", "a week ago", "just over a week ago", "two weeks ago": counted back from publication. */
    private static DateMention ago(List<Token> tokens, int i, int limit, LocalDate pub) {
        Integer n = COUNTS.get(tokens.get(i).folded());
        if (n == null && tokens.get(i).type() == Token.Type.NUMBER && tokens.get(i).text().length() <= 2) {
            n = Integer.parseInt(tokens.get(i).text());
        }
        if (n == null || i + 2 >= limit || !tokens.get(i + 2).is("ago")) {
            return null;
        }
        String unit = tokens.get(i + 1).folded();
        return switch (unit) {
            case "day", "days" -> new DateMention(i, i + 3, pub.minusDays(n), DatePrecision.DAY);
            case "week", "weeks" -> new DateMention(i, i + 3, pub.minusDays(7L * n).with(DayOfWeek.MONDAY), DatePrecision.WEEK);
            case "month", "months" -> new DateMention(i, i + 3, pub.minusMonths(n).withDayOfMonth(1), DatePrecision.MONTH,
                    n > 1);
            default -> null;
        };
    }

    /** Whether the words at {@code i} name one day ("Sunday", "Jan. 10", "yesterday"), whenever it falls. */
    public boolean namesADay(List<Token> tokens, int i, int limit) {
        DateMention m = at(tokens, i, limit, LocalDate.EPOCH);
        return m != null && m.precision() == DatePrecision.DAY;
    }

    /** "since Jan. 10", "until Friday": the bound of a period, not the day something happened. */
    private static boolean opensPeriod(List<Token> tokens, Sentence s, int i) {
        // "since the incursion began Aug. 6"
        for (int j = i - 1; j >= Math.max(s.firstToken(), i - 5); j--) {
            if (tokens.get(j).type() == Token.Type.PUNCT) {
                break;
            }
            if (tokens.get(j).is("since") || tokens.get(j).is("until")) {
                return true;
            }
        }
        int k = i - 1;
        if (k >= s.firstToken() && (tokens.get(k).is("on") || tokens.get(k).is("the"))) {
            k--;
        }
        if (k < s.firstToken()) {
            return false;
        }
        String f = tokens.get(k).folded();
        if (f.equals("by") && WEEKDAYS.containsKey(tokens.get(i).folded())) {
            return false; // "by Tuesday night, troops had clashed": what was so on Tuesday
        }
        return f.equals("since") || f.equals("until") || f.equals("till") || f.equals("by") || f.equals("before");
    }

    /** "(2220 GMT Sunday)": a clock time in another zone restates the day, it does not date the event. */
    private static boolean afterClockTime(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String prev = tokens.get(i - 1).folded();
        return prev.equals("gmt") || prev.equals("utc");
    }

    /** "last week", "last night", "this week", "earlier this week", "last month", "earlier". */
    private static DateMention relative(List<Token> tokens, int i, int limit, LocalDate pub) {
        String next = i + 1 < limit ? tokens.get(i + 1).folded() : "";
        String after = i + 2 < limit ? tokens.get(i + 2).folded() : "";
        String f = tokens.get(i).folded();
        if ((f.equals("over") || f.equals("at") || f.equals("this") || f.equals("last")) && next.equals("the") && after.equals("weekend")
                || (f.equals("this") || f.equals("last")) && next.equals("weekend")) {
            LocalDate d = pub.minusDays(1);
            while (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
                d = d.minusDays(1);
            }
            int end = next.equals("weekend") ? i + 2 : i + 3;
            return new DateMention(i, end, d, DatePrecision.WEEK);
        }
        if ((f.equals("a") || f.equals("the")) && next.equals("day") && (after.equals("after") || after.equals("before")
                || after.equals("earlier"))) {
            return new DateMention(i, i + 3, pub.minusDays(1), DatePrecision.DAY);
        }
        if (f.equals("the") && next.equals("previous") && after.equals("day")) {
            return new DateMention(i, i + 3, pub.minusDays(1), DatePrecision.DAY);
        }
        if (f.equals("a") || f.equals("the") || f.equals("over") || f.equals("at")) {
            return null;
        }
        if (f.equals("earlier") && next.equals("this") && after.equals("week")) {
            return new DateMention(i, i + 3, pub.with(DayOfWeek.MONDAY), DatePrecision.WEEK);
        }
        if (f.equals("earlier") && next.equals("this") && after.equals("month")) {
            // "earlier this month, the military had struck ...": an episode recalled, not the news
            return new DateMention(i, i + 3, pub.withDayOfMonth(1), DatePrecision.MONTH, true);
        }
        if (f.equals("earlier") && (next.equals("today") || next.equals("on"))) {
            return next.equals("today") ? new DateMention(i, i + 2, pub, DatePrecision.DAY) : null;
        }
        if ((f.equals("earlier") || f.equals("later")) && next.equals("in") && after.equals("the")) {
            return null; // "earlier in the day": the day the story is about
        }
        if (f.equals("earlier") && next.equals("this") && after.equals("year")) {
            return new DateMention(i, i + 3, null, DatePrecision.UNKNOWN, true);
        }
        if (f.equals("last") && (next.equals("summer") || next.equals("winter") || next.equals("spring")
                || next.equals("autumn") || next.equals("fall"))) {
            return new DateMention(i, i + 2, null, DatePrecision.UNKNOWN, true);
        }
        if (f.equals("last") && next.equals("year")) {
            return new DateMention(i, i + 2, null, DatePrecision.UNKNOWN, true);
        }
        if (f.equals("earlier") && i > 0 && SHORT_SPANS.contains(tokens.get(i - 1).folded())) {
            return null; // "Hours earlier, Israeli jets struck": the day the story is about, as "earlier in the day"
        }
        if (f.equals("earlier")) {
            return new DateMention(i, i + 1, null, DatePrecision.UNKNOWN);
        }
        if ((f.equals("last") || f.equals("past")) && next.equals("week")) {
            return new DateMention(i, i + 2, pub.minusDays(7).with(DayOfWeek.MONDAY), DatePrecision.WEEK);
        }
        if (f.equals("this") && next.equals("week")) {
            return new DateMention(i, i + 2, pub.with(DayOfWeek.MONDAY), DatePrecision.WEEK);
        }
        if (f.equals("last") && next.equals("month")) {
            return new DateMention(i, i + 2, pub.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
        }
        if (f.equals("last") && next.equals("night")) {
            return new DateMention(i, i + 2, pub, DatePrecision.DAY); // a night is dated by its later day
        }
        if (f.equals("last") && next.equals("evening")) {
            return new DateMention(i, i + 2, pub.minusDays(1), DatePrecision.DAY);
        }
        if (f.equals("this") && (next.equals("morning") || next.equals("afternoon") || next.equals("evening"))) {
            return new DateMention(i, i + 2, pub, DatePrecision.DAY);
        }
        if ((f.equals("last") || f.equals("past")) && WEEKDAYS.containsKey(next)) {
            LocalDate d = pub.minusDays(1);
            while (d.getDayOfWeek() != WEEKDAYS.get(next)) {
                d = d.minusDays(1);
            }
            return new DateMention(i, i + 2, d, DatePrecision.DAY);
        }
        return null;
    }

    /** "3 July 2022", "July 3, 2022", "Oct 17", "Oct. 7", "in March", "2022-07-03". */
    private static DateMention absolute(List<Token> tokens, int i, int limit, LocalDate pub) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER && t.text().length() == 4 && i + 4 < limit
                && tokens.get(i + 1).text().equals("-") && tokens.get(i + 3).text().equals("-")) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(t.text()), Integer.parseInt(tokens.get(i + 2).text()),
                        Integer.parseInt(tokens.get(i + 4).text()));
                return new DateMention(i, i + 5, d, DatePrecision.DAY);
            } catch (RuntimeException e) {
                return null;
            }
        }
        DateMention dotted = dotted(tokens, i, limit);
        if (dotted != null) {
            return dotted;
        }
        Integer day = dayNumber(t);
        if (day != null && i + 1 < limit && MONTHS.containsKey(tokens.get(i + 1).folded()) && tokens.get(i + 1).isCapitalized()) {
            int j = i + 2;
            Integer year = j < limit ? year(tokens.get(j)) : null;
            return day(i, year != null ? j + 1 : j, day, MONTHS.get(tokens.get(i + 1).folded()), year, pub);
        }
        if (MONTHS.containsKey(t.folded()) && t.isCapitalized() && !(t.folded().equals("may") && !monthContext(tokens, i, limit))) {
            int j = i + 1;
            if (j < limit && tokens.get(j).text().equals(".")) {
                j++;
            }
            Integer d = j < limit ? dayNumber(tokens.get(j)) : null;
            if (d != null) {
                int k = j + 1;
                if (k < limit && tokens.get(k).text().equals(",")) {
                    k++;
                }
                Integer year = k < limit ? year(tokens.get(k)) : null;
                return day(i, year != null ? k + 1 : j + 1, d, MONTHS.get(t.folded()), year, pub);
            }
            Integer year = j < limit ? year(tokens.get(j)) : null;
            if (year == null && pub == null) {
                return null;
            }
            int y = year != null ? year : pub.getYear();
            LocalDate first = LocalDate.of(y, MONTHS.get(t.folded()), 1);
            if (year == null && first.isAfter(pub)) {
                first = first.minusYears(1);
            }
            return new DateMention(i, year != null ? j + 1 : i + 1, first, DatePrecision.MONTH);
        }
        return null;
    }

    /** "08.10.2022", "8/10/2022" written day first, as most of the world writes dates: only with a four-digit year. */
    private static DateMention dotted(List<Token> tokens, int i, int limit) {
        String s = tokens.get(i).text();
        if (s.length() < 8 || s.indexOf('.') < 0 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        java.util.regex.Matcher mt = DOTTED.matcher(s);
        if (!mt.matches()) {
            return null;
        }
        try {
            return new DateMention(i, i + 1, LocalDate.of(Integer.parseInt(mt.group(3)), Integer.parseInt(mt.group(2)),
                    Integer.parseInt(mt.group(1))), DatePrecision.DAY);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private static boolean monthContext(List<Token> tokens, int i, int limit) {
        return (i + 1 < limit && (dayNumber(tokens.get(i + 1)) != null || year(tokens.get(i + 1)) != null))
                || (i > 0 && (tokens.get(i - 1).is("in") || dayNumber(tokens.get(i - 1)) != null));
    }

    private static DateMention day(int first, int end, int day, Month month, Integer year, LocalDate pub) {
        if (year == null && pub == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(year != null ? year : pub.getYear(), month, day);
            if (year == null && d.isAfter(pub.plusDays(1))) {
                d = d.minusYears(1);
            }
            return new DateMention(first, end, d, DatePrecision.DAY);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * "Christmas Eve", "on Christmas Day in 2023", "New Year's Eve 2022": a holiday of fixed date, in the year told
     * or the last one before publication.
     */
    private static DateMention holiday(List<Token> tokens, int i, int limit, LocalDate pub) {
        int k = i;
        Month month;
        int day;
        if (tokens.get(k).is("christmas") && tokens.get(k).isCapitalized()) {
            k++;
            boolean eve = k < limit && tokens.get(k).is("eve");
            if (k < limit && (eve || tokens.get(k).is("day"))) {
                k++;
            }
            month = Month.DECEMBER;
            day = eve ? 24 : 25;
        } else if (tokens.get(k).is("new") && tokens.get(k).isCapitalized() && k + 3 < limit && tokens.get(k + 1).is("year")
                && tokens.get(k + 2).folded().equals("s") && (tokens.get(k + 3).is("eve") || tokens.get(k + 3).is("day"))) {
            boolean eve = tokens.get(k + 3).is("eve");
            k += 4;
            month = eve ? Month.DECEMBER : Month.JANUARY;
            day = eve ? 31 : 1;
        } else {
            return null;
        }
        Integer year = null;
        if (k < limit && year(tokens.get(k)) != null) {
            year = year(tokens.get(k++));
        } else if (k + 1 < limit && (tokens.get(k).is("in") || tokens.get(k).is(",")) && year(tokens.get(k + 1)) != null) {
            year = year(tokens.get(k + 1));
            k += 2;
        }
        return day(i, k, day, month, year, pub);
    }

    /** "7", "07", "7th", "21st": a day of the month. */
    private static Integer dayNumber(Token t) {
        String s = t.folded();
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return null;
        }
        String suffix = s.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return null;
        }
        int d = Integer.parseInt(s.substring(0, digits));
        return d >= 1 && d <= 31 ? d : null;
    }

    private static Integer year(Token t) {
        if (t.type() != Token.Type.NUMBER || t.text().length() != 4) {
            return null;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100 ? y : null;
    }
}
