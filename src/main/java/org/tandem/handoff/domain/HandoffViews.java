package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.ProviderContact;
import org.tandem.directory.ProviderSummary;
import org.tandem.directory.Providers;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.persistence.FollowUpRepository;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.IntroductionRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.intake.Requests;
import org.tandem.matching.Matching;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.Regions;

/**
 * What the handoff shows, changing nothing: a request's handoff for staff, the handoffs in flight and where they are
 * stuck, the staff overview's figures, a provider's desk and one offer as they see it, the organization's
 * introduction page and status page. Every view checks that it belongs to the one reading it, as the actions do.
 */
@Service
public class HandoffViews {

	private final HandoffRepository handoffs;

	private final OfferRepository offers;

	private final IntroductionRepository introductions;

	private final FollowUpRepository followUps;

	private final Requests requests;

	private final Providers providers;

	private final HandoffProperties properties;

	private final Regions regions;

	private final Matching matching;

	private final HandoffSupport support;

	private final Clock clock;

	HandoffViews(HandoffRepository handoffs, OfferRepository offers, IntroductionRepository introductions,
			FollowUpRepository followUps, Requests requests, Providers providers, HandoffProperties properties,
			Regions regions, Matching matching, HandoffSupport support, Clock clock) {
		this.handoffs = handoffs;
		this.offers = offers;
		this.introductions = introductions;
		this.followUps = followUps;
		this.requests = requests;
		this.providers = providers;
		this.properties = properties;
		this.regions = regions;
		this.matching = matching;
		this.support = support;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Handoff> find(UUID requestId) {
		return handoffs.findById(requestId);
	}

	/** Whether there is a request with this id, handed off or not. */
	@Transactional(readOnly = true)
	public boolean requestExists(UUID requestId) {
		return requests.find(requestId).isPresent();
	}

	/** Everything about one request's handoff, for staff. */
	@Transactional(readOnly = true)
	public Optional<StaffView> staffView(UUID requestId) {
		return handoffs.findById(requestId).map(handoff -> {
			List<Offer> all = offers.findByRequestIdOrderByPosition(requestId);
			Map<UUID, String> names = new HashMap<>(providers.names(all.stream().map(Offer::providerId).toList()));
			all.forEach(offer -> names.putIfAbsent(offer.providerId(), "—"));
			return new StaffView(handoff, support.request(requestId), all, names, introductions.findById(requestId),
					followUps.findByRequestIdOrderByRoundAscSideAsc(requestId));
		});
	}

	/**
	 * Every handoff in flight, oldest stage first, with where it is stuck: four queries whatever their number, and
	 * nothing opened (references and provider names are clear columns).
	 */
	@Transactional(readOnly = true)
	public List<InFlight> inFlight() {
		Instant now = clock.instant();
		List<Handoff> all = handoffs.inFlight();
		if (all.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = all.stream().map(Handoff::requestId).toList();
		Map<UUID, String> references = requests.references(ids);
		// one offer at a time is open or accepted
		Map<UUID, Offer> current = new HashMap<>();
		offers.holding(ids).forEach(offer -> current.put(offer.requestId(), offer));
		Map<UUID, String> names = providers.names(current.values().stream().map(Offer::providerId).toList());
		List<InFlight> rows = new ArrayList<>();
		for (Handoff handoff : all) {
			String reference = references.get(handoff.requestId());
			if (reference == null) {
				continue;
			}
			Offer offer = current.get(handoff.requestId());
			rows.add(new InFlight(handoff, reference, offer == null ? null : names.get(offer.providerId()), offer,
					stuck(handoff, offer, now)));
		}
		return rows;
	}

	/**
	 * The staff overview's figures: offers waiting for a provider (a bounded count on the stage index) and handoffs
	 * stuck. Stuck is worked out from the handoffs in flight, as their list does; they are few (each holds a provider's
	 * slot or waits for one), not a table's worth.
	 */
	@Transactional(readOnly = true)
	public List<OverviewFigure> figures() {
		long stuck = inFlight().stream().filter(row -> row.stuck() != null).count();
		return List.of(
				new OverviewFigure("offers-waiting", "overview.offersWaiting", handoffs.countOfferingCapped(),
						"/staff/handoffs?show=offering", 50, false),
				new OverviewFigure("handoffs-stuck", "overview.handoffsStuck", stuck, "/staff/handoffs?show=stuck", 60,
						true));
	}

	private @Nullable String stuck(Handoff handoff, @Nullable Offer current, Instant now) {
		Duration wait = properties.confirmationReminder();
		return switch (handoff.stage()) {
			case OFFERING -> current != null && current.deadline() != null
					&& now.isAfter(current.deadline().minus(Duration.between(current.sentAt(), current.deadline()).dividedBy(4)))
							? "handoff.stuck.noAnswer" : null;
			case NO_PROVIDER -> "handoff.stuck.noProvider";
			case ACCEPTED -> now.isAfter(handoff.stageSince().plus(wait)) ? "handoff.stuck.noIntroduction" : null;
			case INTRODUCED -> handoff.remindedAt() != null ? "handoff.stuck.noConfirmation" : null;
			case CONTACT_FAILED -> handoff.recordCancelledAt() != null ? "handoff.stuck.recordCancelled"
					: "handoff.stuck.contactFailed";
			default -> null;
		};
	}

	/** A provider's desk: offers waiting, introductions, confirmations pending, follow-ups due. */
	@Transactional(readOnly = true)
	public Desk desk(UUID providerId) {
		List<Offer> mine = offers.findByProviderIdOrderBySentAtDesc(providerId);
		List<Offer> waiting = mine.stream().filter(Offer::isOpen).sorted(Comparator.comparing(Offer::deadline)).toList();
		List<Offer> accepted = mine.stream().filter(o -> o.status() == OfferStatus.ACCEPTED).toList();
		Map<UUID, Handoff> byRequest = handoffs.findAllById(accepted.stream().map(Offer::requestId).toList())
			.stream()
			.collect(Collectors.toMap(Handoff::requestId, Function.identity()));
		List<Offer> awaitingIntroduction = new ArrayList<>();
		List<Offer> confirming = new ArrayList<>();
		List<Offer> introduced = new ArrayList<>();
		for (Offer offer : accepted) {
			Handoff handoff = byRequest.get(offer.requestId());
			if (handoff == null) {
				continue;
			}
			switch (handoff.stage()) {
				case ACCEPTED -> awaitingIntroduction.add(offer);
				case INTRODUCED, CONTACT_FAILED -> (handoff.waitsFor(Side.PROVIDER) ? confirming : introduced).add(offer);
				case CONTACT_RECORDED, FOLLOWING_UP, CLOSED -> introduced.add(offer);
				default -> {
				}
			}
		}
		return new Desk(waiting, awaitingIntroduction, confirming, introduced, followUps.openForProvider(providerId));
	}

	/** One offer as its provider sees it: blind until the organization introduces itself. */
	@Transactional(readOnly = true)
	public ProviderView providerView(UUID offerId, UUID providerId) {
		Offer offer = support.offerOf(offerId, providerId);
		Handoff handoff = support.get(offer.requestId());
		Requests.RequestSummary request = support.request(offer.requestId());
		Optional<Introduction> introduction = offer.status() == OfferStatus.ACCEPTED
				? introductions.findById(offer.requestId()).filter(i -> i.offerId().equals(offerId))
				: Optional.empty();
		// the note for providers is opened here only, to show on this page to the provider the request is offered to
		Brief brief = Brief.of(request, regions, matching.servicesNeeded(offer.requestId()),
				requests.providerNote(offer.requestId()).orElse(null));
		return new ProviderView(offer, handoff, brief, introduction.orElse(null),
				introduction.isPresent() ? request.reference() : null);
	}

	/** The handoff as the organization sees it on its introduction page: the provider and what may be revealed. */
	@Transactional(readOnly = true)
	public Optional<RequesterView> requesterView(UUID requestId) {
		return handoffs.findById(requestId).map(handoff -> {
			ProviderContact provider = support.accepted(requestId).flatMap(o -> providers.contact(o.providerId()))
				.orElse(null);
			return new RequesterView(handoff, provider, requests.revealable(requestId),
					introductions.findById(requestId).orElse(null), support.openSurveys(requestId));
		});
	}

	/**
	 * Where the handoff stands for the status page, read on every view of it: nothing is opened (the introduction
	 * page opens the provider's details and what the organization may reveal).
	 */
	@Transactional(readOnly = true)
	public Optional<Progress> progress(UUID requestId) {
		return handoffs.find(requestId)
			.map(handoff -> new Progress(handoff, introductions.existsById(requestId), support.openSurveys(requestId)));
	}

	/** A provider's name, summary and services, as the organization choosing or introduced to them sees them. */
	@Transactional(readOnly = true)
	public Optional<ProviderSummary> providerProfile(UUID providerId) {
		return providers.summary(providerId);
	}

	/** The provider the organization was introduced to, if it was; nothing opened. */
	@Transactional(readOnly = true)
	public Optional<UUID> introducedProvider(UUID requestId) {
		return introductions.providerOf(requestId);
	}

	/**
	 * What a provider sees of a request before the introduction: the services it needs and those that would help
	 * (taxonomy codes, in its order), languages, the country (never a finer place), urgency, timeframe, approach, and
	 * the assessment's note written for providers; never who asked.
	 *
	 * @param note the assessment's "what a provider should know", opened; null when staff wrote none
	 */
	public record Brief(List<String> needed, List<String> helpful, List<String> languages, @Nullable String country,
			@Nullable String region, String urgency, String timeframe, String approach, @Nullable String note) {

		static Brief of(Requests.RequestSummary request, Regions regions, Matching.Needed services,
				@Nullable String note) {
			return new Brief(services.needed(), services.helpful(), request.languages(), request.country(),
					request.country() == null ? null
							: regions.of(request.country()).map(Regions.Region::messageKey).orElse(null),
					request.urgency().name(), request.timeframe().name(), request.approach().name(), note);
		}

		/** Every service named, needed first. */
		public List<String> services() {
			List<String> all = new ArrayList<>(needed);
			all.addAll(helpful);
			return all;
		}

	}

	public record StaffView(Handoff handoff, Requests.RequestSummary request, List<Offer> offers,
			Map<UUID, String> providerNames, Optional<Introduction> introduction, List<FollowUp> followUps) {
	}

	public record InFlight(Handoff handoff, String reference, @Nullable String provider, @Nullable Offer current,
			@Nullable String stuck) {
	}

	public record Desk(List<Offer> waiting, List<Offer> awaitingIntroduction, List<Offer> confirming,
			List<Offer> introduced, List<FollowUp> followUps) {

		public boolean isEmpty() {
			return waiting.isEmpty() && awaitingIntroduction.isEmpty() && confirming.isEmpty() && introduced.isEmpty()
					&& followUps.isEmpty();
		}

	}

	public record ProviderView(Offer offer, Handoff handoff, Brief brief, @Nullable Introduction introduction,
			@Nullable String reference) {

		public boolean asksAboutContact() {
			return introduction != null
					&& (handoff.stage() == Stage.INTRODUCED || handoff.stage() == Stage.CONTACT_FAILED);
		}

	}

	/**
	 * @param introduced whether the organization introduced itself
	 * @param openFollowUps the organization's surveys waiting for an answer
	 */
	public record Progress(Handoff handoff, boolean introduced, List<FollowUp> openFollowUps) {

		public boolean choosing() {
			return handoff.stage() == Stage.ACCEPTED;
		}

		public boolean asksAboutContact() {
			return introduced && (handoff.stage() == Stage.INTRODUCED || handoff.stage() == Stage.CONTACT_FAILED);
		}

		/** Staff recorded contact and the organization may still say it is not in contact. */
		public boolean recorded() {
			return handoff.stage() == Stage.CONTACT_RECORDED;
		}

	}

	public record RequesterView(Handoff handoff, @Nullable ProviderContact provider,
			List<Requests.Revealable> revealable, @Nullable Introduction introduction,
			List<FollowUp> openFollowUps) {

		public boolean choosing() {
			return handoff.stage() == Stage.ACCEPTED && provider != null;
		}

		public boolean asksAboutContact() {
			return introduction != null
					&& (handoff.stage() == Stage.INTRODUCED || handoff.stage() == Stage.CONTACT_FAILED);
		}

		/** Staff recorded contact and the organization may still say it is not in contact. */
		public boolean recorded() {
			return introduction != null && handoff.stage() == Stage.CONTACT_RECORDED;
		}

		/** The organization's yes would confirm contact, and purge an anonymous request, at once. */
		public boolean yesPurgesNow() {
			return handoff.anonymous()
					&& (recorded() || (Boolean.TRUE.equals(handoff.providerContact()) && asksAboutContact()));
		}

	}

}
