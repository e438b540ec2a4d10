package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.PlanItem;

public interface PlanItemRepository extends ListCrudRepository<PlanItem, UUID> {

	/** The plan's items, soonest due first; the service caps how many a plan holds. */
	List<PlanItem> findByEngagementIdOrderByDueOnAscCreatedAtAscIdAsc(UUID engagementId);

	long countByEngagementId(UUID engagementId);

	/**
	 * Items still to do or under way, due on or before a day, owned by the side an account speaks for in each of its
	 * engagements: soonest due first, at most {@code limit}.
	 */
	@org.springframework.data.jdbc.repository.query.Query("""
			select i.* from engagement_plan_item i join engagement_participant p on p.engagement_id = i.engagement_id
			where p.account_id = :accountId and i.owner = p.side and i.status in ('TO_DO', 'DOING')
			and i.due_on <= :until order by i.due_on, i.id fetch first :limit rows only""")
	List<PlanItem> dueFor(UUID accountId, java.time.LocalDate until, int limit);

}
