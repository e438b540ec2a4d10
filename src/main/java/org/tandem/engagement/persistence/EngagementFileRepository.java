package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.EngagementFile;

public interface EngagementFileRepository extends ListCrudRepository<EngagementFile, UUID> {

	/** An engagement's files, newest first, at most {@code limit}. */
	@Query("""
			select * from engagement_file where engagement_id = :engagementId
			order by uploaded_at desc, id desc fetch first :limit rows only""")
	List<EngagementFile> newest(UUID engagementId, int limit);

	@Query("select count(*) from engagement_file where engagement_id = :engagementId")
	long countOf(UUID engagementId);

}
