package org.tandem.matching.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.Approach;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Requests;
import org.tandem.matching.engine.BatchAssignment;
import org.tandem.matching.engine.Constraint;
import org.tandem.matching.engine.Needs;
import org.tandem.matching.engine.ProviderPool;
import org.tandem.matching.engine.Weights;
import org.tandem.matching.persistence.BatchRepository;
import org.tandem.matching.persistence.HubSettings;
import org.tandem.matching.persistence.MatchNeedsRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Batch assignment of the queue: the solver's proposal for every request awaiting a match (or those asking for one
 * approach), kept so staff can review it, edit rows within the constraints and apply it.
 */
@Service
public class Batches {

	/** The most requests one batch takes, oldest first. */
	public static final int MAX_REQUESTS = 5000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Requests requests;

	private final Matchmaker matchmaker;

	private final MatchNeedsRepository needs;

	private final HubSettings settings;

	private final BatchRepository batches;

	private final RequestMatching matching;

	private final Clock clock;

	Batches(Requests requests, Matchmaker matchmaker, MatchNeedsRepository needs, HubSettings settings,
			BatchRepository batches, RequestMatching matching, Clock clock) {
		this.requests = requests;
		this.matchmaker = matchmaker;
		this.needs = needs;
		this.settings = settings;
		this.batches = batches;
		this.matching = matching;
		this.clock = clock;
	}

	/**
	 * Proposes an assignment of the requests awaiting a match.
	 *
	 * @param approach only requests asking for this approach, or all
	 */
	@Transactional
	public Batch propose(@Nullable Approach approach, BatchAssignment.Options options, UUID actor) {
		List<Requests.RequestSummary> queue = requests.awaitingMatch(
				approach, MAX_REQUESTS);
		if (queue.isEmpty()) {
			throw new InvalidInput("approach", "matching.batch.empty");
		}
		return propose(queue, null, approach, options, actor);
	}

	/**
	 * Proposes an assignment of these requests (those still being assessed with their needs assessed; the others are
	 * left out) to these providers only, e.g. a cohort's. Edits and the application of such a batch must name the
	 * same providers ({@link #load(UUID, java.util.Set)}).
	 */
	@Transactional
	public Batch proposeWithin(List<UUID> requestIds, java.util.Set<UUID> within, BatchAssignment.Options options,
			UUID actor) {
		List<Requests.RequestSummary> queue = requests.findAll(requestIds)
			.stream()
			.filter(r -> r.status() == RequestStatus.ASSESSING && r.assessed())
			.limit(MAX_REQUESTS)
			.toList();
		if (queue.isEmpty()) {
			throw new InvalidInput("batch", "matching.batch.empty");
		}
		return propose(queue, java.util.Set.copyOf(within), null, options, actor);
	}

	private Batch propose(List<Requests.RequestSummary> queue, java.util.@Nullable Set<UUID> within,
			@Nullable Approach approach, BatchAssignment.Options options, UUID actor) {
		BatchAssignment.Problem problem = problem(queue, within);
		BatchAssignment.Result optimal = BatchAssignment.optimal(problem, options);
		BatchAssignment.Result greedy = BatchAssignment.greedy(problem, options);
		List<Batch.Row> rows = optimal.placements()
			.stream()
			.map(p -> new Batch.Row(p.request(), p.provider(), p.score(), p.provider(), p.score()))
			.toList();
		return batches.save(Batch.proposed(reference(), actor, clock.instant(),
				approach == null ? null : approach.name(), options.placeAsMany(),
				options.maxSharePercent(), optimal.placed(), optimal.total(), greedy.placed(), greedy.total(),
				within != null, rows));
	}

	public List<Batch> recent() {
		return batches.recent();
	}

	/** A batch with its requests and providers as they are now, to show and check edits against. */
	@Transactional(readOnly = true)
	public Loaded load(UUID id) {
		return load(id, null);
	}

