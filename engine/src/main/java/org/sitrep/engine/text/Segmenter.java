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
        TokenParts line = new TokenParts();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            line.clear();
            tokenizer.tokenize(text, lineStart, lineEnd, line);
            if (line.size > 0) {
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

    private void splitLine(TokenParts line, int paragraph, List<Token> tokens, List<Sentence> sentences) {
        int from = 0;
        for (int i = 0; i < line.size; i++) {
            if (endsSentence(line, i)) {
                int end = i + 1;
                while (end < line.size && isCloser(line, end)) {
                    end++;
                }
                add(line, from, end, paragraph, tokens, sentences);
                from = end;
                i = end - 1;
            }
        }
        if (from < line.size) {
            add(line, from, line.size, paragraph, tokens, sentences);
        }
    }

    private static boolean endsSentence(TokenParts line, int i) {
        if (line.type[i] != Token.Type.PUNCT) {
            return false;
        }
        String p = line.text[i];
        if (!(p.equals(".") || p.equals("!") || p.equals("?"))) {
            return false;
        }
        int next = i + 1;
        while (next < line.size && isCloser(line, next)) {
            next++;
        }
        if (next >= line.size) {
            return true;
        }
        boolean opens = line.isCapitalized(next) || line.type[next] == Token.Type.NUMBER || isOpener(line, next);
        if (!opens) {
            return false;
        }
        if (p.equals(".") && i > 0) {
            int prev = i - 1;
            if (line.end[prev] == line.start[i] && line.type[prev] == Token.Type.WORD) {
                String w = line.folded[prev];
                String written = line.text[prev];
                if (ABBREVIATIONS.contains(w) || (written.length() == 1 && Character.isUpperCase(written.charAt(0)))
                        || written.indexOf('.') > 0 || dottedLetters(line, prev)) {
                    return false; // "Gen.", "J.", "U.S." (its last dot is a token of its own), "6:30 a.m. Moscow time"
                }
            }
            if (line.text[next].equals("-") && line.start[next] == line.end[next - 1]) {
                return false; // "U.S.-made"
            }
        }
        return true;
    }

    /** "a.m", "p.m", "e.g": a single letter right after another letter's dot, the end of letters joined by dots. */
    private static boolean dottedLetters(TokenParts line, int k) {
        if (k < 2 || line.text[k].length() != 1 || !line.text[k - 1].equals(".") || line.text[k - 2].length() != 1
                || line.type[k - 2] != Token.Type.WORD) {
            return false;
        }
        return line.start[k - 1] == line.end[k - 2] && line.start[k] == line.end[k - 1];
    }

    /**
     * A mark that closes what the sentence opened: ')' and ']', a closing curly quote, or a straight
     * quote that is not glued to the word after it.
     */
    private static boolean isCloser(TokenParts line, int k) {
        if (line.type[k] != Token.Type.PUNCT) {
            return false;
        }
        char c = line.text[k].charAt(0);
        if (c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB') {
            return true;
        }
        if (c == '"' || c == '\'') {
            return k + 1 >= line.size || line.start[k + 1] > line.end[k];
        }
        return false;
    }

    private static boolean isOpener(TokenParts line, int k) {
        if (line.type[k] != Token.Type.PUNCT) {
            return false;
        }
        String f = line.folded[k];
        return f.equals("\"") || f.equals("'") || f.equals("(") || f.equals("[") || f.equals("-");
    }

    private void add(TokenParts line, int from, int to, int paragraph, List<Token> tokens, List<Sentence> sentences) {
        int index = sentences.size();
        int first = tokens.size();
        for (int k = from; k < to; k++) {
            tokens.add(vocabulary.token(tokens.size(), line.start[k], line.end[k], line.text[k], line.folded[k],
                    line.type[k], index, line.shape[k]));
        }
        sentences.add(new Sentence(index, paragraph, line.start[from], line.end[to - 1], first, tokens.size()));
    }
}
