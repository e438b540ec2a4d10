package org.tandem.directory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.domain.ProviderRows.OfferedService;
import org.tandem.directory.domain.ProviderRows.Pause;
import org.tandem.directory.domain.ProviderRows.ServedCommunity;
import org.tandem.directory.domain.ProviderRows.SpokenLanguage;
import org.tandem.directory.domain.ProviderRows.WorkCountry;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.SealedText;

/**
 * The part of the provider aggregate's profile that cannot be a plain value on its row: how to reach the provider,
 * their referees and declared conflicts (sealed column by column under the provider's keys by the privacy module,
 * which reads them from the aggregate root), what they offer, in which languages, where, for whom and when not (rows
 * of their own), the change of services and communities awaiting staff approval once they are vetted, and what they
 * show in the public directory ({@link Listing}). Only {@link Provider} extends it (its constructor is the
 * package's): the rules that decide when these change are the aggregate's.
 */
public abstract class ProviderProfileState {

	private SealedText contactEmail;

	private @Nullable SealedText contactSignal;

	private @Nullable SealedText contactPhone;

	private @Nullable SealedText openpgpKey;

	private SealedText referees;

	private @Nullable SealedText conflictOrganizations;

	@Embedded.Empty
	private Listing listing;

	/** Services proposed by a vetted provider, waiting for staff (encoded as in {@link ProviderCodes}). */
	private @Nullable String pendingServices;

	private @Nullable String pendingCommunities;

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

	ProviderProfileState(SealedText contactEmail, @Nullable SealedText contactSignal,
			@Nullable SealedText contactPhone, @Nullable SealedText openpgpKey, SealedText referees,
			@Nullable SealedText conflictOrganizations, Listing listing, @Nullable String pendingServices,
			@Nullable String pendingCommunities, Set<OfferedService> services, Set<SpokenLanguage> languages,
			Set<WorkCountry> countries, Set<ServedCommunity> communities, List<Pause> pauses) {
		this.contactEmail = contactEmail;
		this.contactSignal = contactSignal;
		this.contactPhone = contactPhone;
		this.openpgpKey = openpgpKey;
		this.referees = referees;
		this.conflictOrganizations = conflictOrganizations;
		this.listing = listing;
		this.pendingServices = pendingServices;
		this.pendingCommunities = pendingCommunities;
		this.services = new HashSet<>(services);
		this.languages = new HashSet<>(languages);
		this.countries = new HashSet<>(countries);
		this.communities = new HashSet<>(communities);
		this.pauses = new ArrayList<>(pauses);
	}

	// --- changes ----------------------------------------------------------------------------------------------------

	/** How to reach the provider, their referees and declared conflicts, as the profile says: sealed on saving. */
	final void applySealed(ProviderProfile profile) {
		contactEmail = SealedText.of(profile.contactEmail());
		contactSignal = sealedOrNull(profile.contactSignal());
		contactPhone = sealedOrNull(profile.contactPhone());
		openpgpKey = sealedOrNull(profile.openpgpKey());
		referees = SealedText.of(profile.referees());
		conflictOrganizations = sealedOrNull(profile.conflictOrganizations());
	}

