package org.tandem.directory.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.directory.Fee;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.ProviderStatusChanged;
import org.tandem.directory.domain.ProviderRows.OfferedService;
import org.tandem.directory.domain.ProviderRows.Pause;
import org.tandem.directory.domain.ProviderRows.ServedCommunity;
import org.tandem.directory.domain.ProviderRows.SpokenLanguage;
import org.tandem.directory.domain.ProviderRows.WorkCountry;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/**
 * A provider and the hub's trust in them. The status moves only along {@link ProviderStatus#next()}, and only when
 * the rules allow it: vetting needs the vouches and agreements ({@link VettingCheck}), activation a linked account
 * and vetting in force. Every change the ledger must know of is collected here and written by the service in the
 * same transaction ({@link #recorded()}). How to reach the provider, their referees and declared conflicts with
 * organizations are sealed under the provider's own keys.
 */
@Table("provider")
public class Provider {

	@Id
	@DataOwner
	private final UUID id;

	private final String reference;

	private final ProviderKind kind;

	private ProviderStatus status;

	private @Nullable ReviewReason reviewReason;

	private String displayName;

	private final String language;

	private String expertise;

	private @Nullable String website;

	private String residenceCountry;

	private String jurisdictions;

	private SealedText contactEmail;

	private @Nullable SealedText contactSignal;

	private @Nullable SealedText contactPhone;

	private @Nullable SealedText openpgpKey;

	private @Nullable String openpgpFingerprint;

	private SealedText referees;

	private @Nullable SealedText conflictOrganizations;

	private String conflictSectors;

	private String retentionPractice;

	private String timeZone;

	private int maxEngagements;

	private int openEngagements;

	private int hoursPerMonth;

	private String fees;

	private ResponseTime responseTime;

	private boolean remoteAnywhere;

	private boolean listed;

	private @Nullable String publicSummary;

	private @Nullable String publicContact;

	private @Nullable String pendingServices;

	private @Nullable String pendingCommunities;

	private @Nullable UUID accountId;

	private @Nullable UUID invitationId;

	private final Instant appliedAt;

	private @Nullable Instant vettedAt;

	private @Nullable Instant vettedUntil;

