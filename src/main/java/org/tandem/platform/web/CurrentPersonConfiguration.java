package org.tandem.platform.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tandem.platform.CurrentPerson;

/** Lets controllers take the signed-in person as a {@code TandemPrincipal} parameter. */
@Configuration(proxyBeanMethods = false)
class CurrentPersonConfiguration implements WebMvcConfigurer {

	private final CurrentPerson currentPerson;

	CurrentPersonConfiguration(CurrentPerson currentPerson) {
		this.currentPerson = currentPerson;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(currentPerson);
	}

}
