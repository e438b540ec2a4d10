package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.ProviderContact;
import org.tandem.directory.ProviderSummary;
import org.tandem.directory.Providers;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.persistence.FollowUpRepository;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.IntroductionRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.handoff.persistence.Tally;
import org.tandem.intake.RequestReturned;
import org.tandem.intake.Requests;
import org.tandem.matching.ProvidersChosen;
import org.tandem.matching.ServicesNeeded;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.Regions;

/**
 * The handoff of a request from the providers staff chose to confirmed contact: offers one at a time in staff's
 * order, each answered within a deadline; the organization's introduction; both sides confirming contact; then the
 * purge of an anonymous request (counters only remain) or follow-ups. Every action checks that the object belongs to
 * the one acting: a provider reaches only offers made to them, a requester only their own request.
 */
@Service
public class Handoffs {

	private static final Logger log = LoggerFactory.getLogger(Handoffs.class);

	/** Kinds of what a requester may reveal that are ways to reach them. */
	public static final Set<String> CHANNELS = Set.of("EMAIL", "SIGNAL", "PHONE");

	/** The longest message an organization may add to its introduction. */
	public static final int MAX_MESSAGE = 1000;

	private final HandoffRepository handoffs;

	private final OfferRepository offers;

	private final IntroductionRepository introductions;

	private final FollowUpRepository followUps;

	private final Tally tally;

	private final Requests requests;


	private final Providers providers;

	private final HandoffMail mail;

	private final HandoffProperties properties;

	private final Regions regions;

	private final Coarse coarse;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ServicesNeeded servicesNeeded;

	Handoffs(HandoffRepository handoffs, OfferRepository offers, IntroductionRepository introductions,
			FollowUpRepository followUps, Tally tally, Requests requests,
			Providers providers, HandoffMail mail, HandoffProperties properties, Regions regions, Coarse coarse,
			TransactionTemplate transactions, Clock clock, ServicesNeeded servicesNeeded) {
		this.servicesNeeded = servicesNeeded;
		this.handoffs = handoffs;
		this.offers = offers;
		this.introductions = introductions;
		this.followUps = followUps;
		this.tally = tally;
		this.requests = requests;
		this.providers = providers;
		this.mail = mail;
		this.properties = properties;
		this.regions = regions;
		this.coarse = coarse;
		this.transactions = transactions;
		this.clock = clock;
	}

	// --- offers -----------------------------------------------------------------------------------------------------

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
		if (handoff.stage() == Stage.FOLLOWING_UP || handoff.stage() == Stage.CLOSED) {
			if (handoff.stage() != Stage.CLOSED) {
				handoff.closed(now);
			}
		}
		else {
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
	 * staff, who are told.
	 */
	private void openNext(Handoff handoff, Requests.RequestSummary request, Instant now) {
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
			mail.offer(provider.get(), offer, servicesNeeded.of(handoff.requestId()),
					requests.hasProviderNote(handoff.requestId()));
			return;
		}
		handoff.noProvider(now);
		handoffs.save(handoff);
		requests.backToAssessment(handoff.requestId(), null);
		mail.staff(handoff.requestId(), request.reference(), "handoff.alert.noProvider");
	}

	private Duration deadline(Requests.RequestSummary request) {
		return "EMERGENCY".equals(request.urgency()) ? properties.emergencyOfferDeadline()
				: properties.offerDeadline();
	}

