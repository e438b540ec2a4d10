package org.tandem.directory.domain;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.Community;
import org.tandem.directory.ProviderCandidate;
import org.tandem.directory.ProviderContact;
import org.tandem.directory.ProviderSummary;
import org.tandem.directory.Providers;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.platform.JdbcLookups;
import org.tandem.privacy.SealedText;

/** The directory's side of its door, {@link Providers}. */
@Component
class DirectoryProviders implements Providers {

	private final ProviderRepository providers;

	private final ProviderStore store;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ProviderCounting counting;

	private final ServiceTaxonomy taxonomy;

	private final CandidateQueries candidates;

	DirectoryProviders(ProviderRepository providers, ProviderStore store, Clock clock, JdbcClient jdbc,
			ProviderCounting counting, ServiceTaxonomy taxonomy, CandidateQueries candidates) {
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
		this.counting = counting;
		this.providers = providers;
		this.store = store;
		this.clock = clock;
		this.candidates = candidates;
	}

	/**
	 * Every provider in service or able to return to it, read in six queries whatever their number. Contact details
	 * are never opened, only whether they exist; the declared conflicting organizations are opened with each
	 * provider's key.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<ProviderCandidate> candidates() {
		return candidates.candidates();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProviderCandidate> candidate(UUID id) {
		return candidates.find(id);
	}

	@Override
	public List<String> serviceCodes() {
		return taxonomy.all().stream().map(ServiceTaxonomy.Service::code).toList();
	}

	@Override
	public List<String> communityCodes() {
		return Arrays.stream(Community.values()).map(Enum::name).toList();
	}

	@Override
	public Optional<String> referenceOf(UUID id) {
		return jdbc.sql("select reference from provider where id = :id").param("id", id).query(String.class).optional();
	}

	@Override
	public Optional<UUID> idOf(String reference) {
		return jdbc.sql("select id from provider where reference = :reference")
			.param("reference", reference)
			.query(UUID.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> providerOf(UUID accountId) {
		return providers.findByAccountId(accountId).map(Provider::id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> accountOf(UUID providerId) {
		return jdbc.sql("select account_id from provider where id = :id and account_id is not null")
			.param("id", providerId)
			.query(UUID.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> ids) {
		return JdbcLookups.textById(jdbc, "select id, display_name from provider where id in (:ids)", ids);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProviderContact> contact(UUID providerId) {
		return providers.findById(providerId)
			.filter(p -> !p.contactEmail().isDestroyed())
			.map(p -> new ProviderContact(p.id(), p.reference(), p.displayName(), p.language(), p.status(),
					p.contactEmail().reveal(), SealedText.readable(p.contactSignal()),
					SealedText.readable(p.contactPhone()), SealedText.readable(p.openpgpKey()), p.details().openpgpFingerprint(),
					p.details().website()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProviderSummary> summary(UUID providerId) {
		return providers.findById(providerId).map(p -> {
			String summary = p.listing().summary();
			return new ProviderSummary(p.displayName(), summary == null || summary.isBlank() ? p.details().expertise() : summary,
					taxonomy.all()
						.stream()
						.filter(service -> p.servicesByCode().containsKey(service.code()))
						.map(ServiceTaxonomy.Service::messageKey)
						.toList());
		});
	}

	@Override
	public boolean counted(UUID providerId) {
		return counting.counted(providerId);
	}

	@Override
	public java.util.Set<UUID> counted(java.util.Collection<UUID> providerIds) {
		return counting.counted(providerIds);
	}

	@Override
	@Transactional
	public void engagementOpened(UUID providerId) {
		Provider provider = store.get(providerId);
		provider.engagementOpened(clock.instant());
		store.save(provider, null);
	}

	@Override
	@Transactional
	public void engagementEnded(UUID providerId) {
		if (summary(providerId).isEmpty()) {
			return; // the provider is gone: there is no slot left to free
		}
		Provider provider = store.get(providerId);
		if (provider.workload().openEngagements() == 0) {
			return;
		}
		provider.engagementEnded(clock.instant());
		store.save(provider, null);
	}

	@Override
	public void setCounted(UUID providerId, boolean counted) {
		counting.setCounted(providerId, counted);
	}

}
