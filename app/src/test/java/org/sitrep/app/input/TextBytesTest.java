package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBytesTest {

    @Test
    void stripsTheUtf8ByteOrderMark() throws InputProblem {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextBytes.decodeFile("a.txt", bytes)).isEqualTo("Hi");
    }

    @Test
    void saysWhereInvalidUtf8Is() {
        byte[] bytes = "line one\nCaf\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextBytes.decodeFile("a.txt", bytes))
                .hasMessage("a.txt: not valid UTF-8 (byte 0xE9 at offset 12, line 2)");
    }

    @Test
    void aTruncatedSequenceAtTheEndIsInvalid() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x80};
        assertThatThrownBy(() -> TextBytes.decodeFile("a.txt", bytes))
                .hasMessage("a.txt: not valid UTF-8 (bytes 0xE2 0x80 at offset 2, line 1)");
    }

    @Test
    void emptyIsRefused() {
        assertThatThrownBy(() -> TextBytes.decodeFile("e.txt", new byte[0])).hasMessage("e.txt: empty (0 bytes)");
    }

    @Test
    void aNulByteMeansBinary() {
        byte[] bytes = "abc\0def".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextBytes.decodeFile("s.txt", bytes))
                .hasMessage("s.txt: not text (binary content, NUL byte at offset 3)");
    }

    @Test
    void knownBinaryFormatsAreNamed() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextBytes.decodeFile("r.txt", pdf))
                .hasMessage("r.txt: not text (a PDF document; extract its text first)");
        byte[] utf16 = "\uFEFFhello".getBytes(StandardCharsets.UTF_16BE);
        assertThatThrownBy(() -> TextBytes.decodeFile("w.txt", utf16))
                .hasMessage("w.txt: not UTF-8 (UTF-16 byte order mark; save it as UTF-8)");
    }

    @Test
    void mostlyControlBytesMeansBinary() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> TextBytes.decodeFile("c.txt", bytes))
                .hasMessage("c.txt: not text (binary content, 34 control bytes in the first 100)");
    }

    @Test
    void ordinaryWhitespaceControlsAreText() throws InputProblem {
        assertThat(TextBytes.decodeFile("t.txt", "a\tb\r\nc\fd".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("a\tb\r\nc\fd");
    }
}
