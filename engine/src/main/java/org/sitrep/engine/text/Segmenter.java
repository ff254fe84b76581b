package org.sitrep.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Document}: paragraphs are lines, sentences end at '.', '!' or '?' (with any closing
 * quotes or brackets) before a word that can open a sentence, except after abbreviations such as
 * "Gen." or "St." and single initials.
 */
public final class Segmenter {

    private static final Set<String> ABBREVIATIONS = WordSet.of(
            "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "st", "mt", "ft",
            "gov", "sen", "rep", "pres", "prof", "rev", "hon", "no", "nos", "vs", "etc", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "jr",
            "sr", "brig", "lieut", "cmdr", "approx", "est", "fig", "al");

    private final Tokenizer tokenizer = new Tokenizer();
    private final Vocabulary vocabulary;

    /** A segmenter whose tokens leave every lexicon to look for itself. */
    public Segmenter() {
        this(Vocabulary.NONE);
    }

    /** A segmenter whose tokens are told what the lexicons of {@code vocabulary} know of their words. */
    public Segmenter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Document segment(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4); // a token per five characters or so: room enough never to regrow
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            List<Token> line = tokenizer.tokenize(text, lineStart, lineEnd, tokens.size());
            if (!line.isEmpty()) {
                splitLine(line, paragraph, tokens, sentences);
                paragraph++;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new Document(text, sentences, tokens);
    }

    private void splitLine(List<Token> line, int paragraph, List<Token> tokens, List<Sentence> sentences) {
        int from = 0;
        for (int i = 0; i < line.size(); i++) {
            if (endsSentence(line, i)) {
                int end = i + 1;
                while (end < line.size() && isCloser(line, end)) {
                    end++;
                }
                add(line, from, end, paragraph, tokens, sentences);
                from = end;
                i = end - 1;
            }
        }
        if (from < line.size()) {
            add(line, from, line.size(), paragraph, tokens, sentences);
        }
    }

    private static boolean endsSentence(List<Token> line, int i) {
        Token t = line.get(i);
        if (t.type() != Token.Type.PUNCT) {
            return false;
        }
        String p = t.text();
        if (!(p.equals(".") || p.equals("!") || p.equals("?"))) {
            return false;
        }
        int next = i + 1;
        while (next < line.size() && isCloser(line, next)) {
            next++;
        }
        if (next >= line.size()) {
            return true;
        }
        Token n = line.get(next);
        boolean opens = n.isCapitalized() || n.type() == Token.Type.NUMBER || isOpener(n);
        if (!opens) {
            return false;
        }
        if (p.equals(".") && i > 0) {
            Token prev = line.get(i - 1);
            if (prev.end() == t.start() && prev.isWord()) {
                String w = prev.folded();
                if (ABBREVIATIONS.contains(w) || (prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0)))
                        || prev.text().indexOf('.') > 0 || dottedLetters(line, i - 1)) {
                    return false; // "Gen.", "J.", "U.S." (its last dot is a token of its own), "6:30 a.m. Moscow time"
                }
            }
            if (n.text().equals("-") && n.start() == line.get(next - 1).end()) {
                return false; // "U.S.-made"
            }
        }
        return true;
    }

    /** "a.m", "p.m", "e.g": a single letter right after another letter's dot, the end of letters joined by dots. */
    private static boolean dottedLetters(List<Token> line, int k) {
        if (k < 2 || line.get(k).text().length() != 1 || !line.get(k - 1).text().equals(".")
                || line.get(k - 2).text().length() != 1 || !line.get(k - 2).isWord()) {
            return false;
        }
        return line.get(k - 1).start() == line.get(k - 2).end() && line.get(k).start() == line.get(k - 1).end();
    }

    /**
     * A mark that closes what the sentence opened: ')' and ']', a closing curly quote, or a straight
     * quote that is not glued to the word after it.
     */
    private static boolean isCloser(List<Token> line, int k) {
        Token t = line.get(k);
        if (t.type() != Token.Type.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        if (c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB') {
            return true;
        }
        if (c == '"' || c == '\'') {
            return k + 1 >= line.size() || line.get(k + 1).start() > t.end();
        }
        return false;
    }

    private static boolean isOpener(Token t) {
        if (t.type() != Token.Type.PUNCT) {
            return false;
        }
        String f = t.folded();
        return f.equals("\"") || f.equals("'") || f.equals("(") || f.equals("[") || f.equals("-");
    }

    private void add(List<Token> line, int from, int to, int paragraph, List<Token> tokens, List<Sentence> sentences) {
        int index = sentences.size();
        int first = tokens.size();
        for (int k = from; k < to; k++) {
            Token t = line.get(k);
            tokens.add(vocabulary.known(t, tokens.size(), index));
        }
        sentences.add(new Sentence(index, paragraph, line.get(from).start(), line.get(to - 1).end(), first, tokens.size()));
    }
}
