package org.sitrep.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed from a trusted proxy only, and then only the hop that proxy saw. */
class ClientAddressTest {
    @Test
    void theHeaderOfAnyoneButATrustedProxyIsIgnored() {
        ClientAddress a = new ClientAddress(List.of("10.0.0.1"));
        assertThat(a.of("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
        assertThat(a.of("10.0.0.1", null)).isEqualTo("10.0.0.1");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastHopItDidNotAdd() {
        ClientAddress a = new ClientAddress(List.of("10.0.0.1", "10.0.0.2"));
        assertThat(a.of("10.0.0.1", "198.51.100.7")).isEqualTo("198.51.100.7");
        // The client made up the first entry; the proxies appended the rest.
        assertThat(a.of("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2")).isEqualTo("198.51.100.7");
    }
}
