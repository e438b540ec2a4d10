package org.tandem.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Access;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * Who may open an audit's findings, recommendations and follow-up pages. The roles only let a person in: each audit
 * and everything in it is shown to those who may see the audit alone, checked by the services on every request.
 */
@Configuration(proxyBeanMethods = false)
class FindingsWebConfiguration {

	@Bean
	PathRules auditFindingsPathRules() {
		return rules -> rules
			.requestMatchers("/audits/*/findings", "/audits/*/findings/**", "/audits/*/recommendations",
					"/audits/*/recommendations/**", "/audits/*/follow-up", "/audits/*/follow-up/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN));
	}

}
