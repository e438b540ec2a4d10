package org.tandem.directory.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.ProviderStatusChanged;
import org.tandem.directory.domain.ProviderRows.OfferedService;
import org.tandem.directory.domain.ProviderRows.Pause;
import org.tandem.directory.domain.ProviderRows.ServedCommunity;
import org.tandem.directory.domain.ProviderRows.SpokenLanguage;
import org.tandem.directory.domain.ProviderRows.WorkCountry;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/**
 * A provider and the hub's trust in them. The status moves only along {@link ProviderStatus#next()}, when the rules
 * of {@link Standing} allow it. Every change the ledger must know of is collected here and written by the service in
 * the same transaction ({@link #recorded()}). The profile ({@link ProviderDetails}), capacity ({@link Workload}) and
 * vetting ({@link Standing}) are values on the provider's row; what they offer is in rows of its own
 * ({@link ProviderProfileState}). Contacts, referees and declared conflicts are sealed under the provider's own keys.
 */
@Table("provider")
public class Provider extends ProviderProfileState {

	@Id
	@DataOwner
	private final UUID id;

	private final String reference;

	private final ProviderKind kind;

	private final String language;

	@Embedded.Empty
	private ProviderDetails details;

	@Embedded.Empty
	private Workload workload;

	@Embedded.Empty
	private Standing standing;

	private String retentionPractice;

	private @Nullable UUID accountId;

	private @Nullable UUID invitationId;

	private final Instant appliedAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@Transient
	private final ProviderChanges changes = new ProviderChanges();

