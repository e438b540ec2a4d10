package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.persistence.CohortRepository;
import org.tandem.cohort.persistence.ExitInterviewRepository;
import org.tandem.cohort.persistence.IntakeRepository;
import org.tandem.cohort.persistence.OuttakeRepository;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * A cohort's intake, outtake and exit interviews. An organization's members fill its intake (from recruiting on) and
 * outtake (running or closing), and edit them until the cohort is closed; staff record the exit interviews (running
 * or closing) and read everything. Each save names the version the page showed, or is refused as stale with nothing
 * written. Only the members of an organization taking part reach its forms: anyone else is told they do not exist.
 */
@Service
public class CohortFormsService {

	/** When the organizations fill their intake. */
	public static final Set<CohortStatus> INTAKE_OPEN = Set.of(CohortStatus.RECRUITING, CohortStatus.RUNNING,
			CohortStatus.CLOSING);

	/** When they fill their outtake, and staff record exit interviews. */
	public static final Set<CohortStatus> OUTTAKE_OPEN = Set.of(CohortStatus.RUNNING, CohortStatus.CLOSING);

	private static final Logger log = LoggerFactory.getLogger(CohortFormsService.class);

	private final CohortRepository cohorts;

	private final IntakeRepository intakes;

	private final OuttakeRepository outtakes;

	private final ExitInterviewRepository exits;

	private final Organizations organizations;

	private final Clock clock;

	CohortFormsService(CohortRepository cohorts, IntakeRepository intakes, OuttakeRepository outtakes,
			ExitInterviewRepository exits, Organizations organizations, Clock clock) {
		this.cohorts = cohorts;
		this.intakes = intakes;
		this.outtakes = outtakes;
		this.exits = exits;
		this.organizations = organizations;
		this.clock = clock;
	}

	// --- an organization's members ----------------------------------------------------------------------------------

	/**
	 * The cohort and the organization the account fills forms for in it: the first of its organizations taking part
	 * now. Not found for anyone else (a provider, a coordinator with no organization, a stranger).
	 */
	@Transactional(readOnly = true)
	public Member member(UUID cohortId, UUID accountId) {
		Cohort cohort = cohorts.findById(cohortId).orElseThrow(NotFoundException::new);
		UUID organizationId = organizations.ofMember(accountId)
			.stream()
			.filter(o -> cohort.presentOrganization(o).isPresent())
			.findFirst()
			.orElseThrow(NotFoundException::new);
		return new Member(cohort, organizationId);
	}

	@Transactional(readOnly = true)
	public Optional<Intake> intake(UUID cohortId, UUID organizationId) {
		return intakes.of(cohortId, organizationId);
	}

	@Transactional(readOnly = true)
	public Optional<Outtake> outtake(UUID cohortId, UUID organizationId) {
		return outtakes.of(cohortId, organizationId);
	}

	/** A member fills or changes the organization's intake; {@code seenVersion} 0 for a first one. */
	@Transactional
	public Intake saveIntake(UUID cohortId, UUID accountId, long seenVersion, Intake.Answers answers) {
		Member member = member(cohortId, accountId);
		open(member.cohort(), INTAKE_OPEN);
		Instant now = now();
		Optional<Intake> existing = intakes.of(cohortId, member.organizationId());
		Intake intake = existing.map(i -> {
			fresh(i.revision(), seenVersion);
			i.change(answers, accountId, now);
			return i;
		}).orElseGet(() -> {
			fresh(0, seenVersion);
			return Intake.fill(cohortId, member.organizationId(), answers, accountId, now);
		});
		Intake saved = save(() -> intakes.save(intake));
		log.info("cohort {} intake of {} saved by {}", cohortId, member.organizationId(), accountId);
		return saved;
	}

	/** A member fills or changes the organization's outtake; {@code seenVersion} 0 for a first one. */
	@Transactional
	public Outtake saveOuttake(UUID cohortId, UUID accountId, long seenVersion, Outtake.Answers answers) {
		Member member = member(cohortId, accountId);
		open(member.cohort(), OUTTAKE_OPEN);
		Instant now = now();
		Optional<Outtake> existing = outtakes.of(cohortId, member.organizationId());
		Outtake outtake = existing.map(o -> {
			fresh(o.revision(), seenVersion);
			o.change(answers, accountId, now);
			return o;
		}).orElseGet(() -> {
			fresh(0, seenVersion);
			return Outtake.fill(cohortId, member.organizationId(), answers, accountId, now);
		});
		Outtake saved = save(() -> outtakes.save(outtake));
		log.info("cohort {} outtake of {} saved by {}", cohortId, member.organizationId(), accountId);
		return saved;
	}

	// --- staff ------------------------------------------------------------------------------------------------------

	/** The cohort, for staff; not found when it does not exist. */
	@Transactional(readOnly = true)
	public Cohort cohort(UUID cohortId) {
		return cohorts.findById(cohortId).orElseThrow(NotFoundException::new);
	}