	/** The same, the providers limited to these (null: all), as the batch was proposed. */
	@Transactional(readOnly = true)
	public Loaded load(UUID id, java.util.@Nullable Set<UUID> within) {
		Batch batch = batches.findById(id).orElseThrow(NotFoundException::new);
		if (batch.withinPool() != (within != null)) {
			// a batch proposed within a set of providers is the business of the page that chose them, and only of it:
			// checked against the whole pool (or the reverse) it would place requests where it was never meant to
			throw new NotFoundException();
		}
		List<UUID> ids = batch.rows().stream().map(Batch.Row::requestId).toList();
		List<Requests.RequestSummary> rowRequests = requests.findAll(ids);
		if (rowRequests.size() != ids.size()) {
			// a purge discards every batch naming the request; a batch missing one is being discarded now
			throw new NotFoundException();
		}
		BatchAssignment.Problem problem = problem(rowRequests, within);
		BatchAssignment.Options options = new BatchAssignment.Options(batch.placeAsMany(), batch.maxShare());
		String problemKey = null;
		List<@Nullable UUID> toApply = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			toApply.add(rowRequests.get(i).status() == RequestStatus.ASSESSING ? batch.rows().get(i).providerId() : null);
		}
		try {
			BatchAssignment.edited(problem, options, toApply);
		}
		catch (BatchAssignment.InfeasibleEdit e) {
			problemKey = e.overCapacity() ? "matching.batch.staleCapacity" : "matching.batch.staleConstraint";
		}
		return new Loaded(batch, rowRequests, problem, options, problemKey);
	}

	/**
	 * A batch as it stands now.
	 *
	 * @param staleKey set when the requests or providers changed so that the current rows no longer fit
	 */
	public record Loaded(Batch batch, List<Requests.RequestSummary> requests, BatchAssignment.Problem problem,
			BatchAssignment.Options options, @Nullable String staleKey) {

		public boolean awaiting(int position) {
			return requests.get(position).status() == RequestStatus.ASSESSING;
		}

		/** How many rows would be applied now: placed, and the request still being assessed. */
		public int applicable() {
			int n = 0;
			for (int i = 0; i < batch.rows().size(); i++) {
				if (batch.rows().get(i).providerId() != null && awaiting(i)) {
					n++;
				}
			}
			return n;
		}

		/**
		 * Why requests still being assessed have nobody: those no provider meets every constraint for (with how many
		 * providers each constraint left out, summed over them) and those whose fitting providers have no room left
		 * in this batch.
		 */
		public Unplaced unplaced() {
			int noneFits = 0;
			int noRoom = 0;
			Map<Constraint, Integer> by = new EnumMap<>(Constraint.class);
			Weights any = Weights.defaults(); // the constraints do not depend on the weights
			for (int i = 0; i < batch.rows().size(); i++) {
				if (batch.rows().get(i).providerId() != null || !awaiting(i)) {
					continue;
				}
				if (problem.feasible(i).length > 0) {
					noRoom++;
					continue;
				}
				noneFits++;
				problem.pool().rank(problem.requests().get(i), any, 0).excludedBy()
					.forEach((c, n) -> by.merge(c, n, Integer::sum));
			}
			return new Unplaced(noneFits, noRoom, problem.pool().size(), by);
		}

		/** How many rows each provider has now, by provider id. */
		public Map<UUID, Integer> load() {
			Map<UUID, Integer> load = new HashMap<>();
			batch.rows().forEach(r -> {
				if (r.providerId() != null) {
					load.merge(r.providerId(), 1, Integer::sum);
				}
			});
			return load;
		}

	}

	/**
	 * Requests left without a provider, and why.
	 *
	 * @param noneFits requests no provider meets every constraint for
	 * @param noRoom requests whose fitting providers have no room left in this batch (free slots or the share)
	 * @param pool providers in the pool
	 * @param excludedBy providers each constraint left out, summed over the requests nobody fits
	 */
	public record Unplaced(int noneFits, int noRoom, int pool, Map<Constraint, Integer> excludedBy) {

		public Unplaced {
			excludedBy = Map.copyOf(excludedBy);
		}

		public int total() {
			return noneFits + noRoom;
		}

	}

	/** Puts another provider (or nobody) on a row, if that meets every constraint and capacity. */
	@Transactional
	public void edit(UUID id, int position, @Nullable UUID provider, long version, UUID actor) {
		edit(id, position, provider, version, null, actor);
	}

	/** The same for a batch proposed within these providers (null: all). */
	@Transactional
	public void edit(UUID id, int position, @Nullable UUID provider, long version, java.util.@Nullable Set<UUID> within,
			UUID actor) {
		Loaded loaded = load(id, within);
		Batch batch = loaded.batch();
		if (batch.version() != version) {
			throw new InvalidInput("batch", "matching.batch.stale");
		}
		if (position < 0 || position >= batch.rows().size()) {
			throw new NotFoundException();
		}
		// only this row is checked: the provider must meet the request's constraints and have room beside the rows
		// already on them; taking a row off (nobody) is always allowed
		int score = 0;
		if (provider != null) {
			BatchAssignment.Problem problem = loaded.problem();
			int j = problem.pool().indexOf(provider);
			score = j < 0 ? -1 : problem.score(position, j);
			if (score < 0) {
				throw new InvalidInput("provider-" + position, "matching.batch.excluded");
			}
			long taken = 0;
			for (int i = 0; i < batch.rows().size(); i++) {
				if (i != position && provider.equals(batch.rows().get(i).providerId())) {
					taken++;
				}
			}
			if (taken + 1 > problem.capacity(j, loaded.options())) {
				throw new InvalidInput("provider-" + position, "matching.batch.overCapacity");
			}
		}
		if (batch.appliedAt() != null) {
			throw new InvalidInput("batch", "matching.batch.alreadyApplied");
		}
		// one row changes; the others are not rewritten (a proposal may hold thousands)
		if (batches.nextVersion(id, version) != 1) {
			throw new InvalidInput("batch", "matching.batch.stale");
		}
		batches.updateRow(id, position, provider, provider == null ? 0 : Math.max(0, score));
	}

	/**
	 * Applies the batch: every placed request still awaiting a match gets its provider as the one choice, and is
	 * matched. Refused when the batch no longer fits the requests and providers as they are.
	 */
	@Transactional
	public int apply(UUID id, long version, UUID actor) {
		return apply(id, version, null, actor);
	}

	/** The same for a batch proposed within these providers (null: all). */
	@Transactional
	public int apply(UUID id, long version, java.util.@Nullable Set<UUID> within, UUID actor) {
		return applied(id, version, within, actor).size();
	}

	/** The same, answering the requests applied. */
	@Transactional
	public List<UUID> applied(UUID id, long version, java.util.@Nullable Set<UUID> within, UUID actor) {
		Loaded loaded = load(id, within);
		Batch batch = loaded.batch();
		if (batch.version() != version) {
			throw new InvalidInput("batch", "matching.batch.stale");
		}
		if (loaded.staleKey() != null) {
			throw new InvalidInput("batch", loaded.staleKey());
		}
		List<UUID> applied = new ArrayList<>();
		for (int i = 0; i < batch.rows().size(); i++) {
			Batch.Row row = batch.rows().get(i);
			// a request matched by hand meanwhile keeps the staff's choice
			if (row.providerId() != null && loaded.awaiting(i) && requests.handOverIfAssessing(row.requestId(), actor)) {
				matching.record(row.requestId(), List.of(Choice.of(row.requestId(), 1, row.providerId(), row.score(),
						java.util.Set.of(), null, actor, clock.instant())), actor);
				applied.add(row.requestId());
			}
		}
		batch.applied(actor, clock.instant());
		batches.save(batch);
		return applied;
	}

	/** Why the row's provider fits its request, as the engine explains it (empty for nobody). */
	public List<org.tandem.matching.engine.Reason> reasons(Loaded loaded, int position) {
		UUID provider = loaded.batch().rows().get(position).providerId();
		if (provider == null || loaded.problem().pool().indexOf(provider) < 0) {
			return List.of();
		}
		var result = loaded.problem().pool().evaluate(loaded.problem().requests().get(position), settings.weights(),
				provider);
		return result.recommendation() == null ? List.of() : result.recommendation().reasons();
	}

	private BatchAssignment.Problem problem(List<Requests.RequestSummary> queue, java.util.@Nullable Set<UUID> within) {
		ProviderPool pool = within == null ? matchmaker.pool() : matchmaker.poolWithin(within);
		Weights weights = settings.weights();
		var underserved = settings.underservedRegions();
		Map<UUID, MatchNeeds> saved = new HashMap<>();
		needs.findAllById(queue.stream().map(Requests.RequestSummary::id).toList())
			.forEach(n -> saved.put(n.requestId(), n));
		List<Needs> all = queue.stream()
			.map(r -> matchmaker.needs(r, saved.containsKey(r.id()) ? saved.get(r.id()).profile()
					: matchmaker.defaults(r), underserved))
			.toList();
		return BatchAssignment.prepare(pool, all, weights);
	}

	private String reference() {
		String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
		for (;;) {
			StringBuilder b = new StringBuilder("B-");
			for (int i = 0; i < 6; i++) {
				b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
			}
			if (batches.countByReference(b.toString()) == 0) {
				return b.toString();
			}
		}
	}

	public Optional<Batch> find(UUID id) {
		return batches.findById(id);
	}

}
