package org.tandem.engagement.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.PlanProgress;
import org.tandem.engagement.PlanStatus;

/**
 * Plan items done and live per engagement, served by {@code engagement_plan_item_engagement_idx}; items done by their
 * primary key.
 */
@Component
class PlanProgressRows implements PlanProgress {

	private final JdbcClient jdbc;

	PlanProgressRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Progress> progress(Collection<UUID> engagementIds) {
		if (none(engagementIds)) {
			return Map.of();
		}
		Map<UUID, Progress> progress = new HashMap<>();
		jdbc.sql("""
				select engagement_id,
					sum(case when status = :done then 1 else 0 end) as done,
					sum(case when status <> :dropped then 1 else 0 end) as live
				from engagement_plan_item where engagement_id in (:ids)
				group by engagement_id""")
			.param("done", PlanStatus.DONE.name())
			.param("dropped", PlanStatus.DROPPED.name())
			.param("ids", engagementIds)
			.query(rs -> {
				progress.put(rs.getObject("engagement_id", UUID.class),
						new Progress(rs.getInt("done"), rs.getInt("live")));
			});
		return progress;
	}

	/** Whether there is nothing to ask; refuses more than {@value #LIMIT} ids. */
	private static boolean none(Collection<UUID> ids) {
		if (ids.size() > LIMIT) {
			throw new IllegalArgumentException("at most " + LIMIT + " ids a call");
		}
		return ids.isEmpty();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Set<UUID> done(Collection<UUID> itemIds) {
		if (none(itemIds)) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select id from engagement_plan_item where id in (:ids) and status = :done")
			.param("ids", itemIds)
			.param("done", PlanStatus.DONE.name())
			.query(UUID.class)
			.list());
	}

}
