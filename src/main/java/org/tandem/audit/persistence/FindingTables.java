package org.tandem.audit.persistence;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The findings part's rows in an organization's purge: status changes, the links between recommendations and
 * findings, the recommendations and the findings, children first. Counted as findings and recommendations.
 */
@Component
class FindingTables implements AuditTables {

	private final JdbcClient jdbc;

	FindingTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("audit.findings", "audit.recommendations");
	}

	@Override
	public void purge(UUID organizationId, Map<String, Integer> destroyed) {
		jdbc.sql("delete from audit_recommendation_change where organization_id = :owner")
			.param("owner", organizationId)
			.update();
		jdbc.sql("""
				delete from audit_recommendation_finding where recommendation_id in
				(select id from audit_recommendation where organization_id = :owner)""")
			.param("owner", organizationId)
			.update();
		destroyed.merge("audit.recommendations",
				jdbc.sql("delete from audit_recommendation where organization_id = :owner")
					.param("owner", organizationId)
					.update(),
				Integer::sum);
		destroyed.merge("audit.findings",
				jdbc.sql("delete from audit_finding where organization_id = :owner").param("owner", organizationId).update(),
				Integer::sum);
	}

}
