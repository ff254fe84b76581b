package org.sitrep.app.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.engine.Engine;
import org.sitrep.engine.frame.FrameTrace;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * The {@code --explain} line of an article: each candidate event with the scorer's probability, the
 * features it weighed, and the frames it was read from, shown as their words.
 */
public final class Explanations {

    private Explanations() {
    }

    public static Map<String, Object> of(Article article, List<Engine.Scored> scored, List<Engine.SaidBy> statements) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (Engine.Scored s : scored) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("reported", s.reported());
            c.put("probability", Math.round(s.probability() * 1000) / 1000.0);
            c.put("event", s.candidate().event());
            c.put("features", s.candidate().features().asMap());
            List<Map<String, Object>> frames = new ArrayList<>();
            for (FrameTrace f : s.candidate().frames()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("admitted", f.admitted());
                m.put("trigger", words(article, f.trigger()));
                m.put("place", words(article, f.place()));
                m.put("place_key", f.placeKey());
                m.put("date", f.date());
                m.put("dated_in_sentence", f.dated());
                m.put("cues", f.cues().stream().map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
                m.put("sentence", words(article, f.sentence()));
                frames.add(m);
            }
            c.put("frames", frames);
            candidates.add(c);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("article_id", article.id());
        out.put("candidates", candidates);
        List<Map<String, Object>> said = new ArrayList<>();
        for (Engine.SaidBy s : statements) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", s.source());
            m.put("side", s.side());
            m.put("role", s.role());
            m.put("identity", s.identity());
            m.put("cue", words(article, s.cue()));
            m.put("stance", s.stance());
            m.put("start", s.sentence().start());
            m.put("end", s.sentence().end());
            m.put("sentence", words(article, s.sentence()));
            said.add(m);
        }
        out.put("statements", said);
        return out;
    }

    private static String words(Article a, Span s) {
        return s == null ? null : a.text().substring(s.start(), s.end());
    }
}
