package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class TextArticleReaderTest {
    @TempDir
    Path dir;

    private final TextArticleReader reader = new TextArticleReader(ByteSize.MB);

    @Test
    void theWholeFileIsTheTextAndTheFileNameTheId() throws IOException {
        String content = "Drone strike on fuel depot\r\n4 March 2023\r\n\r\nA fuel depot burned for hours.\r\n";
        Article a = Collected.read(reader, dir.resolve("depot-2023.txt"), content).only();
        assertThat(a.id()).isEqualTo("depot-2023");
        assertThat(a.text()).isEqualTo(content);
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(a.url()).isNull();
        assertThat(a.outlet()).isNull();
    }

    @Test
    void noDatelineNoDate() throws IOException {
        assertThat(Collected.read(reader, dir.resolve("a.txt"), "Title\n\nBody text.").only().published()).isNull();
    }

    @Test
    void whiteSpaceOnlyIsRefused() throws IOException {
        assertThat(Collected.read(reader, dir.resolve("blank.txt"), " \n\t\n").problems)
                .containsExactly(dir.resolve("blank.txt") + ": no text (only white space)");
    }

    @Test
    void overTheLimitIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) ByteSize.MB + 1]);
        assertThat(Collected.read(reader, big).problems)
                .containsExactly(big + ": too large (1.0 MB, limit 1.0 MB; see --max-bytes)");
    }

    @Test
    void aPublishedListBesideTheFileGivesItsDate() throws IOException {
        Files.writeString(dir.resolve(PublishedDates.FILE), "# file<TAB>date\nstrike.txt\t2024-03-05\nother.txt\t2024-01-01\n");
        Article a = Collected.read(reader, dir.resolve("strike.txt"), "Title\n3 March 2024\n\nBody text.").only();
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Collected.read(reader, dir.resolve("unlisted.txt"), "Title\n\nBody.").only().published()).isNull();
    }

    @Test
    void aBadPublishedListNamesItsLine() throws IOException {
        Files.writeString(dir.resolve(PublishedDates.FILE), "strike.txt\t5 March\n");
        assertThat(Collected.read(reader, dir.resolve("strike.txt"), "Title\n\nBody.").problems)
                .containsExactly(dir.resolve(PublishedDates.FILE) + ":1: not a date: '5 March' (expected YYYY-MM-DD)");
    }
}
