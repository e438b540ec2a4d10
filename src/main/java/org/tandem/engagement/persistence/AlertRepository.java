package org.tandem.engagement.persistence;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.Alert;

public interface AlertRepository extends ListCrudRepository<Alert, java.util.UUID> {

	/** Alerts nobody handled yet, oldest first, at most {@code limit}. */
	@Query("""
			select * from engagement_alert where handled_at is null
			order by raised_at, id fetch first :limit rows only""")
	List<Alert> open(int limit);

}