	private static @Nullable SealedText sealedOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : SealedText.of(text);
	}

	/** What a new profile did to the offer. */
	enum OfferChange {

		/** The services and communities stay (languages and countries may have changed). */
		NONE,
		/** New services or communities apply at once. */
		APPLIED,
		/** New services or communities of a vetted provider wait for staff, and differ from any waiting before. */
		PROPOSED

	}

	/**
	 * The offer of a new profile. A vetted provider's changed services and communities wait for staff; everything
	 * else applies at once, and dropping back to the services offered drops any change waiting.
	 */
	final OfferChange changeOffer(ProviderProfile profile, boolean vetted) {
		boolean vettedFactsChanged = !ProviderCodes.encodeServices(profile.services())
			.equals(ProviderCodes.encodeServices(servicesByCode()))
				|| !ProviderCodes.encodeNames(profile.communities()).equals(ProviderCodes.encodeNames(communitySet()));
		applyUnvetted(profile);
		if (vetted && vettedFactsChanged) {
			String newServices = ProviderCodes.encodeServices(profile.services());
			String newCommunities = ProviderCodes.encodeNames(profile.communities());
			boolean differs = !newServices.equals(pendingServices) || !newCommunities.equals(pendingCommunities);
			pendingServices = newServices;
			pendingCommunities = newCommunities;
			return differs ? OfferChange.PROPOSED : OfferChange.NONE;
		}
		services = ProviderRows.services(profile.services());
		communities = ProviderRows.communities(profile.communities());
		pendingServices = null;
		pendingCommunities = null;
		return vettedFactsChanged ? OfferChange.APPLIED : OfferChange.NONE;
	}

	private void applyUnvetted(ProviderProfile profile) {
		languages = ProviderRows.languages(profile.languages());
		countries = ProviderRows.countries(profile.remoteCountries(), profile.inPersonCountries());
	}

	/** The proposed services and communities replace the offered ones. */
	final void applyChange() {
		if (pendingServices == null || pendingCommunities == null) {
			throw new InvalidInput("change", "directory.change.none");
		}
		services = ProviderRows.services(ProviderCodes.decodeServices(pendingServices));
		communities = ProviderRows.communities(ProviderCodes.decodeNames(pendingCommunities, Community.class));
		pendingServices = null;
		pendingCommunities = null;
	}

	final void dropChange() {
		if (pendingServices == null) {
			throw new InvalidInput("change", "directory.change.none");
		}
		pendingServices = null;
		pendingCommunities = null;
	}

	/** The provider changes what they show in the public directory; an offboarded provider cannot be listed. */
	final void list(Listing listing, boolean offboarded) {
		if (listing.listed() && offboarded) {
			throw new InvalidInput("listed", "directory.status.notAllowed");
		}
		this.listing = listing;
	}

	final void unlist() {
		listing = listing.unlisted();
	}

	/** Adds a dated pause; pauses that ended before {@code today} are dropped. At most 20 are kept. */
	public final void addPause(Pause pause, LocalDate today) {
		if (pause.endsOn().isBefore(today)) {
			throw new InvalidInput("endsOn", "directory.pause.past");
		}
		List<Pause> kept = new ArrayList<>(pauses.stream().filter(p -> !p.endsOn().isBefore(today)).toList());
		if (kept.size() >= 20) {
			throw new InvalidInput("startsOn", "directory.pause.tooMany");
		}
		kept.add(pause);
		kept.sort(Comparator.comparing(Pause::startsOn));
		pauses = kept;
	}

	public final void removePause(Pause pause) {
		if (!pauses.remove(pause)) {
			throw new InvalidInput("pause", "directory.pause.unknown");
		}
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public final SealedText contactEmail() {
		return contactEmail;
	}

	public final @Nullable SealedText contactSignal() {
		return contactSignal;
	}

	public final @Nullable SealedText contactPhone() {
		return contactPhone;
	}

	public final @Nullable SealedText openpgpKey() {
		return openpgpKey;
	}

	public final SealedText referees() {
		return referees;
	}

	public final @Nullable SealedText conflictOrganizations() {
		return conflictOrganizations;
	}

	/** The sealed contact and vetting texts, opened; null when absent or when the provider's keys are gone. */
	public final @Nullable String contactEmailText() {
		return SealedText.readable(contactEmail);
	}

	public final @Nullable String contactSignalText() {
		return SealedText.readable(contactSignal);
	}

	public final @Nullable String contactPhoneText() {
		return SealedText.readable(contactPhone);
	}

	public final @Nullable String refereesText() {
		return SealedText.readable(referees);
	}

	public final @Nullable String conflictOrganizationsText() {
		return SealedText.readable(conflictOrganizations);
	}

	public final Listing listing() {
		return listing;
	}

	public final Map<String, ServiceDepth> servicesByCode() {
		return services.stream().collect(Collectors.toMap(OfferedService::service, OfferedService::depth));
	}

	public final Map<String, LanguageLevel> languagesByCode() {
		return languages.stream().collect(Collectors.toMap(SpokenLanguage::language, SpokenLanguage::level));
	}

	public final Set<String> countries(CountryMode mode) {
		return countries.stream()
			.filter(c -> c.mode() == mode)
			.map(WorkCountry::country)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	public final Set<String> remoteCountries() {
		return countries(CountryMode.REMOTE);
	}

	public final Set<String> inPersonCountries() {
		return countries(CountryMode.IN_PERSON);
	}

	public final Set<Community> communitySet() {
		return communities.stream()
			.map(ServedCommunity::community)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Community.class)));
	}

	public final List<Pause> pauses() {
		return List.copyOf(pauses);
	}

	/** Whether a dated pause covers the day. */
	public final boolean pausedOn(LocalDate day) {
		return pauses.stream().anyMatch(p -> p.covers(day));
	}

	public final boolean hasPendingChange() {
		return pendingServices != null;
	}

	public final Map<String, ServiceDepth> pendingServices() {
		return pendingServices == null ? Map.of() : ProviderCodes.decodeServices(pendingServices);
	}

	public final Set<Community> pendingCommunities() {
		return pendingCommunities == null ? Set.of() : ProviderCodes.decodeNames(pendingCommunities, Community.class);
	}

}
