package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.ProviderContact;
import org.tandem.directory.Providers;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.IntroductionRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.tandem.intake.Requests;
import org.tandem.platform.InvalidInput;

/**
 * The organization's introduction to the provider who accepted: it chooses what the provider may see and how to be
 * reached, and sends it; the provider sees it in Tandem and is told (encrypted to their key, if they gave one). Or the
 * organization would rather not be introduced to that provider, and the next one gets the offer.
 */
@Service
public class Introductions {

	/** Kinds of what a requester may reveal that are ways to reach them. */
	public static final Set<String> CHANNELS = java.util.Arrays.stream(Requests.Revealable.Kind.values())
		.filter(Requests.Revealable.Kind::isChannel)
		.map(Enum::name)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/** The longest message an organization may add to its introduction. */
	public static final int MAX_MESSAGE = 1000;

	private final HandoffRepository handoffs;

	private final OfferRepository offers;

	private final IntroductionRepository introductions;

	private final Requests requests;

	private final Providers providers;

	private final HandoffMail mail;

	private final Offers offering;

	private final HandoffSupport support;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<org.tandem.handoff.IntroductionSetting> settings;

	Introductions(HandoffRepository handoffs, OfferRepository offers, IntroductionRepository introductions,
			Requests requests, Providers providers, HandoffMail mail, Offers offering, HandoffSupport support,
			Clock clock, org.springframework.beans.factory.ObjectProvider<org.tandem.handoff.IntroductionSetting> settings) {
		this.settings = settings;
		this.handoffs = handoffs;
		this.offers = offers;
		this.introductions = introductions;
		this.requests = requests;
		this.providers = providers;
		this.mail = mail;
		this.offering = offering;
		this.support = support;
		this.clock = clock;
	}

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
		Handoff handoff = support.get(requestId);
		if (handoff.stage() != Stage.ACCEPTED) {
			throw new InvalidInput("reveal", "handoff.stage.changed");
		}
		Offer offer = support.accepted(requestId)
			.orElseThrow(() -> new InvalidInput("reveal", "handoff.stage.changed"));
		if (!support.active(offer.providerId())) {
			// the provider left the network or is under review again since accepting: nothing is shared with them
			offer.withdrawAccepted(now);
			offers.save(offer);
			offering.openNext(handoff, support.request(requestId), now);
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
		// inside a cohort, the introduction says so first (the cohort's name is the hub's, not the organization's)
		settings.orderedStream()
			.map(setting -> setting.cohortOf(requestId))
			.flatMap(Optional::stream)
			.findFirst()
			.ifPresent(cohort -> items.add(0, new Introduction.Item("COHORT", cohort)));
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
		Handoff handoff = support.get(requestId);
		if (handoff.stage() != Stage.ACCEPTED) {
			throw new InvalidInput("reveal", "handoff.stage.changed");
		}
		Offer offer = support.accepted(requestId)
			.orElseThrow(() -> new InvalidInput("reveal", "handoff.stage.changed"));
		offer.withdrawAccepted(now);
		offers.save(offer);
		requests.acted(requestId);
		offering.openNext(handoff, support.request(requestId), now);
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

}
