package org.tandem.engagement.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Meeting;

public interface MeetingRepository extends ListCrudRepository<Meeting, UUID> {

	/** An engagement's meetings, newest first, at most {@code limit}. */
	@Query("""
			select * from engagement_meeting where engagement_id = :engagementId
			order by held_on desc, id desc fetch first :limit rows only""")
	List<Meeting> newest(UUID engagementId, int limit);

	/** The meetings before the one held on {@code day} with {@code id}, newest first, at most {@code limit}. */
	@Query("""
			select * from engagement_meeting where engagement_id = :engagementId
			and (held_on < :day or (held_on = :day and id < :id))
			order by held_on desc, id desc fetch first :limit rows only""")
	List<Meeting> before(UUID engagementId, LocalDate day, UUID id, int limit);

}
