package org.sitrep.web.ingest;

import java.util.List;

/** Reads a batch of uploads, extracts their articles and stores them in the ledger. */
public interface ArticleIngest {
    void ingest(List<Upload> uploads, Progress progress);
}
