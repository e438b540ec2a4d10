package org.tandem.evaluation.domain;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.cohort.CohortPairs;
import org.tandem.cohort.Cohorts;
import org.tandem.cohort.PairStage;
import org.tandem.cohort.Side;
import org.tandem.engagement.Workspaces;
import org.tandem.evaluation.PlanSide;

/**
 * Who takes part in a plan, asked anew on every request. An engagement's plan: its participants (the organization's
 * members, its provider's account, its staff). A cohort organization's plan: the cohort's coordinators (staff), the
 * organization's members in the cohort, and the account of the provider the organization is paired with now.
 * Everyone else: nobody (the services answer "not found").
 */
@Component
class PlanAccess {

	private final Workspaces workspaces;

	private final Cohorts cohorts;

	private final CohortPairs pairs;

	PlanAccess(Workspaces workspaces, Cohorts cohorts, CohortPairs pairs) {
		this.workspaces = workspaces;
		this.cohorts = cohorts;
		this.pairs = pairs;
	}

	Optional<PlanSide> sideOf(EvaluationPlan plan, UUID accountId) {
		UUID engagementId = plan.engagementId();
		if (engagementId != null) {
			return ofEngagement(engagementId, accountId).map(Subject::side);
		}
		UUID cohortId = java.util.Objects.requireNonNull(plan.cohortId());
		return ofCohort(cohortId, plan.organizationId(), accountId).map(Subject::side);
	}

	/** The account's side in an engagement and the engagement's organization and provider, if it takes part. */
	Optional<Subject> ofEngagement(UUID engagementId, UUID accountId) {
		return workspaces.seat(engagementId, accountId)
			.map(seat -> new Subject(seat.organizationId(), seat.engagementId(), null, seat.providerId(),
					switch (seat.side()) {
						case ORGANIZATION -> PlanSide.ORGANIZATION;
						case PROVIDER -> PlanSide.PROVIDER;
						case STAFF -> PlanSide.STAFF;
					}));
	}

	/** The account's side for a cohort's member organization, if it takes part in that pair. */
	Optional<Subject> ofCohort(UUID cohortId, UUID organizationId, UUID accountId) {
		Optional<Side> side = cohorts.sideOf(cohortId, accountId);
		if (side.isEmpty() || !cohorts.organizations(cohortId).contains(organizationId)) {
			return Optional.empty();
		}
		UUID providerId = pairedProvider(cohortId, organizationId);
		PlanSide planSide = switch (side.get()) {
			case Side.Staff staff -> PlanSide.STAFF;
			case Side.Organization organization ->
				organization.organizationId().equals(organizationId) ? PlanSide.ORGANIZATION : null;
			case Side.Provider provider -> provider.providerId().equals(providerId) ? PlanSide.PROVIDER : null;
		};
		return Optional.ofNullable(planSide)
			.map(s -> new Subject(organizationId, null, cohortId, providerId, s));
	}

	/** The provider a cohort's organization is paired with now (a pair not declined), if any. */
	@Nullable
	UUID pairedProvider(UUID cohortId, UUID organizationId) {
		return pairs.pairs(cohortId)
			.stream()
			.filter(pair -> pair.organizationId().equals(organizationId) && pair.stage() != PairStage.DECLINED)
			.map(CohortPairs.Pair::providerId)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** What a plan is about, and the side the account sees it from. */
	record Subject(UUID organizationId, @Nullable UUID engagementId, @Nullable UUID cohortId,
			@Nullable UUID providerId, PlanSide side) {
	}

}
