package org.tandem.cohort.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.cohort.domain.Intake;

/** Intakes, one per organization and cohort (unique index {@code cohort_intake_one}). */
public interface IntakeRepository extends ListCrudRepository<Intake, UUID> {

	@Query("select * from cohort_intake where cohort_id = :cohortId and organization_id = :organizationId")
	Optional<Intake> of(UUID cohortId, UUID organizationId);

	/** The organizations of the cohort that filled their intake (at most one row each; a cohort has at most 100). */
	@Query("select organization_id from cohort_intake where cohort_id = :cohortId fetch first 1000 rows only")
	List<UUID> filledIn(UUID cohortId);

}
