package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.CohortStatusChanged;
import org.tandem.cohort.ShownAs;
import org.tandem.cohort.Side;
import org.tandem.cohort.persistence.CohortMemberships;
import org.tandem.cohort.persistence.CohortRepository;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Cohorts as staff keep them (terms, status, members, coordinators) and as their participants see them. Each change
 * names the version the page showed, or is refused as stale with nothing written; a change that meets another made
 * at the same moment is refused the same way. Participants reach only the cohorts they take part in: anyone else is
 * told the cohort does not exist.
 */
@Service
public class CohortService {

	public static final int PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 100;

	private static final Logger log = LoggerFactory.getLogger(CohortService.class);

	private final CohortRepository cohorts;

	private final CohortMemberships memberships;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CohortService(CohortRepository cohorts, CohortMemberships memberships, Organizations organizations,
			Providers providers, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.cohorts = cohorts;
		this.memberships = memberships;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	// --- staff ------------------------------------------------------------------------------------------------------

	/**
	 * Every cohort, newest term first, {@code size} (1 to {@link #MAX_PAGE_SIZE}) after the cursor (the first page
	 * without one); a cursor that is not one of this list's is refused.
	 */
	@Transactional(readOnly = true)
	public Page page(@Nullable String after, int size) {
		int limit = Math.clamp(size, 1, MAX_PAGE_SIZE);
		List<Cohort> rows;
		if (after == null || after.isBlank()) {
			rows = cohorts.newest(limit + 1);
		}
		else {
			Position from = Cursors.decode(after, 2)
				.flatMap(Position::parse)
				.orElseThrow(() -> new InvalidInput("after", "cohort.cursorInvalid"));
			rows = cohorts.olderThan(from.startsOn(), from.id(), limit + 1);
		}
		boolean more = rows.size() > limit;
		List<Cohort> shown = more ? rows.subList(0, limit) : rows;
		return new Page(List.copyOf(shown), more
				? Cursors.encode(shown.getLast().startsOn().toString(), shown.getLast().id().toString()) : null);
	}

	@Transactional(readOnly = true)
	public Cohort get(UUID id) {
		return cohorts.findById(id).orElseThrow(NotFoundException::new);
	}

	/** Plans a cohort; its coordinators must be active hub staff accounts. */
	@Transactional
	public Cohort create(Cohort.Terms terms, Set<UUID> coordinators, UUID actorId) {
		staff(coordinators, "coordinators");
		Cohort cohort = cohorts.save(Cohort.plan(terms, coordinators, now()));
		log.info("cohort {} planned by {}", cohort.id(), actorId);
		return cohort;
	}

	@Transactional
	public Cohort change(UUID id, long seenVersion, Cohort.Terms terms) {
		return update(id, seenVersion, cohort -> cohort.change(terms, now()));
	}

	/** Moves the cohort to another status and says so ({@link CohortStatusChanged}). */
	@Transactional
	public Cohort move(UUID id, long seenVersion, CohortStatus to, UUID actorId) {
		Instant now = now();
		CohortStatus[] from = new CohortStatus[1];
		Cohort cohort = update(id, seenVersion, c -> from[0] = c.moveTo(to, now));
		events.publishEvent(new CohortStatusChanged(id, from[0], to, now));
		log.info("cohort {} moved from {} to {} by {}", id, from[0], to, actorId);
		return cohort;
	}

	@Transactional
	public Cohort addOrganization(UUID id, UUID organizationId) {
		if (!organizations.exists(organizationId)) {
			throw new InvalidInput("organization", "cohort.organization.unknown");
		}
		return update(id, null, c -> c.addOrganization(organizationId, now()));
	}

	@Transactional
	public Cohort organizationLeaves(UUID id, UUID organizationId) {
		return update(id, null, c -> c.organizationLeaves(organizationId, now()));
	}

	@Transactional
	public Cohort removeOrganization(UUID id, UUID organizationId) {
		return update(id, null, c -> c.removeOrganization(organizationId, now()));
	}

	/** Adds a provider in service (active in the directory). */
	@Transactional
	public Cohort addProvider(UUID id, UUID providerId) {
		if (providers.candidate(providerId).filter(p -> p.status() == ProviderStatus.ACTIVE).isEmpty()) {
			throw new InvalidInput("provider", "cohort.provider.notActive");
		}
		return update(id, null, c -> c.addProvider(providerId, now()));
	}

	@Transactional
	public Cohort providerLeaves(UUID id, UUID providerId) {
		return update(id, null, c -> c.providerLeaves(providerId, now()));
	}

	@Transactional
	public Cohort removeProvider(UUID id, UUID providerId) {
		return update(id, null, c -> c.removeProvider(providerId, now()));
	}

	@Transactional
	public Cohort addCoordinator(UUID id, UUID accountId) {
		staff(Set.of(accountId), "coordinator");
		return update(id, null, c -> c.addCoordinator(accountId, now()));
	}

	@Transactional
	public Cohort removeCoordinator(UUID id, UUID accountId) {
		return update(id, null, c -> c.removeCoordinator(accountId, now()));
	}

	/** The providers staff may add: those active in the directory, by name. */
	@Transactional(readOnly = true)
	public Map<UUID, String> activeProviders() {
		java.util.TreeMap<String, UUID> byName = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		providers.candidates()
			.stream()
			.filter(p -> p.status() == ProviderStatus.ACTIVE)
			.forEach(p -> byName.put(p.name() + "\u0000" + p.id(), p.id()));
		Map<UUID, String> names = new java.util.LinkedHashMap<>();
		byName.forEach((key, providerId) -> names.put(providerId, key.substring(0, key.indexOf('\u0000'))));
		return names;
	}

	/** The accounts staff may name as coordinators: active hub staff, by display name. */
	public List<Accounts.Person> staffAccounts() {
		return accounts.activeWithRole(Role.STAFF);
	}

	// --- participants -----------------------------------------------------------------------------------------------

	/** The cohorts the account takes part in now, newest term first. */
	@Transactional(readOnly = true)
	public List<Cohort> mine(UUID accountId) {
		Set<UUID> ids = memberships.of(accountId, organizations.ofMember(accountId),
				providers.providerOf(accountId).orElse(null));
		return ids.isEmpty() ? List.of() : cohorts.allOf(ids);
	}

	/** A cohort the account takes part in, with whom it speaks for; not found for anyone else. */
	@Transactional(readOnly = true)
	public Participation participation(UUID id, UUID accountId) {
		Cohort cohort = cohorts.findById(id).orElseThrow(NotFoundException::new);
		return new Participation(cohort, sideOf(cohort, accountId).orElseThrow(NotFoundException::new));
	}

	/** Whom the account speaks for in the cohort now, if it takes part. */
	public Optional<Side> sideOf(Cohort cohort, UUID accountId) {
		if (cohort.isCoordinator(accountId)) {
			return Optional.of(new Side.Staff());
		}
		Optional<UUID> provider = providers.providerOf(accountId).filter(p -> cohort.presentProvider(p).isPresent());
		if (provider.isPresent()) {
			return Optional.of(new Side.Provider(provider.get()));
		}
		return organizations.ofMember(accountId)
			.stream()
			.filter(o -> cohort.presentOrganization(o).isPresent())
			.findFirst()
			.map(Side.Organization::new);
	}

	/**
	 * The organization's members choose how it is shown to the others in the cohort; not found for anyone who does not
	 * speak for it, or when it does not take part.
	 */
	@Transactional
	public Cohort show(UUID id, UUID accountId, UUID organizationId, ShownAs shownAs) {
		Cohort cohort = cohorts.findById(id).orElseThrow(NotFoundException::new);
		if (!organizations.ofMember(accountId).contains(organizationId)
				|| cohort.presentOrganization(organizationId).isEmpty()) {
			throw new NotFoundException();
		}
		return update(id, null, c -> c.show(organizationId, shownAs, now()));
	}

	// --- shared -----------------------------------------------------------------------------------------------------

	private Cohort update(UUID id, @Nullable Long seenVersion, Consumer<Cohort> change) {
		Cohort cohort = cohorts.findById(id).orElseThrow(NotFoundException::new);
		if (seenVersion != null && cohort.version() != seenVersion) {
			throw new InvalidInput("version", "cohort.stale");
		}
		change.accept(cohort);
		try {
			return cohorts.save(cohort);
		}
		catch (OptimisticLockingFailureException | DbActionExecutionException meanwhile) {
			if (meanwhile instanceof DbActionExecutionException e
					&& !(e.getCause() instanceof OptimisticLockingFailureException)) {
				throw e;
			}
			throw new InvalidInput("version", "cohort.stale");
		}
	}

	private void staff(Collection<UUID> accountIds, String field) {
		Map<UUID, Accounts.Person> people = accounts.byIds(accountIds);
		for (UUID accountId : accountIds) {
			Accounts.Person person = people.get(accountId);
			if (person == null || !person.active()
					|| !(person.roles().contains(Role.STAFF) || person.roles().contains(Role.ADMIN))) {
				throw new InvalidInput(field, "cohort.coordinator.notStaff");
			}
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** A page of cohorts and the cursor of the next one (null on the last). */
	public record Page(List<Cohort> cohorts, @Nullable String next) {
	}

	/** A cohort and whom the account speaks for in it. */
	public record Participation(Cohort cohort, Side side) {
	}

	private record Position(LocalDate startsOn, UUID id) {

		static Optional<Position> parse(List<String> keys) {
			try {
				return Optional.of(new Position(LocalDate.parse(keys.get(0)), UUID.fromString(keys.get(1))));
			}
			catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
				return Optional.empty();
			}
		}

	}

}
