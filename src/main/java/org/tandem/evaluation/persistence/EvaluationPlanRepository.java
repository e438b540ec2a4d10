package org.tandem.evaluation.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.evaluation.domain.EvaluationPlan;

public interface EvaluationPlanRepository extends ListCrudRepository<EvaluationPlan, UUID> {

	/** Index evaluation_plan_engagement_uq. */
	Optional<EvaluationPlan> findByEngagementId(UUID engagementId);

	/** Index evaluation_plan_cohort_uq. */
	Optional<EvaluationPlan> findByCohortIdAndOrganizationId(UUID cohortId, UUID organizationId);

}
