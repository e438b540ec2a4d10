package org.tandem.directory.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.directory.DirectoryProperties;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/**
 * The public listing and the application are open to anyone; the staff directory is for hub staff; vouching for
 * staff, advisory members and providers (the service checks a provider is vetted); a provider's own pages for the
 * provider role.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryWebConfiguration {

	@Bean
	PathRules directoryPathRules() {
		return rules -> rules.requestMatchers("/providers", "/providers/apply")
			.permitAll()
			.requestMatchers("/staff/providers", "/staff/providers/**")
			.access(Access.completeWithAnyRole(Role.STAFF))
			.requestMatchers("/vouching", "/vouching/**")
			.access(Access.completeWithAnyRole(Role.STAFF, Role.ADVISORY, Role.PROVIDER))
			.requestMatchers("/provider", "/provider/**")
			.access(Access.completeWithAnyRole(Role.PROVIDER));
	}

	/** Vetting that ends within the renewal notice (or has ended), the providers the directory page lists first. */
	@Bean
	OverviewFigure.Provider directoryFigures(DirectoryQueries queries, DirectoryProperties properties) {
		return now -> List.of(new OverviewFigure("vetting-expiring", "overview.vettingExpiring",
				queries.countVettingEndingBefore(now.plus(properties.renewalNotice())), "/staff/providers#renewals", 70,
				true));
	}

	@Bean
	Navigation directoryNavigation() {
		return () -> List.of(new NavigationItem(30, "nav.providers", "/staff/providers", Set.of(Role.STAFF)),
				new NavigationItem(32, "nav.vouching", "/vouching", Set.of(Role.ADVISORY, Role.PROVIDER)),
				new NavigationItem(34, "nav.providerProfile", "/provider", Set.of(Role.PROVIDER)));
	}

}
