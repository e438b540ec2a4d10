package org.tandem.platform.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where rate limits are counted ({@code docs/configuration.md}).
 *
 * @param store {@code auto} (the database on PostgreSQL, memory on the embedded database), {@code database} or
 *        {@code memory} (one instance only: with several, each would count apart)
 * @param maxKeys how many keys the limits may hold at once; above it a key not yet counted is refused, so a flood of
 *        fresh keys cannot grow the table or the memory without end
 * @param cleanupInterval how often rows whose window has ended are deleted from the database
 */
@ConfigurationProperties("tandem.rate-limits")
public record RateLimitProperties(@DefaultValue("auto") Store store, @DefaultValue("100000") int maxKeys,
		@DefaultValue("1m") Duration cleanupInterval) {

	public RateLimitProperties {
		if (maxKeys < 100) {
			throw new IllegalArgumentException("tandem.rate-limits.max-keys must be at least 100");
		}
	}

	public enum Store {
		AUTO, DATABASE, MEMORY
	}

}
