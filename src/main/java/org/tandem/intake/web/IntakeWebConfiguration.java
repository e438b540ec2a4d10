package org.tandem.intake.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.intake.domain.IntakeService;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * The request form and status pages are open to anyone; the queue is for hub staff only (administrators without the
 * staff role included: running the instance does not mean reading requests).
 */
@Configuration(proxyBeanMethods = false)
class IntakeWebConfiguration {

	@Bean
	PathRules intakePathRules() {
		return rules -> rules.requestMatchers("/request", "/request/status/**")
			.permitAll()
			.requestMatchers("/staff/requests", "/staff/requests/**")
			.access(Access.completeWithAnyRole(Role.STAFF));
	}

	@Bean
	OverviewFigure.Provider intakeFigures(IntakeService intake) {
		return now -> intake.figures();
	}

	@Bean
	Navigation intakeNavigation() {
		return () -> List.of(new NavigationItem(25, "nav.requests", "/staff/requests", Set.of(Role.STAFF)));
	}

}
