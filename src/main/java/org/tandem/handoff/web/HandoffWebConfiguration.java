package org.tandem.handoff.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.handoff.domain.HandoffViews;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * Handoffs in flight and a request's handoff are for hub staff; a provider's desk sits under /provider (the provider
 * role); the organization's pages sit under its status link, open to anyone holding the link and its code.
 */
@Configuration(proxyBeanMethods = false)
class HandoffWebConfiguration {

	@Bean
	PathRules handoffPathRules() {
		return rules -> rules.requestMatchers("/staff/handoffs", "/staff/requests/*/handoff", "/staff/requests/*/handoff/**")
			.access(Access.completeWithAnyRole(Role.STAFF))
			.requestMatchers("/provider/handoffs", "/provider/handoffs/**")
			.access(Access.completeWithAnyRole(Role.PROVIDER));
	}

	@Bean
	OverviewFigure.Provider handoffFigures(HandoffViews views) {
		return now -> views.figures();
	}

	@Bean
	Navigation handoffNavigation() {
		return () -> List.of(new NavigationItem(28, "nav.handoffs", "/staff/handoffs", Set.of(Role.STAFF)),
				new NavigationItem(33, "nav.providerHandoffs", "/provider/handoffs", Set.of(Role.PROVIDER)));
	}

}
