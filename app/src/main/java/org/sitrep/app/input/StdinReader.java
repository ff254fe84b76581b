package org.sitrep.app.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input ({@code -}): JSON Lines when the first character that is not white space is
 * {@code {}, otherwise one plain-text article with id {@code stdin}. Deciding from the first
 * character lets a pipe of JSON lines stream instead of being read whole.
 */
public final class StdinReader implements ArticleReader {
    /** How far white space before the first character may run before the input is taken as text. */
    private static final int PEEK = 64 * 1024;
    private final long maxBytes;

    public StdinReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Source source, ArticleSink sink) throws InputProblem {
        try {
            BufferedInputStream in = new BufferedInputStream(source.open(), PEEK);
            Source buffered = new Source(source.name(), source.defaultId(), -1, () -> in);
            if (startsWithBrace(in)) {
                new JsonLinesReader(maxBytes).read(buffered, sink);
            } else {
                TextArticleReader.readBytes(buffered, BoundedRead.readAll(buffered, maxBytes), sink);
            }
        } catch (IOException e) {
            throw BoundedRead.unreadable(source.name(), e);
        }
    }

    /** Reads byte by byte, so that a slow pipe is not made to fill a buffer before the first line goes through. */
    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        try {
            int b = in.read();
            if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                b = in.read();
            }
            for (int n = 0; b >= 0 && Character.isWhitespace(b) && n < PEEK - 4; n++) {
                b = in.read();
            }
            return b == '{';
        } finally {
            in.reset();
        }
    }
}
