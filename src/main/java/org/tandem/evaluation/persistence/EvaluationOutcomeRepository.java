package org.tandem.evaluation.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.evaluation.domain.PlanOutcome;

public interface EvaluationOutcomeRepository extends ListCrudRepository<PlanOutcome, UUID> {

	/** A plan's outcomes in order (index evaluation_outcome_plan_idx; at most 30). */
	List<PlanOutcome> findByPlanIdOrderByPositionAscIdAsc(UUID planId);

}
