package org.tandem.platform.limits;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.Databases;
import org.tandem.platform.RateLimits;
import org.tandem.platform.limits.RateLimitProperties.Store;

/** Counts rate limits in PostgreSQL when Tandem runs on it, in memory on the embedded database. */
@Configuration(proxyBeanMethods = false)
class RateLimitsConfiguration {

	@Bean
	RateLimits rateLimits(DataSource dataSource, JdbcClient jdbc, RateLimitProperties properties, Clock clock) {
		boolean postgres = Databases.isPostgres(dataSource);
		Store store = properties.store() != Store.AUTO ? properties.store() : postgres ? Store.DATABASE : Store.MEMORY;
		if (store == Store.DATABASE && !postgres) {
			throw new IllegalStateException("tandem.rate-limits.store=database needs PostgreSQL; the embedded database"
					+ " serves one instance, whose limits are counted in memory (leave the setting at auto)");
		}
		return store == Store.DATABASE ? new DatabaseRateLimits(AsynchronousCommit.of(dataSource), jdbc, properties.maxKeys())
				: new MemoryRateLimits(properties.maxKeys(), clock);
	}

}
