package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.matching.PoolBatches;
import org.tandem.matching.domain.Batch;
import org.tandem.matching.domain.Batches;
import org.tandem.matching.engine.BatchAssignment;
import org.tandem.matching.engine.ProviderFacts;

/**
 * {@link PoolBatches} over the queue's {@link Batches}, the reasons put in words by {@link Explanations} (which is why
 * it lives beside the pages that show them).
 */
@Component
class PoolBatchesDoor implements PoolBatches {

	/** Providers offered per row, best first. */
	static final int OPTIONS = 8;

	private final Batches batches;

	private final Explanations explanations;

	PoolBatchesDoor(Batches batches, Explanations explanations) {
		this.batches = batches;
		this.explanations = explanations;
	}

	@Override
	@Transactional
	public Proposal propose(List<UUID> requestIds, Set<UUID> providers, UUID actor, Locale locale) {
		Batch batch = batches.proposeWithin(requestIds, providers, new BatchAssignment.Options(true, null), actor);
		return view(batches.load(batch.id(), providers), locale);
	}

	@Override
	@Transactional(readOnly = true)
	public Proposal proposal(UUID batchId, Set<UUID> providers, Locale locale) {
		return view(batches.load(batchId, providers), locale);
	}

	@Override
	@Transactional
	public void change(UUID batchId, int position, @Nullable UUID provider, long version, Set<UUID> providers,
			UUID actor) {
		batches.edit(batchId, position, provider, version, providers, actor);
	}

	@Override
	@Transactional
	public List<UUID> apply(UUID batchId, long version, Set<UUID> providers, UUID actor) {
		return batches.applied(batchId, version, providers, actor);
	}

	private Proposal view(Batches.Loaded loaded, Locale locale) {
		Batch batch = loaded.batch();
		BatchAssignment.Problem problem = loaded.problem();
		List<ProviderFacts> pool = problem.pool().providers();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < batch.rows().size(); i++) {
			Batch.Row row = batch.rows().get(i);
			int r = i;
			List<Option> options = new ArrayList<>(Arrays.stream(problem.feasible(i))
				.boxed()
				.sorted((a, b) -> Integer.compare(problem.score(r, b), problem.score(r, a)))
				.limit(OPTIONS)
				.map(j -> new Option(pool.get(j).id(), pool.get(j).name(), problem.score(r, j)))
				.toList());
			if (row.providerId() != null && options.stream().noneMatch(o -> o.providerId().equals(row.providerId()))) {
				int j = problem.pool().indexOf(row.providerId());
				if (j >= 0) {
					options.add(new Option(row.providerId(), pool.get(j).name(), Math.max(0, problem.score(i, j))));
				}
			}
			List<String> reasons = batches.reasons(loaded, i)
				.stream()
				.map(reason -> explanations.text(reason, locale))
				.toList();
			rows.add(new Row(i, row.requestId(), row.providerId(), row.score(), row.edited(), loaded.awaiting(i),
					options, reasons));
		}
		Map<UUID, Integer> loads = loaded.load();
		List<Load> load = new ArrayList<>();
		for (int j = 0; j < pool.size(); j++) {
			Integer n = loads.get(pool.get(j).id());
			if (n != null) {
				load.add(new Load(pool.get(j).id(), pool.get(j).name(), n, problem.capacity(j, loaded.options())));
			}
		}
		return new Proposal(batch.id(), batch.reference(), batch.version(), batch.appliedAt() != null,
				loaded.staleKey(), rows, load);
	}

}
