package org.tandem.cohort.web;

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
 * Who may open the cohort pages, and where they appear in the navigation. The roles only let a person in: each cohort
 * is shown to those who take part in it, checked by the service on every request. Advisory members see none.
 */
@Configuration(proxyBeanMethods = false)
class CohortWebConfiguration {

	@Bean
	PathRules cohortPathRules() {
		return rules -> rules.requestMatchers("/staff/cohorts", "/staff/cohorts/**")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/cohorts", "/cohorts/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN));
	}

	@Bean
	Navigation cohortNavigation() {
		return () -> List.of(
				new NavigationItem(39, "nav.cohorts", "/cohorts",
						Set.of(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN)),
				new NavigationItem(40, "nav.cohortsAll", "/staff/cohorts", Set.of(Role.STAFF, Role.ADMIN)));
	}

}
