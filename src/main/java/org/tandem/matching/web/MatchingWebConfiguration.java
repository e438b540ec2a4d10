package org.tandem.matching.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * A request's matching page and batch proposals are for hub staff (administrators without the staff role
 * included: they do not read requests); the weights are the administrators' (under /admin, which the account
 * module keeps to them).
 */
@Configuration(proxyBeanMethods = false)
class MatchingWebConfiguration {

	@Bean
	PathRules matchingPathRules() {
		return rules -> rules.requestMatchers("/staff/matching", "/staff/matching/**", "/staff/requests/*/matching",
				"/staff/requests/*/matching/**")
			.access(Access.completeWithAnyRole(Role.STAFF));
	}

	@Bean
	Navigation matchingNavigation() {
		return () -> List.of(new NavigationItem(27, "nav.batches", "/staff/matching/batches", Set.of(Role.STAFF)),
				new NavigationItem(92, "nav.matchingSettings", "/admin/matching", Set.of(Role.ADMIN)));
	}

}
