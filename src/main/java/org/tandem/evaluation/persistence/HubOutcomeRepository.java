package org.tandem.evaluation.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.evaluation.framework.HubOutcome;

public interface HubOutcomeRepository extends ListCrudRepository<HubOutcome, UUID> {

	/** The hub's outcomes by objective, oldest first (index evaluation_hub_outcome_objective_idx; at most 200). */
	List<HubOutcome> findTop200ByOrderByObjectiveAscCreatedAtAscIdAsc();

	long count();

}
