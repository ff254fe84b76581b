package org.sitrep.app.input.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset a page declares in its first bytes ({@code <meta charset>} or http-equiv content type). */
public final class HtmlCharset {
    private static final int HEAD = 4096;
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** The declared charset when it is one Java knows, else empty (and the page is read as UTF-8). */
    public static Optional<Charset> declared(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are decoded as windows-1252.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
