package org.tandem.platform.nonces;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.Databases;
import org.tandem.platform.FormNonces;
import org.tandem.platform.nonces.FormNonceProperties.Store;

/** Records the forms' nonces in PostgreSQL when Tandem runs on it, in memory on the embedded database. */
@Configuration(proxyBeanMethods = false)
class FormNoncesConfiguration {

	@Bean
	FormNonces formNonces(DataSource dataSource, JdbcClient jdbc, FormNonceProperties properties, Clock clock) {
		boolean postgres = Databases.isPostgres(dataSource);
		Store store = properties.store() != Store.AUTO ? properties.store() : postgres ? Store.DATABASE : Store.MEMORY;
		if (store == Store.DATABASE && !postgres) {
			throw new IllegalStateException("tandem.form-nonces.store=database needs PostgreSQL; the embedded database"
					+ " serves one instance, whose form nonces are kept in memory (leave the setting at auto)");
		}
		return store == Store.DATABASE ? new DatabaseFormNonces(jdbc, properties.maxNonces(), clock)
				: new MemoryFormNonces(properties.maxNonces());
	}

}
