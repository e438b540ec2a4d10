package org.tandem.engagement.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Closing;

public interface ClosingRepository extends ListCrudRepository<Closing, UUID> {

	/** Closings with a check-in due by {@code day}, at most {@code limit}. */
	@Query("""
			select * from engagement_closing where next_check_in <= :day
			order by next_check_in, engagement_id fetch first :limit rows only""")
	List<Closing> checkInDue(LocalDate day, int limit);

	/** Engagements still keeping in touch whose period ended before {@code day}, at most {@code limit}. */
	@Query("""
			select c.* from engagement_closing c join engagement e on e.id = c.engagement_id
			where c.keep_in_touch_until < :day and e.phase = 'KEEPING_IN_TOUCH'
			order by c.keep_in_touch_until, c.engagement_id fetch first :limit rows only""")
	List<Closing> periodEnded(LocalDate day, int limit);

}
