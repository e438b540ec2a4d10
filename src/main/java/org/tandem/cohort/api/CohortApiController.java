package org.tandem.cohort.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.ShownAs;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Coordinator;
import org.tandem.cohort.domain.MemberOrganization;
import org.tandem.cohort.domain.MemberProvider;
import org.tandem.directory.Providers;
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
 * Cohorts as JSON, for hub staff's and administrators' own tools: the list, one cohort, its members; planning a
 * cohort and moving its status. Scopes {@code cohorts:read} and {@code cohorts:write}; the same rules as the pages
 * (the aggregate guards them), and a change names the version it read.
 */
@RestController
@RequestMapping(path = "/api/v1/cohorts", produces = "application/json")
@Tag(name = "Cohorts")
@SecurityRequirement(name = "accessToken")
class CohortApiController {

	private final CohortService cohorts;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final MessageSource messages;

	CohortApiController(CohortService cohorts, Organizations organizations, Providers providers, Accounts accounts,
			MessageSource messages) {
		this.cohorts = cohorts;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Every cohort, newest term first",
			description = "Needs the scope cohorts:read (hub staff, administrators). 50 per page by default (`size`, "
					+ "1 to 100), paged with a cursor: `next` in the answer, passed back as `after`; null on the last "
					+ "page. A cursor that is not one of this list's is refused (400).")
	PageResponse list(
			@Parameter(description = "The page after this one: the `next` cursor of the page before") @RequestParam(required = false) @Nullable String after,
			@Parameter(description = "How many per page, 1 to 100 (50 by default; others are brought within)") @RequestParam(defaultValue = "50") int size) {
		CohortService.Page page = cohorts.page(after, size);
		return new PageResponse(page.cohorts().stream().map(CohortApiController::summary).toList(), page.next());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One cohort: its terms, status, capacities, coordinators and version",
			description = "Needs the scope cohorts:read. 404 for a cohort that does not exist.")
	CohortResponse cohort(@PathVariable UUID id) {
		return response(cohorts.get(id));
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "A cohort's organizations and providers, present and past",
			description = "Needs the scope cohorts:read. Every membership, in the order they began: an organization "
					+ "or provider that left and joined again appears twice. Organizations' names are opened with "
					+ "their keys (at most 100 are named; the others have an empty name): keep what you fetch as "
					+ "carefully as Tandem does.")
	MembersResponse members(@PathVariable UUID id) {
		Cohort cohort = cohorts.get(id);
		List<MemberOrganization> organizationRecord = cohort.organizationRecord();
		Set<UUID> named = new LinkedHashSet<>();
		cohort.presentOrganizations().forEach(m -> named.add(m.organizationId()));
		organizationRecord.forEach(m -> {
			if (named.size() < Organizations.NAMES_LIMIT) {
				named.add(m.organizationId());
			}
		});
		Map<UUID, String> organizationNames = organizations.names(named);
		List<MemberProvider> providerRecord = cohort.providerRecord();
		Map<UUID, String> providerNames = providers.names(providerRecord.stream().map(MemberProvider::providerId)
			.toList());
		return new MembersResponse(cohort.id(),
				organizationRecord.stream()
					.map(m -> new OrganizationMember(m.organizationId(),
							organizationNames.getOrDefault(m.organizationId(), ""), m.shownAs(), m.addedAt(),
							m.leftAt()))
					.toList(),
				providerRecord.stream()
					.map(m -> new ProviderMember(m.providerId(), providerNames.getOrDefault(m.providerId(), ""),
							m.addedAt(), m.leftAt()))
					.toList());
	}

	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a cohort",
			description = "Needs the scope cohorts:write. The cohort starts planned. Name up to 120 characters, "
					+ "description up to 4,000, a term of one to twelve months (ISO dates, the end after the start), "
					+ "languages among en, es, fr, pt and ar, capacities from 1 to 100, one to 20 coordinators (hub "
					+ "staff accounts). 400 with the field and a translated message when a rule is broken.")
	CohortResponse create(java.security.Principal caller, @RequestBody CreateRequest request) {
		if (request.coordinators() == null || request.coordinators().isEmpty()) {
			throw new InvalidInput("coordinators", "cohort.api.coordinatorsMissing");
		}
		if (request.name() == null) {
			throw new InvalidInput("name", "cohort.name.required");
		}
		if (request.startsOn() == null || request.endsOn() == null) {
			throw new InvalidInput(request.startsOn() == null ? "startsOn" : "endsOn", "cohort.date.invalid");
		}
		if (request.coordinators().size() > Cohort.COORDINATOR_LIMIT) {
			throw new InvalidInput("coordinators", "cohort.coordinator.tooMany");
		}
		Set<String> languages = request.languages() == null ? Set.of() : Set.copyOf(request.languages());
		Cohort.Terms terms = new Cohort.Terms(request.name(), request.description(), request.startsOn(),
				request.endsOn(), languages, request.organizationCapacity() == null ? 0 : request.organizationCapacity(),
				request.providerCapacity() == null ? 0 : request.providerCapacity());
		return response(cohorts.create(terms, new LinkedHashSet<>(request.coordinators()), account(caller)));
	}

	@PatchMapping(path = "/{id}/status", consumes = "application/json")
	@Operation(summary = "Move a cohort to another status",
			description = "Needs the scope cohorts:write. Body {\"status\": \"RECRUITING\", \"version\": 0}: forward "
					+ "one step (PLANNED, RECRUITING, RUNNING, CLOSING, CLOSED) or from RECRUITING back to PLANNED; "
					+ "RUNNING needs an organization and a provider taking part; a closed cohort changes no more. The "
					+ "version is the one you read: a cohort changed since is refused (400, field `version`).")
	CohortResponse move(java.security.Principal caller, @PathVariable UUID id, @RequestBody StatusRequest request) {
		if (request.status() == null) {
			throw new InvalidInput("status", "cohort.api.statusInvalid");
		}
		if (request.version() == null) {
			throw new InvalidInput("version", "cohort.api.versionMissing");
		}
		return response(cohorts.move(id, request.version(), request.status(), account(caller)));
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalid(InvalidInput invalid, Locale locale) {
		return invalid.problem(messages, locale);
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	private static SummaryResponse summary(Cohort c) {
		return new SummaryResponse(c.id(), c.name(), c.startsOn(), c.endsOn(), c.status(), c.languages(),
				c.presentOrganizations().size(), c.organizationCapacity(), c.presentProviders().size(),
				c.providerCapacity());
	}

	private CohortResponse response(Cohort c) {
		Map<UUID, Accounts.Person> people = accounts.byIds(c.coordinators().stream().map(Coordinator::accountId)
			.toList());
		return new CohortResponse(summary(c), c.description(),
				c.coordinators()
					.stream()
					.map(k -> new CoordinatorResponse(k.accountId(),
							people.containsKey(k.accountId()) ? people.get(k.accountId()).displayName() : "",
							k.addedAt()))
					.toList(),
				c.createdAt(), c.updatedAt(), c.version());
	}

	/**
	 * @param languages the languages it works in (en, es, fr, pt, ar)
	 * @param organizations the organizations taking part now
	 * @param providers the providers taking part now
	 */
	record SummaryResponse(UUID id, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status,
			List<String> languages, int organizations, int organizationCapacity, int providers,
			int providerCapacity) {
	}

	/** @param next the cursor of the page after this one (pass it as {@code after}), or null on the last page */
	record PageResponse(List<SummaryResponse> cohorts, @Nullable String next) {
	}

	/** @param version the cohort's version, which a change must name (a change made on an older one is refused) */
	record CohortResponse(SummaryResponse summary, @Nullable String description,
			List<CoordinatorResponse> coordinators, Instant createdAt, Instant updatedAt, long version) {
	}

	record CoordinatorResponse(UUID account, String name, Instant addedAt) {

		/** Ids only: logs never hold people's names. */
		@Override
		public String toString() {
			return "CoordinatorResponse[" + account + "]";
		}

	}

	record MembersResponse(UUID cohort, List<OrganizationMember> organizations, List<ProviderMember> providers) {

		/** Ids only: logs never hold organizations' names. */
		@Override
		public String toString() {
			return "MembersResponse[" + cohort + "]";
		}

	}

	/**
	 * @param shownAs how the other members see it: NAME or KIND (only as an organization, with its kind)
	 * @param leftAt when it left, or null while it takes part
	 */
	record OrganizationMember(UUID organization, String name, ShownAs shownAs, Instant joinedAt,
			@Nullable Instant leftAt) {

		@Override
		public String toString() {
			return "OrganizationMember[" + organization + "]";
		}

	}

	/** @param leftAt when they left, or null while they take part */
	record ProviderMember(UUID provider, String name, Instant joinedAt, @Nullable Instant leftAt) {

		@Override
		public String toString() {
			return "ProviderMember[" + provider + "]";
		}

	}

	/**
	 * @param startsOn an ISO date
	 * @param endsOn an ISO date, one to twelve months after the start
	 * @param languages among en, es, fr, pt, ar
	 * @param coordinators the accounts of hub staff who coordinate it (1 to 20)
	 */
	record CreateRequest(@Nullable String name, @Nullable String description, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable List<String> languages, @Nullable Integer organizationCapacity,
			@Nullable Integer providerCapacity, @Nullable List<UUID> coordinators) {

		@Override
		public String toString() {
			return "CreateRequest[]";
		}

	}

	/** @param version the version of the cohort you read */
	record StatusRequest(@Nullable CohortStatus status, @Nullable Long version) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules cohortApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/cohorts", "/api/v1/cohorts/**")
				.access(Access.scopeAndAnyRole("cohorts:read", Role.STAFF, Role.ADMIN))
				.requestMatchers(HttpMethod.POST, "/api/v1/cohorts")
				.access(Access.scopeAndAnyRole("cohorts:write", Role.STAFF, Role.ADMIN))
				.requestMatchers(HttpMethod.PATCH, "/api/v1/cohorts/*/status")
				.access(Access.scopeAndAnyRole("cohorts:write", Role.STAFF, Role.ADMIN));
		}

	}

}
