package org.sitrep.gazetteer.format;

import java.io.ByteArrayOutputStream;

/**
 * Encodes one section of the payload. Numbers are LEB128 varints (zigzag for signed values, deltas
 * for ascending runs) because the payload's cost at load time is the bytes inflated, and most numbers
 * here are small; coordinates stay fixed-width little-endian since they would not shrink.
 */
final class SectionWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

    void varint(int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    void signed(int v) {
        varint((v << 1) ^ (v >> 31));
    }

    void varints(int[] a) {
        varint(a.length);
        for (int v : a) {
            varint(v);
        }
    }

    void signedVarints(int[] a) {
        varint(a.length);
        for (int v : a) {
            signed(v);
        }
    }

    /** Each value as its difference from the previous one: small numbers for sorted columns. */
    void deltas(int[] a) {
        varint(a.length);
        int prev = 0;
        for (int v : a) {
            signed(v - prev);
            prev = v;
        }
    }

    void fixedInts(int[] a) {
        varint(a.length);
        for (int v : a) {
            out.write(v);
            out.write(v >>> 8);
            out.write(v >>> 16);
            out.write(v >>> 24);
        }
    }

    void strings(StringColumn c) {
        int[] off = c.offsets();
        varint(c.size());
        for (int i = 0; i < c.size(); i++) {
            varint(off[i + 1] - off[i]);
        }
        out.write(c.utf8(), 0, c.utf8().length);
    }

    /**
     * Only the keys that have rows: the key's distance from the previous such key, the row count,
     * then the rows as deltas, since a list's keys are a sparse subset of the dictionary.
     */
    void postings(PostingList list) {
        int[] start = list.start();
        varint(list.keys());
        varint(list.rows().length);
        varint(list.keysUsed());
        int next = 0;
        for (int k = 0; k < list.keys(); k++) {
            int count = start[k + 1] - start[k];
            if (count == 0) {
                continue;
            }
            varint(k - next);
            varint(count);
            int prev = 0;
            for (int i = start[k]; i < start[k + 1]; i++) {
                signed(list.rows()[i] - prev);
                prev = list.rows()[i];
            }
            next = k + 1;
        }
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
