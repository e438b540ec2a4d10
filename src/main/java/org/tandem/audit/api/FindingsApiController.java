package org.tandem.audit.api;

import java.time.Instant;
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
import org.tandem.audit.FindingCategory;
import org.tandem.audit.Impact;
import org.tandem.audit.Likelihood;
import org.tandem.audit.Priority;
import org.tandem.audit.RecommendationStatus;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Recommendation;
import org.tandem.audit.domain.Recommendations;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An audit's findings and recommendations as JSON, for those who may see the audit (scopes {@code audits:read} and
 * {@code audits:write}; an organization member, provider, staff or administrator role), and the organization's
 * decision on a recommendation. An audit the caller may not see does not exist for them (404).
 */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Audits")
@SecurityRequirement(name = "accessToken")
class FindingsApiController {

	private final AuditFindings read;

	private final Recommendations recommendations;

	private final Accounts accounts;

	private final MessageSource messages;

	FindingsApiController(AuditFindings read, Recommendations recommendations, Accounts accounts,
			MessageSource messages) {
		this.read = read;
		this.recommendations = recommendations;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping("/api/v1/audits/{id}/findings")
	@Operation(summary = "An audit's findings",
			description = "Needs the scope audits:read. The findings, weightiest first (likelihood times impact, then "
					+ "newest): title, category, affected assets, likelihood and impact (1 to 5, with their names), "
					+ "weight, evidence, references to evidence files, who saw it. 404 for an audit the caller may "
					+ "not see.")
	List<FindingResponse> findings(java.security.Principal caller, @PathVariable UUID id) {
		return read.findings(id, account(caller)).stream().map(FindingsApiController::finding).toList();
	}

	@GetMapping("/api/v1/audits/{id}/recommendations")
	@Operation(summary = "An audit's recommendations",
			description = "Needs the scope audits:read. The recommendations by priority, due date and age: what to do "
					+ "(Markdown), the findings they rest on, effort in hours, cost in minor units of its currency, "
					+ "priority, due date, status (PROPOSED, ACCEPTED, POSTPONED, DECLINED) with the organization's "
					+ "reason, and the engagement plan's item it became. 404 for an audit the caller may not see.")
	List<RecommendationResponse> recommendations(java.security.Principal caller, @PathVariable UUID id) {
		return read.recommendations(id, account(caller)).stream().map(FindingsApiController::recommendation).toList();
	}

	@PostMapping(path = "/api/v1/audits/{id}/recommendations/{rid}/decision", consumes = "application/json")
	@Operation(summary = "The organization decides on a recommendation",
			description = "Needs the scope audits:write, and the caller on the organization's side of the audit. Body "
					+ "{\"status\": \"DECLINED\", \"reason\": \"…\", \"version\": 0}: ACCEPTED, POSTPONED or "
					+ "DECLINED, a reason required for the last two, the version the caller last read. 400 for the "
					+ "auditor's side, a missing reason, a stale version or a closed audit; 404 for an audit the "
					+ "caller may not see or a recommendation of another audit.")
	RecommendationResponse decide(java.security.Principal caller, @PathVariable UUID id, @PathVariable UUID rid,
			@RequestBody DecisionRequest request) {
		if (request.status() == null || request.version() == null) {
			throw new InvalidInput("status", "audit.rec.status.invalid");
		}
		UUID account = account(caller);
		recommendations.decide(id, account, rid, request.status(), request.reason(), request.version());
		return recommendation(read.recommendation(id, account, rid));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static FindingResponse finding(Finding f) {
		return new FindingResponse(f.id(), f.title(), f.category(), f.assets(), f.likelihood(), f.likelihood().step(),
				f.impact(), f.impact().step(), f.weight(), f.evidence(), f.evidenceFiles(), f.seenBy(), f.createdAt(),
				f.updatedAt(), f.version());
	}

	private static RecommendationResponse recommendation(AuditFindings.Recommended item) {
		Recommendation r = item.recommendation();
		return new RecommendationResponse(r.id(), r.title(), r.action(),
				item.findings().stream().map(Finding::id).toList(), r.effortHours(), r.costMinor(), r.currency(),
				r.priority(), r.dueOn() == null ? null : r.dueOn().toString(), r.status(), r.reason(), r.decidedAt(),
				r.planItemId(), r.version());
	}

	/**
	 * @param status ACCEPTED, POSTPONED or DECLINED
	 * @param reason required for POSTPONED and DECLINED
	 * @param version the recommendation's version the caller last read
	 */
	record DecisionRequest(@Nullable RecommendationStatus status, @Nullable String reason, @Nullable Long version) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "DecisionRequest[status=" + status + "]";
		}

	}

	/**
	 * @param likelihoodStep 1 (rare) to 5 (almost certain)
	 * @param impactStep 1 (negligible) to 5 (severe)
	 * @param weight likelihood times impact, 1 to 25
	 * @param evidenceFiles references to the audit's evidence files (ids or names)
	 */
	record FindingResponse(UUID id, String title, FindingCategory category, @Nullable String assets,
			Likelihood likelihood, int likelihoodStep, Impact impact, int impactStep, int weight,
			@Nullable String evidence, List<String> evidenceFiles, @Nullable String seenBy, Instant createdAt,
			Instant updatedAt, long version) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "FindingResponse[id=" + id + "]";
		}

	}

	/**
	 * @param action what to do, in Markdown
	 * @param costMinor in minor units of the currency (cents for USD), or null
	 * @param dueOn an ISO date, or null
	 * @param planItemId the engagement plan's item it became, once moved into the plan
	 */
	record RecommendationResponse(UUID id, String title, String action, List<UUID> findings, int effortHours,
			@Nullable Long costMinor, @Nullable String currency, Priority priority, @Nullable String dueOn,
			RecommendationStatus status, @Nullable String reason, @Nullable Instant decidedAt,
			@Nullable UUID planItemId, long version) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "RecommendationResponse[id=" + id + "]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		private static final String[] AUDIT_ROLES = Arrays
			.stream(new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN })
			.map(Role::authority)
			.toArray(String[]::new);

		@Bean
		ApiPathRules auditFindingsApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/audits/*/recommendations/*/decision")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_audits:write"),
						AuthorityAuthorizationManager.hasAnyAuthority(AUDIT_ROLES)))
				.requestMatchers(HttpMethod.GET, "/api/v1/audits/*/findings", "/api/v1/audits/*/recommendations")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_audits:read"),
						AuthorityAuthorizationManager.hasAnyAuthority(AUDIT_ROLES)));
		}

	}

}
