package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.cohort.CohortEngagements;
import org.tandem.directory.Providers;
import org.tandem.engagement.Agreement;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.persistence.EngagementLoad;
import org.tandem.engagement.persistence.EngagementRepository;
import org.tandem.engagement.persistence.OpeningRepository;
import org.tandem.engagement.persistence.RiskRepository;
import org.tandem.handoff.ContactConfirmed;
import org.tandem.handoff.FollowUpSurveys;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Opens engagements and changes them, always as one account: every method that reads or changes an engagement first
 * finds the account among its participants and answers {@link NotFoundException} otherwise, so that a person who
 * does not take part cannot even learn that it exists. Staff who are not assigned are no exception (ADR 0017).
 */
@Service
public class EngagementService {

	/** The most openings or engagements one list shows. */
	public static final int LIST_LIMIT = 200;

	/** Engagements on one page of a participant's list. */
	public static final int PAGE_SIZE = 50;

	private final EngagementRepository engagements;

	private final RiskRepository risks;

	private final OpeningRepository openings;

	private final Organizations organizations;

	private final Providers providers;

	private final EngagementLoad load;

	private final EngagementPages pages;

	private final FollowUpSurveys followUps;

	private final Pseudonyms pseudonyms;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<CohortEngagements> cohorts;

	EngagementService(EngagementRepository engagements, RiskRepository risks, OpeningRepository openings,
			Organizations organizations, Providers providers, EngagementLoad load, FollowUpSurveys followUps,
			EngagementPages pages, Pseudonyms pseudonyms, JdbcClient jdbc, Clock clock,
			org.springframework.beans.factory.ObjectProvider<CohortEngagements> cohorts) {
		this.cohorts = cohorts;
		this.pseudonyms = pseudonyms;
		this.load = load;
		this.pages = pages;
		this.engagements = engagements;
		this.risks = risks;
		this.openings = openings;
		this.organizations = organizations;
		this.providers = providers;
		this.followUps = followUps;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Contact is confirmed: a non-anonymous handoff waits to be linked to an organization, unless it was matched within
	 * a cohort: then the engagement opens at once for the pair, with the enrolled organization, the provider and the
	 * cohort's first coordinator as staff (ADR 0018). Safe to run twice (the registry republishes an event whose
	 * listener failed): an opening already recorded is left as it is.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ContactConfirmed confirmed) {
		if (confirmed.anonymous()) {
			// the requester may have chosen a workspace under a pseudonym: it opens now, with no tie to the request
			pseudonyms.take(confirmed.requestId())
				.filter(choice -> organizations.exists(choice.organizationId()))
				.ifPresent(choice -> open(choice.organizationId(), confirmed.providerId(), null, null,
						choice.accountId()));
			return;
		}
		if (openings.existsById(confirmed.requestId())) {
			return;
		}
		openings.save(Opening.waiting(confirmed.requestId(), confirmed.providerId(), confirmed.confirmedAt()));
		CohortEngagements cohort = cohorts.getIfAvailable();
		if (cohort == null) {
			return;
		}
		cohort.openingFor(confirmed.requestId())
			.filter(pair -> pair.providerId().equals(confirmed.providerId()))
			.filter(pair -> organizations.exists(pair.organizationId()))
			.ifPresent(pair -> {
				Engagement engagement = link(confirmed.requestId(), pair.organizationId(), pair.coordinatorId());
				cohort.opened(confirmed.requestId(), engagement.id());
			});
	}

	/** The openings staff still have to link, oldest first. */
	@Transactional(readOnly = true)
	public List<Opening> waiting() {
		return openings.waiting(LIST_LIMIT);
	}

	/** One opening staff still have to link. */
	@Transactional(readOnly = true)
	public Opening waiting(UUID requestId) {
		return openings.findById(requestId).filter(o -> o.engagementId() == null).orElseThrow(NotFoundException::new);
	}

	/**
	 * Staff link a confirmed handoff to an enrolled organization: the engagement opens in Discover with the
	 * organization's members, the provider's account and the staff member as participants.
	 */
	@Transactional
	public Engagement link(UUID requestId, UUID organizationId, UUID staffId) {
		Opening opening = openings.findById(requestId).orElseThrow(NotFoundException::new);
		if (opening.engagementId() != null) {
			throw new InvalidInput("request", "engagement.opening.alreadyLinked");
		}
		Engagement engagement = open(organizationId, opening.providerId(), requestId, staffId, staffId);
		opening.opened(engagement.id());
		openings.save(opening);
		// the follow-up surveys ask about the work when it is over: they wait for the engagement to close
		followUps.deferUntilEngagementCloses(requestId);
		return engagement;
	}

	/** Staff open an engagement by hand, for an enrolled organization and a provider. */
	@Transactional
	public Engagement openByHand(UUID organizationId, UUID providerId, UUID staffId) {
		return open(organizationId, providerId, null, staffId, staffId);
	}

	/**
	 * Opens an engagement with the organization's members, the provider's account and, if one opens it, the staff
	 * member; a pseudonym's workspace opens with no staff, who see it in their overview and may take part.
	 */
	private Engagement open(UUID organizationId, UUID providerId, @Nullable UUID requestId, @Nullable UUID staffId,
			UUID actor) {
		if (!organizations.exists(organizationId)) {
			throw new InvalidInput("organization", "engagement.organization.unknown");
		}
		if (providers.summary(providerId).isEmpty()) {
			throw new InvalidInput("provider", "engagement.provider.unknown");
		}
		Instant now = clock.instant();
		Set<Participant> participants = new LinkedHashSet<>();
		organizations.members(organizationId)
			.forEach(account -> participants.add(new Participant(account, Side.ORGANIZATION, now)));
		providers.accountOf(providerId)
			.ifPresent(account -> participants.add(new Participant(account, Side.PROVIDER, now)));
		if (staffId != null) {
			participants.removeIf(p -> p.accountId().equals(staffId));
			participants.add(new Participant(staffId, Side.STAFF, now));
		}
		Engagement engagement = engagements.save(Engagement.open(organizationId, providerId, requestId, participants,
				now));
		recordPhase(engagement, null, Phase.DISCOVER, actor, now);
		return engagement;
	}

	/** The engagement, if the account takes part in it. */
	@Transactional(readOnly = true)
	public Engagement get(UUID engagementId, UUID accountId) {
		Engagement engagement = engagements.findById(engagementId).orElseThrow(NotFoundException::new);
		if (engagement.sideOf(accountId).isEmpty()) {
			throw new NotFoundException();
		}
		return engagement;
	}

	/** The engagement without a participant check, for the module's own jobs and notices only. */
	Engagement unchecked(UUID engagementId) {
		return engagements.findById(engagementId).orElseThrow(NotFoundException::new);
	}

	/** The providers of these engagements, for staff's lists (ids only). */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, UUID> providersOf(java.util.Collection<UUID> engagementIds) {
		return engagements.findAllById(java.util.Set.copyOf(engagementIds))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Engagement::id, Engagement::providerId));
	}

	/** The engagements the account takes part in, newest first. */
	@Transactional(readOnly = true)
	public List<Engagement> of(UUID accountId) {
		return engagements.ofParticipant(accountId, LIST_LIMIT);
	}

	/**
	 * The engagements the account takes part in, newest first, {@link #PAGE_SIZE} at a time from a cursor; for pages,
	 * a cursor that is not one of this list's shows the first page. Not in a transaction of its own: a refused cursor
	 * would mark it for rollback.
	 */
	public EngagementPages.Page page(UUID accountId, String after) {
		try {
			return pages.of(accountId, after, PAGE_SIZE);
		}
		catch (InvalidInput notOurs) {
			return pages.of(accountId, null, PAGE_SIZE);
		}
	}

	/** Moves the engagement to another phase, if the page it was asked from was the latest. */
	@Transactional
	public void moveTo(UUID engagementId, UUID accountId, Phase to, long seenVersion) {
		Engagement engagement = current(engagementId, accountId, seenVersion);
		Instant now = clock.instant();
		Phase from = engagement.moveTo(to, now);
		engagements.save(engagement);
		recordPhase(engagement, from, to, accountId, now);
	}

	/** Changes Create Space's agreements, if the page they were written on was the latest. */
	@Transactional
	public void agree(UUID engagementId, UUID accountId, java.util.Map<Agreement, String> texts, long seenVersion) {
		Engagement engagement = current(engagementId, accountId, seenVersion);
		Instant now = clock.instant();
		texts.forEach((topic, text) -> engagement.agree(topic, text, now));
		engagements.save(engagement);
	}

	/** The risk register, weightiest first. */
	@Transactional(readOnly = true)
	public List<Risk> risks(UUID engagementId, UUID accountId) {
		get(engagementId, accountId);
		return risks.findByEngagementIdOrderByCreatedAtAscIdAsc(engagementId)
			.stream()
			.sorted(java.util.Comparator.comparingInt(Risk::weight).reversed())
			.toList();
	}

	/** One line of the register, found only through its own engagement. */
	@Transactional(readOnly = true)
	public Risk risk(UUID engagementId, UUID accountId, UUID riskId) {
		get(engagementId, accountId);
		return riskOf(engagementId, riskId);
	}

	@Transactional
	public Risk addRisk(UUID engagementId, UUID accountId, Risk.Line line) {
		Engagement engagement = get(engagementId, accountId);
		requireOpen(engagement);
		touched(engagementId);
		return risks.save(Risk.record(engagement, line, clock.instant()));
	}

	/** Changes one line of the register, if the page it was changed on was the latest for that line. */
	@Transactional
	public void changeRisk(UUID engagementId, UUID accountId, UUID riskId, Risk.Line line, long seenVersion) {
		requireOpen(get(engagementId, accountId));
		Risk risk = riskOf(engagementId, riskId);
		if (risk.version() != seenVersion) {
			throw new InvalidInput("version", "engagement.stale");
		}
		risk.change(line, clock.instant());
		risks.save(risk);
		touched(engagementId);
	}

	@Transactional
	public void removeRisk(UUID engagementId, UUID accountId, UUID riskId) {
		requireOpen(get(engagementId, accountId));
		risks.delete(riskOf(engagementId, riskId));
		touched(engagementId);
	}

	private Risk riskOf(UUID engagementId, UUID riskId) {
		return risks.findById(riskId)
			.filter(r -> r.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
	}

	private Engagement current(UUID engagementId, UUID accountId, long seenVersion) {
		Engagement engagement = get(engagementId, accountId);
		if (engagement.version() != seenVersion) {
			throw new InvalidInput("version", "engagement.stale");
		}
		return engagement;
	}

	private static void requireOpen(Engagement engagement) {
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
	}

	/**
	 * Something happened in the engagement (a line of the register, an item of the plan, a note): its last activity,
	 * which staff's overview sorts by and calls stuck when it is old, is now. In the caller's transaction, without
	 * raising the engagement's version (nobody's open page of the engagement itself is made stale by it).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void touched(UUID engagementId) {
		Instant now = clock.instant();
		jdbc.sql("update engagement set updated_at = :now where id = :id and updated_at < :now")
			.param("now", java.sql.Timestamp.from(now))
			.param("id", engagementId)
			.update();
	}

	/** Records a move between phases (from null: opened) and keeps the provider's load. */
	void recordPhase(Engagement engagement, @Nullable Phase from, Phase to, @Nullable UUID actor, Instant now) {
		UUID engagementId = engagement.id();
		load.moved(engagement.providerId(), from, to);
		jdbc.sql("""
				insert into engagement_phase_change (id, engagement_id, from_phase, to_phase, actor_id, changed_at)
				values (:id, :engagement, :from, :to, :actor, :at)""")
			.param("id", UUID.randomUUID())
			.param("engagement", engagementId)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("actor", actor)
			.param("at", java.sql.Timestamp.from(now))
			.update();
	}

}