	private @Nullable Instant renewalNoticeAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "provider_id")
	private Set<OfferedService> services;

	@MappedCollection(idColumn = "provider_id")
	private Set<SpokenLanguage> languages;

	@MappedCollection(idColumn = "provider_id")
	private Set<WorkCountry> countries;

	@MappedCollection(idColumn = "provider_id")
	private Set<ServedCommunity> communities;

	@MappedCollection(idColumn = "provider_id", keyColumn = "position")
	private List<Pause> pauses;

	@Version
	private @Nullable Long version;

	@Transient
	private final List<Recorded> recorded = new ArrayList<>();

	@Transient
	private final List<ProviderStatusChanged> moves = new ArrayList<>();

	@PersistenceCreator
	Provider(UUID id, String reference, ProviderKind kind, ProviderStatus status, @Nullable ReviewReason reviewReason,
			String displayName, String language, String expertise, @Nullable String website, String residenceCountry,
			String jurisdictions, SealedText contactEmail, @Nullable SealedText contactSignal,
			@Nullable SealedText contactPhone, @Nullable SealedText openpgpKey, @Nullable String openpgpFingerprint,
			SealedText referees, @Nullable SealedText conflictOrganizations, String conflictSectors,
			String retentionPractice, String timeZone, int maxEngagements, int openEngagements, int hoursPerMonth,
			String fees, ResponseTime responseTime, boolean remoteAnywhere, boolean listed,
			@Nullable String publicSummary, @Nullable String publicContact, @Nullable String pendingServices,
			@Nullable String pendingCommunities, @Nullable UUID accountId, @Nullable UUID invitationId,
			Instant appliedAt, @Nullable Instant vettedAt, @Nullable Instant vettedUntil,
			@Nullable Instant renewalNoticeAt, Instant updatedAt, Set<OfferedService> services,
			Set<SpokenLanguage> languages, Set<WorkCountry> countries, Set<ServedCommunity> communities,
			List<Pause> pauses, @Nullable Long version) {
		this.id = id;
		this.reference = reference;
		this.kind = kind;
		this.status = status;
		this.reviewReason = reviewReason;
		this.displayName = displayName;
		this.language = language;
		this.expertise = expertise;
		this.website = website;
		this.residenceCountry = residenceCountry;
		this.jurisdictions = jurisdictions;
		this.contactEmail = contactEmail;
		this.contactSignal = contactSignal;
		this.contactPhone = contactPhone;
		this.openpgpKey = openpgpKey;
		this.openpgpFingerprint = openpgpFingerprint;
		this.referees = referees;
		this.conflictOrganizations = conflictOrganizations;
		this.conflictSectors = conflictSectors;
		this.retentionPractice = retentionPractice;
		this.timeZone = timeZone;
		this.maxEngagements = maxEngagements;
		this.openEngagements = openEngagements;
		this.hoursPerMonth = hoursPerMonth;
		this.fees = fees;
		this.responseTime = responseTime;
		this.remoteAnywhere = remoteAnywhere;
		this.listed = listed;
		this.publicSummary = publicSummary;
		this.publicContact = publicContact;
		this.pendingServices = pendingServices;
		this.pendingCommunities = pendingCommunities;
		this.accountId = accountId;
		this.invitationId = invitationId;
		this.appliedAt = appliedAt;
		this.vettedAt = vettedAt;
		this.vettedUntil = vettedUntil;
		this.renewalNoticeAt = renewalNoticeAt;
		this.updatedAt = updatedAt;
		this.services = new HashSet<>(services);
		this.languages = new HashSet<>(languages);
		this.countries = new HashSet<>(countries);
		this.communities = new HashSet<>(communities);
		this.pauses = new ArrayList<>(pauses);
		this.version = version;
	}

	/** A new application: the provider is an applicant until staff start the review. */
	public static Provider apply(String reference, String language, ProviderProfile profile, Capacity capacity,
			RetentionPractice retention, Instant now) {
		Provider provider = new Provider(UUID.randomUUID(), reference, profile.kind(), ProviderStatus.APPLICANT,
				ReviewReason.APPLICATION, profile.displayName(), language, profile.expertise(), profile.website(),
				profile.residenceCountry(), "", SealedText.of(profile.contactEmail()), null, null, null, null,
				SealedText.of(profile.referees()), null, "", retention.encode(), capacity.timeZone(), 0, 0, 0, "",
				capacity.responseTime(), false, false, null, null, null, null, null, null, now, null, null, null, now,
				Set.of(), Set.of(), Set.of(), Set.of(), List.of(), null);
		provider.applyProfile(profile);
		provider.applyCapacity(capacity);
		provider.record(LedgerKind.APPLIED, null);
		return provider;
	}

	// --- status ---------------------------------------------------------------------------------------------------

	/** Staff take the application up. */
	public void startReview() {
		moveTo(ProviderStatus.UNDER_REVIEW);
		record(LedgerKind.REVIEW_STARTED, null);
	}

	/** Staff vet the provider: only when every requirement is met; vetting holds for {@code validity}. */
	public void vet(VettingCheck check, Duration validity, Instant now) {
		requireStatus(ProviderStatus.UNDER_REVIEW);
		requireMet(check);
		moveTo(ProviderStatus.VETTED);
		reviewReason = null;
		vettedAt = now;
		vettedUntil = now.plus(validity);
		renewalNoticeAt = null;
		record(LedgerKind.VETTED, vettedUntil.toString());
	}

	/**
	 * Staff make a vetted provider available for matching: they need an account, vetting in force, and the
	 * requirements still met (an agreement may have a new version since).
	 */
	public void activate(VettingCheck check, Instant now) {
		requireStatus(ProviderStatus.VETTED);
		if (accountId == null) {
			throw new InvalidInput("status", "directory.activate.accountMissing");
		}
		requireVettingInForce(now);
		requireMet(check);
		moveTo(ProviderStatus.ACTIVE);
		record(LedgerKind.ACTIVATED, null);
	}

	/**
	 * Staff renew vetting that is still in force (or ran out less than a validity ago) without taking the provider
	 * out of service: the requirements must be met again, and vetting then holds for {@code validity} from now.
	 */
	public void renew(VettingCheck check, Duration validity, Instant now) {
		if (!status.isVetted()) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
		requireMet(check);
		vettedUntil = now.plus(validity);
		renewalNoticeAt = null;
		record(LedgerKind.RENEWED, vettedUntil.toString());
	}

	private static void requireMet(VettingCheck check) {
		if (!check.met()) {
			throw new InvalidInput("status", "directory.vetting.requirementsMissing");
		}
	}

	/** The provider (or staff) stops taking new work until resumed. */
	public void pause() {
		requireStatus(ProviderStatus.ACTIVE);
		moveTo(ProviderStatus.PAUSED);
		record(LedgerKind.PAUSED, null);
	}

	public void resume(VettingCheck check, Instant now) {
		requireStatus(ProviderStatus.PAUSED);
		requireVettingInForce(now);
		requireMet(check);
		moveTo(ProviderStatus.ACTIVE);
		record(LedgerKind.RESUMED, null);
	}

	/** Staff send a vetted provider back to review, or a change or expiry does. */
	public void sendToReview(ReviewReason reason) {
		if (!status.isVetted()) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
		moveTo(ProviderStatus.UNDER_REVIEW);
		reviewReason = reason;
		record(LedgerKind.SENT_TO_REVIEW, reason.name());
	}

	/** The provider leaves the network (or the application is refused); final. */
	public void offboard() {
		moveTo(ProviderStatus.OFFBOARDED);
		listed = false;
		record(LedgerKind.OFFBOARDED, null);
	}

	/** Vetting ran out: back to review for renewal. Returns whether anything changed. */
	public boolean expireIfDue(Instant now) {
		if (status.isVetted() && vettedUntil != null && !now.isBefore(vettedUntil)) {
			sendToReview(ReviewReason.RENEWAL_DUE);
			return true;
		}
		return false;
	}

	/** Whether the renewal notice is due now and was not sent for this vetting; marks it sent. */
	public boolean renewalNoticeDue(Instant now, Duration notice) {
		if (status.isVetted() && vettedUntil != null && renewalNoticeAt == null
				&& !now.isBefore(vettedUntil.minus(notice))) {
			renewalNoticeAt = now;
			record(LedgerKind.RENEWAL_NOTICE, vettedUntil.toString());
			return true;
		}
		return false;
	}

	private void requireVettingInForce(Instant now) {
		if (vettedUntil == null || !now.isBefore(vettedUntil)) {
			throw new InvalidInput("status", "directory.vetting.expired");
		}
	}

	private void requireStatus(ProviderStatus required) {
		if (status != required) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
	}

	private void moveTo(ProviderStatus to) {
		if (!status.next().contains(to)) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
		moves.add(new ProviderStatusChanged(id, status, to));
		status = to;
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
		if (status == ProviderStatus.OFFBOARDED || (accountId != null && !accountId.equals(account))) {
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
		String newFingerprint = fingerprintOf(profile.openpgpKey());
		boolean keyChanged = !Objects.equals(newFingerprint, openpgpFingerprint);
		boolean residenceChanged = !profile.residenceCountry().equals(residenceCountry);
		String newServices = ProviderCodes.encodeServices(profile.services());
		String newCommunities = ProviderCodes.encodeNames(profile.communities());
		boolean vettedFactsChanged = !newServices.equals(ProviderCodes.encodeServices(servicesByCode()))
				|| !newCommunities.equals(ProviderCodes.encodeNames(communitySet()));
		boolean wasVetted = status.isVetted();
		if (keyChanged) {
			record(LedgerKind.KEY_CHANGED, newFingerprint);
		}
		if (residenceChanged) {
			record(LedgerKind.RESIDENCE_CHANGED, profile.residenceCountry());
		}
		if (wasVetted && (keyChanged || residenceChanged)) {
			sendToReview(keyChanged ? ReviewReason.KEY_CHANGED : ReviewReason.RESIDENCE_CHANGED);
		}
		if (status.isVetted() && vettedFactsChanged) {
			Set<OfferedService> keepServices = Set.copyOf(services);
			Set<ServedCommunity> keepCommunities = Set.copyOf(communities);
			applyProfile(profile);
			services = new HashSet<>(keepServices);
			communities = new HashSet<>(keepCommunities);
			if (!newServices.equals(pendingServices) || !newCommunities.equals(pendingCommunities)) {
				record(LedgerKind.CHANGE_PROPOSED, null);
			}
			pendingServices = newServices;
			pendingCommunities = newCommunities;
		}
		else {
			if (vettedFactsChanged) {
				// not vetted (any more): the change applies, and the review sees it in the ledger
				record(LedgerKind.OFFER_CHANGED, null);
			}
			applyProfile(profile);
			pendingServices = null;
			pendingCommunities = null;
		}
		updatedAt = now;
	}

	/** Staff accept the proposed services and communities. */
	public void approveChange(Instant now) {
		if (pendingServices == null || pendingCommunities == null) {
			throw new InvalidInput("change", "directory.change.none");
		}
		services = ProviderCodes.decodeServices(pendingServices).entrySet()
			.stream()
			.map(e -> new OfferedService(e.getKey(), e.getValue()))
			.collect(Collectors.toCollection(HashSet::new));
		communities = ProviderCodes.decodeNames(pendingCommunities, Community.class).stream()
			.map(ServedCommunity::new)
			.collect(Collectors.toCollection(HashSet::new));
		pendingServices = null;
		pendingCommunities = null;
		updatedAt = now;
		record(LedgerKind.CHANGE_APPROVED, null);
	}

	public void rejectChange(Instant now) {
		if (pendingServices == null) {
			throw new InvalidInput("change", "directory.change.none");
		}
		pendingServices = null;
		pendingCommunities = null;
		updatedAt = now;
		record(LedgerKind.CHANGE_REJECTED, null);
	}

	private void applyProfile(ProviderProfile profile) {
		displayName = profile.displayName();
		expertise = profile.expertise();
		website = profile.website();
		residenceCountry = profile.residenceCountry();
		Set<String> allJurisdictions = new TreeSet<>(profile.jurisdictions());
		allJurisdictions.add(profile.residenceCountry());
		jurisdictions = String.join(",", allJurisdictions);
		contactEmail = SealedText.of(profile.contactEmail());
		contactSignal = sealedOrNull(profile.contactSignal());
		contactPhone = sealedOrNull(profile.contactPhone());
		openpgpKey = sealedOrNull(profile.openpgpKey());
		openpgpFingerprint = fingerprintOf(profile.openpgpKey());
		referees = SealedText.of(profile.referees());
		conflictOrganizations = sealedOrNull(profile.conflictOrganizations());
		conflictSectors = ProviderCodes.encodeNames(profile.conflictSectors());
		services = profile.services()
			.entrySet()
			.stream()
			.map(e -> new OfferedService(e.getKey(), e.getValue()))
			.collect(Collectors.toCollection(HashSet::new));
		languages = profile.languages()
			.entrySet()
			.stream()
			.map(e -> new SpokenLanguage(e.getKey(), e.getValue()))
			.collect(Collectors.toCollection(HashSet::new));
		Set<WorkCountry> where = new HashSet<>();
		profile.remoteCountries().forEach(c -> where.add(new WorkCountry(c, CountryMode.REMOTE)));
		profile.inPersonCountries().forEach(c -> where.add(new WorkCountry(c, CountryMode.IN_PERSON)));
		countries = where;
		remoteAnywhere = profile.remoteAnywhere();
		communities = profile.communities()
			.stream()
			.map(ServedCommunity::new)
			.collect(Collectors.toCollection(HashSet::new));
	}

	// --- capacity, pauses, listing, retention ---------------------------------------------------------------------

	/** An engagement through the hub ended (the provider says so): one fewer is open. */
	public void engagementEnded(Instant now) {
		if (openEngagements == 0) {
			throw new InvalidInput("engagements", "directory.self.noOpenEngagement");
		}
		openEngagements--;
		updatedAt = now;
	}

	/** An organization was introduced to this provider: one more engagement is open. */
	public void engagementOpened(Instant now) {
		openEngagements++;
		updatedAt = now;
	}

	public void changeCapacity(Capacity capacity, Instant now) {
		applyCapacity(capacity);
		updatedAt = now;
	}

	private void applyCapacity(Capacity capacity) {
		maxEngagements = capacity.maxEngagements();
		hoursPerMonth = capacity.hoursPerMonth();
		timeZone = capacity.timeZone();
		fees = ProviderCodes.encodeNames(capacity.fees());
		responseTime = capacity.responseTime();
	}

	/** Adds a dated pause; pauses that ended before {@code today} are dropped. At most 20 are kept. */
	public void addPause(Pause pause, LocalDate today) {
		if (pause.endsOn().isBefore(today)) {
			throw new InvalidInput("endsOn", "directory.pause.past");
		}
		List<Pause> kept = new ArrayList<>(pauses.stream().filter(p -> !p.endsOn().isBefore(today)).toList());
		if (kept.size() >= 20) {
			throw new InvalidInput("startsOn", "directory.pause.tooMany");
		}
		kept.add(pause);
		kept.sort(java.util.Comparator.comparing(Pause::startsOn));
		pauses = kept;
	}

	public void removePause(Pause pause) {
		if (!pauses.remove(pause)) {
			throw new InvalidInput("pause", "directory.pause.unknown");
		}
	}

	public void changeListing(Listing listing, Instant now) {
		if (listing.listed() && status == ProviderStatus.OFFBOARDED) {
			throw new InvalidInput("listed", "directory.status.notAllowed");
		}
		listed = listing.listed();
		publicSummary = listing.summary();
		publicContact = listing.contact();
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
		if (status.isVetted() && !practice.compatible()) {
			sendToReview(ReviewReason.RETENTION_CHANGED);
		}
	}

	// --- ledger -----------------------------------------------------------------------------------------------------

	private void record(LedgerKind kind, @Nullable String detail) {
		recorded.add(new Recorded(kind, detail));
	}

	/** What happened since the provider was loaded, in order; taken once by the service that saves it. */
	public List<Recorded> recorded() {
		List<Recorded> taken = List.copyOf(recorded);
		recorded.clear();
		return taken;
	}

	/** The status moves since the provider was loaded, taken once by the service to publish them. */
	public List<ProviderStatusChanged> moves() {
		List<ProviderStatusChanged> taken = List.copyOf(moves);
		moves.clear();
		return taken;
	}

	/** A ledger entry to write: what happened and a code that qualifies it (a status, a reason, a date). */
	public record Recorded(LedgerKind kind, @Nullable String detail) {
	}

	static @Nullable String fingerprintOf(@Nullable String key) {
		return key == null ? null : OpenPgpKeys.fingerprint(key).orElse(null);
	}

	private static @Nullable SealedText sealedOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : SealedText.of(text);
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
		return status;
	}

	public @Nullable ReviewReason reviewReason() {
		return status == ProviderStatus.UNDER_REVIEW || status == ProviderStatus.APPLICANT ? reviewReason : null;
	}

	public String displayName() {
		return displayName;
	}

	public String language() {
		return language;
	}

	public String expertise() {
		return expertise;
	}

	public @Nullable String website() {
		return website;
	}

	public String residenceCountry() {
		return residenceCountry;
	}

	public Set<String> jurisdictions() {
		return jurisdictions.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(jurisdictions.split(",")));
	}

	public SealedText contactEmail() {
		return contactEmail;
	}

	public @Nullable SealedText contactSignal() {
		return contactSignal;
	}

	public @Nullable SealedText contactPhone() {
		return contactPhone;
	}

	public @Nullable SealedText openpgpKey() {
		return openpgpKey;
	}

	public @Nullable String openpgpFingerprint() {
		return openpgpFingerprint;
	}

	/** The fingerprint in groups of four, or null without a key. */
	public @Nullable String readableFingerprint() {
		return openpgpFingerprint == null ? null : OpenPgpKeys.readable(openpgpFingerprint);
	}

	public SealedText referees() {
		return referees;
	}

	public @Nullable SealedText conflictOrganizations() {
		return conflictOrganizations;
	}

	public Set<OrganizationKind> conflictSectors() {
		return ProviderCodes.decodeNames(conflictSectors, OrganizationKind.class);
	}

	public RetentionPractice retentionPractice() {
		return RetentionPractice.decode(retentionPractice);
	}

	public String timeZone() {
		return timeZone;
	}

	public int maxEngagements() {
		return maxEngagements;
	}

	public int openEngagements() {
		return openEngagements;
	}

	public int hoursPerMonth() {
		return hoursPerMonth;
	}

	public Set<Fee> fees() {
		return ProviderCodes.decodeNames(fees, Fee.class);
	}

	/** How fast the provider usually answers a new request. */
	public ResponseTime responseTime() {
		return responseTime;
	}

	public boolean remoteAnywhere() {
		return remoteAnywhere;
	}

	public Listing listing() {
		return new Listing(listed, publicSummary, publicContact);
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

	public @Nullable Instant vettedAt() {
		return vettedAt;
	}

	public @Nullable Instant vettedUntil() {
		return vettedUntil;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Map<String, ServiceDepth> servicesByCode() {
		return services.stream().collect(Collectors.toMap(OfferedService::service, OfferedService::depth));
	}

	public Map<String, LanguageLevel> languagesByCode() {
		return languages.stream().collect(Collectors.toMap(SpokenLanguage::language, SpokenLanguage::level));
	}

	public Set<String> countries(CountryMode mode) {
		return countries.stream().filter(c -> c.mode() == mode).map(WorkCountry::country).collect(Collectors.toCollection(TreeSet::new));
	}

	public Set<String> remoteCountries() {
		return countries(CountryMode.REMOTE);
	}

	public Set<String> inPersonCountries() {
		return countries(CountryMode.IN_PERSON);
	}

	public Set<Community> communitySet() {
		return communities.stream().map(ServedCommunity::community).collect(Collectors.toCollection(() -> EnumSet.noneOf(Community.class)));
	}

	public List<Pause> pauses() {
		return List.copyOf(pauses);
	}

	/** Whether a dated pause covers the day. */
	public boolean pausedOn(LocalDate day) {
		return pauses.stream().anyMatch(p -> p.covers(day));
	}

	public boolean hasPendingChange() {
		return pendingServices != null;
	}

	public Map<String, ServiceDepth> pendingServices() {
		return pendingServices == null ? Map.of() : ProviderCodes.decodeServices(pendingServices);
	}

	public Set<Community> pendingCommunities() {
		return pendingCommunities == null ? Set.of() : ProviderCodes.decodeNames(pendingCommunities, Community.class);
	}

	/** The profile as the provider would edit it (sealed values opened). */
	public ProviderProfile profile() {
		return new ProviderProfile(kind, displayName, expertise, website, residenceCountry,
				jurisdictions().stream().filter(j -> !j.equals(residenceCountry)).collect(Collectors.toSet()),
				java.util.Objects.requireNonNullElse(reveal(contactEmail), ""), reveal(contactSignal),
				reveal(contactPhone), reveal(openpgpKey), java.util.Objects.requireNonNullElse(reveal(referees), ""),
				reveal(conflictOrganizations), conflictSectors(), servicesByCode(), languagesByCode(),
				countries(CountryMode.REMOTE), countries(CountryMode.IN_PERSON), remoteAnywhere, communitySet());
	}

	public Capacity capacity() {
		return new Capacity(maxEngagements, hoursPerMonth, timeZone, fees(), responseTime);
	}

	/** The sealed contact and vetting texts, opened; null when absent or when the provider's keys are gone. */
	public @Nullable String contactEmailText() {
		return reveal(contactEmail);
	}

	public @Nullable String contactSignalText() {
		return reveal(contactSignal);
	}

	public @Nullable String contactPhoneText() {
		return reveal(contactPhone);
	}

	public @Nullable String refereesText() {
		return reveal(referees);
	}

	public @Nullable String conflictOrganizationsText() {
		return reveal(conflictOrganizations);
	}

	public long version() {
		return version == null ? 0 : version;
	}

	private static @Nullable String reveal(@Nullable SealedText text) {
		return SealedText.readable(text);
	}

}
