package org.tandem.directory.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.directory.Fee;
import org.tandem.directory.domain.LanguageLevel;
import org.tandem.directory.domain.LedgerKind;
import org.tandem.directory.domain.Provider;
import org.tandem.directory.domain.ProviderKind;
import org.tandem.directory.domain.ProviderRows;
import org.tandem.directory.domain.ReviewReason;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.directory.domain.Vetting;
import org.tandem.directory.domain.VettingCheck;
import org.tandem.directory.persistence.DirectoryQueries;
import org.tandem.platform.Access;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.Regions;
import org.tandem.platform.Role;
import org.tandem.platform.WorkingLanguages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The provider directory as JSON, for hub staff's own tools: the same filters as the staff directory, and one
 * provider's profile, capacity, vetting requirements and ledger. Needs a token with the scope
 * {@code providers:read} whose owner holds the staff role.
 */
@RestController
@RequestMapping(path = "/api/v1/providers", produces = "application/json")
@Tag(name = "Providers")
@SecurityRequirement(name = "accessToken")
class DirectoryApiController {

	private final DirectoryQueries queries;

	private final Vetting vetting;

	private final ServiceTaxonomy taxonomy;

	private final Regions regions;

	private final Clock clock;

	DirectoryApiController(DirectoryQueries queries, Vetting vetting, ServiceTaxonomy taxonomy, Regions regions,
			Clock clock) {
		this.queries = queries;
		this.regions = regions;
		this.vetting = vetting;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The provider directory",
			description = "Needs the scope providers:read and the staff role. Every provider but offboarded ones by "
					+ "default, 25 per page, by name; holds no contact details. Unknown filter values are ignored.")
	PageResponse search(
			@Parameter(description = "Only providers offering this service (a code of the services taxonomy)") @RequestParam(required = false) @Nullable String service,
			@Parameter(description = "With service: only specialists in it") @RequestParam(defaultValue = "false") boolean specialist,
			@Parameter(description = "Only providers working in this language (ISO 639-1)") @RequestParam(required = false) @Nullable String language,
			@Parameter(description = "Only providers working in this country, remotely or in person (ISO 3166-1 alpha-2); remote-anywhere providers count") @RequestParam(required = false) @Nullable String country,
			@Parameter(description = "Only providers working in this world region (a UN M49 sub-region key such as SOUTH_AMERICA or EASTERN_AFRICA), in any of its countries; remote-anywhere providers count") @RequestParam(required = false) @Nullable String region,
			@Parameter(description = "Only providers who served this community") @RequestParam(required = false) @Nullable String community,
			@Parameter(description = "Only this status (default: all but offboarded)") @RequestParam(required = false) @Nullable String status,
			@Parameter(description = "Only active providers with a free slot and no dated pause today") @RequestParam(defaultValue = "false") boolean free,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") String page) {
		DirectorySearch.Filter filter = new DirectorySearch.Filter(
				service != null && taxonomy.contains(service) ? service : null, specialist,
				language != null && WorkingLanguages.CODES.contains(language) ? language : null,
				country != null && country.matches("[A-Z]{2}") ? country : null,
				region != null && regions.get(region).isPresent() ? region : null, named(Community.class, community),
				named(ProviderStatus.class, status), free, page.matches("[0-9]{1,5}") ? Integer.parseInt(page) : 0);
		DirectorySearch.Page result = queries.search(filter, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		return new PageResponse(result.rows(), result.total(), result.page(), result.hasMore());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A provider: profile, capacity, vetting requirements and ledger",
			description = "Needs the scope providers:read and the staff role. Holds the provider's contact details, "
					+ "opened with the provider's keys; ledger notes and what vouchers wrote stay on the staff pages.")
	ProviderResponse provider(@PathVariable UUID id) {
		Vetting.StaffView view = vetting.staffView(id);
		Provider p = view.provider();
		return new ProviderResponse(p.id(), p.reference(), p.kind(), p.status(), p.reviewReason(), p.displayName(),
				p.details().expertise(), p.details().website(), p.details().residenceCountry(), p.details().jurisdictionSet(),
				new ContactResponse(open(p.contactEmail()), open(p.contactSignal()), open(p.contactPhone()),
						p.details().openpgpFingerprint()),
				p.servicesByCode(), p.languagesByCode(), p.remoteCountries(), p.inPersonCountries(), p.details().remoteAnywhere(),
				p.communitySet(), new CapacityResponse(p.workload().maxEngagements(), p.workload().openEngagements(), p.workload().hoursPerMonth(),
						p.workload().timeZone(), p.workload().responseTime(), p.workload().feeSet(), p.pauses()),
				p.listing().listed(), p.standing().vettedAt(), p.vettedUntil(), view.check(),
				view.ledger().stream().map(e -> new LedgerResponse(e.kind(), e.detail(), e.actorId(), e.recordedAt())).toList());
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String name) {
		return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
	}

	private static @Nullable String open(org.tandem.privacy.@Nullable SealedText text) {
		return org.tandem.privacy.SealedText.readable(text);
	}

	record PageResponse(List<DirectorySearch.Row> providers, long total, int page, boolean hasMore) {
	}

	record ProviderResponse(UUID id, String reference, ProviderKind kind, ProviderStatus status,
			@Nullable ReviewReason reviewReason, String displayName, String expertise, @Nullable String website,
			String residenceCountry, Set<String> jurisdictions, ContactResponse contact, Map<String, ServiceDepth> services,
			Map<String, LanguageLevel> languages, Set<String> remoteCountries, Set<String> inPersonCountries,
			boolean remoteAnywhere, Set<Community> communities, CapacityResponse capacity, boolean listed,
			@Nullable Instant vettedAt, @Nullable Instant vettedUntil, VettingCheck vetting, List<LedgerResponse> ledger) {
	}

	record ContactResponse(@Nullable String email, @Nullable String signal, @Nullable String phone,
			@Nullable String openpgpFingerprint) {
	}

	record CapacityResponse(int maxEngagements, int openEngagements, int hoursPerMonth, String timeZone,
			org.tandem.directory.domain.ResponseTime responseTime, Set<Fee> fees,
			List<ProviderRows.Pause> pauses) {
	}

	record LedgerResponse(LedgerKind kind, @Nullable String detail, @Nullable UUID actorId, Instant at) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules directoryApiRules() {
			return rules -> rules.requestMatchers("/api/v1/providers", "/api/v1/providers/**")
				.access(Access.scopeAndRole("providers:read", Role.STAFF));
		}

	}

}
