package org.tandem.organization.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether an organization's results may be counted anonymously in figures about more than one organization: counted
 * unless its members ask not to be. Kept apart from the {@link Organization} aggregate (which does not map the
 * column): no profile rule reads it, and a profile saved from an older page must not undo it.
 */
@Component
public class OrganizationCounting {

	/** Ids per query: an {@code in} list stays short whatever the caller hands over. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final java.time.Clock clock;

	OrganizationCounting(JdbcClient jdbc, OrganizationService organizations,
			org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A member of the organization says whether its results may be counted; anyone else finds no such organization
	 * ({@link org.tandem.platform.NotFoundException}) and nothing changes.
	 */
	@Transactional
	public void setCountedByMember(UUID organizationId, UUID accountId, boolean counted) {
		organizations.forMember(organizationId, accountId);
		setCounted(organizationId, counted);
	}

	/** Whether the organization lets its results be counted; false for one that is gone. */
	@Transactional(readOnly = true)
	public boolean counted(UUID organizationId) {
		return jdbc.sql("select count_answers from organization where id = :id")
			.param("id", organizationId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Those of these organizations that let their results be counted (unknown and purged ones are left out). */
	@Transactional(readOnly = true)
	public Set<UUID> counted(Collection<UUID> organizationIds) {
		List<UUID> ids = new ArrayList<>(new HashSet<>(organizationIds));
		Set<UUID> counted = new HashSet<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			counted.addAll(jdbc.sql("select id from organization where count_answers = true and id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(UUID.class)
				.list());
		}
		return counted;
	}

	/** Records the choice; a change is announced ({@link org.tandem.platform.CountingChanged}) once it commits. */
	@Transactional
	void setCounted(UUID organizationId, boolean counted) {
		int changed = jdbc.sql("update organization set count_answers = :counted where id = :id and count_answers <> :counted")
			.param("counted", counted)
			.param("id", organizationId)
			.update();
		if (changed > 0) {
			events.publishEvent(new org.tandem.platform.CountingChanged(
					org.tandem.platform.CountingChanged.Party.ORGANIZATION, organizationId, counted, clock.instant()));
		}
	}

}
