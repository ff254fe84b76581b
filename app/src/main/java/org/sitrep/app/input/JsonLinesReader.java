package org.sitrep.app.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON Lines: one article object per line, streamed, so a file can be far larger than the
 * per-line limit. A bad line is reported as {@code file:LINE} and the next line is read; blank lines
 * are skipped; a line's id defaults to the file name and line number.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final int SNIFF = 8 * 1024;
    private final long maxBytes;

    public JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(Source source, ArticleSink sink) throws InputProblem {
        try (InputStream in = new BufferedInputStream(source.open(), 64 * 1024)) {
            checkHead(source, in);
            LineSplitter lines = new LineSplitter(in, maxBytes);
            int records = 0;
            for (LineSplitter.Line line; (line = lines.next()) != null; ) {
                records += readLine(source, line, sink) ? 1 : 0;
            }
            TextBytes.checkNotEmpty(source.name(), lines.total());
            if (records == 0) {
                throw new InputProblem(source.name(), "no JSON lines (only white space)");
            }
        } catch (IOException e) {
            throw BoundedRead.unreadable(source.name(), e);
        }
    }

    /**
     * Refuses a binary file as a whole from its first block, rather than with one message per
     * "line" of it; skips a UTF-8 byte order mark. A stream of unknown size (a pipe) is not sniffed,
     * so that its first line goes through without waiting for a block to fill.
     */
    private static void checkHead(Source source, InputStream in) throws IOException, InputProblem {
        if (source.size() < 0) {
            skipBom(in);
            return;
        }
        in.mark(SNIFF);
        byte[] head = BoundedRead.readUpTo(in, SNIFF);
        in.reset();
        Optional<String> binary = TextBytes.binaryReason(head, head.length);
        if (binary.isPresent()) {
            throw new InputProblem(source.name(), binary.get());
        }
        skipBom(in);
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        if (in.read() != 0xEF || in.read() != 0xBB || in.read() != 0xBF) {
            in.reset();
        }
    }

    /** @return whether the line held a record (good or bad), as opposed to being blank */
    private boolean readLine(Source source, LineSplitter.Line line, ArticleSink sink) {
        String where = source.line(line.number());
        try {
            if (line.tooLong()) {
                throw BoundedRead.tooLarge(where, line.length(), maxBytes);
            }
            String json = decode(where, line.bytes());
            if (json.isBlank()) {
                return false;
            }
            sink.accept(new InputArticle(where, JsonArticles.toArticle(where,
                    JsonArticles.parse(where, json, false), source.defaultId() + "-" + line.number())));
        } catch (InputProblem p) {
            sink.reject(p);
        }
        return true;
    }

    private static String decode(String where, byte[] bytes) throws InputProblem {
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new InputProblem(where, "not text (binary content, NUL byte at column " + (nul + 1) + ")");
        }
        try {
            return TextBytes.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        } catch (TextBytes.BadBytes bad) {
            throw new InputProblem(where, "not valid UTF-8 (" + bad.describe(bytes, false) + " of the line)");
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
