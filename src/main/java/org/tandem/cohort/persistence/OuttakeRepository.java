package org.tandem.cohort.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.cohort.domain.Outtake;

/** Outtakes, one per organization and cohort (unique index {@code cohort_outtake_one}). */
public interface OuttakeRepository extends ListCrudRepository<Outtake, UUID> {

	@Query("select * from cohort_outtake where cohort_id = :cohortId and organization_id = :organizationId")
	Optional<Outtake> of(UUID cohortId, UUID organizationId);

	@Query("select organization_id from cohort_outtake where cohort_id = :cohortId fetch first 1000 rows only")
	List<UUID> filledIn(UUID cohortId);

}
