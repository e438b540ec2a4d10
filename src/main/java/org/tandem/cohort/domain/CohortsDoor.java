package org.tandem.cohort.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.Cohorts;
import org.tandem.cohort.Side;
import org.tandem.cohort.persistence.CohortRepository;

/** {@link Cohorts} from the cohort's tables. */
@Component
class CohortsDoor implements Cohorts {

	private final CohortRepository cohorts;

	private final CohortService service;

	CohortsDoor(CohortRepository cohorts, CohortService service) {
		this.cohorts = cohorts;
		this.service = service;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenCohort> recruiting(String language) {
		return cohorts.inStatus(CohortStatus.RECRUITING.name(), 500)
			.stream()
			.filter(c -> c.presentOrganizations().size() < c.organizationCapacity())
			.filter(c -> language.isBlank() || c.languages().contains(language))
			.limit(RECRUITING_LIMIT)
			.map(c -> new OpenCohort(c.id(), c.name(), c.startsOn(), c.endsOn(), java.util.Set.copyOf(c.languages())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean takesPart(UUID cohortId, UUID accountId) {
		return sideOf(cohortId, accountId).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Side> sideOf(UUID cohortId, UUID accountId) {
		return cohorts.findById(cohortId).flatMap(c -> service.sideOf(c, accountId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> coordinators(UUID cohortId) {
		return cohorts.findById(cohortId)
			.map(c -> c.coordinators().stream().map(Coordinator::accountId).sorted().toList())
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> organizations(UUID cohortId) {
		return cohorts.findById(cohortId)
			.map(c -> c.presentOrganizations().stream().map(MemberOrganization::organizationId).toList())
			.orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> providers(UUID cohortId) {
		return cohorts.findById(cohortId)
			.map(c -> c.presentProviders().stream().map(MemberProvider::providerId).toList())
			.orElse(List.of());
	}

}
