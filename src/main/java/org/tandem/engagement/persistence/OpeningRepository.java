package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Opening;

public interface OpeningRepository extends ListCrudRepository<Opening, UUID> {

	/** Openings not yet linked to an organization, oldest first, at most {@code limit}. */
	@Query("""
			select * from engagement_opening where engagement_id is null
			order by confirmed_at, request_id fetch first :limit rows only""")
	List<Opening> waiting(int limit);

}
