package org.tandem.platform.web;

import java.time.Duration;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The application's {@code messageSource}: Spring Boot's set-up ({@code spring.messages.*}: basenames, encoding, no
 * fallback to the server's language) with ICU formatting ({@link IcuMessageSource}). Thymeleaf's {@code #{...}},
 * validation and every {@code MessageSource} injected in code use this one bean.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		var source = new IcuMessageSource();
		source.setBasenames(properties.getBasename().stream().map(String::strip).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cache = properties.getCacheDuration();
		if (cache != null) {
			source.setCacheMillis(cache.toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

}
