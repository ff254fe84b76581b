package org.sitrep.app.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises the binary files people most often hand a text tool by mistake, so the message can say
 * "a PDF document" rather than only "binary content".
 */
final class FileSignature {
    private record Signature(byte[] magic, String what) {
    }

    private static final Signature[] SIGNATURES = {
        sig("%PDF-", "a PDF document; extract its text first"),
        sig(new byte[] {'P', 'K', 3, 4}, "a ZIP archive, e.g. .docx or .odt; save it as plain text"),
        sig(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
        sig(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
        sig("GIF8", "a GIF image"),
        sig(new byte[] {0x1F, (byte) 0x8B}, "gzip-compressed; decompress it first"),
        sig(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old Microsoft Office document; save it as plain text"),
        sig("{\\rtf", "an RTF document; save it as plain text"),
    };

    private FileSignature() {
    }

    static Optional<String> of(byte[] bytes, int length) {
        for (Signature s : SIGNATURES) {
            if (length >= s.magic.length && Arrays.equals(bytes, 0, s.magic.length, s.magic, 0, s.magic.length)) {
                return Optional.of(s.what);
            }
        }
        return Optional.empty();
    }

    private static Signature sig(String magic, String what) {
        return new Signature(magic.getBytes(StandardCharsets.US_ASCII), what);
    }

    private static Signature sig(byte[] magic, String what) {
        return new Signature(magic, what);
    }
}