	@PersistenceCreator
	Provider(UUID id, String reference, ProviderKind kind, String language, ProviderDetails details,
			SealedText contactEmail, @Nullable SealedText contactSignal, @Nullable SealedText contactPhone,
			@Nullable SealedText openpgpKey, SealedText referees, @Nullable SealedText conflictOrganizations,
			Workload workload, Standing standing, String retentionPractice, Listing listing,
			@Nullable String pendingServices, @Nullable String pendingCommunities, @Nullable UUID accountId,
			@Nullable UUID invitationId, Instant appliedAt, Instant updatedAt, Set<OfferedService> services,
			Set<SpokenLanguage> languages, Set<WorkCountry> countries, Set<ServedCommunity> communities,
			List<Pause> pauses, @Nullable Long version) {
		super(contactEmail, contactSignal, contactPhone, openpgpKey, referees, conflictOrganizations, listing,
				pendingServices, pendingCommunities, services, languages, countries, communities, pauses);
		this.id = id;
		this.reference = reference;
		this.kind = kind;
		this.language = language;
		this.details = details;
		this.workload = workload;
		this.standing = standing;
		this.retentionPractice = retentionPractice;
		this.accountId = accountId;
		this.invitationId = invitationId;
		this.appliedAt = appliedAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new application: the provider is an applicant until staff start the review. */
	public static Provider apply(String reference, String language, ProviderProfile profile, Capacity capacity,
			RetentionPractice retention, Instant now) {
		Provider provider = new Provider(UUID.randomUUID(), reference, profile.kind(), language,
				ProviderDetails.of(profile), SealedText.of(profile.contactEmail()), null, null, null,
				SealedText.of(profile.referees()), null, Workload.of(capacity), Standing.applied(), retention.encode(),
				new Listing(false, null, null), null, null, null, null, now, now, Set.of(), Set.of(), Set.of(),
				Set.of(), List.of(), null);
		provider.applySealed(profile);
		provider.changeOffer(profile, false);
		provider.record(LedgerKind.APPLIED, null);
		return provider;
	}

	// --- status ---------------------------------------------------------------------------------------------------

	/** Staff take the application up. */
	public void startReview() {
		move(standing.reviewStarted(), LedgerKind.REVIEW_STARTED, null);
	}

	/** Staff vet the provider: only when every requirement is met; vetting holds for {@code validity}. */
	public void vet(VettingCheck check, Duration validity, Instant now) {
		Standing next = standing.vetted(check, validity, now);
		move(next, LedgerKind.VETTED, String.valueOf(next.vettedUntil()));
	}

	/**
	 * Staff make a vetted provider available for matching: they need an account, vetting in force, and the
	 * requirements still met (an agreement may have a new version since).
	 */
	public void activate(VettingCheck check, Instant now) {
		move(standing.activated(check, accountId != null, now), LedgerKind.ACTIVATED, null);
	}

	/**
	 * Staff renew vetting that is still in force (or ran out less than a validity ago) without taking the provider
	 * out of service: the requirements must be met again, and vetting then holds for {@code validity} from now.
	 */
	public void renew(VettingCheck check, Duration validity, Instant now) {
		Standing next = standing.renewed(check, validity, now);
		move(next, LedgerKind.RENEWED, String.valueOf(next.vettedUntil()));
	}

	/** The provider (or staff) stops taking new work until resumed. */
	public void pause() {
		move(standing.paused(), LedgerKind.PAUSED, null);
	}

	public void resume(VettingCheck check, Instant now) {
		move(standing.resumed(check, now), LedgerKind.RESUMED, null);
	}

	/** Staff send a vetted provider back to review, or a change or expiry does. */
	public void sendToReview(ReviewReason reason) {
		move(standing.sentToReview(reason), LedgerKind.SENT_TO_REVIEW, reason.name());
	}

	/** The provider leaves the network (or the application is refused); final. */
	public void offboard() {
		move(standing.offboarded(), LedgerKind.OFFBOARDED, null);
		unlist();
	}

	/** Vetting ran out: back to review for renewal. Returns whether anything changed. */
	public boolean expireIfDue(Instant now) {
		if (standing.expired(now)) {
			sendToReview(ReviewReason.RENEWAL_DUE);
			return true;
		}
		return false;
	}

	/** Whether the renewal notice is due now and was not sent for this vetting; marks it sent. */
	public boolean renewalNoticeDue(Instant now, Duration notice) {
		if (standing.noticeDue(now, notice)) {
			standing = standing.noticeSent(now);
			record(LedgerKind.RENEWAL_NOTICE, String.valueOf(standing.vettedUntil()));
			return true;
		}
		return false;
	}

	/** The next standing, the status move it makes, if any, to publish, and what the ledger says of it. */
	private void move(Standing next, LedgerKind kind, @Nullable String detail) {
		if (next.status() != standing.status()) {
			changes.moved(new ProviderStatusChanged(id, standing.status(), next.status()));
		}
		standing = next;
		record(kind, detail);
	}

	// --- account ----------------------------------------------------------------------------------------------------

	public void invited(UUID invitation) {
		if (accountId != null) {
			throw new InvalidInput("account", "directory.invite.alreadyLinked");
		}
		this.invitationId = invitation;
		record(LedgerKind.INVITED, null);
	}

	/** The provider's account, once: an offboarded provider, or one already linked to another account, is refused. */
	public void linkAccount(UUID account) {
		if (standing.status() == ProviderStatus.OFFBOARDED || (accountId != null && !accountId.equals(account))) {
			throw new InvalidInput("account", "directory.invite.alreadyLinked");
		}
		this.accountId = account;
		this.invitationId = null;
		record(LedgerKind.ACCOUNT_LINKED, null);
	}

	// --- profile ----------------------------------------------------------------------------------------------------

	/**
	 * The provider changes their profile. A new OpenPGP key or country of residence sends a vetted provider back to
	 * review; changed services or communities of a vetted provider wait for staff approval; the rest applies at once.
	 */
	public void changeProfile(ProviderProfile profile, Instant now) {
		if (profile.kind() != kind) {
			throw new InvalidInput("kind", "directory.profile.kindFixed");
		}
		boolean keyChanged = details.keyChangedBy(profile);
		boolean residenceChanged = details.residenceChangedBy(profile);
		if (keyChanged) {
			record(LedgerKind.KEY_CHANGED, ProviderDetails.fingerprintOf(profile.openpgpKey()));
		}
		if (residenceChanged) {
			record(LedgerKind.RESIDENCE_CHANGED, profile.residenceCountry());
		}
		if (standing.status().isVetted() && (keyChanged || residenceChanged)) {
			sendToReview(keyChanged ? ReviewReason.KEY_CHANGED : ReviewReason.RESIDENCE_CHANGED);
		}
		details = ProviderDetails.of(profile);
		applySealed(profile);
		switch (changeOffer(profile, standing.status().isVetted())) {
			case PROPOSED -> record(LedgerKind.CHANGE_PROPOSED, null);
			// not vetted (any more): the change applies, and the review sees it in the ledger
			case APPLIED -> record(LedgerKind.OFFER_CHANGED, null);
			case NONE -> {
			}
		}
		updatedAt = now;
	}

	/** Staff accept the proposed services and communities. */
	public void approveChange(Instant now) {
		applyChange();
		updatedAt = now;
		record(LedgerKind.CHANGE_APPROVED, null);
	}

	public void rejectChange(Instant now) {
		dropChange();
		updatedAt = now;
		record(LedgerKind.CHANGE_REJECTED, null);
	}

	// --- capacity, pauses, listing, retention ---------------------------------------------------------------------

	/** An engagement through the hub closed (the engagement module says so): one fewer is open. */
	public void engagementEnded(Instant now) {
		workload = workload.ended();
		updatedAt = now;
	}

	/** An organization was introduced to this provider: one more engagement is open. */
	public void engagementOpened(Instant now) {
		workload = workload.opened();
		updatedAt = now;
	}

	public void changeCapacity(Capacity capacity, Instant now) {
		workload = workload.with(capacity);
		updatedAt = now;
	}

	public void changeListing(Listing listing, Instant now) {
		list(listing, standing.status() == ProviderStatus.OFFBOARDED);
		updatedAt = now;
	}

	/**
	 * The provider changes their retention practice. Every change is in the ledger; one beyond the hub's policy
	 * sends a vetted provider back to review.
	 */
	public void changeRetention(RetentionPractice practice, Instant now) {
		if (practice.encode().equals(retentionPractice)) {
			return;
		}
		retentionPractice = practice.encode();
		updatedAt = now;
		record(LedgerKind.RETENTION_CHANGED, practice.compatible() ? "COMPATIBLE" : "BEYOND_POLICY");
		if (standing.status().isVetted() && !practice.compatible()) {
			sendToReview(ReviewReason.RETENTION_CHANGED);
		}
	}

	// --- ledger -----------------------------------------------------------------------------------------------------

	private void record(LedgerKind kind, @Nullable String detail) {
		changes.record(new Recorded(kind, detail));
	}

	/** What happened since the provider was loaded, in order; taken once by the service that saves it. */
	public List<Recorded> recorded() {
		return changes.takeRecorded();
	}

	/** The status moves since the provider was loaded, taken once by the service to publish them. */
	public List<ProviderStatusChanged> moves() {
		return changes.takeMoves();
	}

	/** A ledger entry to write: what happened and a code that qualifies it (a status, a reason, a date). */
	public record Recorded(LedgerKind kind, @Nullable String detail) {
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public ProviderKind kind() {
		return kind;
	}

	public ProviderStatus status() {
		return standing.status();
	}

	/** Why the provider is under review (or applying); null otherwise. */
	public @Nullable ReviewReason reviewReason() {
		return standing.currentReviewReason();
	}

	public String displayName() {
		return details.displayName();
	}

	public String language() {
		return language;
	}

	/** Who the provider is, where and how to reach them (sealed), as stored. */
	public ProviderDetails details() {
		return details;
	}

	/** What the provider can take on and how much is open now. */
	public Workload workload() {
		return workload;
	}

	/** Where the provider stands: status, review reason, vetting dates. */
	public Standing standing() {
		return standing;
	}

	public @Nullable Instant vettedUntil() {
		return standing.vettedUntil();
	}

	public RetentionPractice retentionPractice() {
		return RetentionPractice.decode(retentionPractice);
	}

	public @Nullable UUID accountId() {
		return accountId;
	}

	public @Nullable UUID invitationId() {
		return invitationId;
	}

	public Instant appliedAt() {
		return appliedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** The profile as the provider would edit it (sealed values opened). */
	public ProviderProfile profile() {
		return details.profile(kind, this);
	}

	public Capacity capacity() {
		return workload.capacity();
	}

}
