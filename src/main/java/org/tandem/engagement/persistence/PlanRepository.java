package org.tandem.engagement.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Plan;

public interface PlanRepository extends ListCrudRepository<Plan, UUID> {

	Optional<Plan> findByEngagementId(UUID engagementId);

}
