package org.sitrep.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.claim.ClaimFinder;
import org.sitrep.engine.claim.SourcedClaim;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.frame.EventAssembler;
import org.sitrep.engine.frame.EventScorer;
import org.sitrep.engine.frame.Frame;
import org.sitrep.engine.frame.FrameFinder;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.mention.MentionFinder;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/** Article in, events and claims out. Immutable and thread-safe once built. */
public final class Engine {
    private final Segmenter segmenter = new Segmenter();
    private final MentionFinder mentions;
    private final FrameFinder frames;
    private final ClaimFinder claims = new ClaimFinder();
    private final EventAssembler assembler = new EventAssembler();
    private final EventScorer scorer;

    /** An engine with the event model shipped with sitrep. */
    public Engine(PlaceIndex places, Knowledge knowledge) {
        this(places, knowledge, EventScorer.shipped());
    }

    public Engine(PlaceIndex places, Knowledge knowledge, EventScorer scorer) {
        this.mentions = new MentionFinder(places, knowledge);
        this.frames = new FrameFinder(knowledge);
        this.scorer = scorer;
    }

    /** Reads one article. Never fails on the content of the text; an article with nothing to report gives no events. */
    public Extraction extract(Article article) {
        return report(article.id(), candidates(article), scorer::reports);
    }

    /** The extraction that reports the candidates {@code keep} accepts, numbered in text order. */
    public static Extraction report(String articleId, List<Candidate> candidates, java.util.function.Predicate<Candidate> keep) {
        List<Event> events = new ArrayList<>();
        for (Candidate c : candidates) {
            if (keep.test(c)) {
                events.add(renamed(c.event(), articleId + "#e" + (events.size() + 1)));
            }
        }
        return new Extraction(articleId, events);
    }

    /** The article's candidates with the probability the scorer gives each: why each event was or was not reported. */
    public List<Scored> explain(Article article) {
        List<Scored> out = new ArrayList<>();
        for (Candidate c : candidates(article)) {
            out.add(new Scored(c, scorer.probability(c), scorer.reports(c)));
        }
        return out;
    }

    /** A candidate, the scorer's probability for it, and whether it is reported. */
    public record Scored(Candidate candidate, double probability, boolean reported) {
    }

    /** Every event the article might report, each with the features the decision to report it weighs. */
    public List<Candidate> candidates(Article article) {
        Document doc = segmenter.segment(article.text());
        Mentions m = mentions.find(doc, article.published());
        List<Frame> found = frames.find(doc, m, article.published());
        Set<Frame> admitted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Frame> admittedList = new ArrayList<>();
        for (Frame f : found) {
            if (scorer.admits(f)) {
                admitted.add(f);
                admittedList.add(f);
            }
        }
        Map<Frame, List<SourcedClaim>> claimed = claims.find(doc, m, admittedList);
        return assembler.assemble(article.id(), doc, m, article.published(), found, admitted, claimed);
    }

    private static Event renamed(Event e, String id) {
        return new Event(id, e.kind(), e.subEventType(), e.place(), e.date(), e.datePrecision(), e.fatalities(),
                e.injured(), e.attacker(), e.target(), e.weapons(), e.claims(), e.verification(), e.evidence());
    }
}
