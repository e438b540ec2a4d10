package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Guide;

public interface GuideRepository extends ListCrudRepository<Guide, UUID> {

	/** An engagement's guides and checklists, oldest first, at most {@code limit}. */
	@Query("""
			select * from engagement_guide where engagement_id = :engagementId
			order by created_at, id fetch first :limit rows only""")
	List<Guide> of(UUID engagementId, int limit);

	@Query("select count(*) from engagement_guide where engagement_id = :engagementId")
	long countOf(UUID engagementId);

}
