package org.tandem.cohort.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.ShownAs;
import org.tandem.platform.InvalidInput;

/**
 * A cohort (ADR 0018): a term of one to twelve months (about six is the norm) in which organizations, providers and
 * hub staff coordinators work side by side. The aggregate guards its status, its capacities and its members; its
 * name and description are operational text written by staff, kept in the clear. Members who leave stay on record.
 */
@Table("cohort")
public class Cohort {

	public static final int NAME_LIMIT = 120;

	public static final int DESCRIPTION_LIMIT = 4_000;

	public static final int CAPACITY_LIMIT = 100;

	public static final int COORDINATOR_LIMIT = 20;

	/** The languages a cohort may work in: the ones Tandem's pages are shown in. */
	public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");

	@Id
	private final UUID id;

	private String name;

	private @Nullable String description;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private CohortStatus status;

	private int organizationCapacity;

	private int providerCapacity;

	private final Instant createdAt;

	private Instant updatedAt;

	/** When the cohort closed; its records are kept for the retention period from then. */
	private @Nullable Instant closedAt;

	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "cohort_id")
	private Set<CohortLanguage> languages;

	@MappedCollection(idColumn = "cohort_id")
	private Set<Coordinator> coordinators;

	@MappedCollection(idColumn = "cohort_id")
	private Set<MemberOrganization> organizations;

	@MappedCollection(idColumn = "cohort_id")
	private Set<MemberProvider> providers;

	@PersistenceCreator
	Cohort(UUID id, String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
			CohortStatus status, int organizationCapacity, int providerCapacity, Instant createdAt, Instant updatedAt,
			@Nullable Instant closedAt, @Nullable Long version, Set<CohortLanguage> languages, Set<Coordinator> coordinators,
			Set<MemberOrganization> organizations, Set<MemberProvider> providers) {
		this.id = id;
		this.name = name;
		this.description = description;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.status = status;
		this.organizationCapacity = organizationCapacity;
		this.providerCapacity = providerCapacity;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.closedAt = closedAt;
		this.version = version;
		this.languages = new HashSet<>(languages);
		this.coordinators = new HashSet<>(coordinators);
		this.organizations = new HashSet<>(organizations);
		this.providers = new HashSet<>(providers);
	}

	/** A new cohort, planned, with its first coordinators (at least one; the service checks they are hub staff). */
	public static Cohort plan(Terms terms, Set<UUID> coordinators, Instant now) {
		Cohort cohort = new Cohort(UUID.randomUUID(), "", null, terms.startsOn(), terms.endsOn(), CohortStatus.PLANNED,
				1, 1, now, now, null, null, Set.of(), Set.of(), Set.of(), Set.of());
		cohort.change(terms, now);
		if (coordinators.isEmpty()) {
			throw new InvalidInput("coordinators", "cohort.coordinator.required");
		}
		if (coordinators.size() > COORDINATOR_LIMIT) {
			throw new InvalidInput("coordinators", "cohort.coordinator.tooMany");
		}
		coordinators.forEach(a -> cohort.coordinators.add(new Coordinator(a, now)));
		return cohort;
	}

	/** Changes the terms; capacities may not fall below the members taking part now. */
	public void change(Terms terms, Instant now) {
		open();
		terms.check();
		if (terms.organizationCapacity() < presentOrganizations().size()) {
			throw new InvalidInput("organizationCapacity", "cohort.capacity.belowMembers");
		}
		if (terms.providerCapacity() < presentProviders().size()) {
			throw new InvalidInput("providerCapacity", "cohort.capacity.belowMembers");
		}
		name = terms.name().strip();
		description = terms.description() == null || terms.description().isBlank() ? null
				: terms.description().strip();
		startsOn = terms.startsOn();
		endsOn = terms.endsOn();
		organizationCapacity = terms.organizationCapacity();
		providerCapacity = terms.providerCapacity();
		languages = terms.languages().stream().map(CohortLanguage::new).collect(Collectors.toCollection(HashSet::new));
		updatedAt = now;
	}

	/**
	 * Moves to another status: forward one step, or from recruiting back to planned; running needs an organization
	 * and a provider taking part. Returns the status it left.
	 */
	public CohortStatus moveTo(CohortStatus to, Instant now) {
		open();
		if (!status.canMoveTo(to)) {
			throw new InvalidInput("status", "cohort.status.notAllowed");
		}
		if (to == CohortStatus.RUNNING && (presentOrganizations().isEmpty() || presentProviders().isEmpty())) {
			throw new InvalidInput("status", "cohort.status.needsMembers");
		}
		CohortStatus from = status;
		status = to;
		updatedAt = now;
		if (to == CohortStatus.CLOSED) {
			closedAt = now;
		}
		return from;
	}

	/** An organization joins; it is shown as it chose the last time it was a member, else only by its kind. */
	public void addOrganization(UUID organizationId, Instant now) {
		open();
		if (presentOrganization(organizationId).isPresent()) {
			throw new InvalidInput("organization", "cohort.organization.already");
		}
		if (presentOrganizations().size() >= organizationCapacity) {
			throw new InvalidInput("organization", "cohort.organization.full");
		}
		ShownAs shown = organizations.stream()
			.filter(m -> m.organizationId().equals(organizationId))
			.max(Comparator.comparing(MemberOrganization::addedAt))
			.map(MemberOrganization::shownAs)
			.orElse(ShownAs.KIND);
		organizations.add(new MemberOrganization(organizationId, shown, now, null));
		updatedAt = now;
	}

	/** The organization leaves: the row stays, with the time it left. */
	public void organizationLeaves(UUID organizationId, Instant now) {
		open();
		MemberOrganization member = presentOrganization(organizationId)
			.orElseThrow(() -> new InvalidInput("organization", "cohort.member.unknown"));
		organizations.remove(member);
		organizations.add(new MemberOrganization(organizationId, member.shownAs(), member.addedAt(), now));
		updatedAt = now;
	}

	/** Takes back an organization added by mistake, leaving no record: only before the term runs. */
	public void removeOrganization(UUID organizationId, Instant now) {
		open();
		MemberOrganization member = presentOrganization(organizationId)
			.orElseThrow(() -> new InvalidInput("organization", "cohort.member.unknown"));
		beforeTheTerm();
		organizations.remove(member);
		updatedAt = now;
	}

	/** How the organization is shown to the other members, chosen by its own members. */
	public void show(UUID organizationId, ShownAs shownAs, Instant now) {
		open();
		MemberOrganization member = presentOrganization(organizationId)
			.orElseThrow(() -> new InvalidInput("shownAs", "cohort.member.unknown"));
		organizations.remove(member);
		organizations.add(new MemberOrganization(organizationId, shownAs, member.addedAt(), null));
		updatedAt = now;
	}

	public void addProvider(UUID providerId, Instant now) {
		open();
		if (presentProvider(providerId).isPresent()) {
			throw new InvalidInput("provider", "cohort.provider.already");
		}
		if (presentProviders().size() >= providerCapacity) {
			throw new InvalidInput("provider", "cohort.provider.full");
		}
		providers.add(new MemberProvider(providerId, now, null));
		updatedAt = now;
	}

	public void providerLeaves(UUID providerId, Instant now) {
		open();
		MemberProvider member = presentProvider(providerId)
			.orElseThrow(() -> new InvalidInput("provider", "cohort.member.unknown"));
		providers.remove(member);
		providers.add(new MemberProvider(providerId, member.addedAt(), now));
		updatedAt = now;
	}

	public void removeProvider(UUID providerId, Instant now) {
		open();
		MemberProvider member = presentProvider(providerId)
			.orElseThrow(() -> new InvalidInput("provider", "cohort.member.unknown"));
		beforeTheTerm();
		providers.remove(member);
		updatedAt = now;
	}

	/** Adds a coordinator (the service checks the account is hub staff). */
	public void addCoordinator(UUID accountId, Instant now) {
		open();
		if (isCoordinator(accountId)) {
			throw new InvalidInput("coordinator", "cohort.coordinator.already");
		}
		if (coordinators.size() >= COORDINATOR_LIMIT) {
			throw new InvalidInput("coordinator", "cohort.coordinator.tooMany");
		}
		coordinators.add(new Coordinator(accountId, now));
		updatedAt = now;
	}

	/** Removes a coordinator; the last one stays. */
	public void removeCoordinator(UUID accountId, Instant now) {
		open();
		if (!isCoordinator(accountId)) {
			throw new InvalidInput("coordinator", "cohort.member.unknown");
		}
		if (coordinators.size() == 1) {
			throw new InvalidInput("coordinator", "cohort.coordinator.last");
		}
		coordinators.removeIf(c -> c.accountId().equals(accountId));
		updatedAt = now;
	}

	private void open() {
		if (status == CohortStatus.CLOSED) {
			throw new InvalidInput("status", "cohort.closed");
		}
	}

	private void beforeTheTerm() {
		if (status != CohortStatus.PLANNED && status != CohortStatus.RECRUITING) {
			throw new InvalidInput("member", "cohort.member.removeTooLate");
		}
	}

	public Optional<MemberOrganization> presentOrganization(UUID organizationId) {
		return organizations.stream().filter(m -> m.present() && m.organizationId().equals(organizationId)).findFirst();
	}

	public Optional<MemberProvider> presentProvider(UUID providerId) {
		return providers.stream().filter(m -> m.present() && m.providerId().equals(providerId)).findFirst();
	}

	public boolean isCoordinator(UUID accountId) {
		return coordinators.stream().anyMatch(c -> c.accountId().equals(accountId));
	}

	/** The organizations taking part now, in the order they joined. */
	public List<MemberOrganization> presentOrganizations() {
		return organizations.stream().filter(MemberOrganization::present)
			.sorted(Comparator.comparing(MemberOrganization::addedAt).thenComparing(MemberOrganization::organizationId))
			.toList();
	}

	public List<MemberProvider> presentProviders() {
		return providers.stream().filter(MemberProvider::present)
			.sorted(Comparator.comparing(MemberProvider::addedAt).thenComparing(MemberProvider::providerId))
			.toList();
	}

	/** Every membership of an organization, present or past, in the order they began. */
	public List<MemberOrganization> organizationRecord() {
		return organizations.stream()
			.sorted(Comparator.comparing(MemberOrganization::addedAt).thenComparing(MemberOrganization::organizationId))
			.toList();
	}

	public List<MemberProvider> providerRecord() {
		return providers.stream()
			.sorted(Comparator.comparing(MemberProvider::addedAt).thenComparing(MemberProvider::providerId))
			.toList();
	}

	public List<Coordinator> coordinators() {
		return coordinators.stream()
			.sorted(Comparator.comparing(Coordinator::addedAt).thenComparing(Coordinator::accountId))
			.toList();
	}

	/** The languages in the shipped order. */
	public List<String> languages() {
		Set<String> codes = new TreeSet<>(Comparator.comparingInt(LANGUAGES::indexOf));
		languages.forEach(l -> codes.add(l.code()));
		return List.copyOf(codes);
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public @Nullable String description() {
		return description;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}

	public CohortStatus status() {
		return status;
	}

	public int organizationCapacity() {
		return organizationCapacity;
	}

	public int providerCapacity() {
		return providerCapacity;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** When the cohort closed; null until it is closed. */
	public @Nullable Instant closedAt() {
		return closedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/**
	 * What staff set for a cohort: its name, description, term, languages and capacities. {@link #check} says what is
	 * wrong, on the field it concerns.
	 */
	public record Terms(String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
			Set<String> languages, int organizationCapacity, int providerCapacity) {

		public Terms {
			languages = Set.copyOf(languages);
		}

		void check() {
			if (name.isBlank()) {
				throw new InvalidInput("name", "cohort.name.required");
			}
			if (name.strip().length() > NAME_LIMIT) {
				throw new InvalidInput("name", "cohort.name.tooLong");
			}
			if (description != null && description.strip().length() > DESCRIPTION_LIMIT) {
				throw new InvalidInput("description", "cohort.description.tooLong");
			}
			if (!endsOn.isAfter(startsOn)) {
				throw new InvalidInput("endsOn", "cohort.term.endBeforeStart");
			}
			if (endsOn.isBefore(startsOn.plusMonths(1).minusDays(1)) || endsOn.isAfter(startsOn.plusMonths(12))) {
				throw new InvalidInput("endsOn", "cohort.term.length");
			}
			if (languages.isEmpty()) {
				throw new InvalidInput("languages", "cohort.languages.required");
			}
			if (!LANGUAGES.containsAll(languages)) {
				throw new InvalidInput("languages", "cohort.languages.invalid");
			}
			if (organizationCapacity < 1 || organizationCapacity > CAPACITY_LIMIT) {
				throw new InvalidInput("organizationCapacity", "cohort.capacity.range");
			}
			if (providerCapacity < 1 || providerCapacity > CAPACITY_LIMIT) {
				throw new InvalidInput("providerCapacity", "cohort.capacity.range");
			}
		}

	}

}
