package org.tandem.engagement.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.CheckIn;

public interface CheckInRepository extends ListCrudRepository<CheckIn, UUID> {

	Optional<CheckIn> findByTokenDigest(String tokenDigest);

	/** An engagement's check-ins, newest first, at most {@code limit}. */
	@Query("""
			select * from engagement_check_in where engagement_id = :engagementId
			order by due_on desc, id desc fetch first :limit rows only""")
	List<CheckIn> ofEngagement(UUID engagementId, int limit);

}
