package org.tandem.platform.config;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.tandem.platform.JdbcValueConverters;

/**
 * Spring Data JDBC for every module: entities are found under {@code org.tandem}, modules contribute converters
 * for their value types ({@link JdbcValueConverters}), and identifiers are written unquoted, so the same lower-case
 * schema works on PostgreSQL and on H2 in PostgreSQL mode (quoted identifiers would be upper-cased by the H2 dialect
 * and miss the lower-case tables).
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

	private final ObjectProvider<JdbcValueConverters> contributions;

	JdbcConfiguration(ObjectProvider<JdbcValueConverters> contributions) {
		this.contributions = contributions;
	}

	@Override
	protected Collection<String> getMappingBasePackages() {
		return List.of("org.tandem");
	}

	@Override
	protected List<?> userConverters() {
		return contributions.orderedStream().flatMap(c -> c.converters().stream()).toList();
	}

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
