package org.sitrep.engine;

import java.util.List;
import java.util.Map;
import org.sitrep.engine.claim.ClaimFinder;
import org.sitrep.engine.frame.EventAssembler;
import org.sitrep.engine.frame.Frame;
import org.sitrep.engine.frame.FrameFinder;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.mention.MentionFinder;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.model.Article;
import org.sitrep.engine.claim.SourcedClaim;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/** Article in, events and claims out. Immutable and thread-safe once built. */
public final class Engine {
    private final Segmenter segmenter = new Segmenter();
    private final MentionFinder mentions;
    private final FrameFinder frames;
    private final ClaimFinder claims = new ClaimFinder();
    private final EventAssembler assembler = new EventAssembler();

    public Engine(PlaceIndex places, Knowledge knowledge) {
        this.mentions = new MentionFinder(places, knowledge);
        this.frames = new FrameFinder(knowledge);
    }

    /** Reads one article. Never fails on the content of the text; an article with nothing to report gives no events. */
    public Extraction extract(Article article) {
        Document doc = segmenter.segment(article.text());
        Mentions m = mentions.find(doc, article.published());
        List<Frame> found = frames.find(doc, m, article.published());
        Map<Frame, List<SourcedClaim>> claimed = claims.find(doc, m, found);
        List<Event> events = assembler.assemble(article.id(), doc, m, found, claimed);
        return new Extraction(article.id(), events);
    }
}
