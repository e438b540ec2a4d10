package org.tandem.matching.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.directory.ContactChannel;
import org.tandem.directory.ProviderCandidate;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Providers;
import org.tandem.directory.ServiceDepth;
import org.tandem.intake.Requests;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.matching.engine.Channel;
import org.tandem.matching.engine.Depth;
import org.tandem.matching.engine.Fee;
import org.tandem.matching.engine.Importance;
import org.tandem.matching.engine.Needs;
import org.tandem.matching.engine.ProviderFacts;
import org.tandem.matching.engine.ProviderPool;
import org.tandem.matching.engine.Standing;
import org.tandem.matching.persistence.ChoiceRepository;
import org.tandem.platform.Regions;

/**
 * Turns intake's requests and the directory's providers into the engine's terms: the pool of providers at this
 * moment, a request's default needs profile, and the engine's needs for a request and its profile.
 */
@Component
public class Matchmaker {

	private final Providers providers;

	private final Regions regions;

	private final Clock clock;

	private final Requests requests;



	private final AtomicLong poolsBuilt = new AtomicLong();

	Matchmaker(Providers providers, Requests requests, Regions regions, Clock clock) {
		this.providers = providers;
		this.requests = requests;
		this.regions = regions;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * Every provider in service or able to return to it, compiled now. For a handed-over request not yet introduced,
	 * the provider holding it (with the offer open or accepted, as its holder says) has that slot counted as taken, so
	 * choices and applied batches do not overbook.
	 */
	public ProviderPool pool() {
		return pool(null);
	}

	/**
	 * The pool as {@code forRequest} sees it: the slot held for that request itself is not counted against its
	 * holder (the provider chosen for it neither loses score nor becomes "full" for it once chosen); every other
	 * request's held slot is.
	 */
	/**
	 * The pool limited to these providers (a cohort's): the same facts and held slots as {@link #pool()}, the others
	 * left out.
	 */
	public ProviderPool poolWithin(java.util.Set<UUID> within) {
		ProviderPool all = pool();
		return ProviderPool.of(all.providers().stream().filter(p -> within.contains(p.id())).toList(), clock.instant(),
				today());
	}

	public ProviderPool pool(@Nullable UUID forRequest) {
		poolsBuilt.incrementAndGet();
		Instant now = clock.instant();
		Map<UUID, Integer> reserved = new java.util.HashMap<>();
		requests.heldSlots().forEach((request, provider) -> {
			if (!request.equals(forRequest)) {
				reserved.merge(provider, 1, Integer::sum);
			}
		});
		return ProviderPool.of(providers.candidates().stream().map(c -> facts(c, reserved.getOrDefault(c.id(), 0))).toList(),
				now, today());
	}

	/**
	 * How many pools this instance has compiled since it started: reading every provider is the costly part of a
	 * matching page, and a page should do it once.
	 */
	public long poolsBuilt() {
		return poolsBuilt.get();
	}

	ProviderFacts facts(ProviderCandidate c, int reserved) {
		Standing standing = c.status() == ProviderStatus.ACTIVE ? Standing.ACTIVE
				: c.status() == ProviderStatus.PAUSED ? Standing.PAUSED : Standing.NOT_ACTIVE;
		Map<String, Depth> services = new LinkedHashMap<>();
		c.services().forEach((code, depth) -> services.put(code, depth(depth)));
		Set<String> regionKeys = new java.util.HashSet<>();
		c.remoteCountries().forEach(country -> regions.of(country).ifPresent(r -> regionKeys.add(r.key())));
		c.inPersonCountries().forEach(country -> regions.of(country).ifPresent(r -> regionKeys.add(r.key())));
		return new ProviderFacts(c.id(), c.reference(), c.name(), standing, c.vettedUntil(),
				c.pauses().stream().map(p -> new ProviderFacts.DatedPause(p.startsOn(), p.endsOn())).toList(),
				c.maxEngagements(), c.openEngagements() + reserved, services, c.languages(), c.remoteCountries(),
				c.inPersonCountries(), c.remoteAnywhere(), regionKeys,
				c.communities().stream().map(Enum::name).collect(Collectors.toSet()), c.jurisdictions(),
				c.channels()
					.stream()
					.map(Matchmaker::channel)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))),
				c.conflictOrganizations(), c.conflictSectors().stream().map(Enum::name).collect(Collectors.toSet()),
				c.timeZone(), c.responseHours(),
				c.fees().stream().map(Matchmaker::fee).collect(Collectors.toCollection(() -> EnumSet.noneOf(Fee.class))));
	}

	private static Depth depth(ServiceDepth depth) {
		return switch (depth) {
			case CAN_DO -> Depth.CAN_DO;
			case SPECIALIST -> Depth.SPECIALIST;
		};
	}

	private static Channel channel(ContactChannel channel) {
		return switch (channel) {
			case SIGNAL -> Channel.SIGNAL;
			case ENCRYPTED_EMAIL -> Channel.ENCRYPTED_EMAIL;
			case EMAIL -> Channel.EMAIL;
			case PHONE -> Channel.PHONE;
		};
	}

	private static Fee fee(org.tandem.directory.Fee fee) {
		return switch (fee) {
			case PRO_BONO -> Fee.PRO_BONO;
			case SLIDING_SCALE -> Fee.SLIDING_SCALE;
			case PAID -> Fee.PAID;
		};
	}

	/**
	 * The profile matching starts from before staff refine it: the assessed services all needed, the request's
	 * languages, channels from the contact details given, pro bono, and a start date from the urgency and timeframe.
	 */
	public MatchNeeds.Profile defaults(Requests.RequestSummary r) {
		Map<String, Importance> services = new LinkedHashMap<>();
		r.services().stream().sorted().forEach(s -> services.put(s, Importance.MUST));
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (r.contacts().contains(Requests.Revealable.Kind.SIGNAL)) {
			channels.add(Channel.SIGNAL);
		}
		if (r.contacts().contains(Requests.Revealable.Kind.EMAIL)) {
			channels.add(Channel.EMAIL);
			if (r.contacts().contains(Requests.Revealable.Kind.OPENPGP)) {
				channels.add(Channel.ENCRYPTED_EMAIL);
			}
		}
		if (r.contacts().contains(Requests.Revealable.Kind.PHONE)) {
			channels.add(Channel.PHONE);
		}
		return new MatchNeeds.Profile(services, r.languages(), false, null, Set.of(), Fee.PRO_BONO,
				today().plusDays(startWithinDays(r.urgency(), r.timeframe())), channels, Set.of(), Set.of());
	}

	static int startWithinDays(Urgency urgency, Timeframe timeframe) {
		return switch (urgency) {
			case EMERGENCY -> 0;
			case URGENT -> 2;
			case SOON, NOT_URGENT -> switch (timeframe) {
				case THIS_WEEK -> 7;
				case THIS_MONTH -> 30;
				case NEXT_MONTHS, FLEXIBLE -> 90;
			};
		};
	}

	/** How soon an answer is needed, in hours, for an urgency. */
	static int responseHours(Urgency urgency) {
		return switch (urgency) {
			case EMERGENCY -> 24;
			case URGENT -> 72;
			case SOON -> 168;
			case NOT_URGENT -> 336;
		};
	}

	/** The engine's needs for a request and its profile. */
	public Needs needs(Requests.RequestSummary r, MatchNeeds.Profile profile, Set<String> underserved) {
		@Nullable String region = r.country() == null ? null : regions.of(r.country()).map(Regions.Region::key).orElse(null);
		return new Needs(r.id(), profile.services(), Set.copyOf(profile.languages()), profile.interpretation(),
				r.country(), region, profile.timeZone(), profile.communities(), responseHours(r.urgency()),
				profile.budget(), latestStart(profile), profile.excludedProviders(), profile.excludedJurisdictions(),
				profile.channels(), r.organizationName(), r.sector() == null ? null : r.sector().name(), region != null && underserved.contains(region));
	}

	/** The saved latest start, or today once it has passed: a date in the past would exclude every provider. */
	LocalDate latestStart(MatchNeeds.Profile profile) {
		return profile.startBy().isBefore(today()) ? today() : profile.startBy();
	}

}
