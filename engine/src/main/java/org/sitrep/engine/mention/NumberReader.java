package org.sitrep.engine.mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Quantity;
import org.sitrep.engine.text.Token;
import org.sitrep.engine.text.WordSet;

/** Reads counts: digits, number words, vague quantities from the lexicon, and their bounds. */
public final class NumberReader {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("single", 1), Map.entry("dozen", 12));

    private final Knowledge knowledge;

    public NumberReader(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The number phrase that ends right before {@code end} (exclusive), looking back at most 6 tokens. */
    public NumberPhrase endingAt(List<Token> tokens, int from, int end) {
        for (int start = Math.max(from, end - 6); start < end; start++) {
            NumberPhrase p = startingAt(tokens, start, end);
            if (p != null && p.end() == end) {
                return p;
            }
        }
        return null;
    }

    private static final Set<String> MONTHS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** The number phrase starting at {@code i}, or null. */
    public NumberPhrase startingAt(List<Token> tokens, int i, int limit) {
        if (i > 0 && tokens.get(i).type() == Token.Type.NUMBER && (isMonth(tokens, i - 1) || isYear(tokens, i))) {
            return null; // "Oct 7", "since 2011": a date, not a count
        }
        int j = i;
        String mod = null;
        if (j + 1 < limit && (pair(tokens, j, "at", "least") || pair(tokens, j, "more", "than")
                || pair(tokens, j, "up", "to") || pair(tokens, j, "no", "fewer") || pair(tokens, j, "as", "many")
                || pair(tokens, j, "at", "most") || pair(tokens, j, "less", "than") || pair(tokens, j, "fewer", "than"))) {
            mod = tokens.get(j).folded() + " " + tokens.get(j + 1).folded();
            j += 2;
            if (j < limit && (tokens.get(j).is("than") || tokens.get(j).is("as"))) {
                j++;
            }
        } else if (j < limit && isSingleModifier(tokens.get(j).folded())) {
            mod = tokens.get(j).folded();
            j++;
        } else if (j < limit && tokens.get(j).is("between")) {
            Value a = value(tokens, j + 1, limit);
            if (a != null && a.end < limit && tokens.get(a.end).is("and")) {
                Value b = value(tokens, a.end + 1, limit);
                if (b != null) {
                    return new NumberPhrase(i, b.end, a.n, b.n, !a.vague && !b.vague);
                }
            }
            return null;
        }
        Value v = value(tokens, j, limit);
        if (v == null) {
            return null;
        }
        boolean approximate = mod != null && WordSet.of("about", "around", "nearly", "almost", "roughly", "approximately", "some").contains(mod);
        if (v.end + 1 < limit && (tokens.get(v.end).is("to") || dash(tokens.get(v.end))) && (mod == null || approximate)) {
            Value b = value(tokens, v.end + 1, limit);
            if (b != null && b.n > v.n && !b.vague) {
                return new NumberPhrase(i, b.end, v.n, b.n, !v.vague && mod == null); // "25-30", "around 25–30"
            }
        }
        if (mod == null) {
            return new NumberPhrase(i, v.end, v.n, null, !v.vague);
        }
        return switch (mod) {
            case "more than", "over", "no fewer", "above", "upwards", "exceeding" -> new NumberPhrase(i, v.end,
                    mod.equals("no fewer") ? v.n : v.n + 1, null, !v.vague);
            case "up to", "as many", "at most", "less than", "fewer than", "under" -> new NumberPhrase(i, v.end, null, v.n, false);
            default -> new NumberPhrase(i, v.end, v.n, null, !v.vague && !approximate);
        };
    }

    private static final Set<String> BEFORE_YEAR = WordSet.of("in", "since", "of", "until", "by", "from", "before", "after");

    private static boolean isYear(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (t.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(t);
        return y >= 1900 && y <= 2100 && BEFORE_YEAR.contains(tokens.get(i - 1).folded());
    }

    private static boolean isMonth(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.text().equals(".") && k > 0) {
            t = tokens.get(k - 1);
        }
        return t.isCapitalized() && MONTHS.contains(t.folded());
    }

    private static boolean dash(Token t) {
        String s = t.text();
        return s.equals("-") || s.equals("\u2013") || s.equals("\u2014") || s.equals("\u2012");
    }

    private static boolean isSingleModifier(String f) {
        return f.equals("over") || f.equals("about") || f.equals("around") || f.equals("nearly") || f.equals("almost")
                || f.equals("roughly") || f.equals("approximately") || f.equals("some") || f.equals("above")
                || f.equals("under") || f.equals("another") || f.equals("least");
    }

    private static boolean pair(List<Token> tokens, int j, String a, String b) {
        return tokens.get(j).is(a) && tokens.get(j + 1).is(b);
    }

    private record Value(int end, int n, boolean vague) {
    }

    private Value value(List<Token> tokens, int j, int limit) {
        if (j >= limit) {
            return null;
        }
        PhraseTrie.Match<Quantity> q = knowledge.quantities().longestAt(tokens, j, limit);
        if (q != null) {
            return new Value(q.end(), q.value().low(), true);
        }
        Token t = tokens.get(j);
        if (t.type() == Token.Type.NUMBER) {
            String digits = t.text().replace(",", "");
            if (digits.contains(".")) {
                return null;
            }
            try {
                int n = Integer.parseInt(digits);
                int end = j + 1;
                if (end < limit && (tokens.get(end).is("million") || tokens.get(end).is("thousand"))) {
                    return null; // money or population, not a casualty count
                }
                return new Value(end, n, false);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer w = WORDS.get(t.folded());
        if (w == null || ((t.is("a") || t.is("an") || t.is("single")) && !(j + 1 < limit && tokens.get(j + 1).is("dozen")))) {
            return null;
        }
        int n = w;
        int k = j + 1;
        // "twenty-one", "two dozen", "a hundred", "three hundred"
        if (k + 1 < limit && tokens.get(k).text().equals("-") && WORDS.containsKey(tokens.get(k + 1).folded())
                && WORDS.get(tokens.get(k + 1).folded()) < 10) {
            n += WORDS.get(tokens.get(k + 1).folded());
            k += 2;
        }
        if (k < limit && (tokens.get(k).is("dozen") || tokens.get(k).is("hundred"))) {
            n *= tokens.get(k).is("dozen") ? 12 : 100;
            k++;
        }
        return t.is("dozen") && n == 12 && k == j + 1 ? null : new Value(k, n, false);
    }
}
