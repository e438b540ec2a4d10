package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.directory.Providers;
import org.tandem.handoff.ContactConfirmed;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.persistence.FollowUpRepository;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.IntroductionRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.handoff.persistence.Tally;
import org.tandem.intake.Requests;
import org.tandem.platform.InvalidInput;

/**
 * Contact between the two sides once introduced: each side says whether it reached the other, the sides that have not
 * said are reminded and later staff told; when contact is confirmed the handoff is counted and its follow-ups
 * scheduled, or an anonymous request purged. Staff's own record of contact is {@link ContactRecords}.
 */
@Service
public class Confirmations {

	private final HandoffRepository handoffs;

	private final OfferRepository offers;

	private final IntroductionRepository introductions;

	private final FollowUpRepository followUps;

	private final Tally tally;

	private final Requests requests;

	private final Providers providers;

	private final HandoffMail mail;

	private final HandoffProperties properties;

	private final Coarse coarse;

	private final HandoffSupport support;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Confirmations(HandoffRepository handoffs, OfferRepository offers, IntroductionRepository introductions,
			FollowUpRepository followUps, Tally tally, Requests requests, Providers providers, HandoffMail mail,
			HandoffProperties properties, Coarse coarse, HandoffSupport support, TransactionTemplate transactions,
			Clock clock, ApplicationEventPublisher events) {
		this.handoffs = handoffs;
		this.offers = offers;
		this.introductions = introductions;
		this.followUps = followUps;
		this.tally = tally;
		this.requests = requests;
		this.providers = providers;
		this.mail = mail;
		this.properties = properties;
		this.coarse = coarse;
		this.support = support;
		this.transactions = transactions;
		this.clock = clock;
		this.events = events;
	}

	/** The organization says whether it reached the provider. */
	public Confirmation requesterAnswers(UUID requestId, boolean reached) {
		return answer(requestId, Side.ORGANIZATION, reached, null);
	}

	/** The provider says whether they reached the organization of an offer they accepted. */
	public Confirmation providerAnswers(UUID offerId, UUID providerId, boolean reached) {
		Offer offer = transactions.execute(status -> support.offerOf(offerId, providerId));
		boolean introduced = offer != null && offer.status() == OfferStatus.ACCEPTED && introductions
			.findById(offer.requestId())
			.filter(i -> i.offerId().equals(offerId))
			.isPresent();
		if (!introduced) {
			throw new InvalidInput("reached", "handoff.contact.notAsked");
		}
		return answer(offer.requestId(), Side.PROVIDER, reached, null);
	}

	private Confirmation answer(UUID requestId, Side side, boolean reached, @Nullable UUID actor) {
		return finish(requestId, actor, handoff -> {
			boolean recorded = handoff.stage() == Stage.CONTACT_RECORDED;
			boolean confirmed = handoff.answered(side, reached, clock.instant());
			if (!reached && !confirmed) {
				mail.staff(requestId, support.request(requestId).reference(),
						recorded ? "handoff.alert.recordCancelled" : "handoff.alert.contactFailed");
			}
			return confirmed;
		});
	}

	/**
	 * Records an answer; when it confirms contact, counts the handoff and schedules follow-ups (or not, for an
	 * anonymous request) in one transaction; then has an anonymous request purged through intake's door (a direct
	 * call once the confirmation is committed; intake's retention job finishes it if the instance stopped between).
	 */
	Confirmation finish(UUID requestId, @Nullable UUID actor, Function<Handoff, Boolean> change) {
		Handoff after = transactions.execute(status -> {
			Handoff handoff = support.get(requestId);
			boolean confirmed = change.apply(handoff);
			handoffs.save(handoff);
			requests.acted(requestId);
			if (confirmed) {
				counted(handoff);
			}
			return handoff;
		});
		if (after != null && after.stage() == Stage.CONTACT_RECORDED) {
			return Confirmation.PENDING;
		}
		if (after == null || after.stage() != Stage.FOLLOWING_UP) {
			return Confirmation.RECORDED;
		}
		if (after.anonymous()) {
			requests.purgeIfAnonymous(requestId);
			return Confirmation.PURGED;
		}
		return Confirmation.CONFIRMED;
	}

