package org.tandem.engagement.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.directory.Providers;
import org.tandem.engagement.Agreement;
import org.tandem.engagement.Level;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementPages;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Participant;
import org.tandem.organization.Organizations;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Engagements as JSON, for their participants' own tools. Needs a token with the scope {@code engagements:read}
 * whose owner holds the organization-member, provider, staff or administrator role; each engagement answers its
 * participants only, exactly as the pages do: anyone else gets 404, whatever their role.
 */
@RestController
@RequestMapping(path = "/api/v1/engagements", produces = "application/json")
@Tag(name = "Engagements")
@SecurityRequirement(name = "accessToken")
class EngagementApiController {

	private final EngagementService engagements;

	private final EngagementPages pages;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final MessageSource messages;

	EngagementApiController(EngagementService engagements, EngagementPages pages, Organizations organizations,
			Providers providers, Accounts accounts, MessageSource messages) {
		this.engagements = engagements;
		this.pages = pages;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.messages = messages;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping
	@Operation(summary = "The engagements the caller takes part in, newest first",
			description = "Needs the scope engagements:read. 50 per page by default (`size`, 1 to 100), paged with a "
					+ "cursor: `next` in the answer, passed back as `after`; null on the last page. A cursor that is "
					+ "not one of this list's is refused (400). Ids, phases and dates only; nothing written in the "
					+ "engagement.")
	PageResponse list(java.security.Principal caller,
			@Parameter(description = "The page after this one: the `next` cursor of the page before") @RequestParam(required = false) @Nullable String after,
			@Parameter(description = "How many per page, 1 to 100 (50 by default; others are brought within)") @RequestParam(defaultValue = "50") int size) {
		UUID me = account(caller);
		EngagementPages.Page page = pages.of(me, after, size);
		Map<UUID, String> names = providers.names(page.engagements().stream().map(Engagement::providerId).toList());
		return new PageResponse(page.engagements().stream().map(e -> summary(e, me, names)).toList(), page.next());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One engagement: where it is, Create Space's agreements and who takes part",
			description = "Needs the scope engagements:read. Holds what the participants wrote (the agreements), "
					+ "opened with the organization's keys: keep what you fetch as carefully as Tandem does. 404 for "
					+ "an engagement the caller does not take part in.")
	EngagementResponse engagement(java.security.Principal caller, @PathVariable UUID id) {
		UUID me = account(caller);
		Engagement engagement = engagements.get(id, me);
		Map<UUID, Accounts.Person> people = accounts
			.byIds(engagement.participants().stream().map(Participant::accountId).toList());
		return new EngagementResponse(summary(engagement, me, providers.names(List.of(engagement.providerId()))),
				organizations.name(engagement.organizationId()).orElse(""), engagement.agreements(),
				engagement.participants()
					.stream()
					.sorted(java.util.Comparator.comparing(Participant::side).thenComparing(Participant::addedAt))
					.map(p -> new ParticipantResponse(
							people.containsKey(p.accountId()) ? people.get(p.accountId()).displayName() : "", p.side(),
							p.addedAt()))
					.toList(),
				engagement.version());
	}

	@GetMapping("/{id}/risks")
	@Operation(summary = "The engagement's risk register, weightiest first",
			description = "Needs the scope engagements:read. Each line's asset, threat and measures (opened with the "
					+ "organization's keys), likelihood and impact (LOW, MEDIUM, HIGH), weight (likelihood times "
					+ "impact, 1 to 9) and version. 404 for an engagement the caller does not take part in.")
	List<RiskResponse> risks(java.security.Principal caller, @PathVariable UUID id) {
		return engagements.risks(id, account(caller))
			.stream()
			.map(r -> new RiskResponse(r.id(), r.asset(), r.threat(), r.measures(), r.likelihood(), r.impact(),
					r.weight(), r.createdAt(), r.updatedAt(), r.version()))
			.toList();
	}

	private static SummaryResponse summary(Engagement e, UUID me, Map<UUID, String> providerNames) {
		return new SummaryResponse(e.id(), e.organizationId(), e.providerId(), providerNames.getOrDefault(e.providerId(),
				""), e.phase(), e.sideOf(me).orElseThrow(NotFoundException::new), e.openedAt(), e.updatedAt(),
				e.closedAt());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	/**
	 * @param providerName the provider's name in the directory
	 * @param yourSide whom the caller speaks for in it: ORGANIZATION, PROVIDER or STAFF
	 * @param closedAt when it closed, or null while it is open
	 */
	record SummaryResponse(UUID id, UUID organization, UUID provider, String providerName, Phase phase, Side yourSide,
			Instant openedAt, Instant updatedAt, @Nullable Instant closedAt) {
	}

	/** @param next the cursor of the page after this one (pass it as {@code after}), or null on the last page */
	record PageResponse(List<SummaryResponse> engagements, @Nullable String next) {
	}

	/**
	 * @param agreements Create Space's agreements written so far, by topic (WORKING, RHYTHM, DECISIONS, CONFIDENTIAL,
	 *        INCIDENTS)
	 * @param version the engagement's version, which a change must name (a change made on an older one is refused)
	 */
	record EngagementResponse(SummaryResponse summary, String organizationName, Map<Agreement, String> agreements,
			List<ParticipantResponse> participants, long version) {

		/** Ids only: the web layer's debug log writes the bodies it returns, and no log holds what people wrote. */
		@Override
		public String toString() {
			return "EngagementResponse[" + summary.id() + "]";
		}

	}

	record ParticipantResponse(String name, Side side, Instant addedAt) {

		@Override
		public String toString() {
			return "ParticipantResponse[" + side + "]";
		}

	}

	record RiskResponse(UUID id, String asset, String threat, @Nullable String measures, Level likelihood,
			Level impact, int weight, Instant createdAt, Instant updatedAt, long version) {

		/** Ids only: the web layer's debug log writes the bodies it returns, and no log holds what people wrote. */
		@Override
		public String toString() {
			return "RiskResponse[" + id + "]";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules engagementApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/engagements", "/api/v1/engagements/**")
				.access(Access.scopeAndAnyRole("engagements:read", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF,
						Role.ADMIN));
		}

	}

}
