package org.sitrep.engine.knowledge;

/** A lexicon file line that cannot be read; the message names the file, the line and the problem. */
public final class KnowledgeFormatException extends Exception {
    public KnowledgeFormatException(String message) {
        super(message);
    }
}
