package org.tandem.audit.persistence;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan's part of an organization's purge: the evidence recorded for its audits' activities (the files themselves
 * go with the organization's file store and keys), then the activities. Runs after the other parts (late order):
 * their rows (findings, say) may name an activity.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class AuditActivityTables implements AuditTables {

	private final JdbcClient jdbc;

	AuditActivityTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("audit.activities", "audit.evidence");
	}

	@Override
	public void purge(UUID organizationId, Map<String, Integer> destroyed) {
		destroyed.merge("audit.evidence", jdbc.sql("delete from audit_evidence where organization_id = :owner")
			.param("owner", organizationId)
			.update(), Integer::sum);
		destroyed.merge("audit.activities", jdbc.sql("delete from audit_activity where organization_id = :owner")
			.param("owner", organizationId)
			.update(), Integer::sum);
	}

}
