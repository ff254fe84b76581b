package org.sitrep.engine;

import java.time.LocalDate;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.engine.mention.MentionFinder;
import org.sitrep.engine.mention.Mentions;
import org.sitrep.engine.text.Document;
import org.sitrep.engine.text.Segmenter;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;

/** The real stages over {@link SmallGazetteer} and the default lexicons, shared by the engine's tests. */
public final class TestPipeline {

    public static final Knowledge KNOWLEDGE = Knowledge.defaults();
    public static final Engine ENGINE = new Engine(SmallGazetteer.get(), KNOWLEDGE);

    private static final Segmenter SEGMENTER = new Segmenter();
    private static final MentionFinder MENTIONS = new MentionFinder(SmallGazetteer.get(), KNOWLEDGE);

    private TestPipeline() {
    }

    public static Document document(String text) {
        return SEGMENTER.segment(text);
    }

    public static Mentions mentions(Document doc, LocalDate published) {
        return MENTIONS.find(doc, published);
    }

    public static Extraction extract(String id, LocalDate published, String text) {
        return ENGINE.extract(new Article(id, null, null, published, text));
    }

    /** The text of tokens {@code [first, end)} of a document. */
    public static String span(Document doc, int first, int end) {
        return doc.textOf(first, end, false);
    }
}
