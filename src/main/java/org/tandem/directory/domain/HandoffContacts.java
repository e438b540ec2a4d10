package org.tandem.directory.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.ProvidersForHandoff;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.privacy.SealedText;

/** The directory's side of {@link ProvidersForHandoff}. */
@Component
class HandoffContacts implements ProvidersForHandoff {

	private final ProviderRepository providers;

	private final ProviderStore store;

	private final java.time.Clock clock;

	HandoffContacts(ProviderRepository providers, ProviderStore store, java.time.Clock clock) {
		this.providers = providers;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> providerOf(UUID accountId) {
		return providers.findByAccountId(accountId).map(Provider::id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Contact> contact(UUID providerId) {
		return providers.findById(providerId)
			.filter(p -> !p.contactEmail().isDestroyed())
			.map(p -> new Contact(p.id(), p.reference(), p.displayName(), p.language(), p.status(),
					p.contactEmail().reveal(), opened(p.contactSignal()), opened(p.contactPhone()),
					opened(p.openpgpKey()), p.openpgpFingerprint(), p.website()));
	}

	private static @org.jspecify.annotations.Nullable String opened(
			@org.jspecify.annotations.Nullable SealedText text) {
		return SealedText.readable(text);
	}

	@Override
	@Transactional
	public void engagementOpened(UUID providerId) {
		Provider provider = store.get(providerId);
		provider.engagementOpened(clock.instant());
		store.save(provider, null);
	}

}
