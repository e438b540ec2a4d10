package org.tandem.platform.nonces;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public forms' nonces are recorded ({@code docs/configuration.md}).
 *
 * @param store {@code auto} (the database on PostgreSQL, memory on the embedded database), {@code database} or
 *        {@code memory} (one instance only: with several, a form sent to two of them makes two requests)
 * @param maxNonces how many nonces the store holds at once (in memory: per form); above it a nonce is no longer
 *        recorded and is taken as new, so a flood of forms cannot grow the table or the memory without end
 * @param cleanupInterval how often rows past their day are deleted from the database
 */
@ConfigurationProperties("tandem.form-nonces")
public record FormNonceProperties(@DefaultValue("auto") Store store, @DefaultValue("100000") int maxNonces,
		@DefaultValue("1m") Duration cleanupInterval) {

	public FormNonceProperties {
		if (maxNonces < 100) {
			throw new IllegalArgumentException("tandem.form-nonces.max-nonces must be at least 100");
		}
	}

	public enum Store {
		AUTO, DATABASE, MEMORY
	}

}
