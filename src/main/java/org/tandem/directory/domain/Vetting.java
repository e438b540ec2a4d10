package org.tandem.directory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountDirectory;
import org.tandem.account.AccountInvitations;
import org.tandem.directory.DirectoryProperties;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.persistence.LedgerRepository;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.directory.persistence.VouchRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * How the hub comes to trust a provider and how that trust ends: staff start the review (and invite the provider to
 * an account), trusted people vouch, staff vet once the requirements are met, activate, pause, send back to review
 * or offboard; vetting expires and asks for renewal. Everything lands in the ledger.
 */
@Service
public class Vetting {

	private final ProviderStore store;

	private final ProviderRepository providers;

	private final VouchRepository vouches;

	private final LedgerRepository ledger;

	private final Agreements agreements;

	private final AccountDirectory accounts;

	private final AccountInvitations invitations;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final DirectoryProperties properties;

	private final TandemProperties tandem;

	private final Clock clock;

	Vetting(ProviderStore store, ProviderRepository providers, VouchRepository vouches, LedgerRepository ledger,
			Agreements agreements, AccountDirectory accounts, AccountInvitations invitations, MailOutbox mail,
			MessageSource messages, DirectoryProperties properties, TandemProperties tandem, Clock clock) {
		this.store = store;
		this.providers = providers;
		this.vouches = vouches;
		this.ledger = ledger;
		this.agreements = agreements;
		this.accounts = accounts;
		this.invitations = invitations;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.tandem = tandem;
		this.clock = clock;
	}

	/** Someone acting: their account and roles. */
	public record Actor(UUID id, Set<Role> roles) {
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/** Everything staff see on a provider's page. */
	public record StaffView(Provider provider, VettingCheck check, List<LedgerEntry> ledger, List<Vouch> vouches,
			List<AgreementAcceptance> agreements, Map<UUID, String> people) {
	}

	/** What advisory members read: where the provider stands and on what grounds, without anyone's words. */
	public record Summary(Provider provider, VettingCheck check, Map<VoucherRole, Long> vouchesByRole,
			boolean vouchedByViewer) {
	}

	public StaffView staffView(UUID id) {
		Provider provider = store.get(id);
		List<LedgerEntry> entries = ledger.findByProviderIdOrderByRecordedAtAscIdAsc(id);
		List<Vouch> given = vouches.findByProviderIdOrderByVouchedAt(id);
		Set<UUID> ids = new java.util.HashSet<>();
		entries.stream().map(LedgerEntry::actorId).filter(java.util.Objects::nonNull).forEach(ids::add);
		given.forEach(v -> ids.add(v.voucherId()));
		Map<UUID, String> people = new java.util.HashMap<>();
		accounts.byIds(ids).forEach((key, person) -> people.put(key, person.displayName()));
		return new StaffView(provider, check(provider, given), entries, given, agreements.of(id), people);
	}

	public Summary summary(UUID id, UUID viewer) {
		Provider provider = store.get(id);
		if (provider.status() == ProviderStatus.OFFBOARDED) {
			throw new NotFoundException();
		}
		List<Vouch> given = vouches.findByProviderIdOrderByVouchedAt(id);
		Map<VoucherRole, Long> byRole = new EnumMap<>(VoucherRole.class);
		given.forEach(v -> byRole.merge(v.voucherRole(), 1L, Long::sum));
		return new Summary(provider, check(provider, given), byRole,
				given.stream().anyMatch(v -> v.voucherId().equals(viewer)));
	}

	public VettingCheck check(UUID id) {
		return check(store.get(id), vouches.findByProviderIdOrderByVouchedAt(id));
	}

	private VettingCheck check(Provider provider, Collection<Vouch> given) {
		int notStaff = (int) given.stream().filter(v -> v.voucherRole() != VoucherRole.STAFF).count();
		return new VettingCheck(given.size(), properties.minimumVouches(), notStaff, agreements.missing(provider.id()),
				provider.retentionPractice().compatible());
	}

	// --- vouching ---------------------------------------------------------------------------------------------------

	/**
	 * Records a vouch. Staff and advisory members may vouch; a provider only when their own vetting is in force, and
	 * never for themselves. One vouch per person and provider.
	 */
	@Transactional
	public void vouch(UUID providerId, Actor voucher, String relationship) {
		Provider provider = store.get(providerId);
		if (provider.status() == ProviderStatus.OFFBOARDED) {
			throw new NotFoundException();
		}
		VoucherRole role = voucherRole(voucher, providerId);
		String text = relationship.strip();
		if (text.isEmpty()) {
			throw new InvalidInput("relationship", "directory.vouch.relationshipRequired");
		}
		if (text.length() > Vouch.MAX_RELATIONSHIP) {
			throw new InvalidInput("relationship", "directory.vouch.relationshipTooLong");
		}
		if (vouches.existsByProviderIdAndVoucherId(providerId, voucher.id())) {
			throw new InvalidInput("relationship", "directory.vouch.already");
		}
		vouches.save(Vouch.of(providerId, voucher.id(), role, text, clock.instant()));
		store.record(providerId, LedgerKind.VOUCHED, role.name(), voucher.id());
	}

	/** Whether the person may vouch at all: staff, advisory members and providers whose vetting is in force. */
	public boolean canVouch(Actor actor) {
		return actor.roles().contains(Role.STAFF) || actor.roles().contains(Role.ADVISORY)
				|| (actor.roles().contains(Role.PROVIDER)
						&& providers.findByAccountId(actor.id()).map(p -> p.status().isVetted()).orElse(false));
	}

