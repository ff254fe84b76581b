package org.sitrep.gazetteer.format;

import java.util.List;

/**
 * The uncompressed head of an index file: enough to tell whether this build can read it and where
 * its data came from, without inflating the payload.
 */
public record IndexHeader(int formatVersion, List<SourceFile> sources) {
    public IndexHeader {
        sources = List.copyOf(sources);
    }
}
