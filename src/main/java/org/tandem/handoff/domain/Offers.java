package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.directory.ProviderContact;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Providers;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.persistence.FollowUpRepository;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.IntroductionRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.intake.RequestReturned;
import org.tandem.intake.Requests;
import org.tandem.intake.Urgency;
import org.tandem.matching.ProvidersChosen;
import org.tandem.matching.Matching;
import org.tandem.platform.InvalidInput;

/**
 * The offers of a handoff: queued in the order staff chose the providers, sent one at a time, each answered within a
 * deadline (accepted, declined, taken back by staff or expired), the next one sent when one is not taken, and the
 * request back to staff when nobody is left. A provider reaches only offers made to them.
 */
@Service
public class Offers {

	private static final Logger log = LoggerFactory.getLogger(Offers.class);

	private final HandoffRepository handoffs;

	private final OfferRepository offers;

	private final IntroductionRepository introductions;

	private final FollowUpRepository followUps;

	private final Requests requests;

	private final Providers providers;

	private final HandoffMail mail;

	private final HandoffProperties properties;

	private final Matching matching;

	private final HandoffSupport support;

	private final Clock clock;

	Offers(HandoffRepository handoffs, OfferRepository offers, IntroductionRepository introductions,
			FollowUpRepository followUps, Requests requests, Providers providers, HandoffMail mail,
			HandoffProperties properties, Matching matching, HandoffSupport support, Clock clock) {
		this.handoffs = handoffs;
		this.offers = offers;
		this.introductions = introductions;
		this.followUps = followUps;
		this.requests = requests;
		this.providers = providers;
		this.mail = mail;
		this.properties = properties;
		this.matching = matching;
		this.support = support;
		this.clock = clock;
	}

	/**
	 * Staff chose providers: the offers are queued in that order and the first is sent. Runs after the choice is
	 * committed, in its own transaction, in the thread of the choice (so the page staff see next shows the offer; see
	 * docs/adr/0016-journey-stages-have-one-owner.md), recorded in the event publication registry and retried at the next start
	 * if the instance stopped before it finished. A new choice before anyone accepted takes back what is still open; matching refuses one
	 * after an acceptance, and one that crossed an acceptance is left aside here. Running twice does nothing more: a
	 * handoff that moved since the choice was made has seen it.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ProvidersChosen chosen) {
		Instant now = clock.instant();
		Optional<Requests.RequestSummary> found = requests.find(chosen.requestId());
		if (found.isEmpty()) {
			return; // purged meanwhile
		}
		Requests.RequestSummary request = found.get();
		Optional<Handoff> existing = handoffs.findById(chosen.requestId());
		if (existing.isPresent() && !existing.get().stageSince().isBefore(chosen.chosenAt())) {
			return; // this choice, or a later move, was applied already
		}
		List<Offer> previous = offers.findByRequestIdOrderByPosition(chosen.requestId());
		Handoff handoff;
		if (existing.isPresent()) {
			handoff = existing.get();
			if (!handoff.canRestart()) {
				log.info("A choice of providers for request {} crossed an acceptance; the accepted offer stands",
						chosen.requestId());
				return;
			}
			handoff.restart(now);
			takeBackOffers(chosen.requestId(), now);
		}
		else {
			handoff = Handoff.start(request.id(), request.anonymous(), request.language(), chosen.chosenBy(), now);
		}
		int position = previous.stream().mapToInt(Offer::position).max().orElse(0);
		for (UUID provider : chosen.providers()) {
			offers.save(Offer.queued(request.id(), provider, ++position));
		}
		openNext(handoff, request, now);
	}

	/**
	 * The request went back to assessment (staff took it back on its page, or nobody took it): whatever the handoff
	 * still holds is taken back, the introduction (the link between organization and provider) included, so a new
	 * choice starts afresh. After the move is committed, in its own transaction; running twice does no harm.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(RequestReturned returned) {
		Optional<Handoff> found = handoffs.findById(returned.requestId());
		if (found.isEmpty()) {
			return;
		}
		Handoff handoff = found.get();
		if (handoff.stage() == Stage.NO_PROVIDER || handoff.stage() == Stage.WITHDRAWN) {
			return;
		}
		Instant now = clock.instant();
		takeBackOffers(handoff.requestId(), now);
		introductions.findById(handoff.requestId()).ifPresent(introductions::delete);
		followUps.findByRequestIdOrderByRoundAscSideAsc(handoff.requestId()).forEach(f -> {
			f.cancel();
			followUps.save(f);
		});
		// contact was made: the handoff is over; otherwise it is taken back (a closed one stays as it is)
		if (handoff.stage() == Stage.FOLLOWING_UP) {
			handoff.closed(now);
		}
		else if (handoff.stage() != Stage.CLOSED) {
			handoff.withdrawn(now);
		}
		handoffs.save(handoff);
	}

	/** Takes back every offer still queued, open or accepted. */
	private void takeBackOffers(UUID requestId, Instant now) {
		for (Offer offer : offers.findByRequestIdOrderByPosition(requestId)) {
			if (offer.withdraw(now)) {
				offers.save(offer);
			}
			else if (offer.status() == OfferStatus.ACCEPTED) {
				offer.withdrawAccepted(now);
				offers.save(offer);
			}
		}
	}

