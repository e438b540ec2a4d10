package org.tandem.audit.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.audit.ActivityStatus;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.AuditSide;
import org.tandem.audit.AuditStatus;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditActivity;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.audit.domain.AuditService;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Audits as JSON, for the tools of those who see them (scopes {@code audits:read} and {@code audits:write}, held by
 * organization members, providers, staff and administrators): each audit answers exactly whom its pages answer, and
 * anyone else gets 404 whatever their role; only the auditor's side marks an activity.
 */
@RestController
@RequestMapping(path = "/api/v1/audits", produces = "application/json")
@Tag(name = "Audits")
@SecurityRequirement(name = "accessToken")
class AuditApiController {

	private final AuditService audits;

	private final AuditPlans plans;

	private final Accounts accounts;

	private final MessageSource messages;

	AuditApiController(AuditService audits, AuditPlans plans, Accounts accounts, MessageSource messages) {
		this.audits = audits;
		this.plans = plans;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping
	@Operation(summary = "The audits the caller sees, newest first",
			description = "Needs the scope audits:read. 20 per page, paged with a cursor: `before` in the answer, "
					+ "passed back as `before`; null on the last page (a cursor that is not one of this list's starts "
					+ "from the newest). Ids, statuses, settings and dates only; nothing written in the audit.")
	PageResponse list(java.security.Principal caller,
			@Parameter(description = "The page of older audits: the `before` cursor of the page before") @RequestParam(required = false) @Nullable String before) {
		UUID me = account(caller);
		AuditService.Page page = audits.mine(me, before);
		return new PageResponse(page.audits()
			.stream()
			.map(a -> summary(a, audits.sideOf(a, me).orElseThrow(NotFoundException::new)))
			.toList(), page.before());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One audit: its context and its plan's activities in their order",
			description = "Needs the scope audits:read. Holds what the auditor wrote (the scope, the threats named, "
					+ "each activity's notes and skip reason), opened with the organization's keys: keep what you "
					+ "fetch as carefully as Tandem does. 404 for an audit the caller does not see.")
	AuditResponse audit(java.security.Principal caller, @PathVariable UUID id, Locale locale) {
		UUID me = account(caller);
		AuditPlans.PlanView plan = plans.view(id, me, locale);
		Audit audit = plan.audit();
		return new AuditResponse(summary(audit, plan.side()), audit.scope(), audit.threats(),
				audit.organizationSize(), audit.country(), audit.minutesAvailable(), audit.auditorSkills(),
				audit.language(), audit.version(), plan.balance().total(),
				plan.planned().stream().map(AuditApiController::activity).toList());
	}

	@PatchMapping(path = "/{id}/activities/{activityId}", consumes = "application/json")
	@Operation(summary = "Mark where an activity of the plan stands",
			description = "Needs the scope audits:write; for the audit's auditor side only. Body "
					+ "{\"status\": \"SKIPPED\", \"reason\": \"…\", \"version\": 3}: PLANNED, DONE or SKIPPED (a "
					+ "reason is required for SKIPPED); version is optional, and when given a change to an activity "
					+ "changed since is refused (400). 400 without a status, for the organization's side or when the "
					+ "audit is closed; 404 for an audit the caller does not see, or an activity of another audit. "
					+ "`activityId` is the plan's activity id (`id` in the audit's activities).")
	ActivityResponse mark(java.security.Principal caller, @PathVariable UUID id, @PathVariable UUID activityId,
			@RequestBody StatusRequest request) {
		if (request.status() == null) {
			throw new InvalidInput("status", "audit.plan.status.invalid");
		}
		if (request.reason() != null && request.reason().length() > AuditActivity.REASON_LIMIT) {
			throw new InvalidInput("reason", "audit.plan.skip.reasonTooLong");
		}
		UUID me = account(caller);
		plans.mark(id, me, activityId, request.status(), request.reason(), request.version());
		return activity(plans.activity(id, me, activityId, Locale.ENGLISH).planned());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static SummaryResponse summary(Audit audit, AuditSide side) {
		return new SummaryResponse(audit.id(), audit.organizationId(), audit.engagementId(), audit.status(),
				audit.setting(), side, audit.createdAt(), audit.updatedAt());
	}

	private static ActivityResponse activity(AuditPlans.Planned planned) {
		AuditActivity a = planned.activity();
		return new ActivityResponse(a.id(), a.activityId(), planned.entry() == null ? null : planned.entry().slug(),
				planned.entry() == null ? null : planned.entry().title(), a.position(), planned.minutes(),
				a.plannedOn() == null ? null : a.plannedOn().toString(), a.status(), a.notes(), a.skipReason(),
				a.doneAt(), a.version());
	}

	/**
	 * @param status PLANNED, DONE or SKIPPED
	 * @param reason why it was skipped (required for SKIPPED, at most 2,000 characters)
	 * @param version the activity's version the caller saw, or null
	 */
	record StatusRequest(@Nullable ActivityStatus status, @Nullable String reason, @Nullable Long version) {

		@Override
		public String toString() {
			return "StatusRequest[" + status + "]";
		}

	}

	/**
	 * @param engagement the engagement the audit is part of, or null for an audit on its own
	 * @param yourSide whom the caller sees it as: AUDITOR or ORGANIZATION
	 */
	record SummaryResponse(UUID id, UUID organization, @Nullable UUID engagement, AuditStatus status,
			AuditSetting setting, AuditSide yourSide, Instant createdAt, Instant updatedAt) {
	}

	/** @param before the cursor of the page of older audits (pass it as {@code before}), or null on the last page */
	record PageResponse(List<SummaryResponse> audits, @Nullable String before) {
	}

	/**
	 * @param minutesAvailable the auditor's time for the audit (0: not given)
	 * @param auditorSkills the catalog skill slugs the auditor brings
	 * @param language the report language
	 * @param plannedMinutes the minutes of the activities not skipped
	 */
	record AuditResponse(SummaryResponse summary, String scope, @Nullable String threats, int organizationSize,
			@Nullable String country, int minutesAvailable, Set<String> auditorSkills, String language, long version,
			int plannedMinutes, List<ActivityResponse> activities) {

		/** Ids only: the web layer's debug log writes the bodies it returns, and no log holds what people wrote. */
		@Override
		public String toString() {
			return "AuditResponse[" + summary.id() + "]";
		}

	}

	/**
	 * @param id the plan's activity id
	 * @param catalogActivity the catalog activity's id
	 * @param slug its slug, or null if the catalog no longer holds it
	 * @param title its title in the caller's language (English where it has none), or null
	 * @param minutes its time in minutes, or null when not given
	 * @param plannedOn an ISO date, or null
	 * @param notes the auditor's notes (Markdown), or null
	 * @param skipReason why it was skipped, or null
	 */
	record ActivityResponse(UUID id, UUID catalogActivity, @Nullable String slug, @Nullable String title,
			int position, @Nullable Integer minutes, @Nullable String plannedOn, ActivityStatus status,
			@Nullable String notes, @Nullable String skipReason, @Nullable Instant doneAt, long version) {

		@Override
		public String toString() {
			return "ActivityResponse[" + id + "]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		private static final String[] ROLES = Arrays
			.stream(new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN })
			.map(Role::authority)
			.toArray(String[]::new);

		@Bean
		ApiPathRules auditApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.PATCH, "/api/v1/audits/*/activities/*")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_audits:write"),
						AuthorityAuthorizationManager.hasAnyAuthority(ROLES)))
				.requestMatchers(HttpMethod.GET, "/api/v1/audits", "/api/v1/audits/**")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_audits:read"),
						AuthorityAuthorizationManager.hasAnyAuthority(ROLES)));
		}

	}

}
