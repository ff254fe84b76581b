package org.sitrep.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves. */
    static final class Manual extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static LoginThrottle.Attempt from(String name, String address) {
        return new LoginThrottle.Attempt(name, address, null);
    }

    @Test
    void aGuesserWaitsLongerAndLongerButOnlyForThatNameFromThatAddress() {
        Manual clock = new Manual();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
            assertThat(t.wait(from("ana", "10.0.0.66"))).isZero();
            t.failed(from("ana", "10.0.0.66"));
        }
        assertThat(t.wait(from("ana", "10.0.0.66"))).isZero();
        t.failed(from("ana", "10.0.0.66"));
        assertThat(t.wait(from("ana", "10.0.0.66"))).isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        t.failed(from("ana", "10.0.0.66"));
        assertThat(t.wait(from("ana", "10.0.0.66"))).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 10; i++) {
            t.failed(from("ana", "10.0.0.66"));
        }
        assertThat(t.wait(from("ana", "10.0.0.66"))).isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(t.wait(from("ben", "10.0.0.66"))).as("another name from that address").isZero();
        assertThat(t.wait(from("ana", "10.0.0.7"))).as("the name from elsewhere").isZero();
        for (int i = 17; i <= LoginThrottle.FREE_PER_NAME; i++) {
            t.failed(from("ana", "10.0.0.66"));
        }
        assertThat(t.wait(from("ana", "10.0.0.7"))).as("the name from elsewhere, after many failures")
                .isEqualTo(Duration.ofSeconds(1));
        clock.now = clock.now.plus(LoginThrottle.MAX_DELAY).plus(LoginThrottle.FORGET).plusSeconds(1);
        assertThat(t.wait(from("ana", "10.0.0.66"))).isZero();
        t.failed(from("ana", "10.0.0.66"));
        assertThat(t.wait(from("ana", "10.0.0.66"))).as("forgotten: the count starts again").isZero();
    }

    @Test
    void aGuesserSharingTheOwnersAddressCannotKeepHerOutOfABrowserSheUsedBefore() {
        Manual clock = new Manual();
        LoginThrottle t = new LoginThrottle(clock);
        String browser = t.succeeded(from("ana", "127.0.0.1"));
        for (int i = 0; i < 200; i++) {
            t.failed(from("ana", "127.0.0.1"));
        }
        assertThat(t.wait(from("ana", "127.0.0.1"))).isEqualTo(LoginThrottle.MAX_DELAY);
        LoginThrottle.Attempt owner = new LoginThrottle.Attempt("ana", "127.0.0.1", browser);
        assertThat(t.wait(owner)).isZero();
        assertThat(t.succeeded(owner)).isEqualTo(browser);
        LoginThrottle.Attempt stolenForAnotherName = new LoginThrottle.Attempt("ben", "127.0.0.1", browser);
        assertThat(t.wait(stolenForAnotherName)).as("the cookie is for ana only; ben from that address is counted as usual")
                .isEqualTo(t.wait(from("ben", "127.0.0.1")));
    }

    @Test
    void sprayingManyNamesFromOneAddressSlowsThatAddress() {
        LoginThrottle t = new LoginThrottle(new Manual());
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            t.failed(from("user" + i, "10.0.0.9"));
        }
        assertThat(t.wait(from("someone", "10.0.0.9"))).isPositive();
        assertThat(t.wait(from("someone", "10.0.0.8"))).isZero();
    }
}
