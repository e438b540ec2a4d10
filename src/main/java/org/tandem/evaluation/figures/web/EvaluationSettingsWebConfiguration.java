package org.tandem.evaluation.figures.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.Role;

/** Disclosure control's settings in the administrators' navigation (/admin is theirs: the account module's rule). */
@Configuration(proxyBeanMethods = false)
class EvaluationSettingsWebConfiguration {

	@Bean
	Navigation evaluationSettingsNavigation() {
		return () -> List.of(new NavigationItem(95, "evaluation.disclosure.nav", "/admin/evaluation", Set.of(Role.ADMIN)));
	}

}
