package org.tandem.audit.catalog.web;

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
 * The catalog is published reference text: staff, administrators, providers and practitioners read it; only
 * administrators import (their {@code /admin/**} rule, kept here too so the rule stands with its pages).
 */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfiguration {

	static final Role[] READERS = { Role.STAFF, Role.ADMIN, Role.PROVIDER, Role.PRACTITIONER };

	@Bean
	PathRules catalogPathRules() {
		return rules -> rules.requestMatchers("/admin/catalog", "/admin/catalog/**")
			.access(Access.completeWithAnyRole(Role.ADMIN))
			.requestMatchers("/catalog", "/catalog/**")
			.access(Access.completeWithAnyRole(READERS));
	}

	@Bean
	Navigation catalogNavigation() {
		return () -> List.of(new NavigationItem(45, "audit.catalog.nav", "/catalog", Set.of(READERS)),
				new NavigationItem(94, "audit.catalog.admin.nav", "/admin/catalog", Set.of(Role.ADMIN)));
	}

}
