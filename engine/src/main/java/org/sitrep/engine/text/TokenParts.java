package org.sitrep.engine.text;

/**
 * The tokens of one line as the tokenizer cuts them, kept as columns until the segmenter knows their
 * sentences: each {@link Token} is then made once, in its place and sentence, with what the lexicons know
 * of its word, rather than made here and copied there. Reused line after line within one document.
 */
final class TokenParts {
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    String[] text = new String[64];
    String[] folded = new String[64];
    Token.Type[] type = new Token.Type[64];
    int[] shape = new int[64];

    void clear() {
        size = 0;
    }

    void add(int s, int e, String raw, String fold, Token.Type t) {
        if (size == start.length) {
            int n = size * 2;
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
            text = java.util.Arrays.copyOf(text, n);
            folded = java.util.Arrays.copyOf(folded, n);
            type = java.util.Arrays.copyOf(type, n);
            shape = java.util.Arrays.copyOf(shape, n);
        }
        start[size] = s;
        end[size] = e;
        text[size] = raw;
        folded[size] = fold;
        type[size] = t;
        shape[size] = Token.shapeOf(raw, t);
        size++;
    }

    boolean isCapitalized(int k) {
        return (shape[k] & Token.CAPITALIZED) != 0;
    }

    /** Token {@code k} as a token of its own, at position {@code index} of no sentence yet. */
    Token token(int k, int index) {
        return new Token(index, start[k], end[k], text[k], folded[k], type[k], -1, shape[k], Vocabulary.ALL);
    }
}
