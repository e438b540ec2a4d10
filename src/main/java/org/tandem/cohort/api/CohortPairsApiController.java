package org.tandem.cohort.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.cohort.CohortPairs;
import org.tandem.cohort.PairStage;
import org.tandem.cohort.domain.CohortService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A cohort's matched pairs as JSON, for hub staff's tools: which provider each organization is matched with and where
 * the pair stands. Scope {@code cohorts:read} (the rules of {@link CohortApiController} cover {@code GET
 * /api/v1/cohorts/**}). Ids only.
 */
@RestController
@RequestMapping(path = "/api/v1/cohorts", produces = "application/json")
@Tag(name = "Cohorts")
@SecurityRequirement(name = "accessToken")
class CohortPairsApiController {

	private final CohortService cohorts;

	private final CohortPairs pairs;

	CohortPairsApiController(CohortService cohorts, CohortPairs pairs) {
		this.cohorts = cohorts;
		this.pairs = pairs;
	}

	@GetMapping("/{id}/pairs")
	@Operation(summary = "A cohort's pairs: each organization's provider and where the pair stands",
			description = "Needs the scope cohorts:read. One pair per organization matched or proposed, by "
					+ "organization id (a cohort takes at most 100 organizations): `stage` is one of PROPOSED, "
					+ "OFFERED, ACCEPTED, INTRODUCED, CONTACT_CONFIRMED, ENGAGEMENT_OPEN, DECLINED; `provider` is "
					+ "null while a proposal has nobody for the organization; `engagement` is set once it is open. "
					+ "Ids only. 404 for a cohort that does not exist.")
	PairsResponse pairs(@PathVariable UUID id) {
		cohorts.get(id);
		return new PairsResponse(id, pairs.pairs(id)
			.stream()
			.map(p -> new PairResponse(p.organizationId(), p.providerId(), p.stage(), p.engagementId()))
			.toList());
	}

	record PairsResponse(UUID cohort, List<PairResponse> pairs) {
	}

	record PairResponse(UUID organization, @Nullable UUID provider, PairStage stage, @Nullable UUID engagement) {
	}

}
