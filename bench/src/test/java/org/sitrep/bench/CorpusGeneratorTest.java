package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** The corpus is what the benchmarks say it is. No timing here: the benchmarks time things, tests never do. */
class CorpusGeneratorTest {

    private final List<Article> corpus = new CorpusGenerator(7).generate(300);

    @Test
    void sameSeedSameCorpusAndArticleDependsOnlyOnItsIndex() {
        assertThat(new CorpusGenerator(7).generate(300)).isEqualTo(corpus);
        assertThat(new CorpusGenerator(7).article(123)).isEqualTo(corpus.get(123));
        assertThat(new CorpusGenerator(8).article(123).text()).isNotEqualTo(corpus.get(123).text());
    }

    @Test
    void everyArticleIsThreeToFiveKilobytesWithItsTitleFirst() {
        for (Article a : corpus) {
            int bytes = a.text().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(a.id()).isBetween(CorpusGenerator.MIN_BYTES, CorpusGenerator.MAX_BYTES);
            assertThat(CorpusGenerator.utf8Length(a.text())).isEqualTo(bytes);
            assertThat(a.text()).as(a.id()).doesNotContain("{").contains("\n\n").endsWith("\n");
            String title = a.text().substring(0, a.text().indexOf('\n'));
            assertThat(title.length()).as(a.id()).isBetween(10, 120);
            assertThat(a.outlet()).isEqualTo("bench");
            assertThat(a.url()).isNull();
            assertThat(a.published()).isNotNull();
        }
        double mean = corpus.stream().mapToInt(a -> CorpusGenerator.utf8Length(a.text())).average().orElse(0);
        assertThat(mean).isBetween(3_400.0, 4_400.0);
    }

    @Test
    void coversEveryTheatreAndTheThingsTheEngineReads() {
        String all = String.join("\n", corpus.stream().map(Article::text).toList());
        assertThat(all).contains("Kharkiv", "Belgorod", "Idlib", "El Fasher", "Khan Younis")
                .contains("the Rapid Support Forces", "Russia's defence ministry", "the regional governor")
                .contains("denied", "could not be independently verified", "at least ", "killing ")
                .contains("on Monday", "overnight", "\u201c", "Kam\u2019yanske");
    }

    @Test
    void jsonLinesRoundTrip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CorpusGenerator(7).writeJsonLines(25, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(25);
        assertThat(lines[0]).startsWith("{\"id\":\"bench-000000\",\"url\":null,\"outlet\":\"bench\",\"published\":\"");
        ObjectMapper json = CorpusGenerator.jsonMapper();
        for (int i = 0; i < lines.length; i++) {
            assertThat(json.readValue(lines[i], Article.class)).isEqualTo(corpus.get(i));
        }
    }
}
