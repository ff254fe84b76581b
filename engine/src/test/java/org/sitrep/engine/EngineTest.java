package org.sitrep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.Span;

class EngineTest {

    /** Short articles written for these tests; each reports at least one incident. */
    static List<Article> articles() {
        LocalDate published = LocalDate.of(2022, 7, 4);
        return List.of(
                new Article("lys-1", null, null, published, "Russia claims Lysychansk\n"
                        + "Russia's defence ministry said on Sunday that its forces had taken full control of the city of Lysychansk in eastern Ukraine.\n"
                        + "Ukraine's military denied that Lysychansk had been captured. The claims could not be independently verified."),
                new Article("ode-1", null, null, published, "Missile strike on Odesa\n"
                        + "A Russian missile struck an apartment building in Odesa in Ukraine on Sunday, killing at least 21 people and injuring dozens, "
                        + "Ukrainian officials said.\nMoscow has consistently denied targeting civilians.\n"
                        + "Since the war began, tens of thousands of people have been killed in Ukraine."),
                new Article("khr-1", null, null, published, "Strikes on both sides of the border\n"
                        + "Shells hit Kharkiv in Ukraine on Sunday, the governor of the Kharkiv region said. "
                        + "A drone struck Belgorod in Russia on Monday, Russia\u2019s defence ministry said.\n"
                        + "\u201CThe city was hit twice,\u201D the mayor of Sloviansk said of Sloviansk in Ukraine, where shelling killed 3 people."),
                new Article("slo-1", null, null, null, "Fighting near Sloviansk\n"
                        + "Heavy fighting raged near Sloviansk in Ukraine on July 3, 2022, according to Ukraine's general staff. "
                        + "Russian forces captured Lysychansk in the Luhansk region, Moscow said."));
    }

    private static Extraction extract(Article a) {
        return TestPipeline.ENGINE.extract(a);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyEventReportsSomething(Article a) {
        assertThat(extract(a).events()).isNotEmpty();
        assertThat(extract(a).articleId()).isEqualTo(a.id());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyClaimAndEvidenceSpanLiesWithinTheText(Article a) {
        String text = a.text();
        for (Event e : extract(a).events()) {
            assertThat(e.evidence()).isNotEmpty();
            for (Span s : e.evidence()) {
                assertWithin(s, text);
            }
            for (Claim c : e.claims()) {
                assertWithin(c.words(), text);
                assertThat(text.substring(c.start(), c.end())).isNotBlank();
            }
            if (e.place().mention() != null) {
                assertWithin(e.place().mention(), text);
                assertThat(e.place().mention().of(text)).isNotBlank();
            }
            if (e.fatalities() != null && e.fatalities().words() != null) {
                assertWithin(e.fatalities().words(), text);
            }
            if (e.injured() != null && e.injured().words() != null) {
                assertWithin(e.injured().words(), text);
            }
        }
    }

    private static void assertWithin(Span s, String text) {
        assertThat(s.start()).isBetween(0, text.length());
        assertThat(s.end()).isBetween(s.start(), text.length());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyEventIdIsTheArticleIdAndItsNumber(Article a) {
        List<Event> events = extract(a).events();
        for (int k = 0; k < events.size(); k++) {
            assertThat(events.get(k).id()).isEqualTo(a.id() + "#e" + (k + 1));
        }
    }

    @Test
    void placeMentionPointsAtThePlaceName() {
        Article a = articles().get(0);
        Event e = extract(a).events().get(0);

        assertThat(e.place().mention().of(a.text())).isEqualTo("Lysychansk");
    }

    @Test
    void sameArticleGivesTheSameResultTwice() {
        for (Article a : articles()) {
            assertThat(extract(a)).isEqualTo(extract(a));
        }
    }

    @Test
    void usableFromTwoThreadsAtOnce() throws Exception {
        List<Article> articles = articles();
        List<Extraction> expected = articles.stream().map(EngineTest::extract).toList();
        Engine engine = new Engine(SmallGazetteer.get(), TestPipeline.KNOWLEDGE);
        int rounds = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Extraction>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int offset = thread;
                Callable<List<Extraction>> run = () -> {
                    start.await();
                    List<Extraction> out = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        for (int k = 0; k < articles.size(); k++) {
                            // the two threads walk the articles in different orders
                            out.add(engine.extract(articles.get((k + offset) % articles.size())));
                        }
                    }
                    return out;
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (int thread = 0; thread < runs.size(); thread++) {
                List<Extraction> got = runs.get(thread).get(60, TimeUnit.SECONDS);
                assertThat(got).hasSize(rounds * articles.size());
                for (int n = 0; n < got.size(); n++) {
                    Extraction want = expected.get((n % articles.size() + thread) % articles.size());
                    assertThat(got.get(n)).as("thread %d, result %d", thread, n).isEqualTo(want);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "...", "Headline only", "\u201C\u201D \u2014 '' ''s", "1,300 1.5 2022-13-45 Oct. 99",
        "Killed killed killed. Said said. According to according to", "Ukraine\nUkraine\nUkraine's"})
    void neverFailsOnTheContentOfTheText(String text) {
        Extraction x = TestPipeline.extract("odd", LocalDate.of(2022, 7, 4), text);

        assertThat(x.articleId()).isEqualTo("odd");
        assertThat(x.events()).isEmpty();
    }

    @Test
    void engineReadsAUsersLexicon() throws Exception {
        String text = "Strike on Odesa\nA missile struck the port of Odesa in Ukraine on Sunday, Kiper said.";
        Article a = new Article("user-1", null, null, LocalDate.of(2022, 7, 4), text);
        Engine extended = new Engine(SmallGazetteer.get(), TestPipeline.KNOWLEDGE.extendedWith("actors.txt",
                new java.io.StringReader("oleh kiper, kiper | Oleh Kiper | UA | local\n")));

        assertThat(extract(a).events()).singleElement().satisfies(e -> assertThat(e.claims()).isEmpty());
        assertThat(extended.extract(a).events()).singleElement().satisfies(e -> assertThat(e.claims())
                .singleElement().satisfies(c -> {
                    assertThat(c.by()).isEqualTo("Oleh Kiper");
                    assertThat(c.side()).isEqualTo("UA");
                }));
    }

    @Test
    void articleWithNothingToReportHasNoEvents() {
        Extraction x = TestPipeline.extract("quiet", LocalDate.of(2022, 7, 4),
                "Grain talks\nUkrainian and Russian officials met in Istanbul to discuss grain exports on Sunday.");

        assertThat(x.events()).isEmpty();
    }
}
