package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    /** A pipe that hands over one byte per read, as a slow producer does. */
    private static InputStream trickle(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static List<String> lines(InputStream in, long max) throws IOException {
        LineSplitter splitter = new LineSplitter(in, max);
        List<String> out = new ArrayList<>();
        for (LineSplitter.Line l; (l = splitter.next()) != null; ) {
            out.add(l.number() + ":" + (l.tooLong() ? "TOO LONG " + l.length() : new String(l.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void splitsOnNewlinesDroppingCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        assertThat(lines(trickle("a\r\n\nbc\nlast"), 100)).containsExactly("1:a", "2:", "3:bc", "4:last");
    }

    @Test
    void linesLongerThanTheBufferAreWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(lines(new ByteArrayInputStream((longLine + "\nok\n").getBytes(StandardCharsets.UTF_8)), 300_000))
                .containsExactly("1:" + longLine, "2:ok");
    }

    @Test
    void aLineOverTheLimitIsReportedByLengthAndTheNextOneIsRead() throws IOException {
        String longLine = "y".repeat(150_000);
        assertThat(lines(new ByteArrayInputStream((longLine + "\nok").getBytes(StandardCharsets.UTF_8)), 1000))
                .containsExactly("1:TOO LONG 150000", "2:ok");
    }
}
