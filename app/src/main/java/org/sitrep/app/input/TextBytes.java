package org.sitrep.app.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks every byte input goes through before it is treated as text: empty, binary (a NUL byte,
 * a known binary file signature, mostly control bytes), and strict decoding that says where the bad
 * bytes are instead of silently turning them into U+FFFD.
 */
public final class TextBytes {
    private static final int SNIFF = 8 * 1024;

    private TextBytes() {
    }

    /** Decodes a whole file as UTF-8 after the emptiness and binary checks; strips a byte order mark. */
    public static String decodeFile(String where, byte[] bytes) throws InputProblem {
        return decodeFile(where, bytes, StandardCharsets.UTF_8);
    }

    /** As {@link #decodeFile(String, byte[])} with a charset the file declares itself (HTML). */
    public static String decodeFile(String where, byte[] bytes, Charset charset) throws InputProblem {
        checkNotEmpty(where, bytes.length);
        Optional<String> binary = binaryReason(bytes, bytes.length);
        if (binary.isPresent()) {
            throw new InputProblem(where, binary.get());
        }
        int start = hasUtf8Bom(bytes) && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        try {
            return decode(bytes, start, bytes.length - start, charset);
        } catch (BadBytes bad) {
            throw new InputProblem(where, "not valid " + charset.name() + " (" + bad.describe(bytes, true) + ")");
        }
    }

    public static void checkNotEmpty(String where, long length) throws InputProblem {
        if (length == 0) {
            throw new InputProblem(where, "empty (0 bytes)");
        }
    }

    /**
     * Why the first {@code length} bytes are not text, if they are not: a NUL byte (checked over the
     * whole range, it is what binary formats are full of), a UTF-16 byte order mark, a known
     * signature, or a first block that is more than a tenth control bytes.
     */
    public static Optional<String> binaryReason(byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return Optional.of("not UTF-8 (UTF-16 byte order mark; save it as UTF-8)");
        }
        Optional<String> signature = FileSignature.of(bytes, length);
        if (signature.isPresent()) {
            return Optional.of("not text (" + signature.get() + ")");
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return Optional.of("not text (binary content, NUL byte at offset " + i + ")");
            }
        }
        int controls = 0;
        int sniffed = Math.min(length, SNIFF);
        for (int i = 0; i < sniffed; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls * 10 > sniffed
                ? Optional.of("not text (binary content, " + controls + " control bytes in the first " + sniffed + ")")
                : Optional.empty();
    }

    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** Strict decoding: the first malformed or unmappable sequence is an error, not a replacement character. */
    public static String decode(byte[] bytes, int offset, int length, Charset charset) throws BadBytes {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadBytes(in.position(), result.length());
        }
        return out.flip().toString();
    }

    /** Where decoding failed: the offset and length of the bad sequence in the byte array. */
    public static final class BadBytes extends Exception {
        private final int offset;
        private final int length;

        BadBytes(int offset, int length) {
            super(null, null, false, false);
            this.offset = offset;
            this.length = length;
        }

        public int offset() {
            return offset;
        }

        /** "byte 0xE9 at offset 1234, line 5": what a user needs to find it in an editor. */
        public String describe(byte[] bytes, boolean withLine) {
            StringBuilder s = new StringBuilder(length == 1 ? "byte" : "bytes");
            for (int i = offset; i < Math.min(offset + length, bytes.length); i++) {
                s.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
            }
            s.append(" at offset ").append(offset);
            if (withLine) {
                s.append(", line ").append(lineOf(bytes, offset));
            }
            return s.toString();
        }

        private static int lineOf(byte[] bytes, int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
