package org.tandem.handoff.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Providers;
import org.tandem.handoff.persistence.FollowUpRepository;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.intake.Requests;
import org.tandem.platform.NotFoundException;

/**
 * What the handoff's services share: a handoff, its request, an offer checked against the provider acting, the offer
 * accepted, the organization's open surveys, whether a provider is still active, and one item of a job run in a
 * transaction of its own. It depends on no service of the handoff, so they all can depend on it.
 */
@Component
class HandoffSupport {

	private static final Logger log = LoggerFactory.getLogger(HandoffSupport.class);

	private final HandoffRepository handoffs;

	private final OfferRepository offers;

	private final FollowUpRepository followUps;

	private final Requests requests;

	private final Providers providers;

	private final TransactionTemplate transactions;

	HandoffSupport(HandoffRepository handoffs, OfferRepository offers, FollowUpRepository followUps,
			Requests requests, Providers providers, TransactionTemplate transactions) {
		this.handoffs = handoffs;
		this.offers = offers;
		this.followUps = followUps;
		this.requests = requests;
		this.providers = providers;
		this.transactions = transactions;
	}

	/** The request's handoff, or "not found". */
	Handoff get(UUID requestId) {
		return handoffs.findById(requestId).orElseThrow(NotFoundException::new);
	}

	/** What the handoff reads of the request, or "not found" (purged). */
	Requests.RequestSummary request(UUID requestId) {
		return requests.find(requestId).orElseThrow(NotFoundException::new);
	}

	/** The offer, only if it was made to this provider: anyone else gets "not found", as for an offer that is not. */
	Offer offerOf(UUID offerId, UUID providerId) {
		return offers.findById(offerId).filter(o -> o.providerId().equals(providerId)).orElseThrow(NotFoundException::new);
	}

	/** The offer the provider accepted, if one did. */
	Optional<Offer> accepted(UUID requestId) {
		return offers.findByRequestIdOrderByPosition(requestId)
			.stream()
			.filter(o -> o.status() == OfferStatus.ACCEPTED)
			.findFirst();
	}

	/** Whether the provider is still active in the directory. */
	boolean active(UUID providerId) {
		return providers.contact(providerId).filter(p -> p.status() == ProviderStatus.ACTIVE).isPresent();
	}

	/** The organization's follow-up surveys waiting for an answer. */
	List<FollowUp> openSurveys(UUID requestId) {
		return followUps.findByRequestIdOrderByRoundAscSideAsc(requestId)
			.stream()
			.filter(f -> f.side() == Side.ORGANIZATION && f.isOpen())
			.toList();
	}

	/**
	 * One item of a job in a transaction of its own: an item that fails (changed meanwhile by someone acting on it)
	 * is left for the next run without stopping the others.
	 */
	boolean inItsOwnTransaction(String job, UUID id, Supplier<Boolean> work) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> work.get()));
		}
		catch (RuntimeException failure) {
			log.warn("Handoff job ({}): {} left for the next run ({})", job, id, failure.getClass().getSimpleName());
			return false;
		}
	}

}