	/** Counts a confirmed handoff and, unless it is anonymous, schedules its follow-ups. */
	private void counted(Handoff handoff) {
		Requests.RequestSummary request = support.request(handoff.requestId());
		List<Offer> all = offers.findByRequestIdOrderByPosition(handoff.requestId());
		Instant confirmedAt = Objects.requireNonNull(handoff.confirmedAt());
		tally.count(new Tally.Cell(Coarse.quarterStart(confirmedAt), coarse.regionGroup(request.country()),
				coarse.serviceGroup(request.services()), Coarse.daysBucket(handoff.daysToConfirm()),
				Coarse.offersBucket((int) all.stream().filter(o -> o.sentAt() != null).count()), handoff.anonymous()));
		UUID provider = support.accepted(handoff.requestId()).map(Offer::providerId).orElseThrow();
		events.publishEvent(new ContactConfirmed(handoff.requestId(), provider, handoff.anonymous(), confirmedAt));
		if (!handoff.anonymous()) {
			LocalDate today = LocalDate.ofInstant(confirmedAt, ZoneOffset.UTC);
			// a request reopened and handed off again keeps its earlier rounds
			int round = followUps.findByRequestIdOrderByRoundAscSideAsc(handoff.requestId())
				.stream()
				.mapToInt(FollowUp::round)
				.max()
				.orElse(0);
			for (int days : properties.followUpDays()) {
				round++;
				for (Side side : Side.values()) {
					followUps.save(FollowUp.scheduled(handoff.requestId(), provider, round, side, today.plusDays(days)));
				}
			}
		}
	}

	/** Reminds the sides that have not said whether contact was made; later, tells staff. */
	public int remindAboutContact() {
		Instant now = clock.instant();
		Duration wait = properties.confirmationReminder();
		int sent = 0;
		for (Handoff due : handoffs.introducedBefore(now.minus(wait))) {
			boolean done = support.inItsOwnTransaction("reminder", due.requestId(), () -> {
				Handoff handoff = handoffs.findById(due.requestId()).orElse(null);
				if (handoff == null || handoff.stage() != Stage.INTRODUCED || handoff.introducedAt() == null) {
					return false;
				}
				Instant introduced = handoff.introducedAt();
				if (handoff.remindedAt() == null) {
					handoff.reminded(now);
					handoffs.save(handoff);
					if (handoff.waitsFor(Side.ORGANIZATION)) {
						requests.noticeToRequester(handoff.requestId());
					}
					if (handoff.waitsFor(Side.PROVIDER)) {
						support.accepted(handoff.requestId()).ifPresent(offer -> providers.contact(offer.providerId())
							.ifPresent(p -> mail.contactReminder(p, offer)));
					}
					return true;
				}
				if (handoff.staffAlertedAt() == null && !now.isBefore(introduced.plus(wait.multipliedBy(2)))) {
					handoff.staffAlerted(now);
					handoffs.save(handoff);
					mail.staff(handoff.requestId(), support.request(handoff.requestId()).reference(),
							"handoff.alert.noConfirmation");
					return true;
				}
				return false;
			});
			if (done) {
				sent++;
			}
		}
		return sent;
	}

	/** What an answer about contact did. */
	public enum Confirmation {

		/** Recorded; contact is not confirmed yet. */
		RECORDED,
		/** Staff's record waits its grace period; contact is confirmed (and an anonymous request purged) after it. */
		PENDING,
		/** Contact confirmed; follow-ups are scheduled. */
		CONFIRMED,
		/** Contact confirmed and the anonymous request purged. */
		PURGED

	}

}
