package org.sitrep.gazetteer.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes what {@link SectionWriter} wrote, checking every count against the bytes left so a
 * damaged section fails with an IOException rather than an out-of-memory or index error.
 */
final class SectionReader {
    private final byte[] b;
    private final String section;
    private int pos;

    SectionReader(byte[] bytes, String section) {
        this.b = bytes;
        this.section = section;
    }

    int varint() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (pos >= b.length) {
                throw corrupt("data ends early");
            }
            int x = b[pos++];
            v |= (x & 0x7F) << shift;
            if (x >= 0) {
                return v;
            }
        }
        throw corrupt("malformed number");
    }

    int signed() throws IOException {
        int v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    int[] varints() throws IOException {
        int[] a = new int[count(1)];
        for (int i = 0; i < a.length; i++) {
            a[i] = varint();
        }
        return a;
    }

    int[] signedVarints() throws IOException {
        int[] a = new int[count(1)];
        for (int i = 0; i < a.length; i++) {
            a[i] = signed();
        }
        return a;
    }

    int[] deltas() throws IOException {
        int[] a = new int[count(1)];
        int prev = 0;
        for (int i = 0; i < a.length; i++) {
            prev += signed();
            a[i] = prev;
        }
        return a;
    }

    int[] fixedInts() throws IOException {
        int[] a = new int[count(4)];
        ByteBuffer.wrap(b, pos, 4 * a.length).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(a);
        pos += 4 * a.length;
        return a;
    }

    /** Reads a column and checks it has {@code expected} entries. */
    int[] check(int[] column, int expected, String what) throws IOException {
        if (column.length != expected) {
            throw corrupt(what + " has " + column.length + " entries, expected " + expected);
        }
        return column;
    }

    StringColumn strings() throws IOException {
        int n = count(1);
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + varint();
            if (offsets[i + 1] < offsets[i]) {
                throw corrupt("string lengths overflow");
            }
        }
        int length = offsets[n];
        if (length > b.length - pos) {
            throw corrupt("strings run past the end of the data");
        }
        byte[] utf8 = new byte[length];
        System.arraycopy(b, pos, utf8, 0, length);
        pos += length;
        return new StringColumn(offsets, utf8);
    }

    PostingList postings() throws IOException {
        int keys = varint();
        int total = varint();
        int used = varint();
        if (keys < 0 || total < 0 || total > b.length - pos || used < 0 || used > keys) {
            throw corrupt("posting list sizes are implausible");
        }
        int[] start = new int[keys + 1];
        int[] rows = new int[total];
        int at = 0;
        int next = 0;
        for (int j = 0; j < used; j++) {
            int k = next + varint();
            int count = varint();
            if (k < next || k >= keys || count <= 0 || count > total - at) {
                throw corrupt("posting list entries are out of order or too long");
            }
            while (next <= k) {
                start[next++] = at;
            }
            int prev = 0;
            for (int i = 0; i < count; i++) {
                prev += signed();
                rows[at++] = prev;
            }
        }
        while (next <= keys) {
            start[next++] = at;
        }
        if (at != total) {
            throw corrupt("posting list holds " + at + " rows, expected " + total);
        }
        return new PostingList(start, rows);
    }

    void expectEnd() throws IOException {
        if (pos != b.length) {
            throw corrupt("section has " + (b.length - pos) + " unread bytes");
        }
    }

    IOException corrupt(String why) {
        return IndexCodec.corrupt(section + " section: " + why);
    }

    /** A count of elements of {@code size} bytes each, rejected if more than the bytes left could hold. */
    private int count(int size) throws IOException {
        int n = varint();
        if (n < 0 || (long) n * size > b.length - pos) {
            throw corrupt("a count of " + n + " runs past the end of the data");
        }
        return n;
    }
}