	/** An organization's intake and outtake, for staff: not found unless it is or was a member of the cohort. */
	@Transactional(readOnly = true)
	public Forms forms(UUID cohortId, UUID organizationId) {
		Cohort cohort = cohort(cohortId);
		party(cohort, ExitInterview.Party.ORGANIZATION, organizationId);
		return new Forms(cohort, intakes.of(cohortId, organizationId).orElse(null),
				outtakes.of(cohortId, organizationId).orElse(null));
	}

	/** The exit interview with a member, if recorded; not found unless the party is or was a member. */
	@Transactional(readOnly = true)
	public Optional<ExitInterview> exit(UUID cohortId, ExitInterview.Party kind, UUID partyId) {
		party(cohort(cohortId), kind, partyId);
		return exits.of(cohortId, kind.name(), partyId);
	}

	/** Staff record or change an exit interview (running or closing); {@code seenVersion} 0 for a first one. */
	@Transactional
	public ExitInterview saveExit(UUID cohortId, ExitInterview.Party kind, UUID partyId, long seenVersion,
			ExitInterview.Answers answers, UUID staffId) {
		Cohort cohort = cohort(cohortId);
		party(cohort, kind, partyId);
		open(cohort, OUTTAKE_OPEN);
		Instant now = now();
		LocalDate today = LocalDate.now(clock);
		Optional<ExitInterview> existing = exits.of(cohortId, kind.name(), partyId);
		ExitInterview interview = existing.map(e -> {
			fresh(e.revision(), seenVersion);
			e.change(answers, staffId, now, today);
			return e;
		}).orElseGet(() -> {
			fresh(0, seenVersion);
			return ExitInterview.record(cohortId, kind, partyId, answers, staffId, now, today);
		});
		ExitInterview saved = save(() -> exits.save(interview));
		log.info("cohort {} exit interview with {} {} recorded by {}", cohortId, kind, partyId, staffId);
		return saved;
	}

	/** Which forms are done for each organization and provider taking part now. */
	@Transactional(readOnly = true)
	public List<org.tandem.cohort.CohortForms.FormsDone> done(UUID cohortId) {
		Optional<Cohort> found = cohorts.findById(cohortId);
		if (found.isEmpty()) {
			return List.of();
		}
		Cohort cohort = found.get();
		Set<UUID> intake = Set.copyOf(intakes.filledIn(cohortId));
		Set<UUID> outtake = Set.copyOf(outtakes.filledIn(cohortId));
		Set<UUID> organizationExits = Set.copyOf(exits.heldWith(cohortId, ExitInterview.Party.ORGANIZATION.name()));
		Set<UUID> providerExits = Set.copyOf(exits.heldWith(cohortId, ExitInterview.Party.PROVIDER.name()));
		List<org.tandem.cohort.CohortForms.FormsDone> done = new java.util.ArrayList<>();
		cohort.presentOrganizations()
			.forEach(m -> done.add(new org.tandem.cohort.CohortForms.FormsDone(m.organizationId(), null,
					intake.contains(m.organizationId()), outtake.contains(m.organizationId()),
					organizationExits.contains(m.organizationId()))));
		cohort.presentProviders()
			.forEach(m -> done.add(new org.tandem.cohort.CohortForms.FormsDone(null, m.providerId(), false, false,
					providerExits.contains(m.providerId()))));
		return done;
	}

	// --- shared -----------------------------------------------------------------------------------------------------

	private static void party(Cohort cohort, ExitInterview.Party kind, UUID partyId) {
		boolean member = kind == ExitInterview.Party.ORGANIZATION
				? cohort.organizationRecord().stream().anyMatch(m -> m.organizationId().equals(partyId))
				: cohort.providerRecord().stream().anyMatch(m -> m.providerId().equals(partyId));
		if (!member) {
			throw new NotFoundException();
		}
	}

	private static void open(Cohort cohort, Set<CohortStatus> when) {
		if (cohort.status() == CohortStatus.CLOSED) {
			throw new InvalidInput("status", "cohort.closed");
		}
		if (!when.contains(cohort.status())) {
			throw new InvalidInput("status", "cohort.forms.notYet");
		}
	}

	private static void fresh(long current, long seen) {
		if (current != seen) {
			throw new InvalidInput("version", "cohort.forms.stale");
		}
	}

	/** Saves; a save that meets another made at the same moment (version, or a second first one) is stale. */
	private static <T> T save(Supplier<T> save) {
		try {
			return save.get();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException | DbActionExecutionException meanwhile) {
			if (meanwhile instanceof DbActionExecutionException e
					&& !(e.getCause() instanceof OptimisticLockingFailureException
							|| e.getCause() instanceof DataIntegrityViolationException)) {
				throw e;
			}
			throw new InvalidInput("version", "cohort.forms.stale");
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** A cohort and the organization a member fills its forms for. */
	public record Member(Cohort cohort, UUID organizationId) {
	}

	/** An organization's intake and outtake in a cohort, either not filled yet (null). */
	public record Forms(Cohort cohort, @Nullable Intake intake, @Nullable Outtake outtake) {
	}

}
