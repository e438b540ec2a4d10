package org.tandem.audit.persistence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditedEngagements;
import org.tandem.audit.FindingCategory;
import org.tandem.audit.RecommendationStatus;

/**
 * Which engagements had an audit, served by {@code audit_engagement_idx}; their planned recommendations through
 * {@code audit_recommendation_audit_idx} and the findings' primary keys.
 */
@Component
class AuditedEngagementRows implements AuditedEngagements {

	private final JdbcClient jdbc;

	AuditedEngagementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> audited(Collection<UUID> engagementIds) {
		if (none(engagementIds)) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct engagement_id from audit where engagement_id in (:ids)")
			.param("ids", engagementIds)
			.query(UUID.class)
			.list());
	}


	@Override
	@Transactional(readOnly = true)
	public List<Planned> planned(Collection<UUID> engagementIds) {
		if (none(engagementIds)) {
			return List.of();
		}
		record Row(UUID engagementId, UUID planItemId) {
		}
		Map<Row, Set<FindingCategory>> categories = new LinkedHashMap<>();
		jdbc.sql("""
				select a.engagement_id, r.plan_item_id, f.category
				from audit a
				join audit_recommendation r on r.audit_id = a.id
				join audit_recommendation_finding rf on rf.recommendation_id = r.id
				join audit_finding f on f.id = rf.finding_id
				where a.engagement_id in (:ids) and r.status = :accepted and r.plan_item_id is not null""")
			.param("ids", engagementIds)
			.param("accepted", RecommendationStatus.ACCEPTED.name())
			.query(rs -> {
				categories.computeIfAbsent(new Row(rs.getObject("engagement_id", UUID.class),
						rs.getObject("plan_item_id", UUID.class)), row -> EnumSet.noneOf(FindingCategory.class))
					.add(FindingCategory.valueOf(rs.getString("category")));
			});
		return categories.entrySet().stream()
			.map(e -> new Planned(e.getKey().engagementId(), e.getKey().planItemId(), e.getValue()))
			.toList();
	}


	/** Whether there is nothing to ask; refuses more than {@value #LIMIT} ids. */
	private static boolean none(Collection<UUID> engagementIds) {
		if (engagementIds.size() > LIMIT) {
			throw new IllegalArgumentException("at most " + LIMIT + " engagements a call");
		}
		return engagementIds.isEmpty();
	}

}
