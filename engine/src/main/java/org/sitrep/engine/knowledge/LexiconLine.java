package org.sitrep.engine.knowledge;

import java.util.List;

/**
 * One line of a lexicon file: {@code phrase, phrase, ... | field | field}. A line starting with
 * {@code -} removes its phrases from what earlier files defined.
 *
 * @param source  file name, for error messages
 * @param number  line number (1-based)
 * @param phrases the phrases before the first '|'
 * @param fields  the fields after it, trimmed
 * @param removal whether the line removes its phrases
 */
public record LexiconLine(String source, int number, List<String> phrases, List<String> fields, boolean removal) {

    public String field(int i) throws KnowledgeFormatException {
        if (i >= fields.size() || fields.get(i).isEmpty()) {
            throw error("expected " + (i + 2) + " '|'-separated columns, found " + (fields.size() + 1));
        }
        return fields.get(i);
    }

    public String optionalField(int i) {
        return i < fields.size() && !fields.get(i).isEmpty() ? fields.get(i) : null;
    }

    public KnowledgeFormatException error(String problem) {
        return new KnowledgeFormatException(source + ":" + number + ": " + problem);
    }
}
