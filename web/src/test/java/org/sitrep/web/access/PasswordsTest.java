package org.sitrep.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A wrong password for an unknown name must cost what it costs for a real one, or the time of the
 * answer tells which names have accounts (it was 4 ms against 320 ms).
 */
class PasswordsTest {
    @Test
    void anUnknownNameTakesAsLongAsAWrongPassword() {
        Passwords p = new Passwords(10);
        String real = p.hash("correct horse battery");
        long known = median(() -> assertThat(p.matches("wrong guess!", real)).isFalse());
        long unknown = median(() -> assertThat(p.matches("wrong guess!", null)).isFalse());
        // The same bcrypt work either way; the bound leaves room for a busy machine, not for a cheaper hash.
        assertThat((double) unknown / known).as("unknown %d µs, known %d µs", unknown / 1000, known / 1000)
                .isBetween(0.5, 2.0);
    }

    private static long median(Runnable check) {
        long[] t = new long[9];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            check.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
