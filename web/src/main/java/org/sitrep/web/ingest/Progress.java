package org.sitrep.web.ingest;

/** What an ingest tells about its batch as it goes. */
public interface Progress {
    /** The batch holds this many articles (known once its files are read). */
    void total(int articles);

    /** One article was stored ("added", "reextracted") or was stored already ("unchanged"). */
    void stored(String outcome);

    /** The incidents the batch's stored articles report (new ones, or ones they were merged into). */
    void incidents(java.util.Collection<Long> ids);

    /** One article of the batch could not be stored: the one-line reason, naming it. */
    void skipped(String problem);

    /** A file could not be read at all (its articles are not counted): the one-line reason, naming it. */
    void failed(String problem);
}
