package org.tandem.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The template engine's caches, sized for Tandem's templates and held firmly.
 *
 * <p>Thymeleaf's defaults keep at most 500 parsed expressions and 200 parsed templates, behind soft references.
 * Tandem's 181 templates hold about 5,000 distinct expressions (each cached twice: Thymeleaf's parse and the SpEL
 * expression under it), and one round of the staff and public pages already parses more than 500
 * (TemplateCachesWebTests), so a day of use evicted and parsed them again and again; and the serial collector, with
 * little free heap, clears soft references not used in the last few seconds at every full collection.
 *
 * <p>Here both caches hold strong references, bounded: every expression and template Tandem has fits, and the few
 * expressions written from a value at rendering time ({@code __${name}__}, form field names) are a bounded set, so
 * the caches fill with what the pages in use need and stop there. {@code tandem.templates.expression-cache},
 * {@code tandem.templates.template-cache} and {@code tandem.templates.soft-references} change them (500, 200 and
 * true are Thymeleaf's defaults, to measure against; docs/configuration.md, docs/performance.md "2026-12-07
 * (noon)").
 */
@Configuration(proxyBeanMethods = false)
class TemplateCachesConfiguration {

	/** Parsed expressions (Thymeleaf's and SpEL's) held at most: about twice what all templates hold. */
	static final int EXPRESSIONS = 20_000;

	/** Parsed templates and fragment selections held at most. */
	static final int TEMPLATES = 1_000;

	@Bean
	static BeanPostProcessor templateCaches(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setCacheManager(cacheManager(environment));
				}
				return bean;
			}

		};
	}

	static StandardCacheManager cacheManager(Environment environment) {
		int expressions = environment.getProperty("tandem.templates.expression-cache", Integer.class, EXPRESSIONS);
		int templates = environment.getProperty("tandem.templates.template-cache", Integer.class, TEMPLATES);
		boolean soft = environment.getProperty("tandem.templates.soft-references", Boolean.class, false);
		StandardCacheManager caches = new StandardCacheManager();
		caches.setExpressionCacheMaxSize(Math.max(100, expressions));
		caches.setExpressionCacheUseSoftReferences(soft);
		caches.setTemplateCacheMaxSize(Math.max(20, templates));
		caches.setTemplateCacheUseSoftReferences(soft);
		return caches;
	}

}
