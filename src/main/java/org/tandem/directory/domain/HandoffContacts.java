package org.tandem.directory.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.ProvidersForHandoff;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.platform.JdbcLookups;
import org.tandem.privacy.SealedText;

/** The directory's side of {@link ProvidersForHandoff}. */
@Component
class HandoffContacts implements ProvidersForHandoff {

	private final ProviderRepository providers;

	private final ProviderStore store;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ProviderCounting counting;

	private final ServiceTaxonomy taxonomy;

	HandoffContacts(ProviderRepository providers, ProviderStore store, Clock clock, JdbcClient jdbc,
			ProviderCounting counting, ServiceTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
		this.counting = counting;
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
	public Map<UUID, String> names(Collection<UUID> ids) {
		return JdbcLookups.textById(jdbc, "select id, display_name from provider where id in (:ids)", ids);
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
	@Transactional(readOnly = true)
	public Optional<Profile> profile(UUID providerId) {
		return providers.findById(providerId).map(p -> {
			String summary = p.listing().summary();
			return new Profile(p.displayName(), summary == null || summary.isBlank() ? p.expertise() : summary,
					taxonomy.all()
						.stream()
						.filter(service -> p.servicesByCode().containsKey(service.code()))
						.map(ServiceTaxonomy.Service::messageKey)
						.toList());
		});
	}

	@Override
	@Transactional
	public void engagementOpened(UUID providerId) {
		Provider provider = store.get(providerId);
		provider.engagementOpened(clock.instant());
		store.save(provider, null);
	}

	@Override
	public boolean counted(UUID providerId) {
		return counting.counted(providerId);
	}

	@Override
	public void setCounted(UUID providerId, boolean counted) {
		counting.setCounted(providerId, counted);
	}

}
