package org.tandem.directory.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.OpenPgpKeys;
import org.tandem.privacy.SealedText;

/**
 * The profile part of the provider aggregate that is stored as plain values on the provider's own row: who they are,
 * where they are established, the fingerprint of their OpenPGP key and the sectors they declared a conflict with.
 * Replaced whole when the provider changes their profile; the sealed texts are on the aggregate itself
 * ({@link ProviderProfileState}), where the privacy module seals them.
 *
 * @param jurisdictions the country of residence and any other jurisdiction, comma-separated
 * @param conflictSectors the organization kinds the provider declared a conflict with, comma-separated
 * @param remoteAnywhere whether the provider works remotely for any country
 */
public record ProviderDetails(String displayName, String expertise, @Nullable String website, String residenceCountry,
		String jurisdictions, @Nullable String openpgpFingerprint, String conflictSectors, boolean remoteAnywhere) {

	/** What the provider said of themselves; the key's fingerprint read from their key. */
	static ProviderDetails of(ProviderProfile profile) {
		Set<String> allJurisdictions = new TreeSet<>(profile.jurisdictions());
		allJurisdictions.add(profile.residenceCountry());
		return new ProviderDetails(profile.displayName(), profile.expertise(), profile.website(),
				profile.residenceCountry(), String.join(",", allJurisdictions), fingerprintOf(profile.openpgpKey()),
				ProviderCodes.encodeNames(profile.conflictSectors()), profile.remoteAnywhere());
	}

	/** The profile as the provider would edit it, with their sealed texts (opened) and what they offer. */
	ProviderProfile profile(ProviderKind kind, ProviderProfileState state) {
		return new ProviderProfile(kind, displayName, expertise, website, residenceCountry,
				jurisdictionSet().stream().filter(j -> !j.equals(residenceCountry)).collect(Collectors.toSet()),
				Objects.requireNonNullElse(state.contactEmailText(), ""), state.contactSignalText(),
				state.contactPhoneText(), SealedText.readable(state.openpgpKey()),
				Objects.requireNonNullElse(state.refereesText(), ""), state.conflictOrganizationsText(),
				conflictSectorSet(), state.servicesByCode(), state.languagesByCode(), state.remoteCountries(),
				state.inPersonCountries(), remoteAnywhere, state.communitySet());
	}

	/** Whether this profile brings another OpenPGP key (or none where there was one). */
	boolean keyChangedBy(ProviderProfile profile) {
		return !Objects.equals(fingerprintOf(profile.openpgpKey()), openpgpFingerprint);
	}

	boolean residenceChangedBy(ProviderProfile profile) {
		return !profile.residenceCountry().equals(residenceCountry);
	}

	/** The country of residence and any other jurisdiction. */
	public Set<String> jurisdictionSet() {
		return jurisdictions.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(jurisdictions.split(",")));
	}

	public Set<OrganizationKind> conflictSectorSet() {
		return ProviderCodes.decodeNames(conflictSectors, OrganizationKind.class);
	}

	/** The fingerprint in groups of four, or null without a key. */
	public @Nullable String readableFingerprint() {
		return openpgpFingerprint == null ? null : OpenPgpKeys.readable(openpgpFingerprint);
	}

	static @Nullable String fingerprintOf(@Nullable String key) {
		return key == null ? null : OpenPgpKeys.fingerprint(key).orElse(null);
	}

}
