package org.tandem.engagement.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Decision;

public interface DecisionRepository extends ListCrudRepository<Decision, UUID> {

	/** An engagement's decisions, newest first, at most {@code limit}. */
	@Query("""
			select * from engagement_decision where engagement_id = :engagementId
			order by decided_on desc, id desc fetch first :limit rows only""")
	List<Decision> newest(UUID engagementId, int limit);

	/** The decisions before the one of {@code day} with {@code id}, newest first, at most {@code limit}. */
	@Query("""
			select * from engagement_decision where engagement_id = :engagementId
			and (decided_on < :day or (decided_on = :day and id < :id))
			order by decided_on desc, id desc fetch first :limit rows only""")
	List<Decision> before(UUID engagementId, LocalDate day, UUID id, int limit);

}
