package org.sitrep.ledger.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.ledger.feed.Feed;

/** A feed and its health as {@code sitrep feeds --format jsonl} and the web API show it (one shape for both). */
public final class FeedJson {
    private FeedJson() {
    }

    public static Map<String, Object> of(Feed f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", f.url());
        m.put("title", f.title());
        m.put("health", f.health().code());
        m.put("failures", f.failures());
        m.put("lastFetchAt", f.lastFetchAt());
        m.put("lastOkAt", f.lastOkAt());
        m.put("lastStatus", f.lastStatus());
        m.put("nextFetchAt", f.nextFetchAt());
        m.put("itemsSeen", f.itemsSeen());
        m.put("itemsStored", f.itemsStored());
        m.put("itemsRefused", f.itemsRefused());
        m.put("addedAt", f.addedAt());
        return m;
    }
}
