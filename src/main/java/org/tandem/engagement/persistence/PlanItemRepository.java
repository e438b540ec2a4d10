package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.PlanItem;

public interface PlanItemRepository extends ListCrudRepository<PlanItem, UUID> {

	/** The plan's items, soonest due first; the service caps how many a plan holds. */
	List<PlanItem> findByEngagementIdOrderByDueOnAscCreatedAtAscIdAsc(UUID engagementId);

	long countByEngagementId(UUID engagementId);

}
