package org.tandem.directory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.InvitationAccepted;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.TrackedEngagements;
import org.tandem.directory.persistence.ProviderRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * What providers do for themselves, always on their own record (found by their account, never by an id they
 * send): edit the profile, capacity, dated pauses, public listing and retention practice, accept agreements, pause
 * and resume. The account is linked when the provider accepts the invitation staff sent.
 */
@Service
public class ProviderSelfService {

	private final ProviderRepository providers;

	private final ProviderStore store;

	private final Agreements agreements;

	private final Vetting vetting;

	private final ObjectProvider<TrackedEngagements> tracked;

	private final Clock clock;

	ProviderSelfService(ProviderRepository providers, ProviderStore store, Agreements agreements, Vetting vetting,
			ObjectProvider<TrackedEngagements> tracked, Clock clock) {
		this.providers = providers;
		this.store = store;
		this.agreements = agreements;
		this.vetting = vetting;
		this.tracked = tracked;
		this.clock = clock;
	}

	/** The provider record of a signed-in account, if it has one and has not left the network. */
	public Optional<Provider> mine(UUID account) {
		return providers.findByAccountId(account).filter(p -> p.status() != ProviderStatus.OFFBOARDED);
	}

	private Provider own(UUID account) {
		return mine(account).orElseThrow(NotFoundException::new);
	}

	@Transactional
	public void changeProfile(UUID account, ProviderProfile profile) {
		Provider provider = own(account);
		boolean wasVetted = provider.status().isVetted();
		provider.changeProfile(profile, clock.instant());
		store.save(provider, account);
		if (wasVetted && !provider.status().isVetted()) {
			vetting.tell(provider, "directory.mail.review");
		}
	}

	/**
	 * How many of the provider's open engagements the hub does not track (an anonymous request, or an introduction
	 * without a shared workspace): the open count beyond the tracked engagements still going on, which free their slot
	 * themselves when they close. Only these may the provider free by hand.
	 */
	@Transactional(readOnly = true)
	public int untracked(Provider provider) {
		TrackedEngagements engagements = tracked.getIfAvailable();
		int working = engagements == null ? 0 : engagements.working(provider.id());
		return Math.max(0, provider.workload().openEngagements() - working);
	}

	/**
	 * One engagement the hub does not track ended, so a slot is free again. Refused when every open slot is held by a
	 * tracked engagement still going on (its closing frees it), so that no slot is freed twice.
	 */
	@Transactional
	public void untrackedEngagementEnded(UUID account) {
		Provider provider = own(account);
		if (untracked(provider) == 0) {
			throw new InvalidInput("engagements", "directory.self.noUntrackedEngagement");
		}
		provider.engagementEnded(clock.instant());
		store.save(provider, account);
	}

	@Transactional
	public void changeCapacity(UUID account, Capacity capacity) {
		Provider provider = own(account);
		provider.changeCapacity(capacity, clock.instant());
		store.save(provider, account);
	}

	@Transactional
	public void addPause(UUID account, ProviderRows.Pause pause) {
		Provider provider = own(account);
		provider.addPause(pause, today());
		store.save(provider, account);
	}

	@Transactional
	public void removePause(UUID account, ProviderRows.Pause pause) {
		Provider provider = own(account);
		provider.removePause(pause);
		store.save(provider, account);
	}

	@Transactional
	public void changeListing(UUID account, Listing listing) {
		Provider provider = own(account);
		provider.changeListing(listing, clock.instant());
		store.save(provider, account);
	}

	@Transactional
	public void changeRetention(UUID account, RetentionPractice practice) {
		Provider provider = own(account);
		boolean wasVetted = provider.status().isVetted();
		provider.changeRetention(practice, clock.instant());
		store.save(provider, account);
		if (wasVetted && !provider.status().isVetted()) {
			vetting.tell(provider, "directory.mail.review");
		}
	}

	@Transactional
	public void accept(UUID account, Collection<Agreement> accepted, Locale locale) {
		agreements.accept(own(account).id(), accepted, locale, account);
	}

	public List<AgreementAcceptance> agreements(UUID account) {
		return agreements.of(own(account).id());
	}

	@Transactional
	public void pause(UUID account) {
		Provider provider = own(account);
		provider.pause();
		store.save(provider, account);
	}

	@Transactional
	public void resume(UUID account) {
		Provider provider = own(account);
		provider.resume(vetting.check(provider), clock.instant());
		store.save(provider, account);
	}

	/**
	 * The invitation staff sent a provider was used: that account is now the provider's. Runs in the transaction
	 * that creates the account, so the account never exists unlinked. (Offboarding withdraws the invitation, and a
	 * new invitation withdraws the one before, so the link found is the provider's only open one.)
	 */
	@EventListener
	@Transactional
	public void on(InvitationAccepted accepted) {
		providers.findByInvitationId(accepted.invitationId()).ifPresent(provider -> {
			provider.linkAccount(accepted.accountId());
			store.save(provider, accepted.accountId());
		});
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
