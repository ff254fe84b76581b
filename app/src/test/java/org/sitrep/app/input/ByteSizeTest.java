package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void parsesPlainNumbersAndBinaryMultiples() {
        assertThat(ByteSize.parse("5000000")).isEqualTo(5_000_000L);
        assertThat(ByteSize.parse("512k")).isEqualTo(512L * 1024);
        assertThat(ByteSize.parse("5M")).isEqualTo(5L * 1024 * 1024);
        assertThat(ByteSize.parse("1gb")).isEqualTo(1L << 30);
    }

    @Test
    void refusesWhatIsNotAPositiveSize() {
        for (String bad : new String[] {"", "x", "-5", "0", "5T", "99999999999G"}) {
            assertThatThrownBy(() -> ByteSize.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a size in bytes");
        }
    }

    @Test
    void formatsInMegabytes() {
        assertThat(ByteSize.format(20L * ByteSize.MB)).isEqualTo("20.0 MB");
        assertThat(ByteSize.format(5L * ByteSize.MB)).isEqualTo("5.0 MB");
    }
}
