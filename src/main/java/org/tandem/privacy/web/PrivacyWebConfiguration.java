package org.tandem.privacy.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/** Receipts are public (the code is the key to them); the overview is for staff; changes are for administrators. */
@Configuration(proxyBeanMethods = false)
class PrivacyWebConfiguration {

	@Bean
	PathRules privacyPathRules() {
		return rules -> rules.requestMatchers("/privacy/receipts/**")
			.permitAll()
			.requestMatchers("/staff/privacy")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/admin/privacy/**")
			.access(Access.completeWithAnyRole(Role.ADMIN));
	}

	@Bean
	Navigation privacyNavigation() {
		return () -> List.of(new NavigationItem(85, "nav.privacy", "/staff/privacy", Set.of(Role.STAFF, Role.ADMIN)));
	}

}
