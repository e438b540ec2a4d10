package org.tandem.evaluation.web;

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
 * Who may open the evaluation plans' pages. The roles only let a person in: each plan is shown to its participants
 * alone, checked by the service on every request ({@code /engagements/{id}/evaluation} and
 * {@code /cohorts/{id}/organizations/{id}/evaluation} fall under the engagements' and cohorts' rules). The framework
 * is for anyone signed in; the hub's own outcomes are written by administrators.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationWebConfiguration {

	@Bean
	PathRules evaluationPathRules() {
		return rules -> rules.requestMatchers("/admin/outcomes", "/admin/outcomes/**")
			.access(Access.completeWithAnyRole(Role.ADMIN))
			.requestMatchers("/evaluations", "/evaluations/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN))
			.requestMatchers("/evaluation/framework")
			.access(Access.complete());
	}

	@Bean
	Navigation evaluationNavigation() {
		return () -> List.of(new NavigationItem(46, "evaluation.framework.nav", "/evaluation/framework", Set.of(Role.values())),
				new NavigationItem(95, "evaluation.outcome.admin.nav", "/admin/outcomes", Set.of(Role.ADMIN)));
	}

}
