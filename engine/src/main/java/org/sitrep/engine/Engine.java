package org.sitrep.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.engine.claim.ClaimAttribution;
import org.sitrep.engine.claim.ClaimFinder;
import org.sitrep.engine.claim.Statement;
import org.sitrep.engine.claim.SourcedClaim;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.frame.EventAssembler;
import org.sitrep.engine.frame.EventScorer;
import org.sitrep.engine.frame.Frame;
import org.sitrep.engine.frame.FrameFinder;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.mention.MentionFinder;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.mention.OutletCountry;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/** Article in, events and claims out. Immutable and thread-safe once built. */
public final class Engine {
    private final Segmenter segmenter;
    private final MentionFinder mentions;
    private final FrameFinder frames;
    private final ClaimFinder claims = new ClaimFinder();
    private final EventAssembler assembler = new EventAssembler();
    private final EventScorer scorer;
    private final ClaimAttribution attribution;

    /** An engine with the event model shipped with sitrep. */
    public Engine(PlaceIndex places, Knowledge knowledge) {
        this(places, knowledge, EventScorer.shipped(), ClaimAttribution.shipped());
    }

    public Engine(PlaceIndex places, Knowledge knowledge, EventScorer scorer, ClaimAttribution attribution) {
        this.segmenter = new Segmenter(knowledge.vocabulary());
        this.mentions = new MentionFinder(places, knowledge);
        this.frames = new FrameFinder(knowledge);
        this.scorer = scorer;
        this.attribution = attribution;
    }

    /** Reads one article. Never fails on the content of the text; an article with nothing to report gives no events. */
    public Extraction extract(Article article) {
        return report(read(article), scorer::reports, attribution);
    }

    /**
     * The extraction that reports the candidates {@code keep} accepts, numbered in text order, with the
     * claims {@code claims} ties to them (a learned attribution; the rules' claims otherwise).
     */
    public Extraction report(Reading r, java.util.function.Predicate<Candidate> keep, ClaimAttribution claims) {
        List<Candidate> kept = r.candidates().stream().filter(keep).toList();
        if (claims.learned() && !kept.isEmpty()) {
            List<List<SourcedClaim>> attributed = claims.attribute(this.claims, r.doc(), r.mentions(), r.statements(), kept);
            List<Candidate> with = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                with.add(kept.get(i).withEvent(assembler.withClaims(kept.get(i), r.doc(), r.mentions(), attributed.get(i))));
            }
            kept = with;
        }
        List<Event> events = new ArrayList<>();
        for (Candidate c : kept) {
            events.add(renamed(c.event(), r.article().id() + "#e" + (events.size() + 1)));
        }
        return new Extraction(r.article().id(), events);
    }

    /** Everything read from one article before the decisions what to report. */
    public record Reading(Article article, Document doc, Mentions mentions, List<Statement> statements,
                          List<Candidate> candidates) {
    }

    /** Reads an article up to its candidate events and its statements. */
    public Reading read(Article article) {
        Document doc = segmenter.segment(article.text());
        Mentions m = mentions.find(doc, article.published(), OutletCountry.of(article.url()));
        List<Frame> found = frames.find(doc, m, article.published());
        Set<Frame> admitted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Frame> admittedList = new ArrayList<>();
        for (Frame f : found) {
            if (scorer.admits(f)) {
                admitted.add(f);
                admittedList.add(f);
            }
        }
        List<Statement> said = claims.statements(doc, m);
        Map<Frame, List<SourcedClaim>> claimed = claims.find(doc, m, admittedList, said);
        return new Reading(article, doc, m, said,
                assembler.assemble(article.id(), doc, m, article.published(), found, admitted, claimed));
    }

    /** The article's candidates with the probability the scorer gives each: why each event was or was not reported. */
    public List<Scored> explain(Article article) {
        List<Scored> out = new ArrayList<>();
        for (Candidate c : candidates(article)) {
            out.add(new Scored(c, scorer.probability(c), scorer.reports(c)));
        }
        return out;
    }

    /** Who says something in the article, and where: each reporting expression with its resolved source. */
    public List<SaidBy> statements(Article article) {
        Document doc = segmenter.segment(article.text());
        Mentions m = mentions.find(doc, article.published(), OutletCountry.of(article.url()));
        List<SaidBy> out = new ArrayList<>();
        for (org.sitrep.engine.claim.Statement s : claims.statements(doc, m)) {
            var src = s.source();
            out.add(new SaidBy(new org.sitrep.model.Span(s.sentence().start(), s.sentence().end()),
                    new org.sitrep.model.Span(doc.tokens().get(s.cue().start()).start(), doc.tokens().get(s.cue().end() - 1).end()),
                    src.name(), src.side(), src.role().name().toLowerCase(java.util.Locale.ROOT), src.identity(),
                    s.cue().value().stance()));
        }
        return out;
    }

    /** A statement as words: the sentence, the reporting expression, and the source with its side and role. */
    public record SaidBy(org.sitrep.model.Span sentence, org.sitrep.model.Span cue, String source, String side, String role,
                         String identity, org.sitrep.model.Stance stance) {
    }

    /** A candidate, the scorer's probability for it, and whether it is reported. */
    public record Scored(Candidate candidate, double probability, boolean reported) {
    }

    /** Every event the article might report, each with the features the decision to report it weighs. */
    public List<Candidate> candidates(Article article) {
        return read(article).candidates();
    }

    private static Event renamed(Event e, String id) {
        return new Event(id, e.kind(), e.subEventType(), e.place(), e.date(), e.datePrecision(), e.fatalities(),
                e.injured(), e.attacker(), e.target(), e.weapons(), e.claims(), e.verification(), e.evidence());
    }
}
