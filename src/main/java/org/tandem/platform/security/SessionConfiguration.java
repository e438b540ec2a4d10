package org.tandem.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.tandem.platform.TandemProperties;

/** The session cookie: HttpOnly, SameSite=Lax, and {@code Secure} with the {@code __Host-} prefix over HTTPS. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

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
