package org.tandem.platform.web;

import java.time.Duration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.http.CacheControl;
import org.tandem.platform.TandemProperties;
import org.tandem.platform.security.CookieNames;

/**
 * Languages without an account and without JavaScript: a {@code ?lang=} link sets a cookie; otherwise the browser's
 * Accept-Language picks among the shipped languages. No session is ever needed.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**", "/js/**", "/img/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/", "classpath:/static/img/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}

	@Bean
	LocaleResolver localeResolver(TandemProperties properties) {
		var resolver = new SupportedLocaleResolver(CookieNames.language(properties));
		resolver.setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(properties.secure());
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	/** Keeps a chosen language only when Tandem ships it; otherwise picks from Accept-Language, else English. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			if (locale == null) {
				super.setLocale(request, response, null);
				return;
			}
			Languages.find(locale.getLanguage()).ifPresent(l -> super.setLocale(request, response, l.locale()));
		}

		static Locale fromAcceptLanguage(HttpServletRequest request) {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return Locale.ENGLISH;
			}
			try {
				for (var range : Locale.LanguageRange.parse(header)) {
					var match = Languages.find(Locale.forLanguageTag(range.getRange()).getLanguage());
					if (match.isPresent()) {
						return match.get().locale();
					}
				}
			}
			catch (IllegalArgumentException malformed) {
				// A malformed header gets the default language.
			}
			return Locale.ENGLISH;
		}

	}

}
