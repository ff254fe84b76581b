package org.sitrep.engine.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Sentence;
import org.sitrep.engine.text.Token;
import org.sitrep.gazetteer.PlaceIndex;

/** Runs every mention finder over a document, in the order their dependencies need. */
public final class MentionFinder {

    private final Knowledge knowledge;
    private final ActorFinder actors;
    private final PlaceFinder places;
    private final DateFinder dates = new DateFinder();
    private final CasualtyFinder casualties;

    public MentionFinder(PlaceIndex index, Knowledge knowledge) {
        this.knowledge = knowledge;
        this.actors = new ActorFinder(knowledge);
        this.places = new PlaceFinder(index, knowledge);
        this.casualties = new CasualtyFinder(knowledge);
    }

    public Mentions find(Document doc, LocalDate published) {
        return find(doc, published, null);
    }

    /** @param outletCountry the publishing outlet's country (see {@link OutletCountry}), a weak prior for places; or null */
    public Mentions find(Document doc, LocalDate published, String outletCountry) {
        boolean[] taken = actors.claimedTokens(doc);
        List<PhraseTrie.Match<org.sitrep.engine.knowledge.Weapon>> weapons = all(knowledge.weapons(), doc);
        for (PhraseTrie.Match<org.sitrep.engine.knowledge.Weapon> w : weapons) {
            for (int k = w.start(); k < w.end(); k++) {
                taken[k] = true; // "Iskander", "Iron Dome": weapons named after places are not places
            }
        }
        List<PlaceMention> placeMentions = places.find(doc, taken, outletCountry);
        List<ActorMention> actorMentions = actors.find(doc, placeMentions);
        boolean[] background = new boolean[doc.sentences().size()];
        boolean[] habitual = new boolean[doc.sentences().size()];
        for (Sentence s : doc.sentences()) {
            for (PhraseTrie.Match<Boolean> b : matches(knowledge.background(), doc.tokens(), s)) {
                background[s.index()] = true;
                habitual[s.index()] |= b.value();
            }
        }
        return new Mentions(placeMentions, actorMentions, dates.find(doc, published), casualties.find(doc),
                weapons, all(knowledge.reporting(), doc), all(knowledge.triggers(), doc),
                all(knowledge.verification(), doc), background, habitual);
    }

    private static <V> List<PhraseTrie.Match<V>> all(PhraseTrie<V> trie, Document doc) {
        List<PhraseTrie.Match<V>> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(matches(trie, doc.tokens(), s));
        }
        return out;
    }

    private static <V> List<PhraseTrie.Match<V>> matches(PhraseTrie<V> trie, List<Token> tokens, Sentence s) {
        List<PhraseTrie.Match<V>> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            PhraseTrie.Match<V> m = trie.longestAt(tokens, i, s.endToken());
            if (m != null) {
                out.add(m);
                i = m.end() - 1;
            }
        }
        return out;
    }
}