	/** In what capacity the person vouches, or a refusal if they may not. */
	public VoucherRole voucherRole(Actor voucher, UUID providerId) {
		if (voucher.roles().contains(Role.STAFF)) {
			return VoucherRole.STAFF;
		}
		if (voucher.roles().contains(Role.ADVISORY)) {
			return VoucherRole.ADVISORY;
		}
		if (voucher.roles().contains(Role.PROVIDER)) {
			Optional<Provider> own = providers.findByAccountId(voucher.id());
			if (own.isPresent() && own.get().id().equals(providerId)) {
				throw new InvalidInput("relationship", "directory.vouch.notYourself");
			}
			if (own.isPresent() && own.get().status().isVetted()) {
				return VoucherRole.PROVIDER;
			}
		}
		throw new InvalidInput("relationship", "directory.vouch.notAllowed");
	}

	// --- staff decisions --------------------------------------------------------------------------------------------

	/** Staff take up an application; the provider is invited to an account if they have none yet. */
	@Transactional
	public void startReview(UUID id, Actor staff) {
		Provider provider = store.get(id);
		provider.startReview();
		if (provider.accountId() == null) {
			inviteInto(provider, staff);
		}
		store.save(provider, staff.id());
	}

	/** Sends a new account invitation (the old link stays valid until it expires or is used). */
	@Transactional
	public void invite(UUID id, Actor staff) {
		Provider provider = store.get(id);
		if (provider.status() == ProviderStatus.APPLICANT || provider.status() == ProviderStatus.OFFBOARDED) {
			throw new InvalidInput("account", "directory.status.notAllowed");
		}
		inviteInto(provider, staff);
		store.save(provider, staff.id());
	}

	private void inviteInto(Provider provider, Actor staff) {
		UUID invitation = invitations.inviteByMail(staff.id(), staff.roles(), provider.contactEmail().reveal(),
				Set.of(Role.PROVIDER), Locale.forLanguageTag(provider.language()));
		provider.invited(invitation);
	}

	@Transactional
	public void vet(UUID id, Actor staff) {
		Provider provider = store.get(id);
		provider.vet(check(provider, vouches.findByProviderIdOrderByVouchedAt(id)), properties.vettingValidity(),
				clock.instant());
		store.save(provider, staff.id());
	}

	@Transactional
	public void activate(UUID id, Actor staff) {
		Provider provider = store.get(id);
		provider.activate(clock.instant());
		store.save(provider, staff.id());
	}

	@Transactional
	public void pause(UUID id, Actor actor) {
		Provider provider = store.get(id);
		provider.pause();
		store.save(provider, actor.id());
	}

	@Transactional
	public void resume(UUID id, Actor actor) {
		Provider provider = store.get(id);
		provider.resume(clock.instant());
		store.save(provider, actor.id());
	}

	@Transactional
	public void sendToReview(UUID id, Actor staff, String reason) {
		Provider provider = store.get(id);
		provider.sendToReview(ReviewReason.STAFF_REVIEW);
		store.save(provider, staff.id(), reason);
		tell(provider, "directory.mail.review");
	}

	@Transactional
	public void offboard(UUID id, Actor staff, String reason) {
		Provider provider = store.get(id);
		provider.offboard();
		store.save(provider, staff.id(), reason);
	}

	@Transactional
	public void note(UUID id, Actor staff, String note) {
		if (note.isBlank()) {
			throw new InvalidInput("note", "directory.note.required");
		}
		if (note.length() > 4000) {
			throw new InvalidInput("note", "directory.note.tooLong");
		}
		store.save(store.get(id), staff.id(), note);
	}

	@Transactional
	public void approveChange(UUID id, Actor staff) {
		Provider provider = store.get(id);
		provider.approveChange(clock.instant());
		store.save(provider, staff.id());
	}

	@Transactional
	public void rejectChange(UUID id, Actor staff, String reason) {
		Provider provider = store.get(id);
		provider.rejectChange(clock.instant());
		store.save(provider, staff.id(), reason);
	}

	// --- expiry -----------------------------------------------------------------------------------------------------

	/**
	 * Sends renewal notices that are due and sends providers whose vetting ran out back to review. Returns how many
	 * providers went back to review.
	 */
	@Transactional
	public int applyExpiry(Instant now) {
		int expired = 0;
		for (UUID id : providers.idsVettedUntilBefore(now.plus(properties.renewalNotice()))) {
			Provider provider = store.get(id);
			if (provider.expireIfDue(now)) {
				expired++;
				store.save(provider, null);
				tell(provider, "directory.mail.expired");
			}
			else if (provider.renewalNoticeDue(now, properties.renewalNotice())) {
				store.save(provider, null);
				tell(provider, "directory.mail.renewal");
			}
		}
		return expired;
	}

	/** A notice by mail to the provider: what happened and where to look, nothing else. */
	void tell(Provider provider, String key) {
		Locale locale = Locale.forLanguageTag(provider.language());
		mail.enqueue(provider.contactEmail().reveal(),
				messages.getMessage(key + ".subject", new Object[] { tandem.hubName() }, locale),
				messages.getMessage(key + ".body",
						new Object[] { tandem.hubName(), provider.reference(), tandem.link("/provider") }, locale),
				provider.id());
	}

}
