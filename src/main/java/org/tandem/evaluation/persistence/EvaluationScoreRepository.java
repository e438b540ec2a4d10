package org.tandem.evaluation.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.evaluation.domain.Score;

public interface EvaluationScoreRepository extends ListCrudRepository<Score, UUID> {

	/** A plan's current scores (index evaluation_score_plan_idx; at most 30 outcomes times 40 rounds). */
	List<Score> findByPlanIdAndSupersededAtIsNullOrderByRoundAscRecordedAtAsc(UUID planId);

	/** A round's scores, superseded ones too, oldest first: its history. */
	List<Score> findByPlanIdAndRoundOrderByRecordedAtAsc(UUID planId, int round);

	boolean existsByPlanId(UUID planId);

	boolean existsByOutcomeId(UUID outcomeId);

}
