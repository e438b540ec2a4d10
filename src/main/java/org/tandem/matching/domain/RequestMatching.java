package org.tandem.matching.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.Requests;
import org.tandem.matching.ProvidersChosen;
import org.tandem.matching.engine.Constraint;
import org.tandem.matching.engine.Exclusion;
import org.tandem.matching.engine.Needs;
import org.tandem.matching.engine.ProviderPool;
import org.tandem.matching.engine.Recommendation;
import org.tandem.matching.engine.Ranking;
import org.tandem.matching.engine.Weights;
import org.tandem.matching.persistence.ChoiceRepository;
import org.tandem.matching.persistence.HubSettings;
import org.tandem.matching.persistence.MatchNeedsRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Matching for one request: its needs profile, the ranked and the excluded providers, and the staff's choice of
 * providers to offer it to, in order.
 */
@Service
public class RequestMatching {

	/** How many candidates the request page shows, and how many providers one choice may list. */
	public static final int CANDIDATES = 10;

	public static final int MAX_CHOSEN = 5;

	public static final int MAX_REASON = 2000;

	/** Requests and candidates per request in the settings preview. */
	public static final int PREVIEW_REQUESTS = 5;

	public static final int PREVIEW_CANDIDATES = 3;

	private final Requests requests;


	private final Matchmaker matchmaker;

	private final MatchNeedsRepository needs;

	private final ChoiceRepository choices;

