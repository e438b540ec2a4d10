package org.tandem.engagement.api;

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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.engagement.PlanStatus;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Means;
import org.tandem.engagement.domain.PlanItem;
import org.tandem.engagement.domain.PlanView;
import org.tandem.engagement.domain.Plans;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An engagement's plan as JSON, for its participants (scopes {@code engagements:read} and {@code engagements:write};
 * an organization member, provider, staff or administrator role): the plan with its totals against the organization's
 * means, and marking an item's status. Every call goes through the participant check: an engagement the caller does
 * not take part in does not exist for them (404).
 */
@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Engagements")
@SecurityRequirement(name = "accessToken")
class PlanApiController {

	private final Plans plans;

	private final Accounts accounts;

	private final MessageSource messages;

	PlanApiController(Plans plans, Accounts accounts, MessageSource messages) {
		this.plans = plans;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping("/api/v1/engagements/{id}/plan")
	@Operation(summary = "An engagement's plan",
			description = "Needs the scope engagements:read. The organization's means (staff hours a month, budget "
					+ "in minor units of the plan's currency, deadline; each may be null), the totals of the items "
					+ "that still count, each measure set against the means (fits: true, false, or null when that "
					+ "means is not stated), the revision and the approved one, and the items, soonest due first. "
					+ "404 for an engagement the caller does not take part in.")
	PlanResponse plan(java.security.Principal caller, @PathVariable UUID id) {
		return plan(plans.view(id, account(caller)));
	}

	@PatchMapping(path = "/api/v1/engagements/{id}/plan/items/{itemId}", consumes = "application/json")
	@Operation(summary = "Mark where an item of the plan stands",
			description = "Needs the scope engagements:write. Body {\"status\": \"DONE\"} (TO_DO, DOING, DONE or "
					+ "DROPPED); either side may mark any item. A status does not raise the plan's revision. 400 "
					+ "without a status or when the engagement is closed; 404 for an engagement the caller does not "
					+ "take part in, or an item of another engagement.")
	ItemResponse mark(java.security.Principal caller, @PathVariable UUID id, @PathVariable UUID itemId,
			@RequestBody StatusRequest request) {
		if (request.status() == null) {
			throw new InvalidInput("status", "engagement.plan.statusInvalid");
		}
		UUID account = account(caller);
		plans.mark(id, account, itemId, request.status());
		return item(plans.item(id, account, itemId));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private static PlanResponse plan(PlanView view) {
		Means means = view.means();
		PlanView.Totals totals = view.totals();
		return new PlanResponse(view.engagementId(), view.revision(), view.approvedRevision(), view.approvedAt(),
				new MeansResponse(means.hoursPerMonth(), means.budgetMinor(), means.currency(),
						means.deadline() == null ? null : means.deadline().toString()),
				new TotalsResponse(totals.costMinor(), totals.organizationHours(), totals.providerHours(),
						totals.organizationHoursLeft(), totals.live(), totals.done()),
				view.fits().stream().map(f -> new FitResponse(f.measure(), f.fits(), f.need(), f.have(), f.over()))
					.toList(),
				view.items().stream().map(PlanApiController::item).toList());
	}

	private static ItemResponse item(PlanItem item) {
		return new ItemResponse(item.id(), item.title(), item.outcome(), item.owner(), item.dueOn().toString(),
				item.effortHours(), item.costMinor(), item.status(), item.version());
	}

	/** @param status TO_DO, DOING, DONE or DROPPED */
	record StatusRequest(@Nullable PlanStatus status) {
	}

	/**
	 * @param budgetMinor the budget in minor units of the currency (cents for USD)
	 * @param deadline an ISO date
	 */
	record MeansResponse(@Nullable Integer hoursPerMonth, @Nullable Long budgetMinor, String currency,
			@Nullable String deadline) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "MeansResponse[currency=" + currency + "]";
		}

	}

	/**
	 * Sums over the items that are not dropped.
	 *
	 * @param organizationHoursLeft the hours of the organization's items not done yet
	 */
	record TotalsResponse(long costMinor, long organizationHours, long providerHours, long organizationHoursLeft,
			int items, int done) {
	}

	/**
	 * @param measure BUDGET (need: the cost; have: the budget), STAFF_TIME (need: the organization's hours left; have:
	 *        its staff hours until the deadline, a month being 30 days) or DEADLINE (need: open items due after it)
	 * @param fits null when the organization has not stated that means
	 * @param over how far it does not fit
	 */
	record FitResponse(PlanView.Measure measure, @Nullable Boolean fits, long need, long have, long over) {
	}

	/**
	 * @param owner ORGANIZATION or PROVIDER
	 * @param dueOn an ISO date
	 * @param costMinor in minor units of the plan's currency
	 */
	record ItemResponse(UUID id, String title, @Nullable String outcome, Side owner, String dueOn, int effortHours,
			long costMinor, PlanStatus status, long version) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "ItemResponse[id=" + id + "]";
		}

	}

	/**
	 * @param approvedRevision the revision the organization approved, if any; the plan changed since when it differs
	 *        from revision
	 */
	record PlanResponse(UUID engagement, long revision, @Nullable Long approvedRevision, @Nullable Instant approvedAt,
			MeansResponse means, TotalsResponse totals, List<FitResponse> fits, List<ItemResponse> items) {

		/** Ids only: logs never hold what people typed. */
		@Override
		public String toString() {
			return "PlanResponse[engagement=" + engagement + ", revision=" + revision + "]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		private static final String[] PARTICIPANT_ROLES = Arrays
			.stream(new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN })
			.map(Role::authority)
			.toArray(String[]::new);

		@Bean
		ApiPathRules engagementPlanApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.PATCH, "/api/v1/engagements/*/plan/items/*")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_engagements:write"),
						AuthorityAuthorizationManager.hasAnyAuthority(PARTICIPANT_ROLES)))
				.requestMatchers(HttpMethod.GET, "/api/v1/engagements/*/plan")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_engagements:read"),
						AuthorityAuthorizationManager.hasAnyAuthority(PARTICIPANT_ROLES)));
		}

	}

}
