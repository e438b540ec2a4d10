package org.tandem.cohort.persistence;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which cohorts an account takes part in now, from the ids the other modules give (its organizations, its provider):
 * on the member indexes, without loading any cohort.
 */
@Component
public class CohortMemberships {

	/** The most cohorts a person's own list shows: far more than anyone takes part in at once. */
	public static final int LIMIT = 200;

	private final JdbcClient jdbc;

	CohortMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The cohorts where the account coordinates, one of the organizations or the provider is a member now. */
	public Set<UUID> of(UUID accountId, Collection<UUID> organizationIds, @Nullable UUID providerId) {
		Set<UUID> ids = new LinkedHashSet<>(jdbc.sql("""
				select cohort_id from cohort_coordinator where account_id = :account fetch first 200 rows only""")
			.param("account", accountId)
			.query(UUID.class)
			.list());
		if (!organizationIds.isEmpty()) {
			ids.addAll(jdbc.sql("""
					select distinct cohort_id from cohort_organization where organization_id in (:organizations)
					and left_at is null fetch first 200 rows only""")
				.param("organizations", List.copyOf(organizationIds))
				.query(UUID.class)
				.list());
		}
		if (providerId != null) {
			ids.addAll(jdbc.sql("""
					select distinct cohort_id from cohort_provider where provider_id = :provider and left_at is null
					fetch first 200 rows only""")
				.param("provider", providerId)
				.query(UUID.class)
				.list());
		}
		return ids;
	}

}
