package org.tandem.directory.domain;

import java.util.ArrayList;
import java.util.List;

import org.tandem.directory.ProviderStatusChanged;

/**
 * What happened to a provider since it was loaded: the ledger entries to write and the status moves to publish, each
 * taken once by the service that saves the provider.
 */
final class ProviderChanges {

	private final List<Provider.Recorded> recorded = new ArrayList<>();

	private final List<ProviderStatusChanged> moves = new ArrayList<>();

	void record(Provider.Recorded entry) {
		recorded.add(entry);
	}

	void moved(ProviderStatusChanged move) {
		moves.add(move);
	}

	List<Provider.Recorded> takeRecorded() {
		List<Provider.Recorded> taken = List.copyOf(recorded);
		recorded.clear();
		return taken;
	}

	List<ProviderStatusChanged> takeMoves() {
		List<ProviderStatusChanged> taken = List.copyOf(moves);
		moves.clear();
		return taken;
	}

}
