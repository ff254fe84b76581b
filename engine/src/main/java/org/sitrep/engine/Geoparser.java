package org.sitrep.engine;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.knowledge.PhraseTrie;
import org.sitrep.engine.knowledge.Weapon;
import org.sitrep.engine.mention.ActorFinder;
import org.sitrep.engine.mention.Location;
import org.sitrep.engine.mention.OutletCountry;
import org.sitrep.engine.mention.PlaceFinder;
import org.sitrep.engine.mention.PlaceMention;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;
import org.sitrep.engine.text.Sentence;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.PlaceIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Geoparse;
import org.sitrep.model.Precision;
import org.sitrep.model.Toponym;

/**
 * Article in, every place name out: the place layer the event pipeline uses, on its own. Each name
 * keeps its role (a literal place, a venue, a government, a demonym) and its GeoNames id, whether a
 * town, a division, a country or a continent. Immutable and thread-safe once built.
 */
public final class Geoparser {
    private final Segmenter segmenter;
    private final Knowledge knowledge;
    private final ActorFinder actors;
    private final PlaceFinder places;
    private final PlaceIndex index;

    public Geoparser(PlaceIndex index, Knowledge knowledge) {
        this.index = index;
        this.knowledge = knowledge;
        this.segmenter = new Segmenter(knowledge.vocabulary());
        this.actors = new ActorFinder(knowledge);
        this.places = new PlaceFinder(index, knowledge);
    }

    /** Every place name of the article, in text order. Offsets count code points, as the contract says. */
    public Geoparse parse(Article article) {
        String text = article.text();
        Document doc = segmenter.segment(text);
        boolean[] taken = actors.claimedTokens(doc);
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                PhraseTrie.Match<Weapon> w = knowledge.weapons().longestAt(doc.tokens(), i, s.endToken());
                if (w != null) {
                    for (int k = w.start(); k < w.end(); k++) {
                        taken[k] = true; // "Iskander", "Iron Dome": weapons named after places are not places
                    }
                    i = w.end() - 1;
                }
            }
        }
        boolean astral = hasAstral(text);
        List<Toponym> out = new ArrayList<>();
        for (PlaceMention m : places.toponyms(doc, taken, OutletCountry.of(article.url()))) {
            int start = doc.tokens().get(m.first()).start();
            int end = doc.tokens().get(m.end() - 1).end();
            Location l = m.location();
            if (l.key().startsWith(Location.COMPASS_PART)) {
                // "northern Mali": the toponym is the country's name; the compass word only narrows it for events
                GeoCountry c = index.countryByCode(l.country()).orElse(null);
                if (c != null) {
                    start = doc.tokens().get(m.first() + 1).start();
                    l = new Location("country:" + c.iso(), c.name(), null, null, null, c.iso(), null, null, Precision.COUNTRY,
                            0, c.geonameid() > 0 ? c.geonameid() : null, false);
                }
            }
            Double lat = l.lat();
            Double lon = l.lon();
            if (lat == null && l.precision() == Precision.COUNTRY) {
                GeoCountry c = index.countryByCode(l.country()).orElse(null);
                if (c != null && c.capital() != null) {
                    lat = c.capital().lat(); // a country's point is its capital
                    lon = c.capital().lon();
                }
            }
            out.add(new Toponym(astral ? text.codePointCount(0, start) : start,
                    astral ? text.codePointCount(0, end) : end, text.substring(start, end), l.name(), l.gazetteerId(),
                    lat, lon, l.country(), l.admin1Name(), l.precision(), l.site(), m.role()));
        }
        return new Geoparse(article.id(), out);
    }

    private static boolean hasAstral(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
