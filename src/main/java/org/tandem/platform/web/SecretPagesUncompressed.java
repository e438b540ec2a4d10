package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tandem.platform.ShowsSecret;

/**
 * Pages are compressed (server.compression in application.yml), except the answers of handlers marked
 * {@link ShowsSecret}. Tomcat never compresses an answer that carries a strong entity tag, so those answers get one;
 * they are never stored ({@code Cache-Control: no-store}), so the tag serves nothing else.
 */
@Configuration(proxyBeanMethods = false)
class SecretPagesUncompressed implements WebMvcConfigurer, HandlerInterceptor {

	/** A strong tag (no {@code W/}): Tomcat's compression leaves such answers as they are. */
	static final String UNCOMPRESSED_TAG = "\"tandem-uncompressed\"";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ShowsSecret.class)) {
			response.setHeader("ETag", UNCOMPRESSED_TAG);
		}
		return true;
	}

}
