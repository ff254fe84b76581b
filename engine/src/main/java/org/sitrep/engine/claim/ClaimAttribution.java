package org.sitrep.engine.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.engine.frame.Candidate;
import org.sitrep.engine.frame.Frame;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Role;
import org.sitrep.engine.knowledge.Trigger;
import org.sitrep.engine.learn.Features;
import org.sitrep.engine.learn.LogisticModel;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.mention.PlaceMention;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.model.Claim;
import org.sitrep.model.Precision;
import org.sitrep.engine.text.WordSet;

/**
 * Which statements are claims about which reported event. Each pair is weighed on what ties the
 * statement to the event (the same sentence, its place named, the same kind of incident, how far back
 * it was told and what was told in between, who speaks) by a learned model; without one, the rules of
 * reading decide (the claims the frames were given).
 */
public final class ClaimAttribution {

    /** Where the shipped model lives. */
    public static final String MODEL_RESOURCE = "/org/sitrep/engine/model/claim-model.tsv";

    private static final Set<String> DEFINITE = WordSet.of("the", "this", "that", "these", "those", "its");
    private static final Set<String> INCIDENT_NOUNS = WordSet.of("strike", "strikes", "attack", "attacks", "blast", "blasts",
            "explosion", "explosions", "shelling", "bombing", "raid", "incident", "massacre", "assault", "capture", "killing",
            "killings", "operation", "airstrike", "airstrikes", "tragedy");

    private final LogisticModel model;

    private ClaimAttribution(LogisticModel model) {
        this.model = model;
    }

    public static ClaimAttribution rules() {
        return new ClaimAttribution(null);
    }

    public static ClaimAttribution learned(LogisticModel model) {
        return new ClaimAttribution(model);
    }

