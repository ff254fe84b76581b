package org.sitrep.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Host names the server answers to. */
class HostCheckTest {
    @Test
    void onLoopbackItAnswersToAddressesAndLocalhostOnly() {
        HostCheck h = HostCheck.of("127.0.0.1", null);
        for (String ok : new String[] {"127.0.0.1", "localhost", "app.localhost", "::1", "10.1.2.3"}) {
            assertThat(h.accepts(ok)).as(ok).isTrue();
        }
        for (String no : new String[] {"evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "999.1.1.1", ""}) {
            assertThat(h.accepts(no)).as(no).isFalse();
        }
    }

    @Test
    void thePublicUrlsHostAndTheBindNameAreAccepted() {
        HostCheck h = HostCheck.of("analyst-box", "https://Sitrep.Example.org:8443/ledger/");
        assertThat(h.accepts("sitrep.example.org")).isTrue();
        assertThat(h.accepts("analyst-box")).isTrue();
        assertThat(h.accepts("example.org")).isFalse();
    }

    @Test
    void theHostPartOfAHeaderDropsThePortAndTheBracketsOfIpv6() {
        assertThat(HostCheck.hostPart("evil.example:8080")).isEqualTo("evil.example");
        assertThat(HostCheck.hostPart("[::1]:8080")).isEqualTo("::1");
        assertThat(HostCheck.hostPart("localhost")).isEqualTo("localhost");
    }
}
