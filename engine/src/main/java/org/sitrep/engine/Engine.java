package org.sitrep.engine;

import java.util.List;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/** Article in, events and claims out. Immutable and thread-safe once built. */
public final class Engine {
    private final PlaceIndex places;
    private final Knowledge knowledge;

    public Engine(PlaceIndex places, Knowledge knowledge) {
        this.places = places;
        this.knowledge = knowledge;
    }

    /** Reads one article. Never fails on the content of the text; an article with nothing to report gives no events. */
    public Extraction extract(Article article) {
        return new Extraction(article.id(), List.of());
    }
}