    /** The model shipped with sitrep, or the rules alone when none is shipped. */
    public static ClaimAttribution shipped() {
        try (InputStream in = ClaimAttribution.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                return rules();
            }
            return learned(LogisticModel.read(new InputStreamReader(in, StandardCharsets.UTF_8), MODEL_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("built-in claim model unreadable", e);
        }
    }

    public boolean learned() {
        return model != null;
    }

    /** Whether the statement is a claim about the event. */
    public boolean attaches(Features f) {
        return model == null ? f.get("rules.attach") > 0 : model.accepts(f);
    }

    public double probability(Features f) {
        return model == null ? f.get("rules.attach") : model.probability(f);
    }

    /**
     * The features of one statement about one reported event.
     *
     * @param events the article's reported events, {@code event} among them
     */
    public static Features features(Document doc, Mentions m, Statement st, Candidate event, List<Candidate> events) {
        Features f = new Features();
        Sentence s = st.sentence();
        int si = s.index();
        List<Frame> frames = event.allFrames();
        Set<Integer> own = new HashSet<>();
        for (Frame x : frames) {
            own.add(x.sentence().index());
        }
        f.flag("rules.attach", event.ruleClaims().stream().anyMatch(c -> c.claim().words().start() == s.start()));
        f.flag("rules.attach_other", events.stream().anyMatch(o -> o != event
                && o.ruleClaims().stream().anyMatch(c -> c.claim().words().start() == s.start())));
        boolean same = own.contains(si);
        f.flag("tie.same_sentence", same);
        boolean otherEventHere = events.stream().anyMatch(o -> o != event
                && o.allFrames().stream().anyMatch(x -> x.sentence().index() == si));
        f.flag("tie.other_event_here", otherEventHere);
        String key = frames.get(0).place().key();
        boolean namesPlace = false;
        boolean namesOtherPlace = false;
        for (PlaceMention p : m.placesIn(s)) {
            if (p.location().key().equals(key)) {
                namesPlace = true;
            } else if (p.location().precision() != Precision.COUNTRY && !p.location().contains(frames.get(0).place())) {
                namesOtherPlace = true;
            }
        }
        f.flag("tie.names_place", namesPlace);
        f.flag("tie.names_other_place", namesOtherPlace && !namesPlace);
        boolean sameType = false;
        boolean otherType = false;
        for (PhraseTrie.Match<Trigger> t : m.triggersIn(s)) {
            if (t.value().opensFrame()) {
                if (t.value().subType().parent() == event.event().eventType()) {
                    sameType = true;
                } else {
                    otherType = true;
                }
            }
        }
        f.flag("tie.same_type_words", sameType);
        f.flag("tie.other_type_words", otherType && !sameType);
        f.flag("tie.toll", !m.casualtiesIn(s).isEmpty());
        f.flag("tie.definite_incident", definiteIncident(doc, s));
        int before = -1;
        int after = -1;
        for (int k : own) {
            if (k < si && k > before) {
                before = k;
            }
            if (k > si && (after < 0 || k < after)) {
                after = k;
            }
        }
        if (!same) {
            f.set("tie.back", before < 0 ? 0 : Math.log1p(si - before));
            f.flag("tie.none_before", before < 0);
            f.set("tie.ahead", after < 0 ? 0 : Math.log1p(after - si));
            int between = 0;
            if (before >= 0) {
                for (Candidate o : events) {
                    if (o != event) {
                        int last = before;
                        between += o.allFrames().stream().anyMatch(x -> x.sentence().index() > last
                                && x.sentence().index() < si) ? 1 : 0;
                    }
                }
            }
            f.set("tie.events_between", Math.log1p(between));
            f.flag("tie.nearest_before", before >= 0 && between == 0);
            final int b = before;
            f.flag("tie.same_paragraph", frames.stream().anyMatch(x -> x.sentence().paragraph() == s.paragraph())
                    && b >= 0);
        }
        f.flag("story.only", events.size() == 1);
        int most = events.stream().mapToInt(o -> o.allFrames().size()).max().orElse(0);
        f.flag("story.main", frames.size() == most && events.size() > 1);
        Role role = st.source().role();
        f.flag("source." + role.name().toLowerCase(Locale.ROOT), true);
        f.flag("source.nation", st.source().nation());
        String side = st.source().side();
        f.flag("source.sided", side != null);
        String attacker = event.event().attacker();
        f.flag("source.attacker", side != null && side.equals(attacker));
        f.flag("source.place_country", side != null && side.equals(event.event().place().country()));
        f.flag("said.echo", st.echo());
        f.flag("said.quote", quoted(doc, s));
        f.flag("said.background", m.isBackground(s));
        f.flag("said.denial", st.cue().value().stance() != org.sitrep.model.Stance.ASSERTS);
        return f;
    }

    private static boolean definiteIncident(Document doc, Sentence s) {
        List<Token> tokens = doc.tokens();
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (INCIDENT_NOUNS.contains(tokens.get(k).folded()) && DEFINITE.contains(tokens.get(k - 1).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(Document doc, Sentence s) {
        for (Token t : doc.tokensOf(s)) {
            if (t.folded().equals("\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The claims of the reported events: each statement the model ties to an event gives that event its
     * source's claim. Returns, per event in order, its claims before deduplication.
     */
    public List<List<SourcedClaim>> attribute(ClaimFinder finder, Document doc, Mentions m, List<Statement> statements,
                                              List<Candidate> events) {
        List<List<SourcedClaim>> out = new ArrayList<>();
        for (Candidate e : events) {
            List<SourcedClaim> claims = new ArrayList<>();
            for (Statement st : statements) {
                if (!attaches(features(doc, m, st, e, events))) {
                    continue;
                }
                Frame about = frameFor(e, st);
                org.sitrep.model.Stance echoed = claims.isEmpty() ? null
                        : claims.get(claims.size() - 1).claim().stance();
                claims.addAll(finder.claimsOf(doc, m, st, about, echoed));
            }
            dropAssertionsOfDeniers(claims);
            out.add(claims);
        }
        return out;
    }

    /** The event's frame in the statement's sentence, else the frame the event was built from first. */
    private static Frame frameFor(Candidate e, Statement st) {
        for (Frame f : e.members()) {
            if (f.sentence().index() == st.sentence().index()) {
                return f;
            }
        }
        return e.members().get(0);
    }

    /** "X denied that Y had been captured, saying fighting continued": in one sentence, X only denies. */
    private static void dropAssertionsOfDeniers(List<SourcedClaim> claims) {
        Set<String> deniers = new HashSet<>();
        for (SourcedClaim c : claims) {
            if (c.claim().stance() != org.sitrep.model.Stance.ASSERTS) {
                deniers.add(c.identity() + "@" + c.claim().words().start());
            }
        }
        claims.removeIf(c -> c.claim().stance() == org.sitrep.model.Stance.ASSERTS
                && deniers.contains(c.identity() + "@" + c.claim().words().start()));
    }

    /** For tests and tools: the claims as records. */
    static List<Claim> plain(List<SourcedClaim> claims) {
        return claims.stream().map(SourcedClaim::claim).toList();
    }
}
