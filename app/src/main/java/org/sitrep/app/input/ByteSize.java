package org.sitrep.app.input;

import java.util.Locale;

/** Byte counts as people read them in messages and write them in options ("5M", "512k"). */
public final class ByteSize {
    public static final long MB = 1024L * 1024L;

    private ByteSize() {
    }

    /** "20.0 MB", "0.3 MB": one decimal is enough to see how far over the limit a file is. */
    public static String format(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }

    /**
     * Parses "5242880", "512k", "5M", "1G" (binary multiples, case-insensitive, optional "B").
     *
     * @throws IllegalArgumentException when the text is not such a size or is not positive
     */
    public static long parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Math.multiplyExact(Long.parseLong(t.strip()), unit);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the one message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a size in bytes (e.g. 5000000, 512k, 5M)");
    }
}
