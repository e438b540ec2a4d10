package org.tandem.handoff.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.handoff.domain.FollowUp;

public interface FollowUpRepository extends ListCrudRepository<FollowUp, UUID> {

	List<FollowUp> findByRequestIdOrderByRoundAscSideAsc(UUID requestId);

	@Query("select * from handoff_follow_up where status = 'SCHEDULED' and due_on <= :today order by due_on")
	List<FollowUp> dueBy(LocalDate today);

	@Query("select * from handoff_follow_up where status = 'OPEN' order by due_on")
	List<FollowUp> open();

	@Query("select * from handoff_follow_up where provider_id = :providerId and side = 'PROVIDER' and status = 'OPEN' order by due_on")
	List<FollowUp> openForProvider(UUID providerId);

}
