package org.tandem.audit.web;

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
 * Who may open the audit pages, and where they appear in the navigation. The roles only let a person in: each audit
 * and everything in it is shown to those who see it alone (its engagement's participants, or the staff member who
 * started it and the organization's members), checked by the services on every request. Starting an audit on its own
 * is for staff; inside an engagement the engagement's pages' rules apply ({@code /engagements/{id}/audits}).
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

	@Bean
	PathRules auditPathRules() {
		return rules -> rules.requestMatchers("/audits/new")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/audits", "/audits/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN));
	}

	@Bean
	Navigation auditNavigation() {
		return () -> List.of(new NavigationItem(35, "audit.plan.nav", "/audits",
				Set.of(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN)));
	}

}
