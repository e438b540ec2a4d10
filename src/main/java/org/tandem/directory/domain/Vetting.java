package org.tandem.directory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.directory.DirectoryProperties;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.persistence.LedgerRepository;
import org.tandem.directory.persistence.VouchRepository;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * How the hub comes to trust a provider and how that trust ends: staff start the review (and invite the provider to
 * an account), vet once the requirements are met, activate, pause, renew, send back to review or offboard; vetting
 * expires and asks for renewal. Every staff decision names the version of the provider the page showed, so nobody
 * decides on a provider that changed meanwhile. Everything lands in the ledger.
 */
@Service
public class Vetting {

	public static final int MAX_NOTE = 2000;

	private final ProviderStore store;

	private final VouchRepository vouches;

	private final LedgerRepository ledger;

	private final Agreements agreements;

	private final Accounts accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final DirectoryProperties properties;

	private final TandemProperties tandem;

	private final AbsoluteLinks links;

	private final Clock clock;

	Vetting(ProviderStore store, VouchRepository vouches, LedgerRepository ledger, Agreements agreements,
			Accounts accounts, MailOutbox mail,
			MessageSource messages, DirectoryProperties properties, TandemProperties tandem, AbsoluteLinks links,
			Clock clock) {
		this.store = store;
		this.vouches = vouches;
		this.ledger = ledger;
		this.agreements = agreements;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.tandem = tandem;
		this.links = links;
		this.clock = clock;
	}

	/** Someone acting: their account and the roles it holds now. */
	public record Actor(UUID id, Set<Role> roles) {
	}

	/** Staff decisions that need nothing but the provider. */
	public enum Decision {
		REVIEW, INVITE, VET, RENEW, ACTIVATE, PAUSE, RESUME, APPROVE_CHANGE
	}

	/** Staff decisions that need a reason or a text, which is sealed in the ledger. */
	public enum Reasoned {
		SEND_TO_REVIEW, OFFBOARD, REJECT_CHANGE, NOTE
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	/** Everything staff see on a provider's page. */
	public record StaffView(Provider provider, VettingCheck check, List<LedgerEntry> ledger, List<Vouch> vouches,
			List<AgreementAcceptance> agreements, Map<UUID, String> people, boolean renewalDue) {
	}

	public StaffView staffView(UUID id) {
		Provider provider = store.get(id);
		List<LedgerEntry> entries = ledger.findByProviderId(id);
		List<Vouch> given = vouches.findByProviderIdOrderByVouchedAt(id);
		Set<UUID> ids = new HashSet<>();
		entries.stream().map(LedgerEntry::actorId).filter(Objects::nonNull).forEach(ids::add);
		given.forEach(v -> ids.add(v.voucherId()));
		Map<UUID, String> people = new HashMap<>();
		accounts.byIds(ids).forEach((key, person) -> people.put(key, person.displayName()));
		Instant until = provider.vettedUntil();
		boolean renewalDue = provider.status().isVetted() && until != null
				&& until.isBefore(clock.instant().plus(properties.renewalNotice()));
		return new StaffView(provider, check(provider, given), entries, given, agreements.of(id), people, renewalDue);
	}

	/** The provider's status against the vetting requirements, now. */
	public VettingCheck check(Provider provider) {
		return check(provider, vouches.findByProviderIdOrderByVouchedAt(provider.id()));
	}

	VettingCheck check(Provider provider, Collection<Vouch> given) {
		int notStaff = (int) given.stream().filter(v -> v.voucherRole() != VoucherRole.STAFF).count();
		return new VettingCheck(given.size(), properties.minimumVouches(), notStaff, agreements.missing(provider.id()),
				provider.retentionPractice().compatible());
	}

	// --- staff decisions --------------------------------------------------------------------------------------------

	/**
	 * Applies a decision to the provider as it was at {@code version} (the version the staff's page showed); a
	 * provider that changed since is refused with {@link OptimisticLockingFailureException}.
	 */
	@Transactional
	public void decide(UUID id, long version, Decision decision, Actor staff) {
		Provider provider = current(id, version);
		Instant now = clock.instant();
		switch (decision) {
			case REVIEW -> {
				provider.startReview();
				if (provider.accountId() == null) {
					inviteInto(provider, staff);
				}
			}
			case INVITE -> {
				if (provider.status() == ProviderStatus.APPLICANT || provider.status() == ProviderStatus.OFFBOARDED) {
					throw new InvalidInput("account", "directory.status.notAllowed");
				}
				inviteInto(provider, staff);
			}
			case VET -> provider.vet(check(provider), properties.vettingValidity(), now);
			case RENEW -> provider.renew(check(provider), properties.vettingValidity(), now);
			case ACTIVATE -> provider.activate(check(provider), now);
			case PAUSE -> provider.pause();
			case RESUME -> provider.resume(check(provider), now);
			case APPROVE_CHANGE -> provider.approveChange(now);
		}
		store.save(provider, staff.id());
	}

