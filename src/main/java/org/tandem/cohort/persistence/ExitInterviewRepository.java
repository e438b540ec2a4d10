package org.tandem.cohort.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.cohort.domain.ExitInterview;

/** Exit interviews, one per party and cohort (unique index {@code cohort_exit_interview_one}). */
public interface ExitInterviewRepository extends ListCrudRepository<ExitInterview, UUID> {

	@Query("""
			select * from cohort_exit_interview where cohort_id = :cohortId and party_kind = :kind
			and party_id = :partyId""")
	Optional<ExitInterview> of(UUID cohortId, String kind, UUID partyId);

	/** Who had an exit interview in the cohort: the party's kind and id, nothing of what was said. */
	@Query("select party_id from cohort_exit_interview where cohort_id = :cohortId and party_kind = :kind fetch first 1000 rows only")
	List<UUID> heldWith(UUID cohortId, String kind);

}
