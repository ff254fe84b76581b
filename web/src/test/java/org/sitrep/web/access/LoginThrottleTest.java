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

    @Test
    void fiveFailuresForANameHoldItBackUntilTheFirstIsOld() {
        Manual clock = new Manual();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(t.wait("ana", "10.0.0.1")).isZero();
            t.failed("ana", "10.0.0.1");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(t.wait("ana", "10.0.0.2")).isEqualTo(Duration.ofMinutes(10));
        assertThat(t.wait("ben", "10.0.0.2")).isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(t.wait("ana", "10.0.0.2")).isZero();
    }

    @Test
    void aSuccessClearsTheNameButNotTheAddress() {
        LoginThrottle t = new LoginThrottle(new Manual());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            t.failed("user" + i, "10.0.0.9");
        }
        t.succeeded("user1");
        assertThat(t.wait("someone", "10.0.0.9")).isPositive();
        assertThat(t.wait("someone", "10.0.0.8")).isZero();
    }
}
