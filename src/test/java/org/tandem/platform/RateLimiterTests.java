package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTests {

	private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-23T10:00:00Z").toEpochMilli());

	private final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return Instant.ofEpochMilli(now.get());
		}
	};

	@Test
	void countsPerKeyWithinAWindowThenStartsAgain() {
		RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), clock);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("a")).isTrue();
		}
		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.allows("a")).isFalse();
		assertThat(limiter.tryAcquire("b")).isTrue();
		now.addAndGet(Duration.ofHours(1).toMillis());
		assertThat(limiter.allows("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		limiter.forget("b");
		assertThat(limiter.allows("b")).isTrue();
	}

	@Test
	void aFullTableDropsEndedWindowsAndOtherwiseRefusesNewKeys() {
		RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), 2, clock);
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("b")).isTrue();
		assertThat(limiter.tryAcquire("c")).isFalse();
		assertThat(limiter.allows("c")).as("a full table fails closed for keys it does not hold").isFalse();
		assertThat(limiter.tryAcquire("a")).isTrue();
		now.addAndGet(Duration.ofMinutes(1).toMillis());
		assertThat(limiter.tryAcquire("c")).isTrue();
	}

	@Test
	void requesterKeysAreStableWithinADayAndNeverTheAddress() {
		String key = RequesterKey.hash("198.51.100.23");
		assertThat(key).isEqualTo(RequesterKey.hash("198.51.100.23")).isNotEqualTo(RequesterKey.hash("198.51.100.24"))
			.doesNotContain(".").hasSize(22);
	}

	@Test
	void anIpv6NetworkCountsAsOneRequester() {
		assertThat(RequesterKey.network("2001:db8:1:2:aaaa::1")).isEqualTo(RequesterKey.network("2001:db8:1:2:bbbb::7"))
			.isNotEqualTo(RequesterKey.network("2001:db8:1:3::1"));
		assertThat(RequesterKey.network("198.51.100.23")).isEqualTo("198.51.100.23");
	}

}
