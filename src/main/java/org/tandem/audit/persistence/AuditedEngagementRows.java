package org.tandem.audit.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditedEngagements;

/** Which engagements had an audit, served by {@code audit_engagement_idx}. */
@Component
class AuditedEngagementRows implements AuditedEngagements {

	private final JdbcClient jdbc;

	AuditedEngagementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> audited(Collection<UUID> engagementIds) {
		if (engagementIds.isEmpty()) {
			return Set.of();
		}
		if (engagementIds.size() > LIMIT) {
			throw new IllegalArgumentException("at most " + LIMIT + " engagements a call");
		}
		return new HashSet<>(jdbc.sql("select distinct engagement_id from audit where engagement_id in (:ids)")
			.param("ids", engagementIds)
			.query(UUID.class)
			.list());
	}

}
