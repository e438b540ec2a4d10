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
 * Who may open the agreements' pages, and where they appear in the navigation. The roles only let a person in: whom
 * a member or a provider may sign for is decided by the service from their account on every request.
 */
@Configuration(proxyBeanMethods = false)
class AgreementWebConfiguration {

	@Bean
	PathRules agreementPathRules() {
		return rules -> rules.requestMatchers("/admin/agreements", "/admin/agreements/**")
			.access(Access.completeWithAnyRole(Role.ADMIN))
			.requestMatchers("/staff/agreements", "/staff/agreements/**")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/agreements", "/agreements/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER));
	}

	@Bean
	Navigation agreementNavigation() {
		return () -> List.of(new NavigationItem(21, "nav.cohortAgreements", "/agreements",
				Set.of(Role.ORG_MEMBER, Role.PROVIDER)),
				new NavigationItem(39, "nav.cohortAgreementSignatures", "/staff/agreements",
						Set.of(Role.STAFF, Role.ADMIN)),
				new NavigationItem(93, "nav.cohortAgreementTexts", "/admin/agreements", Set.of(Role.ADMIN)));
	}

}
