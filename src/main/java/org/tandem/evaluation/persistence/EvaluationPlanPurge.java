package org.tandem.evaluation.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The evaluation plans' part of an organization's purge: every plan of the organization with its outcomes, scores
 * (superseded ones too), notes and reminders, children before parents. The organization's keys, destroyed by the
 * same purge, already made every sealed value unreadable. An engagement that closes keeps its plan.
 */
@Component
class EvaluationPlanPurge implements PurgeParticipant {

	/** Each table with the kind it counts, in the order they are emptied. */
	private static final Map<String, String> TABLES;

	static {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("evaluation_reminder", "evaluation.reminders");
		tables.put("evaluation_score", "evaluation.scores");
		tables.put("evaluation_note", "evaluation.notes");
		tables.put("evaluation_outcome", "evaluation.outcomes");
		tables.put("evaluation_plan", "evaluation.plans");
		TABLES = java.util.Collections.unmodifiableMap(tables);
	}

	private final JdbcClient jdbc;

	EvaluationPlanPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "evaluation-plans";
	}

	@Override
	public Set<String> kinds() {
		return Set.copyOf(TABLES.values());
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new java.util.TreeMap<>();
		TABLES.forEach((table, kind) -> destroyed.put(kind,
				jdbc.sql("delete from " + table + " where organization_id = :owner").param("owner", owner).update()));
		return destroyed;
	}

}
