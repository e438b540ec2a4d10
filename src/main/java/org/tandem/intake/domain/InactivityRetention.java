package org.tandem.intake.domain;

import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.privacy.RetentionRule;

/**
 * The inactivity rule as two retention kinds administrators set within bounds on the Privacy page: one for anonymous
 * open requests, a longer one for the others. The privacy job applies them with the other kinds.
 */
@Configuration(proxyBeanMethods = false)
class InactivityRetention {

	@Bean
	RetentionRule inactiveAnonymousRequests(IdleRequests idle) {
		return new Rule(Inactivity.ANONYMOUS, Inactivity.ANONYMOUS_DEFAULT, Duration.ofDays(30), Duration.ofDays(365),
				true, idle);
	}

	@Bean
	RetentionRule inactiveKeptRequests(IdleRequests idle) {
		return new Rule(Inactivity.KEPT, Inactivity.KEPT_DEFAULT, Duration.ofDays(60), Duration.ofDays(730), false,
				idle);
	}

	private record Rule(String kind, Duration defaultPeriod, Duration minimum, Duration maximum, boolean anonymous,
			IdleRequests idle) implements RetentionRule {

		@Override
		public int apply(Instant cutoff) {
			return idle.apply(anonymous, cutoff);
		}

	}

}
