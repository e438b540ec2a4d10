package org.tandem.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Matching's door for a batch over a given set of requests and a given pool of providers (a cohort's): the same
 * minimum-cost-flow assignment, explanations, edits within the constraints and application as the queue's batches,
 * with every provider outside the pool left out. Every call names the pool again; an edit or an application that no
 * longer fits it is refused. Refusals are {@link org.tandem.platform.InvalidInput} with matching's message keys;
 * an unknown batch is {@link org.tandem.platform.NotFoundException}.
 */
public interface PoolBatches {

	/**
	 * Proposes an assignment of these requests (those being assessed with their needs assessed; the others are left
	 * out) to these providers, placing as many requests as their capacity allows.
	 */
	Proposal propose(List<UUID> requestIds, Set<UUID> providers, UUID actor, Locale locale);

	/** The batch as it stands now within the pool, with the reasons for each row's provider in the locale. */
	Proposal proposal(UUID batchId, Set<UUID> providers, Locale locale);

	/** Puts another provider of the pool (or nobody) on a row, if it meets the request's constraints and has room. */
	void change(UUID batchId, int position, @Nullable UUID provider, long version, Set<UUID> providers, UUID actor);

	/**
	 * Applies the batch: each placed request still being assessed gets its provider as the one choice, and the
	 * handoff's blind offer starts from {@link ProvidersChosen}. Returns the requests applied.
	 */
	List<UUID> apply(UUID batchId, long version, Set<UUID> providers, UUID actor);

	/**
	 * A batch.
	 *
	 * @param staleKey a message key when the requests or providers changed so that the rows no longer fit
	 * @param load the providers with rows, with their rows and capacity
	 */
	record Proposal(UUID batchId, String reference, long version, boolean applied, @Nullable String staleKey,
			List<Row> rows, List<Load> load) {

		public Proposal {
			rows = List.copyOf(rows);
			load = List.copyOf(load);
		}

	}

	/**
	 * One request's row.
	 *
	 * @param awaiting whether the request is still being assessed (it would be applied)
	 * @param options the providers of the pool meeting every constraint, best first
	 * @param reasons why the row's provider fits, in the reader's language
	 */
	record Row(int position, UUID requestId, @Nullable UUID providerId, int score, boolean edited, boolean awaiting,
			List<Option> options, List<String> reasons) {

		public Row {
			options = List.copyOf(options);
			reasons = List.copyOf(reasons);
		}

	}

	/** A provider a row may go to, with its score for it. */
	record Option(UUID providerId, String name, int score) {
	}

	/** A provider's rows in the batch and how many it can take. */
	record Load(UUID providerId, String name, int assigned, int capacity) {
	}

}
