package org.tandem.matching.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.intake.Approach;
import org.tandem.account.Accounts;
import org.tandem.matching.domain.Batch;
import org.tandem.matching.domain.Batches;
import org.tandem.matching.domain.RequestMatching;
import org.tandem.matching.engine.BatchAssignment;
import org.tandem.matching.engine.Component;
import org.tandem.matching.engine.Constraint;
import org.tandem.matching.engine.Exclusion;
import org.tandem.matching.engine.Recommendation;
import org.tandem.matching.web.Explanations;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Matching as JSON for hub staff's own tools. Recommendations and reading proposals need the scope
 * {@code matching:read}, proposing a batch {@code matching:write}; both the staff role. Explanations come in the
 * language of the {@code Accept-Language} header, with the message keys beside them.
 */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Matching")
@SecurityRequirement(name = "accessToken")
class MatchingApiController {

	private final RequestMatching matching;

	private final Batches batches;

	private final Explanations explanations;

	private final MessageSource messages;

	private final Accounts accounts;

	MatchingApiController(RequestMatching matching, Batches batches, Explanations explanations,
			MessageSource messages, Accounts accounts) {
		this.accounts = accounts;
		this.matching = matching;
		this.batches = batches;
		this.explanations = explanations;
		this.messages = messages;
	}

	@GetMapping("/api/v1/matching/requests/{id}/recommendations")
	@Operation(summary = "A request's recommended providers, explained",
			description = "Needs the scope matching:read and the staff role. The best providers meeting every hard "
					+ "constraint, best first, with the score (0–1000), each component's part and the explanation; "
					+ "how many each constraint excluded; with excluded=true every excluded provider and why, and "
					+ "whether staff may choose them anyway (never past the organization's own exclusions). "
					+ "Uses the request's saved needs profile, or the one derived from its assessment.")
	RecommendationsResponse recommendations(@PathVariable UUID id,
			@Parameter(description = "How many recommendations, 1 to 50") @RequestParam(defaultValue = "10") int limit,
			@Parameter(description = "Also list every excluded provider") @RequestParam(defaultValue = "false") boolean excluded,
			Locale locale) {
		RequestMatching.View view = matching.view(id, Math.max(1, Math.min(50, limit)));
		return new RecommendationsResponse(view.request().id(), view.request().reference(),
				view.ranking().feasible(), view.ranking().excluded(), view.ranking().excludedBy(),
				view.ranking().recommendations().stream().map(r -> recommendation(r, locale)).toList(),
				excluded ? view.exclusions().stream().map(x -> exclusion(x, locale)).toList() : null);
	}

	@PostMapping(path = "/api/v1/matching/batches", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose a batch assignment of the requests awaiting a match",
			description = "Needs the scope matching:write and the staff role. Solves the assignment of every request "
					+ "being assessed with a needs assessment (or those asking for one approach) to providers, "
					+ "proven optimal, with the greedy baseline's figures; the proposal is kept for review and "
					+ "applied on the batch page. 400 when no request awaits a match.")
	BatchResponse propose(java.security.Principal caller, @RequestBody BatchRequest request) {
		UUID actor = accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
		if (request.approach() != null && Approach.named(request.approach()).isEmpty()) {
			throw new InvalidInput("approach", "matching.batch.approach.invalid");
		}
		Integer share = request.maxSharePercent();
		if (share != null && (share < 1 || share > 100)) {
			throw new InvalidInput("maxSharePercent", "matching.batch.share.range");
		}
		Batch batch = batches.propose(request.approach() == null ? null : Approach.named(request.approach()).orElseThrow(),
				new BatchAssignment.Options(request.placeAsMany() == null || request.placeAsMany(), share),
				actor);
		return batch(batch);
	}

	@GetMapping("/api/v1/matching/batches/{id}")
	@Operation(summary = "A batch proposal", description = "Needs the scope matching:read and the staff role.")
	BatchResponse proposal(@PathVariable UUID id) {
		return batch(batches.find(id).orElseThrow(NotFoundException::new));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private RecommendationResponse recommendation(Recommendation r, Locale locale) {
		return new RecommendationResponse(r.provider().id(), r.provider().reference(), r.provider().name(), r.score(),
				r.parts().stream().map(p -> new PartResponse(p.component(), p.weight(), p.value(), p.points())).toList(),
				r.reasons().stream().map(x -> new ReasonResponse(x.key(), explanations.text(x, locale))).toList());
	}

	private ExclusionResponse exclusion(Exclusion x, Locale locale) {
		return new ExclusionResponse(x.provider().id(), x.provider().reference(), x.provider().name(), x.failed(),
				x.overridable(),
				x.reasons().stream().map(r -> new ReasonResponse(r.key(), explanations.text(r, locale))).toList());
	}

	private static BatchResponse batch(Batch b) {
		return new BatchResponse(b.id(), b.reference(), b.createdAt(), b.approach(), b.placeAsMany(), b.maxShare(),
				new Figures(b.optimalPlaced(), b.optimalTotal()), new Figures(b.greedyPlaced(), b.greedyTotal()),
				new Figures(b.placed(), b.total()), b.appliedAt(),
				b.rows().stream().map(r -> new RowResponse(r.requestId(), r.providerId(), r.score(), r.proposedProvider(),
						r.proposedScore())).toList());
	}

	record RecommendationsResponse(UUID request, String reference, int feasible, int excluded,
			java.util.Map<Constraint, Integer> excludedBy, List<RecommendationResponse> recommendations,
			@Nullable List<ExclusionResponse> exclusions) {
	}

	record RecommendationResponse(UUID provider, String reference, String name, int score, List<PartResponse> parts,
			List<ReasonResponse> reasons) {
	}

	record PartResponse(Component component, int weight, int value, int points) {
	}

	record ReasonResponse(String key, String text) {
	}

	/**
	 * @param overridable whether staff may choose the provider anyway, with a reason: false when the organization
	 *        excluded them itself (EXCLUDED, JURISDICTION), which nobody can override
	 */
	record ExclusionResponse(UUID provider, String reference, String name, Set<Constraint> constraints,
			boolean overridable, List<ReasonResponse> reasons) {
	}

	/**
	 * @param approach only requests asking for this approach (INTRODUCTION, COHORT, NOT_SURE); all when absent
	 * @param placeAsMany place as many requests as possible before maximizing the score (default true)
	 * @param maxSharePercent no provider above this share of the batch (1–100); none when absent
	 */
	record BatchRequest(@Nullable String approach, @Nullable Boolean placeAsMany, @Nullable Integer maxSharePercent) {
	}

	record Figures(int placed, long total) {
	}

	record RowResponse(UUID request, @Nullable UUID provider, int score, @Nullable UUID proposedProvider,
			int proposedScore) {
	}

	record BatchResponse(UUID id, String reference, Instant createdAt, @Nullable String approach, boolean placeAsMany,
			@Nullable Integer maxSharePercent, Figures optimal, Figures greedy, Figures current,
			@Nullable Instant appliedAt, List<RowResponse> rows) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules matchingApiRules() {
			return rules -> rules.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/matching/**")
				.access(Access.scopeAndRole("matching:write", Role.STAFF))
				.requestMatchers("/api/v1/matching/**")
				.access(Access.scopeAndRole("matching:read", Role.STAFF));
		}

	}

}
