package org.tandem.engagement.web;

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
 * Who may open the engagement pages, and where they appear in the navigation. The roles only let a person in: each
 * engagement and everything in it is shown to its participants alone, checked by the service on every request. A
 * check-in's mailed link is open to anyone holding it, signed out.
 */
@Configuration(proxyBeanMethods = false)
class EngagementWebConfiguration {

	@Bean
	PathRules engagementPathRules() {
		return rules -> rules.requestMatchers("/check-ins/**")
			.permitAll()
			.requestMatchers("/staff/engagements", "/staff/engagements/**")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/engagements", "/engagements/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN));
	}

	@Bean
	Navigation engagementNavigation() {
		return () -> List.of(new NavigationItem(35, "nav.engagements", "/engagements",
				Set.of(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN)),
				new NavigationItem(36, "nav.engagementOpenings", "/staff/engagements", Set.of(Role.STAFF, Role.ADMIN)),
				new NavigationItem(37, "nav.engagementsAll", "/staff/engagements/all", Set.of(Role.STAFF, Role.ADMIN)),
				new NavigationItem(38, "nav.engagementAlerts", "/staff/engagements/alerts", Set.of(Role.STAFF, Role.ADMIN)));
	}

}
