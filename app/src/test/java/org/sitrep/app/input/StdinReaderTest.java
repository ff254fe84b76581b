package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StdinReaderTest {

    private static Collected read(String stdin, long max) {
        Collected c = new Collected();
        Source source = Source.stream("stdin", "stdin", new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            new StdinReader(max).read(source, c);
        } catch (InputProblem p) {
            c.reject(p);
        }
        return c;
    }

    @Test
    void jsonLinesWhenTheFirstCharacterIsABrace() {
        Collected c = read("\n  {\"id\": \"a\", \"text\": \"A.\"}\n{\"text\": \"B.\"}\n", ByteSize.MB);
        assertThat(c.ids()).containsExactly("a", "stdin-3");
        assertThat(c.articles.get(0).where()).isEqualTo("stdin:2");
    }

    @Test
    void otherwiseOneTextArticle() {
        Collected c = read("Night strikes on the port\n03 July 2022\n\n{not json} text.", ByteSize.MB);
        assertThat(c.only().id()).isEqualTo("stdin");
        assertThat(c.only().published()).isEqualTo(LocalDate.of(2022, 7, 3));
        assertThat(c.only().text()).startsWith("Night strikes");
    }

    @Test
    void problemsNameStandardInput() {
        assertThat(read("", ByteSize.MB).problems).containsExactly("stdin: empty (0 bytes)");
        assertThat(read("x".repeat(2000), 1000).problems)
                .containsExactly("stdin: too large (over 0.0 MB, limit 0.0 MB; see --max-bytes)");
        assertThat(read("{\"id\": 1}\n", ByteSize.MB).problems).containsExactly("stdin:1: no \"text\" field");
    }
}
