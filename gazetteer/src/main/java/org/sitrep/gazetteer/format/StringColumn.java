package org.sitrep.gazetteer.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Many strings as one UTF-8 blob plus offsets: hundreds of thousands of names cost two arrays
 * instead of as many objects, and load as two bulk reads.
 *
 * @param offsets {@code size()+1} ascending offsets into {@code utf8}
 * @param utf8    the concatenated UTF-8 bytes
 */
public record StringColumn(int[] offsets, byte[] utf8) {

    public static StringColumn of(List<String> strings) {
        int[] offsets = new int[strings.size() + 1];
        byte[][] encoded = new byte[strings.size()][];
        int total = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
            offsets[i + 1] = total;
        }
        byte[] utf8 = new byte[total];
        for (int i = 0; i < encoded.length; i++) {
            System.arraycopy(encoded[i], 0, utf8, offsets[i], encoded[i].length);
        }
        return new StringColumn(offsets, utf8);
    }

    public int size() {
        return offsets.length - 1;
    }

    public String get(int i) {
        return new String(utf8, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    /** Whether entry {@code i} holds exactly {@code key}, compared without decoding. */
    public boolean equalsAt(int i, byte[] key) {
        return Arrays.equals(utf8, offsets[i], offsets[i + 1], key, 0, key.length);
    }

    public String[] toArray() {
        String[] out = new String[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }
}
