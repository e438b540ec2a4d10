package org.tandem.organization.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/** Who may open the organization pages, and where they appear in the navigation. */
@Configuration(proxyBeanMethods = false)
class OrganizationWebConfiguration {

	@Bean
	PathRules organizationPathRules() {
		return rules -> rules.requestMatchers("/staff/organizations", "/staff/organizations/**")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/organization", "/organization/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER));
	}

	@Bean
	Navigation organizationNavigation() {
		return () -> List.of(new NavigationItem(30, "nav.organizations", "/staff/organizations",
				Set.of(Role.STAFF, Role.ADMIN)),
				new NavigationItem(20, "nav.myOrganization", "/organization", Set.of(Role.ORG_MEMBER)));
	}

}
