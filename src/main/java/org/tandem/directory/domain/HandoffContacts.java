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

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	HandoffContacts(ProviderRepository providers, ProviderStore store, java.time.Clock clock,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
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
	public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, display_name from provider where id in (:ids)")
				.param("ids", java.util.Set.copyOf(ids))
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
		}
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Contact> contact(UUID providerId) {
		return providers.findById(providerId)
			.filter(p -> !p.contactEmail().isDestroyed())
			.map(p -> new Contact(p.id(), p.reference(), p.displayName(), p.language(), p.status(),
					p.contactEmail().reveal(), SealedText.readable(p.contactSignal()),
					SealedText.readable(p.contactPhone()), SealedText.readable(p.openpgpKey()), p.openpgpFingerprint(),
					p.website()));
	}

	@Override
	@Transactional
	public void engagementOpened(UUID providerId) {
		Provider provider = store.get(providerId);
		provider.engagementOpened(clock.instant());
		store.save(provider, null);
	}

}