	/** Applies a decision with its reason (sealed in the ledger), like {@link #decide}. */
	@Transactional
	public void decide(UUID id, long version, Reasoned decision, String reason, Actor staff) {
		String text = reason.strip();
		if (text.isEmpty()) {
			throw new InvalidInput("text", "directory.note.required");
		}
		if (text.length() > MAX_NOTE) {
			throw new InvalidInput("text", "directory.note.tooLong");
		}
		Provider provider = current(id, version);
		switch (decision) {
			case SEND_TO_REVIEW -> provider.sendToReview(ReviewReason.STAFF_REVIEW);
			case OFFBOARD -> offboard(provider, staff);
			case REJECT_CHANGE -> provider.rejectChange(clock.instant());
			case NOTE -> {
			}
		}
		store.save(provider, staff.id(), text);
		if (decision == Reasoned.SEND_TO_REVIEW) {
			tell(provider, "directory.mail.review");
		}
	}

	private Provider current(UUID id, long version) {
		Provider provider = store.get(id);
		if (provider.version() != version) {
			throw new OptimisticLockingFailureException("provider changed since the page was shown");
		}
		return provider;
	}

	/**
	 * Offboarding ends the provider's access: their open invitation is withdrawn and the provider role taken from
	 * their account (which the administrators keep or close like any other).
	 */
	private void offboard(Provider provider, Actor staff) {
		provider.offboard();
		if (provider.invitationId() != null) {
			accounts.withdrawInvitation(staff.id(), staff.roles(), provider.invitationId());
		}
		if (provider.accountId() != null) {
			accounts.withdrawRole(staff.id(), provider.accountId(), Role.PROVIDER);
		}
	}

	/** Sends an account invitation to the provider; an earlier one still open is withdrawn, so only one link works. */
	private void inviteInto(Provider provider, Actor staff) {
		String email = provider.contactEmailText();
		if (email == null) {
			throw new InvalidInput("account", "directory.status.notAllowed");
		}
		if (provider.invitationId() != null) {
			accounts.withdrawInvitation(staff.id(), staff.roles(), provider.invitationId());
		}
		provider.invited(accounts.inviteByMail(staff.id(), staff.roles(), email, Set.of(Role.PROVIDER),
				Locale.forLanguageTag(provider.language()), provider.id()));
	}

	// --- expiry -----------------------------------------------------------------------------------------------------

	/** Providers whose vetting ends before {@code now} plus the notice period: due for a notice, or expired. */
	public List<UUID> dueForExpiry(Instant now) {
		return store.vettedUntilBefore(now.plus(properties.renewalNotice()));
	}

	/**
	 * Sends the renewal notice if it is due, or sends the provider back to review if vetting ran out. Returns whether
	 * the provider went back to review. One provider per transaction (see {@code VettingExpiry}).
	 */
	@Transactional
	public boolean expire(UUID id, Instant now) {
		Provider provider = store.get(id);
		if (provider.expireIfDue(now)) {
			store.save(provider, null);
			tell(provider, "directory.mail.expired");
			return true;
		}
		if (provider.renewalNoticeDue(now, properties.renewalNotice())) {
			store.save(provider, null);
			tell(provider, "directory.mail.renewal");
		}
		return false;
	}

	/** A notice by mail to the provider: what happened and where to look, nothing else. */
	void tell(Provider provider, String key) {
		String email = provider.contactEmailText();
		if (email == null) {
			return;
		}
		Locale locale = Locale.forLanguageTag(provider.language());
		mail.enqueue(email, messages.getMessage(key + ".subject", new Object[] { tandem.hubName() }, locale),
				messages.getMessage(key + ".body",
						new Object[] { tandem.hubName(), provider.reference(), links.forMail("/provider") }, locale),
				provider.id());
	}

}
