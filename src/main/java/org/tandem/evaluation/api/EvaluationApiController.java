package org.tandem.evaluation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.evaluation.OutcomeSource;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.PlanSide;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An evaluation plan as JSON, for the tools of its participants (scopes {@code evaluations:read} and
 * {@code evaluations:write}): each plan answers exactly whom its pages answer, and anyone else gets 404 whatever
 * their role. Every caller who gets an answer is a participant, so the answer holds what was written in the plan
 * (outcomes' wording, justifications and comments), opened with the organization's keys.
 */
@RestController
@RequestMapping(path = "/api/v1/evaluations", produces = "application/json")
@Tag(name = "Evaluations")
@SecurityRequirement(name = "accessToken")
class EvaluationApiController {

	/** The most entries one round's body may hold (a full plan's outcomes). */
	static final int ENTRIES_LIMIT = PlanMode.FULL.outcomeLimit();

	private final EvaluationPlans plans;

	private final Accounts accounts;

	private final MessageSource messages;

	EvaluationApiController(EvaluationPlans plans, Accounts accounts, MessageSource messages) {
		this.plans = plans;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One evaluation plan: its mode, dates, outcomes and current scores",
			description = "Needs the scope evaluations:read. For the plan's participants only (404 for anyone else). "
					+ "Outcomes in order, each with its framework code (or hub outcome id; null for the organization's "
					+ "own), objective, kind and the wording written for the organization (null: the framework's). "
					+ "Scores: rounds 1 baseline, 2 mid-term, 3 final (full plans, 1–5) or numbered rounds of lights "
					+ "(light plans, 1 red, 2 yellow, 3 green), each with its justification or comment.")
	PlanResponse plan(java.security.Principal caller, @PathVariable UUID id) {
		return response(plans.state(id, account(caller)));
	}

	@PostMapping(path = "/{id}/rounds/{round}", consumes = "application/json")
	@Operation(summary = "Record a round's scores or lights",
			description = "Needs the scope evaluations:write; for the plan's participants. Body {\"entries\": "
					+ "[{\"outcomeId\": \"…\", \"score\": 3, \"text\": \"…\"}]} (at most 30 entries; text at most "
					+ "1000 characters, required with a score in full plans). Outcomes not named stay as they are. "
					+ "Re-scoring a round keeps the history; it is refused (400) once a later round holds a score, and "
					+ "a round after the first needs the baseline (full) or the round before (light). One bad entry "
					+ "refuses the whole body (400, nothing written). 404 for a plan the caller does not take part in.")
	PlanResponse record(java.security.Principal caller, @PathVariable UUID id, @PathVariable int round,
			@RequestBody RoundRequest request) {
		if (request.entries() == null || request.entries().size() > ENTRIES_LIMIT) {
			throw new InvalidInput("entries", "evaluation.score.tooMany");
		}
		UUID me = account(caller);
		plans.record(id, me, round, request.entries()
			.stream()
			.map(e -> new EvaluationPlans.Entry(e.outcomeId(), e.score(), e.text()))
			.toList());
		return response(plans.state(id, me));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static PlanResponse response(PlanState state) {
		EvaluationPlan plan = state.plan();
		return new PlanResponse(plan.id(), plan.organizationId(), plan.engagementId(), plan.cohortId(), plan.mode(),
				state.side(), plan.midtermDueOn(), plan.finalDueOn(), plan.nextRoundDueOn(), plan.version(),
				state.outcomes()
					.stream()
					.map(o -> new OutcomeResponse(o.id(), o.source(), o.code(), o.objective(), o.kind(), o.wording()))
					.toList(),
				state.scores()
					.stream()
					.map(s -> new ScoreResponse(s.outcomeId(), s.round(), s.score(), s.justification(), s.recordedAt()))
					.toList());
	}

	record RoundRequest(@Nullable List<EntryRequest> entries) {
	}

	record EntryRequest(UUID outcomeId, @Nullable Integer score, @Nullable String text) {
	}

	record PlanResponse(UUID id, UUID organizationId, @Nullable UUID engagementId, @Nullable UUID cohortId,
			PlanMode mode, PlanSide side, @Nullable LocalDate midtermDueOn, @Nullable LocalDate finalDueOn,
			@Nullable LocalDate nextRoundDueOn, long version, List<OutcomeResponse> outcomes,
			List<ScoreResponse> scores) {

		@Override
		public String toString() {
			return "PlanResponse[" + id + "]";
		}

	}

	record OutcomeResponse(UUID id, OutcomeSource source, @Nullable String code, int objective, OutcomeKind kind,
			@Nullable String wording) {

		@Override
		public String toString() {
			return "OutcomeResponse[" + id + "]";
		}

	}

	record ScoreResponse(UUID outcomeId, int round, int score, @Nullable String text, Instant recordedAt) {

		@Override
		public String toString() {
			return "ScoreResponse[" + outcomeId + "/" + round + "]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		private static final String[] ROLES = Arrays
			.stream(new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN })
			.map(Role::authority)
			.toArray(String[]::new);

		@Bean
		ApiPathRules evaluationApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/evaluations/*/rounds/*")
				.access(AuthorizationManagers.allOf(
						AuthorityAuthorizationManager.hasAuthority("SCOPE_evaluations:write"),
						AuthorityAuthorizationManager.hasAnyAuthority(ROLES)))
				.requestMatchers(HttpMethod.GET, "/api/v1/evaluations/**")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_evaluations:read"),
						AuthorityAuthorizationManager.hasAnyAuthority(ROLES)));
		}

	}

}
