package org.tandem.cohort.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.cohort.domain.Cohort;

/** Cohorts, whole; the lists go by term on {@code cohort_term_idx}, a page at a time from the last one shown. */
public interface CohortRepository extends ListCrudRepository<Cohort, UUID> {

	/** The newest terms first. */
	@Query("select c.* from cohort c order by c.starts_on desc, c.id desc fetch first :limit rows only")
	List<Cohort> newest(int limit);

	/** The terms that start before the one at (startsOn, id), newest first. */
	@Query("""
			select c.* from cohort c where c.starts_on < :startsOn or (c.starts_on = :startsOn and c.id < :id)
			order by c.starts_on desc, c.id desc fetch first :limit rows only""")
	List<Cohort> olderThan(LocalDate startsOn, UUID id, int limit);

	/** These cohorts, newest term first. */
	@Query("select c.* from cohort c where c.id in (:ids) order by c.starts_on desc, c.id desc")
	List<Cohort> allOf(Collection<UUID> ids);

	/** The cohorts in a status, soonest term first. */
	@Query("""
			select c.* from cohort c where c.status = :status order by c.starts_on, c.id
			fetch first :limit rows only""")
	List<Cohort> inStatus(String status, int limit);

}