	/**
	 * Sends the next queued offer, skipping providers no longer active; with nobody left the request goes back to
	 * staff, who are told. Runs in the caller's transaction.
	 */
	void openNext(Handoff handoff, Requests.RequestSummary request, Instant now) {
		for (Offer offer : offers.findByRequestIdOrderByPosition(handoff.requestId())) {
			if (offer.status() != OfferStatus.QUEUED) {
				continue;
			}
			Optional<ProviderContact> provider = providers.contact(offer.providerId())
				.filter(p -> p.status() == ProviderStatus.ACTIVE);
			if (provider.isEmpty()) {
				offer.withdraw(now);
				offers.save(offer);
				continue;
			}
			offer.open(now, deadline(request));
			offers.save(offer);
			// an offer sent is activity on the request; an open one lasts far less than the shortest inactivity period
			requests.acted(handoff.requestId());
			handoff.offering(now);
			handoffs.save(handoff);
			mail.offer(provider.get(), offer, matching.servicesNeeded(handoff.requestId()),
					requests.hasProviderNote(handoff.requestId()));
			return;
		}
		handoff.noProvider(now);
		handoffs.save(handoff);
		requests.backToAssessment(handoff.requestId(), null);
		mail.staff(handoff.requestId(), request.reference(), "handoff.alert.noProvider");
	}

	private Duration deadline(Requests.RequestSummary request) {
		return request.urgency() == Urgency.EMERGENCY ? properties.emergencyOfferDeadline()
				: properties.offerDeadline();
	}

	/** The provider accepts an offer made to them, before its deadline; the organization is asked to introduce. */
	@Transactional
	public void accept(UUID offerId, UUID providerId) {
		Instant now = clock.instant();
		Offer offer = support.offerOf(offerId, providerId);
		Handoff handoff = support.get(offer.requestId());
		if (!support.active(providerId)) {
			throw new InvalidInput("offer", "handoff.offer.providerInactive");
		}
		offer.accept(now);
		handoff.accepted(now);
		offers.save(offer);
		handoffs.save(handoff);
		requests.acted(offer.requestId());
		requests.noticeToRequester(offer.requestId());
	}

	/** The provider declines, with a reason; the next provider in the order gets the offer. */
	@Transactional
	public void decline(UUID offerId, UUID providerId, DeclineReason reason, @Nullable String note) {
		Instant now = clock.instant();
		Offer offer = support.offerOf(offerId, providerId);
		offer.decline(reason, note, now);
		offers.save(offer);
		requests.acted(offer.requestId());
		Handoff handoff = support.get(offer.requestId());
		openNext(handoff, support.request(handoff.requestId()), now);
	}

	/** Staff take back the open offer (for instance, the provider said they cannot) and the next one is sent. */
	@Transactional
	public void skip(UUID requestId) {
		Instant now = clock.instant();
		Handoff handoff = support.get(requestId);
		if (handoff.stage() != Stage.OFFERING) {
			throw new InvalidInput("offer", "handoff.stage.changed");
		}
		offers.findByRequestIdOrderByPosition(requestId).stream().filter(Offer::isOpen).forEach(offer -> {
			offer.withdraw(now);
			offers.save(offer);
		});
		openNext(handoff, support.request(requestId), now);
	}

	/** Open offers past their deadline count as declined: the next provider gets the offer and staff are told. */
	public int expireDue() {
		int expired = 0;
		for (Offer due : offers.openPast(clock.instant())) {
			boolean done = support.inItsOwnTransaction("expiry", due.id(), () -> {
				Instant now = clock.instant();
				Offer offer = offers.findById(due.id()).orElse(null);
				if (offer == null || !offer.expireIfDue(now)) {
					return false;
				}
				offers.save(offer);
				Handoff handoff = support.get(offer.requestId());
				Requests.RequestSummary request = support.request(handoff.requestId());
				mail.staff(handoff.requestId(), request.reference(), "handoff.alert.expired");
				openNext(handoff, request, now);
				return true;
			});
			if (done) {
				expired++;
			}
		}
		return expired;
	}

}
