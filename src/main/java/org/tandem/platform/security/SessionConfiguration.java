package org.tandem.platform.security;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.TandemProperties;

/**
 * Sessions live in the database (table {@code spring_session}, created by Flyway) so that several instances can
 * share them; the cookie is HttpOnly, SameSite=Lax, and {@code Secure} with the {@code __Host-} prefix over HTTPS.
 * <p>
 * The repository is built here rather than by Spring Boot's JDBC session configuration, which gives it an
 * {@code SQLErrorCodeSQLExceptionTranslator}: building one parses Spring JDBC's {@code sql-error-codes.xml} with a
 * full XML parser, about 3 % of the main thread's work at every start-up (docs/performance.md). A plain
 * {@link JdbcTemplate} translates errors from the JDBC exception classes instead. Otherwise the repository is set up
 * as Spring Session sets it up: its own transaction for each operation, sessions serialized with the application's
 * class loader, indexed by principal name (which "sign out everywhere" uses), expired ones deleted every five
 * minutes. {@link SharedSessionRepository} wraps it so that a page view reads its session once and writes nothing,
 * and ends sessions at the absolute limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration implements BeanClassLoaderAware {

	static final String CLEANUP_CRON = "0 */5 * * * *";

	private ClassLoader classLoader = SessionConfiguration.class.getClassLoader();

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Bean
	SharedSessionRepository sessionRepository(DataSource dataSource, PlatformTransactionManager transactionManager,
			TandemProperties properties) {
		var writes = new TransactionTemplate(transactionManager);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		var transactions = new SessionTransactions(writes);
		var store = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), transactions);
		store.setDefaultMaxInactiveInterval(properties.session().idleTimeout());
		store.setCleanupCron(CLEANUP_CRON);
		var conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(this.classLoader));
		store.setConversionService(conversions);
		return new SharedSessionRepository(store, transactions, properties.session().idleTimeout(),
				properties.session().absoluteTimeout());
	}

	@Bean
	SessionRequestScope sessionRequestScope() {
		return new SessionRequestScope();
	}

	@Bean
	CookieSerializer cookieSerializer(TandemProperties properties) {
		var serializer = new DefaultCookieSerializer();
		serializer.setCookieName(CookieNames.session(properties));
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(properties.secure());
		serializer.setUseBase64Encoding(true);
		return serializer;
	}

}
