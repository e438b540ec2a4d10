package org.tandem.audit.report.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Access;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * Who may open the reports' pages: the roles only let a person in; each audit, and so each of its reports, is shown
 * to those who see the audit alone, checked by the services on every request.
 */
@Configuration(proxyBeanMethods = false)
class AuditReportWebConfiguration {

	@Bean
	PathRules auditReportPathRules() {
		return rules -> rules.requestMatchers("/audits/*/reports", "/audits/*/reports/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN));
	}

}
