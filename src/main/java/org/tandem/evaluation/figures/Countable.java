package org.tandem.evaluation.figures;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;

/**
 * Who may be counted at all: organizations and providers are counted anonymously unless they asked not to be (on
 * the organization's page, on the provider's page or a survey). A figure about more than one organization first
 * keeps only the countable ones, then passes its cells through {@link Disclosure}: an opted-out organization is not
 * hidden in a cell, it is not in the count.
 */
@Component
public class Countable {

	private final Organizations organizations;

	private final Providers providers;

	Countable(Organizations organizations, Providers providers) {
		this.organizations = organizations;
		this.providers = providers;
	}

	/** Whether the organization lets its results be counted (false for one unknown or purged). */
	public boolean organization(UUID organizationId) {
		return organizations.countable(organizationId);
	}

	/** Those of these organizations that let their results be counted. */
	public Set<UUID> organizations(Collection<UUID> organizationIds) {
		return organizationIds.isEmpty() ? Set.of() : organizations.countable(organizationIds);
	}

	/** Whether the provider lets their answers be counted (false for one who is gone). */
	public boolean provider(UUID providerId) {
		return providers.counted(providerId);
	}

	/** Those of these providers that let their answers be counted. */
	public Set<UUID> providers(Collection<UUID> providerIds) {
		return providerIds.isEmpty() ? Set.of() : providers.counted(providerIds);
	}

}
