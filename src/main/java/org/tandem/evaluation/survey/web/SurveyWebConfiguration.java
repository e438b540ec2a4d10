package org.tandem.evaluation.survey.web;

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
 * Who may open the survey pages. Building, sending and results are staff's; a person's own surveys need a sign-in;
 * a mailed link is open to whoever holds it, signed out too (the service still refuses a link that belongs to
 * another signed-in person). Knowledge checks follow the engagement's rules ({@code /engagements/**}).
 */
@Configuration(proxyBeanMethods = false)
class SurveyWebConfiguration {

	@Bean
	PathRules surveyPathRules() {
		return rules -> rules.requestMatchers("/surveys/answer/**")
			.permitAll()
			.requestMatchers("/staff/surveys", "/staff/surveys/**")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADMIN))
			.requestMatchers("/surveys", "/surveys/**")
			.access(Access.completeWithAnyRole(Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN));
	}

	@Bean
	Navigation surveyNavigation() {
		return () -> List.of(new NavigationItem(60, "evaluation.survey.nav.mine", "/surveys",
				Set.of(Role.ORG_MEMBER, Role.PROVIDER)),
				new NavigationItem(61, "evaluation.survey.nav.staff", "/staff/surveys", Set.of(Role.STAFF, Role.ADMIN)));
	}

}
