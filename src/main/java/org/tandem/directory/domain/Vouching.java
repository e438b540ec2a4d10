package org.tandem.directory.domain;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.directory.persistence.VouchRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Who may vouch for whom, and the vouch itself. Staff and advisory members vouch for any provider in the network;
 * a provider whose own vetting is in force vouches only for providers under review; nobody vouches for their own
 * provider record, whatever roles they hold. One vouch per person and provider.
 */
@Service
public class Vouching {

	private final ProviderStore store;

	private final ProviderRepository providers;

	private final VouchRepository vouches;

	private final Vetting vetting;

	private final Clock clock;

	Vouching(ProviderStore store, ProviderRepository providers, VouchRepository vouches, Vetting vetting, Clock clock) {
		this.store = store;
		this.providers = providers;
		this.vouches = vouches;
		this.vetting = vetting;
		this.clock = clock;
	}

	/** What a voucher reads: where the provider stands and on what grounds, without anyone's words. */
	public record Summary(Provider provider, VoucherRole viewerRole, VettingCheck check,
			Map<VoucherRole, Long> vouchesByRole, boolean vouchedByViewer) {

		/** Advisory members and staff read the ledger's summary; vetted providers only the profile. */
		public boolean showsLedger() {
			return viewerRole != VoucherRole.PROVIDER;
		}

	}

	/** Whether the person may vouch at all: staff, advisory members and providers whose vetting is in force. */
	public boolean canVouch(Vetting.Actor actor) {
		return actor.roles().contains(Role.STAFF) || actor.roles().contains(Role.ADVISORY)
				|| (actor.roles().contains(Role.PROVIDER) && ownProvider(actor).map(p -> p.status().isVetted()).orElse(false));
	}

	/** The providers a voucher is shown: under review, then (not for providers) applicants. */
	public List<ProviderStatus> listedFor(Vetting.Actor actor) {
		return actor.roles().contains(Role.STAFF) || actor.roles().contains(Role.ADVISORY)
				? List.of(ProviderStatus.UNDER_REVIEW, ProviderStatus.APPLICANT) : List.of(ProviderStatus.UNDER_REVIEW);
	}

	/** The vouch page's content; not found for anyone who may not vouch for this provider. */
	public Summary summary(UUID providerId, Vetting.Actor viewer) {
		Provider provider = store.get(providerId);
		VoucherRole role = roleFor(viewer, provider).orElseThrow(NotFoundException::new);
		List<Vouch> given = vouches.findByProviderIdOrderByVouchedAt(providerId);
		Map<VoucherRole, Long> byRole = new EnumMap<>(VoucherRole.class);
		given.forEach(v -> byRole.merge(v.voucherRole(), 1L, Long::sum));
		return new Summary(provider, role, vetting.check(provider, given), byRole,
				given.stream().anyMatch(v -> v.voucherId().equals(viewer.id())));
	}

	@Transactional
	public void vouch(UUID providerId, Vetting.Actor voucher, String relationship) {
		Provider provider = store.get(providerId);
		VoucherRole role = roleFor(voucher, provider)
			.orElseThrow(() -> new InvalidInput("text", ownProvider(voucher).map(Provider::id)
				.filter(providerId::equals)
				.isPresent() ? "directory.vouch.notYourself" : "directory.vouch.notAllowed"));
		String text = relationship.strip();
		if (text.isEmpty()) {
			throw new InvalidInput("text", "directory.vouch.relationshipRequired");
		}
		if (text.length() > Vouch.MAX_RELATIONSHIP) {
			throw new InvalidInput("text", "directory.vouch.relationshipTooLong");
		}
		if (vouches.existsByProviderIdAndVoucherId(providerId, voucher.id())) {
			throw new InvalidInput("text", "directory.vouch.already");
		}
		vouches.save(Vouch.of(providerId, voucher.id(), role, text, clock.instant()));
		store.record(providerId, LedgerKind.VOUCHED, role.name(), voucher.id());
	}

	/** In what capacity the person may vouch for this provider, if at all. */
	private Optional<VoucherRole> roleFor(Vetting.Actor voucher, Provider provider) {
		if (provider.status() == ProviderStatus.OFFBOARDED) {
			return Optional.empty();
		}
		Optional<Provider> own = ownProvider(voucher);
		if (own.isPresent() && own.get().id().equals(provider.id())) {
			return Optional.empty();
		}
		if (voucher.roles().contains(Role.STAFF)) {
			return Optional.of(VoucherRole.STAFF);
		}
		if (voucher.roles().contains(Role.ADVISORY)) {
			return Optional.of(VoucherRole.ADVISORY);
		}
		if (voucher.roles().contains(Role.PROVIDER) && own.isPresent() && own.get().status().isVetted()
				&& provider.status() == ProviderStatus.UNDER_REVIEW) {
			return Optional.of(VoucherRole.PROVIDER);
		}
		return Optional.empty();
	}

	private Optional<Provider> ownProvider(Vetting.Actor actor) {
		return providers.findByAccountId(actor.id());
	}

}
