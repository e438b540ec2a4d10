package org.tandem.directory.domain;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tandem.directory.persistence.LedgerRepository;
import org.tandem.directory.persistence.ProviderNameIndex;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.platform.NotFoundException;

/**
 * Loads and saves providers. Saving writes, in the same transaction, a ledger entry for everything the aggregate
 * recorded (with who did it and when) and publishes its status moves, so the ledger can never miss a change.
 */
@Component
class ProviderStore {

	private final ProviderRepository providers;

	private final LedgerRepository ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProviderNameIndex names;

	ProviderStore(ProviderRepository providers, LedgerRepository ledger, ApplicationEventPublisher events,
			Clock clock, ProviderNameIndex names) {
		this.names = names;
		this.providers = providers;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	Provider get(UUID id) {
		return providers.findById(id).orElseThrow(NotFoundException::new);
	}

	Provider save(Provider provider, @Nullable UUID actor) {
		return save(provider, actor, null);
	}

	/** Saves the provider and its ledger entries; a note, when given, is sealed into one more entry. */
	Provider save(Provider provider, @Nullable UUID actor, @Nullable String note) {
		var recorded = provider.recorded();
		var moves = provider.moves();
		Provider saved = providers.save(provider);
		names.index(saved.id(), saved.displayName());
		var now = clock.instant();
		for (Provider.Recorded entry : recorded) {
			ledger.save(LedgerEntry.of(saved.id(), entry.kind(), entry.detail(), null, actor, now));
		}
		if (note != null && !note.isBlank()) {
			ledger.save(LedgerEntry.of(saved.id(), LedgerKind.NOTE, null, note.strip(), actor, now));
		}
		moves.forEach(events::publishEvent);
		return saved;
	}

	java.util.List<UUID> vettedUntilBefore(java.time.Instant until) {
		return providers.idsVettedUntilBefore(until);
	}

	void record(UUID providerId, LedgerKind kind, @Nullable String detail, @Nullable UUID actor) {
		ledger.save(LedgerEntry.of(providerId, kind, detail, null, actor, clock.instant()));
	}

}