	private final HubSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestMatching(Requests requests, Matchmaker matchmaker,
			MatchNeedsRepository needs, ChoiceRepository choices, HubSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.matchmaker = matchmaker;
		this.needs = needs;
		this.choices = choices;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Everything the request's matching page shows, ranked with the hub's weights. */
	@Transactional(readOnly = true)
	public View view(UUID requestId) {
		return view(requestId, settings.weights(), CANDIDATES);
	}

	/** The request's page with {@code limit} candidates. */
	@Transactional(readOnly = true)
	public View view(UUID requestId, int limit) {
		return view(requestId, settings.weights(), limit);
	}

	@Transactional(readOnly = true)
	public View view(UUID requestId, Weights weights, int limit) {
		return view(requestId, weights, limit, matchmaker.pool(requestId));
	}

	/**
	 * The page, with {@link #CANDIDATES} candidates, read again with the pool it was built from, after the request's
	 * choice changed while it was shown: the providers are read once for one HTTP request, and a choice for this
	 * request only moves a slot this pool does not count against it anyway.
	 */
	@Transactional(readOnly = true)
	public View reload(View page) {
		return view(page.request().id(), settings.weights(), CANDIDATES, page.pool());
	}

	private View view(UUID requestId, Weights weights, int limit, ProviderPool pool) {
		Requests.RequestSummary request = request(requestId);
		Optional<MatchNeeds> saved = needs.findById(requestId);
		MatchNeeds.Profile profile = saved.map(MatchNeeds::profile).orElseGet(() -> matchmaker.defaults(request));
		Needs engineNeeds = matchmaker.needs(request, profile, settings.underservedRegions());
		return new View(request, profile, saved.orElse(null), pool, engineNeeds, weights,
				pool.rank(engineNeeds, weights, limit), choices.findByRequestIdOrderByPosition(requestId),
				request.status() == RequestStatus.HANDED_OVER ? requests.progress(requestId).orElse(null) : null);
	}

	/** The request's page: what it needs, who fits, who does not and why, and who was chosen. */
	public record View(Requests.RequestSummary request, MatchNeeds.Profile profile, @Nullable MatchNeeds saved,
			ProviderPool pool, Needs needs, Weights weights, Ranking ranking, List<Choice> choices,
			RequestProgress.@Nullable Progress progress) {

		public List<Exclusion> exclusions() {
			return pool.exclusions(needs, weights);
		}

		/** Nobody meets every constraint: the page says why and what staff can change. */
		public boolean nobodyFits() {
			return ranking.feasible() == 0;
		}

		/**
		 * How many of these excluded providers fail this one constraint and no other, by constraint: they would fit if only it
		 * changed.
		 */
		public Map<Constraint, Integer> onlyBlockedBy(List<Exclusion> exclusions) {
			Map<Constraint, Integer> only = new EnumMap<>(Constraint.class);
			for (Exclusion x : exclusions) {
				if (x.failed().size() == 1) {
					only.merge(x.failed().iterator().next(), 1, Integer::sum);
				}
			}
			return only;
		}

		/**
		 * Whether choosing can do anything: the request is at a stage where it can be matched, and some provider
		 * fits or could be offered the request anyway (excluded only by the hub's own constraints).
		 */
		public boolean canChoose(List<Exclusion> exclusions) {
			return choosable() && (ranking.feasible() > 0 || exclusions.stream().anyMatch(Exclusion::overridable));
		}

		/**
		 * Whether staff may choose providers: the request is being assessed, or it is handed over and its holder still
		 * lets the choice change (nothing accepted yet).
		 */
		public boolean choosable() {
			return request.status() == RequestStatus.ASSESSING || request.status() == RequestStatus.HANDED_OVER
					&& progress != null && progress.rechoosable();
		}

		/** What the page showed of the current choice, sent back with a new one. */
		public String choiceToken() {
			return RequestMatching.token(choices);
		}

		/** The saved latest start has passed: providers are checked from today. */
		public boolean startPassed() {
			return profile.startBy().isBefore(needs.startBy());
		}

	}

	/**
	 * Saves the profile staff refined. {@code version} is the one the page showed (-1 when none was saved): a profile
	 * changed since is refused rather than overwritten.
	 */
	@Transactional
	public void saveProfile(UUID requestId, MatchNeeds.Profile profile, long version, UUID actor) {
		Requests.RequestSummary request = request(requestId);
		if (request.status().isFinal()) {
			throw new InvalidInput("needs", "matching.needs.closed");
		}
		Optional<MatchNeeds> saved = needs.findById(requestId);
		long current = saved.map(MatchNeeds::version).orElse(-1L);
		if (current != version) {
			throw new InvalidInput("needs", "matching.needs.stale");
		}
		needs.save(MatchNeeds.of(requestId, profile, actor, clock.instant(), saved.isPresent() ? current : null));
		requests.acted(requestId);
	}

	/** A provider staff pick, with the reason when the engine excluded them. */
	public record Pick(UUID provider, @Nullable String reason) {
	}

	/**
	 * Records the providers to offer the request to, in order, replacing an earlier choice, and moves the request to
	 * matched. A provider the engine excludes on the hub's constraints may be chosen only with a reason, which is kept
	 * with the constraints overridden; a provider the organization excluded, or one outside the network (applicant,
	 * under review, offboarded), never. {@code shown} is the
	 * {@link View#choiceToken()} of the page the choice was made on: a choice changed since is refused.
	 * <p>
	 * {@code page} is the request's page built for this HTTP request (to show again if the choice is refused): its
	 * pool of providers is reused, so that one choice reads the providers once. The request, its profile and its
	 * current choice are read again in this transaction.
	 */
	@Transactional
	public List<Choice> choose(View page, String shown, List<Pick> picks, UUID actor) {
		UUID requestId = page.request().id();
		View view = view(requestId, settings.weights(), 0, page.pool());
		if (!view.choosable()) {
			// handed over and past the offers: the holder keeps its provider until staff take the request back
			throw new InvalidInput("choice", page.request().status() == RequestStatus.HANDED_OVER
					? "matching.choose.locked" : "matching.choose.status");
		}
		if (!shown.equals(view.choiceToken())) {
			throw new InvalidInput("choice", "matching.choose.stale");
		}
		if (picks.isEmpty()) {
			throw new InvalidInput("choice", "matching.choose.none");
		}
		if (picks.size() > MAX_CHOSEN) {
			throw new InvalidInput("choice", "matching.choose.tooMany");
		}
		Set<UUID> seen = new HashSet<>();
		List<Choice> chosen = new ArrayList<>();
		for (Pick pick : picks) {
			if (!seen.add(pick.provider()) || view.pool().indexOf(pick.provider()) < 0) {
				throw new InvalidInput("choice", "matching.choose.unknownProvider");
			}
			ProviderPool.Result result = view.pool().evaluate(view.needs(), view.weights(), pick.provider());
			Set<Constraint> overridden = result.exclusion() == null ? EnumSet.noneOf(Constraint.class)
					: EnumSet.copyOf(result.exclusion().failed());
			if (result.exclusion() != null && !result.exclusion().overridable()) {
				// the organization asked not to be offered to this provider: no reason makes it possible
				throw new InvalidInput("choice", "matching.choose.organizationExcluded");
			}
			String reason = pick.reason() == null || pick.reason().isBlank() ? null : pick.reason().strip();
			if (!overridden.isEmpty() && reason == null) {
				throw new InvalidInput("reason-" + pick.provider(), "matching.choose.reasonRequired");
			}
			if (reason != null && reason.length() > MAX_REASON) {
				throw new InvalidInput("reason-" + pick.provider(), "validation.tooLong");
			}
			Integer score = result.recommendation() == null ? null : result.recommendation().score();
			chosen.add(Choice.of(requestId, chosen.size() + 1, pick.provider(), score, overridden,
					overridden.isEmpty() ? null : reason, actor, clock.instant()));
		}
		requests.handOver(requestId, actor);
		return record(requestId, chosen, actor);
	}

	static String token(List<Choice> choices) {
		return choices.isEmpty() ? "none"
				: String.join(",", choices.stream().map(c -> c.providerId().toString()).toList());
	}

	/**
	 * Replaces the request's choice and tells the handoff; the choices were checked and the request matched by the
	 * caller.
	 */
	List<Choice> record(UUID requestId, List<Choice> chosen, UUID actor) {
		choices.deleteByRequest(requestId);
		List<Choice> saved = choices.saveAll(chosen);
		requests.acted(requestId);
		events.publishEvent(new ProvidersChosen(requestId, saved.stream().map(Choice::providerId).toList(), actor,
				clock.instant()));
		return saved;
	}

	@Transactional(readOnly = true)
	public List<Choice> choices(UUID requestId) {
		request(requestId);
		return choices.findByRequestIdOrderByPosition(requestId);
	}

	/** How the first requests awaiting a match rank with the saved settings and with proposed ones. */
	@Transactional(readOnly = true)
	public List<PreviewRow> preview(Weights proposed, Set<String> proposedUnderserved, int count) {
		Weights current = settings.weights();
		Set<String> underserved = settings.underservedRegions();
		ProviderPool pool = matchmaker.pool();
		List<PreviewRow> rows = new ArrayList<>();
		for (Requests.RequestSummary r : requests.awaitingMatch(null, count)) {
			MatchNeeds.Profile profile = needs.findById(r.id()).map(MatchNeeds::profile).orElseGet(() -> matchmaker.defaults(r));
			rows.add(new PreviewRow(r,
					pool.rank(matchmaker.needs(r, profile, underserved), current, PREVIEW_CANDIDATES).recommendations(),
					pool.rank(matchmaker.needs(r, profile, proposedUnderserved), proposed, PREVIEW_CANDIDATES)
						.recommendations()));
		}
		return rows;
	}

	/** A request's best candidates with the saved settings and with the proposed ones. */
	public record PreviewRow(Requests.RequestSummary request, List<Recommendation> current,
			List<Recommendation> proposed) {

		/** Whether the proposed settings change who comes first or the order. */
		public boolean changed() {
			return !current.stream().map(r -> r.provider().id()).toList()
				.equals(proposed.stream().map(r -> r.provider().id()).toList());
		}

	}

	private Requests.RequestSummary request(UUID id) {
		return requests.find(id).orElseThrow(NotFoundException::new);
	}

}
