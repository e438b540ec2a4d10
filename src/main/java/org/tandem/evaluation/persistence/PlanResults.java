package org.tandem.evaluation.persistence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.evaluation.EvaluationFigures;
import org.tandem.evaluation.EvaluationResults;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.evaluation.OutcomeSource;
import org.tandem.evaluation.PlanMode;

/**
 * {@link EvaluationResults} from clear columns only (ids, modes, codes, objectives, kinds, rounds and values): never
 * a sealed column, never a key. A page costs three reads whatever its size: its plans, their outcomes, their scores.
 */
@Component
class PlanResults implements EvaluationResults {

	private final JdbcClient jdbc;

	PlanResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Page results(@Nullable UUID after, int limit) {
		int size = Math.max(1, Math.min(limit, PAGE_LIMIT));
		List<Map<String, Object>> plans = jdbc.sql("""
				select p.id, p.organization_id, p.engagement_id, p.cohort_id, p.provider_id, p.mode from evaluation_plan p
				where p.id > :after and (
				  (p.mode = 'FULL'
				    and exists (select 1 from evaluation_score s where s.plan_id = p.id and s.round = 1)
				    and exists (select 1 from evaluation_score s where s.plan_id = p.id and s.round = 3))
				  or (p.mode = 'LIGHT'
				    and exists (select 1 from evaluation_score s where s.plan_id = p.id and s.round = 2)))
				order by p.id limit :size""")
			.param("after", after == null ? new UUID(0, 0) : after)
			.param("size", size + 1)
			.query()
			.listOfRows();
		List<Map<String, Object>> page = plans.subList(0, Math.min(size, plans.size()));
		List<UUID> ids = page.stream().map(row -> uuid(row.get("id"))).toList();
		// the page's outcomes and current scores in two reads (evaluation_outcome_plan_idx, evaluation_score_plan_idx)
		Map<UUID, Map<UUID, Object[]>> outcomes = new HashMap<>();
		Map<UUID, Map<Integer, Integer>> values = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					select plan_id, id, source, code, objective, kind from evaluation_outcome where plan_id in (:plans)
					order by plan_id, position, id""").param("plans", ids).query(rs -> {
				outcomes.computeIfAbsent(uuid(rs.getObject("plan_id")), k -> new LinkedHashMap<>())
					.put(uuid(rs.getObject("id")), new Object[] { OutcomeSource.valueOf(rs.getString("source")),
							rs.getString("code"), rs.getInt("objective"), OutcomeKind.valueOf(rs.getString("kind")) });
			});
			jdbc.sql("""
					select outcome_id, round, score from evaluation_score
					where plan_id in (:plans) and superseded_at is null""")
				.param("plans", ids)
				.query(rs -> {
					values.computeIfAbsent(uuid(rs.getObject("outcome_id")), k -> new HashMap<>())
						.put(rs.getInt("round"), rs.getInt("score"));
				});
		}
		List<Result> results = new ArrayList<>();
		for (Map<String, Object> row : page) {
			results.add(result(row, outcomes.getOrDefault(uuid(row.get("id")), Map.of()), values));
		}
		UUID next = plans.size() > size ? results.get(size - 1).planId() : null;
		return new Page(results, next);
	}

	/** One plan's result from its outcomes (in their order) and the current scores by outcome and round. */
	private static Result result(Map<String, Object> row, Map<UUID, Object[]> outcomes,
			Map<UUID, Map<Integer, Integer>> values) {
		UUID planId = uuid(row.get("id"));
		PlanMode mode = PlanMode.valueOf((String) row.get("mode"));
		List<OutcomeResult> list = new ArrayList<>();
		BigDecimal averageChange;
		BigDecimal potential = null;
		if (mode == PlanMode.FULL) {
			List<EvaluationFigures.FullScores> scores = new ArrayList<>();
			outcomes.forEach((id, o) -> {
				Map<Integer, Integer> v = values.getOrDefault(id, Map.of());
				scores.add(new EvaluationFigures.FullScores(id.toString(), (int) o[2], v.get(1), v.get(2), v.get(3)));
				list.add(new OutcomeResult((OutcomeSource) o[0], (String) o[1], (int) o[2], (OutcomeKind) o[3], v.get(1),
						v.get(3)));
			});
			EvaluationFigures.FullFigures figures = EvaluationFigures.full(scores);
			averageChange = figures.averageChangePercent();
			potential = figures.potentialReached();
		}
		else {
			List<BigDecimal> changes = new ArrayList<>();
			outcomes.forEach((id, o) -> {
				Map<Integer, Integer> v = values.getOrDefault(id, Map.of());
				Integer first = v.isEmpty() ? null : v.get(java.util.Collections.min(v.keySet()));
				Integer last = v.isEmpty() ? null : v.get(java.util.Collections.max(v.keySet()));
				if (v.size() >= 2 && first != null && last != null) {
					changes.add(BigDecimal.valueOf(last - first));
				}
				list.add(new OutcomeResult((OutcomeSource) o[0], (String) o[1], (int) o[2], (OutcomeKind) o[3], first,
						last));
			});
			averageChange = changes.isEmpty() ? null
					: changes.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(changes.size()), MathContext.DECIMAL128)
						.setScale(2, RoundingMode.HALF_UP);
		}
		return new Result(planId, uuid(row.get("organization_id")), nullableUuid(row.get("engagement_id")),
				nullableUuid(row.get("cohort_id")), nullableUuid(row.get("provider_id")), mode, list, averageChange,
				potential);
	}

	private static UUID uuid(@Nullable Object value) {
		return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
	}

	private static @Nullable UUID nullableUuid(@Nullable Object value) {
		return value == null ? null : uuid(value);
	}

}
