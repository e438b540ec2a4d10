package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The handoff's timing is refused at start-up when out of bounds. */
class HandoffPropertiesTests {

	@Test
	void theContactGracePeriodIsBetweenAnHourAndThirtyDays() {
		assertThat(properties(Duration.ofHours(72)).contactGrace()).isEqualTo(Duration.ofHours(72));
		assertThat(properties(Duration.ofHours(1)).contactGrace()).isEqualTo(Duration.ofHours(1));
		assertThat(properties(Duration.ofDays(30)).contactGrace()).isEqualTo(Duration.ofDays(30));
		assertThatThrownBy(() -> properties(Duration.ofMinutes(59))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("tandem.handoff.contact-grace");
		assertThatThrownBy(() -> properties(Duration.ofDays(30).plusSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static HandoffProperties properties(Duration grace) {
		return new HandoffProperties(Duration.ofHours(72), Duration.ofHours(24), Duration.ofDays(7), List.of(30, 90),
				Duration.ofDays(30), grace);
	}

}
