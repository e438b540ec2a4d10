package org.tandem.platform.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC writes identifiers unquoted, so the same lower-case schema works on PostgreSQL and on H2 in
 * PostgreSQL mode (quoted identifiers would be upper-cased by the H2 dialect and miss the lower-case tables).
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration {

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
