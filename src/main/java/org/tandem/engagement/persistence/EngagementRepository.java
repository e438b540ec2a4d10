package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Engagement;

public interface EngagementRepository extends ListCrudRepository<Engagement, UUID> {

	/** The engagements an account takes part in, newest first, at most {@code limit}. */
	@Query("""
			select e.* from engagement e join engagement_participant p on p.engagement_id = e.id
			where p.account_id = :accountId order by e.opened_at desc, e.id desc fetch first :limit rows only""")
	List<Engagement> ofParticipant(UUID accountId, int limit);

	/** The engagements an account takes part in opened before the position, newest first, at most {@code limit}. */
	@Query("""
			select e.* from engagement e join engagement_participant p on p.engagement_id = e.id
			where p.account_id = :accountId and (e.opened_at < :openedAt or (e.opened_at = :openedAt and e.id < :id))
			order by e.opened_at desc, e.id desc fetch first :limit rows only""")
	List<Engagement> ofParticipantBefore(UUID accountId, java.time.Instant openedAt, UUID id, int limit);

	/** The organization's engagements, oldest first (its "download everything"). */
	List<Engagement> findByOrganizationIdOrderByOpenedAtAscIdAsc(UUID organizationId);

}