	/** The provider accepts an offer made to them, before its deadline; the organization is asked to introduce. */
	@Transactional
	public void accept(UUID offerId, UUID providerId) {
		Instant now = clock.instant();
		Offer offer = offerOf(offerId, providerId);
		Handoff handoff = get(offer.requestId());
		if (!active(providerId)) {
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
		Offer offer = offerOf(offerId, providerId);
		offer.decline(reason, note, now);
		offers.save(offer);
		requests.acted(offer.requestId());
		Handoff handoff = get(offer.requestId());
		openNext(handoff, request(handoff.requestId()), now);
	}

	/** Staff take back the open offer (for instance, the provider said they cannot) and the next one is sent. */
	@Transactional
	public void skip(UUID requestId) {
		Instant now = clock.instant();
		Handoff handoff = get(requestId);
		if (handoff.stage() != Stage.OFFERING) {
			throw new InvalidInput("offer", "handoff.stage.changed");
		}
		offers.findByRequestIdOrderByPosition(requestId).stream().filter(Offer::isOpen).forEach(offer -> {
			offer.withdraw(now);
			offers.save(offer);
		});
		openNext(handoff, request(requestId), now);
	}

	/** Open offers past their deadline count as declined: the next provider gets the offer and staff are told. */
	public int expireDue() {
		int expired = 0;
		for (Offer due : offers.openPast(clock.instant())) {
			boolean done = inItsOwnTransaction("expiry", due.id(), () -> {
				Instant now = clock.instant();
				Offer offer = offers.findById(due.id()).orElse(null);
				if (offer == null || !offer.expireIfDue(now)) {
					return false;
				}
				offers.save(offer);
				Handoff handoff = get(offer.requestId());
				Requests.RequestSummary request = request(handoff.requestId());
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

	// --- the introduction --------------------------------------------------------------------------------------------

	/**
	 * The organization chooses what the provider who accepted may see and how to reach it, and sends the
	 * introduction; the provider sees it in Tandem and is told (encrypted to their key, if they gave one).
	 *
	 * @param kinds the kinds of revealable items chosen
	 * @param channel how the organization wants to be reached: one of the chosen contact items
	 */
	@Transactional
	public Introduced introduce(UUID requestId, Set<String> kinds, String channel, @Nullable String message) {
		Instant now = clock.instant();
		Handoff handoff = get(requestId);
		if (handoff.stage() != Stage.ACCEPTED) {
			throw new InvalidInput("reveal", "handoff.stage.changed");
		}
		Offer offer = accepted(requestId).orElseThrow(() -> new InvalidInput("reveal", "handoff.stage.changed"));
		if (!active(offer.providerId())) {
			// the provider left the network or is under review again since accepting: nothing is shared with them
			offer.withdrawAccepted(now);
			offers.save(offer);
			openNext(handoff, request(requestId), now);
			return Introduced.PROVIDER_GONE;
		}
		List<Requests.Revealable> revealable = requests.revealable(requestId);
		List<Introduction.Item> items = new ArrayList<>();
		for (Requests.Revealable item : revealable) {
			if (kinds.contains(item.kind().name())) {
				items.add(new Introduction.Item(item.kind().name(), item.value()));
			}
		}
		if (items.stream().noneMatch(i -> CHANNELS.contains(i.kind()))) {
			throw new InvalidInput("reveal", "handoff.reveal.contactRequired");
		}
		if (items.stream().noneMatch(i -> i.kind().equals(channel))) {
			throw new InvalidInput("channel", "handoff.reveal.channelNotShared");
		}
		String words = message == null ? "" : message.strip();
		if (words.length() > MAX_MESSAGE) {
			throw new InvalidInput("message", "validation.tooLong");
		}
		if (!words.isEmpty()) {
			items.add(new Introduction.Item("MESSAGE", words));
		}
		Introduction introduction = Introduction.of(offer, items, channel, now);
		introductions.save(introduction);
		requests.acted(requestId);
		handoff.introduced(now);
		handoffs.save(handoff);
		providers.engagementOpened(offer.providerId());
		providers.contact(offer.providerId())
			.ifPresent(provider -> mail.introduced(provider, offer, introductionText(introduction, provider)));
		return Introduced.INTRODUCED;
	}

	private boolean active(UUID providerId) {
		return providers.contact(providerId).filter(p -> p.status() == ProviderStatus.ACTIVE).isPresent();
	}

	/** What an introduction did. */
	public enum Introduced {

		INTRODUCED,
		/** The provider who accepted is no longer active: the next one was asked instead. */
		PROVIDER_GONE

	}

	/** The organization would rather not be introduced to the provider who accepted: the next one gets the offer. */
	@Transactional
	public void notThisProvider(UUID requestId) {
		Instant now = clock.instant();
		Handoff handoff = get(requestId);
		if (handoff.stage() != Stage.ACCEPTED) {
			throw new InvalidInput("reveal", "handoff.stage.changed");
		}
		Offer offer = accepted(requestId).orElseThrow(() -> new InvalidInput("reveal", "handoff.stage.changed"));
		offer.withdrawAccepted(now);
		offers.save(offer);
		requests.acted(requestId);
		openNext(handoff, request(requestId), now);
	}

	/** The introduction as the provider reads it, in their language. */
	String introductionText(Introduction introduction, ProviderContact provider) {
		Locale locale = Locale.forLanguageTag(provider.language());
		StringBuilder text = new StringBuilder(mail.text("handoff.introduction.toProvider", locale,
				provider.name(), mail.text("handoff.reveal." + introduction.channel().toLowerCase(Locale.ROOT), locale)));
		text.append("\n\n");
		for (Introduction.Item item : introduction.items()) {
			text.append(mail.text(item.messageKey(), locale)).append(": ").append(item.value()).append('\n');
		}
		return text.toString();
	}

	// --- contact ------------------------------------------------------------------------------------------------------

	/** The organization says whether it reached the provider. */
	public Confirmation requesterAnswers(UUID requestId, boolean reached) {
		return answer(requestId, Side.ORGANIZATION, reached, null);
	}

	/** The provider says whether they reached the organization of an offer they accepted. */
	public Confirmation providerAnswers(UUID offerId, UUID providerId, boolean reached) {
		Offer offer = transactions.execute(status -> offerOf(offerId, providerId));
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
				mail.staff(requestId, request(requestId).reference(),
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
			Handoff handoff = get(requestId);
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
		Requests.RequestSummary request = request(handoff.requestId());
		List<Offer> all = offers.findByRequestIdOrderByPosition(handoff.requestId());
		Instant confirmedAt = Objects.requireNonNull(handoff.confirmedAt());
		tally.count(new Tally.Cell(Coarse.quarterStart(confirmedAt), coarse.regionGroup(request.country()),
				coarse.serviceGroup(request.services()), Coarse.daysBucket(handoff.daysToConfirm()),
				Coarse.offersBucket((int) all.stream().filter(o -> o.sentAt() != null).count()), handoff.anonymous()));
		if (!handoff.anonymous()) {
			UUID provider = accepted(handoff.requestId()).map(Offer::providerId).orElseThrow();
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
			boolean done = inItsOwnTransaction("reminder", due.requestId(), () -> {
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
						accepted(handoff.requestId()).ifPresent(offer -> providers.contact(offer.providerId())
							.ifPresent(p -> mail.contactReminder(p, offer)));
					}
					return true;
				}
				if (handoff.staffAlertedAt() == null && !now.isBefore(introduced.plus(wait.multipliedBy(2)))) {
					handoff.staffAlerted(now);
					handoffs.save(handoff);
					mail.staff(handoff.requestId(), request(handoff.requestId()).reference(),
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

	// --- follow-ups -------------------------------------------------------------------------------------------------

	/**
	 * Opens the follow-ups that are due (and tells each side), lapses surveys open too long, and closes requests whose
	 * follow-ups are all finished.
	 */
	public int runFollowUps() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int changed = 0;
		for (FollowUp due : followUps.dueBy(today)) {
			boolean opened = inItsOwnTransaction("follow-up", due.id(), () -> followUps.findById(due.id())
				.filter(followUp -> followUp.open(now))
				.map(followUp -> {
					followUps.save(followUp);
					if (followUp.side() == Side.PROVIDER) {
						providers.contact(followUp.providerId()).ifPresent(p -> mail.followUp(p, followUp));
					}
					else {
						requests.noticeToRequester(followUp.requestId());
					}
					return true;
				})
				.orElse(false));
			if (opened) {
				changed++;
			}
		}
		for (FollowUp open : followUps.open()) {
			boolean lapsed = inItsOwnTransaction("survey", open.id(), () -> followUps.findById(open.id())
				.filter(f -> f.lapseIfDue(now, properties.surveyOpen()))
				.map(f -> {
					followUps.save(f);
					closeIfFinished(f.requestId(), now);
					return true;
				})
				.orElse(false));
			if (lapsed) {
				changed++;
			}
		}
		return changed;
	}

	/**
	 * One item of a job in a transaction of its own: an item that fails (changed meanwhile by someone acting on it)
	 * is left for the next run without stopping the others.
	 */
	private boolean inItsOwnTransaction(String job, UUID id, Supplier<Boolean> work) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> work.get()));
		}
		catch (RuntimeException failure) {
			log.warn("Handoff job ({}): {} left for the next run ({})", job, id, failure.getClass().getSimpleName());
			return false;
		}
	}

	/**
	 * The organization answers its open follow-up survey; its answer to "may we count your answers anonymously?" is
	 * kept on the request, in the same transaction.
	 */
	@Transactional
	public void requesterSurvey(UUID requestId, UUID followUpId, FollowUp.Survey survey) {
		FollowUp followUp = followUps.findById(followUpId)
			.filter(f -> f.requestId().equals(requestId) && f.side() == Side.ORGANIZATION)
			.orElseThrow(NotFoundException::new);
		answerSurvey(followUp, survey);
		requests.countAnswers(requestId, survey.counted());
	}

	/**
	 * The provider answers an open follow-up survey of theirs; their answer to "may we count your answers
	 * anonymously?" is the setting on their page, changed in the same transaction.
	 */
	@Transactional
	public void providerSurvey(UUID followUpId, UUID providerId, FollowUp.Survey survey) {
		FollowUp followUp = followUps.findById(followUpId)
			.filter(f -> f.providerId().equals(providerId) && f.side() == Side.PROVIDER)
			.orElseThrow(NotFoundException::new);
		answerSurvey(followUp, survey);
		providers.setCounted(providerId, survey.counted());
	}

	/** Whether the organization currently lets its answers be counted, to show on its survey. */
	@Transactional(readOnly = true)
	public boolean organizationCounted(UUID requestId) {
		return requests.countable(requestId).map(Requests.Countable::counted).orElse(false);
	}

	/** Whether the provider currently lets their answers be counted, to show on their survey. */
	@Transactional(readOnly = true)
	public boolean providerCounted(UUID providerId) {
		return providers.counted(providerId);
	}

	private void answerSurvey(FollowUp followUp, FollowUp.Survey survey) {
		Instant now = clock.instant();
		followUp.answer(survey, now);
		followUps.save(followUp);
		closeIfFinished(followUp.requestId(), now);
	}

	private void closeIfFinished(UUID requestId, Instant now) {
		List<FollowUp> all = followUps.findByRequestIdOrderByRoundAscSideAsc(requestId);
		if (all.isEmpty() || !all.stream().allMatch(f -> f.status().finished())) {
			return;
		}
		handoffs.findById(requestId).filter(h -> h.stage() == Stage.FOLLOWING_UP).ifPresent(handoff -> {
			handoff.closed(now);
			handoffs.save(handoff);
		});
	}

	/** Staff close a handoff whose contact is confirmed before its follow-ups are done (the surveys stay open). */
	@Transactional
	public void staffClose(UUID requestId, UUID actor) {
		Handoff handoff = get(requestId);
		if (handoff.stage() != Stage.FOLLOWING_UP) {
			throw new InvalidInput("close", "handoff.stage.changed");
		}
		handoff.closed(clock.instant());
		handoffs.save(handoff);
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<Handoff> find(UUID requestId) {
		return handoffs.findById(requestId);
	}

	/** Everything about one request's handoff, for staff. */
	@Transactional(readOnly = true)
	/** Whether there is a request with this id, handed off or not. */
	public boolean requestExists(UUID requestId) {
		return requests.find(requestId).isPresent();
	}

	public Optional<StaffView> staffView(UUID requestId) {
		return handoffs.findById(requestId).map(handoff -> {
			List<Offer> all = offers.findByRequestIdOrderByPosition(requestId);
			Map<UUID, String> names = new HashMap<>(providers.names(all.stream().map(Offer::providerId).toList()));
			all.forEach(offer -> names.putIfAbsent(offer.providerId(), "—"));
			return new StaffView(handoff, request(requestId), all, names, introductions.findById(requestId),
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
		Offer offer = offerOf(offerId, providerId);
		Handoff handoff = get(offer.requestId());
		Requests.RequestSummary request = request(offer.requestId());
		Optional<Introduction> introduction = offer.status() == OfferStatus.ACCEPTED
				? introductions.findById(offer.requestId()).filter(i -> i.offerId().equals(offerId))
				: Optional.empty();
		// the note for providers is opened here only, to show on this page to the provider the request is offered to
		Brief brief = Brief.of(request, regions, servicesNeeded.of(offer.requestId()),
				requests.providerNote(offer.requestId()).orElse(null));
		return new ProviderView(offer, handoff, brief, introduction.orElse(null),
				introduction.isPresent() ? request.reference() : null);
	}

	/** A provider's follow-up survey. */
	@Transactional(readOnly = true)
	public FollowUp providerFollowUp(UUID followUpId, UUID providerId) {
		return followUps.findById(followUpId)
			.filter(f -> f.providerId().equals(providerId) && f.side() == Side.PROVIDER)
			.orElseThrow(NotFoundException::new);
	}

	/** The handoff as the organization sees it on its introduction page: the provider and what may be revealed. */
	@Transactional(readOnly = true)
	public Optional<RequesterView> requesterView(UUID requestId) {
		return handoffs.findById(requestId).map(handoff -> {
			ProviderContact provider = accepted(requestId).flatMap(o -> providers.contact(o.providerId()))
				.orElse(null);
			return new RequesterView(handoff, provider, requests.revealable(requestId),
					introductions.findById(requestId).orElse(null), openSurveys(requestId));
		});
	}

	/**
	 * Where the handoff stands for the status page, read on every view of it: nothing is opened (the introduction
	 * page opens the provider's details and what the organization may reveal).
	 */
	@Transactional(readOnly = true)
	public Optional<Progress> progress(UUID requestId) {
		return handoffs.findById(requestId)
			.map(handoff -> new Progress(handoff, introductions.existsById(requestId), openSurveys(requestId)));
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

	/** The organization's follow-up surveys waiting for an answer. */
	private List<FollowUp> openSurveys(UUID requestId) {
		return followUps.findByRequestIdOrderByRoundAscSideAsc(requestId)
			.stream()
			.filter(f -> f.side() == Side.ORGANIZATION && f.isOpen())
			.toList();
	}

	private Optional<Offer> accepted(UUID requestId) {
		return offers.findByRequestIdOrderByPosition(requestId)
			.stream()
			.filter(o -> o.status() == OfferStatus.ACCEPTED)
			.findFirst();
	}

	/** The offer, only if it was made to this provider: anyone else gets "not found", as for an offer that is not. */
	private Offer offerOf(UUID offerId, UUID providerId) {
		return offers.findById(offerId).filter(o -> o.providerId().equals(providerId)).orElseThrow(NotFoundException::new);
	}

	private Handoff get(UUID requestId) {
		return handoffs.findById(requestId).orElseThrow(NotFoundException::new);
	}

	private Requests.RequestSummary request(UUID requestId) {
		return requests.find(requestId).orElseThrow(NotFoundException::new);
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

	/**
	 * What a provider sees of a request before the introduction: the services it needs and those that would help
	 * (taxonomy codes, in its order), languages, the country (never a finer place), urgency, timeframe, approach, and
	 * the assessment's note written for providers; never who asked.
	 *
	 * @param note the assessment's "what a provider should know", opened; null when staff wrote none
	 */
	public record Brief(List<String> needed, List<String> helpful, List<String> languages, @Nullable String country,
			@Nullable String region, String urgency, String timeframe, String approach, @Nullable String note) {

		static Brief of(Requests.RequestSummary request, Regions regions, ServicesNeeded.Needed services,
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
