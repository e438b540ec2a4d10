package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.directory.Providers;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.persistence.CheckInRepository;
import org.tandem.engagement.persistence.ClosingRepository;
import org.tandem.engagement.persistence.EngagementRepository;
import org.tandem.handoff.FollowUpSurveys;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Secrets;

/**
 * Closing an engagement and the keep-in-touch period after it (ADR 0017): a participant closes it with a reason, the
 * provider's slot is freed once, the handoff's follow-up surveys open, and the engagement keeps in touch for the
 * agreed months; the job mails each side's check-ins when due and closes the engagement when the period ends.
 */
@Service
public class Closings {

	private static final Logger log = LoggerFactory.getLogger(Closings.class);

	/** The most closings one run of the job handles; the next run takes the rest. */
	static final int BATCH = 200;

	private final EngagementService engagementService;

	private final EngagementRepository engagements;

	private final ClosingRepository closings;

	private final CheckInRepository checkIns;

	private final Providers providers;

	private final FollowUpSurveys followUps;

	private final CheckInMail mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	Closings(EngagementService engagementService, EngagementRepository engagements, ClosingRepository closings,
			CheckInRepository checkIns, Providers providers, FollowUpSurveys followUps, CheckInMail mail,
			TransactionTemplate transactions, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.engagementService = engagementService;
		this.engagements = engagements;
		this.closings = closings;
		this.checkIns = checkIns;
		this.providers = providers;
		this.followUps = followUps;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Closes the engagement, if the page it was asked from was the latest: keeping in touch for the agreed months,
	 * or closed at once for none. The provider's slot is freed, and the surveys of the handoff it came from open.
	 */
	@Transactional
	public Closing close(UUID engagementId, UUID accountId, Closing.Terms terms, long seenVersion) {
		Engagement engagement = engagementService.get(engagementId, accountId);
		if (engagement.version() != seenVersion) {
			throw new InvalidInput("version", "engagement.stale");
		}
		Side side = engagement.sideOf(accountId).orElseThrow();
		Instant now = clock.instant();
		Closing closing = Closing.record(engagement, terms, side, accountId, now, today(now));
		Phase from = engagement.phase();
		engagement.close(terms.months() > 0, now);
		engagements.save(engagement);
		closings.save(closing);
		engagementService.recordPhase(engagement, from, engagement.phase(), accountId, now);
		providers.engagementEnded(engagement.providerId());
		if (engagement.requestId() != null) {
			followUps.openNow(engagement.requestId());
		}
		events.publishEvent(new org.tandem.engagement.EngagementClosed(engagement.id(), engagement.organizationId(),
				engagement.providerId(), now));
		return closing;
	}

	/** How the engagement closed, if it did; for its participants only. */
	@Transactional(readOnly = true)
	public Optional<Closing> closing(UUID engagementId, UUID accountId) {
		engagementService.get(engagementId, accountId);
		return closings.findById(engagementId);
	}

	/** The job: mails the check-ins that are due and closes engagements whose period ended. */
	public int runDue() {
		Instant now = clock.instant();
		LocalDate today = today(now);
		int changed = 0;
		for (Closing due : closings.checkInDue(today, BATCH)) {
			changed += inItsOwnTransaction(due.engagementId(), () -> sendCheckIns(due.engagementId(), today, now));
		}
		for (Closing ended : closings.periodEnded(today, BATCH)) {
			changed += inItsOwnTransaction(ended.engagementId(), () -> finish(ended.engagementId(), now));
		}
		return changed;
	}

	private int sendCheckIns(UUID engagementId, LocalDate today, Instant now) {
		Closing closing = closings.findById(engagementId).orElseThrow();
		Engagement engagement = engagements.findById(engagementId).orElseThrow();
		LocalDate dueOn = closing.nextCheckIn();
		if (dueOn == null || dueOn.isAfter(today)) {
			return 0;
		}
		int sent = 0;
		if (engagement.phase() == Phase.KEEPING_IN_TOUCH) {
			Instant expires = dueOn.plusMonths(closing.everyMonths()).atStartOfDay(ZoneOffset.UTC).toInstant();
			for (Side side : new Side[] { Side.ORGANIZATION, Side.PROVIDER }) {
				String token = Secrets.newToken();
				CheckIn checkIn = checkIns.save(CheckIn.due(closing, side, dueOn, CheckIns.digest(token), expires));
				mail.checkIn(checkIn, engagement.participants()
					.stream()
					.filter(p -> p.side() == side)
					.map(Participant::accountId)
					.toList(), token);
				sent++;
			}
		}
		closing.advance();
		closings.save(closing);
		return sent;
	}

	private int finish(UUID engagementId, Instant now) {
		Engagement engagement = engagements.findById(engagementId).orElseThrow();
		if (engagement.phase() != Phase.KEEPING_IN_TOUCH) {
			return 0;
		}
		engagement.finish(now);
		engagements.save(engagement);
		engagementService.recordPhase(engagement, Phase.KEEPING_IN_TOUCH, Phase.CLOSED, null, now);
		return 1;
	}

	/** One engagement's work in its own transaction: a failure is logged (ids only) and the others go on. */
	private int inItsOwnTransaction(UUID engagementId, java.util.function.IntSupplier work) {
		try {
			Integer done = transactions.execute(status -> work.getAsInt());
			return done == null ? 0 : done;
		}
		catch (RuntimeException failed) {
			log.warn("Keep-in-touch job failed for engagement {}: {}", engagementId, failed.getClass().getSimpleName());
			return 0;
		}
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

}
