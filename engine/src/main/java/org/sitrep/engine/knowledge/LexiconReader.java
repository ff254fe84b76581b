package org.sitrep.engine.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the common line format of lexicon files; '#' starts a comment, blank lines are skipped. */
final class LexiconReader {
    private LexiconReader() {
    }

    static List<LexiconLine> read(String source, Reader content) throws KnowledgeFormatException {
        List<LexiconLine> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(content)) {
            String raw;
            int number = 0;
            while ((raw = r.readLine()) != null) {
                number++;
                LexiconLine line = parse(source, number, raw);
                if (line != null) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static LexiconLine parse(String source, int number, String raw) throws KnowledgeFormatException {
        int hash = raw.indexOf('#');
        String s = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (s.isEmpty()) {
            return null;
        }
        boolean removal = s.startsWith("-");
        if (removal) {
            s = s.substring(1).strip();
        }
        String[] cols = s.split("\\|", -1);
        List<String> phrases = new ArrayList<>();
        for (String p : cols[0].split(",")) {
            if (!p.isBlank()) {
                phrases.add(p.strip());
            }
        }
        if (phrases.isEmpty()) {
            throw new KnowledgeFormatException(source + ":" + number + ": no phrase before the first '|'");
        }
        List<String> fields = Arrays.stream(cols).skip(1).map(String::strip).toList();
        return new LexiconLine(source, number, List.copyOf(phrases), fields, removal);
    }
}
