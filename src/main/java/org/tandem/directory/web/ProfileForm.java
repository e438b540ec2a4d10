package org.tandem.directory.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.domain.LanguageLevel;
import org.tandem.platform.OpenPgpKeys;
import org.tandem.directory.domain.Provider;
import org.tandem.directory.domain.ProviderKind;
import org.tandem.directory.domain.ProviderProfile;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.ContactFormats;
import org.tandem.platform.WorkingLanguages;

/** A provider's profile as a page edits it (the public application extends it). Everything typed is kept on error. */
class ProfileForm {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	@NotNull(message = "{directory.form.choose}")
	private @Nullable ProviderKind kind;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String displayName = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{validation.tooLong}")
	private String expertise = "";

	@Size(max = 300, message = "{validation.tooLong}")
	private String website = "";

	private String residenceCountry = "";

	private List<String> jurisdictions = new ArrayList<>();

	@Size(max = 254, message = "{validation.tooLong}")
	private String email = "";

	@Size(max = 60, message = "{validation.tooLong}")
	private String signal = "";

	@Size(max = 40, message = "{validation.tooLong}")
	private String phone = "";

	@Size(max = OpenPgpKeys.MAX_LENGTH, message = "{validation.tooLong}")
	private String openpgpKey = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 2000, message = "{validation.tooLong}")
	private String referees = "";

	@Size(max = 2000, message = "{validation.tooLong}")
	private String conflictOrganizations = "";

	private List<OrganizationKind> conflictSectors = new ArrayList<>();

	/** Service code to depth ({@code CAN_DO}, {@code SPECIALIST}) or empty for none. */
	private Map<String, String> services = new LinkedHashMap<>();

	/** Language code to level, or empty for none. */
	private Map<String, String> languages = new LinkedHashMap<>();

	private List<String> remoteCountries = new ArrayList<>();

	private List<String> inPersonCountries = new ArrayList<>();

	private boolean remoteAnywhere;

	private List<Community> communities = new ArrayList<>();

	/** Checks what annotations cannot: codes from the lists, formats, and choices that depend on each other. */
	void check(BindingResult binding, ServiceTaxonomy taxonomy) {
		if (!COUNTRIES.contains(residenceCountry)) {
			binding.rejectValue("residenceCountry", "directory.form.countryRequired");
		}
		if (jurisdictions.size() > 10 || !COUNTRIES.containsAll(jurisdictions)) {
			binding.rejectValue("jurisdictions", "organization.country.invalid");
		}
		if (!website.isBlank() && !website.strip().matches("https?://[^\\s<>\"]{3,290}")) {
			binding.rejectValue("website", "directory.form.website.invalid");
		}
		ContactFormats.requireMatching(binding, "email", email, ContactFormats.EMAIL, "validation.email");
		if (!signal.isBlank()) {
			ContactFormats.requireMatching(binding, "signal", signal, ContactFormats.SIGNAL, "intake.form.signal.invalid");
		}
		if (!phone.isBlank()) {
			ContactFormats.requireMatching(binding, "phone", phone, ContactFormats.PHONE, "intake.form.phone.invalid");
		}
		if (!openpgpKey.isBlank() && !binding.hasFieldErrors("openpgpKey")
				&& OpenPgpKeys.fingerprint(openpgpKey).isEmpty()) {
			binding.rejectValue("openpgpKey", "directory.form.openpgp.invalid");
		}
		Map<String, ServiceDepth> offered = offeredServices();
		if (services.entrySet().stream().anyMatch(e -> !taxonomy.contains(e.getKey()) || !validDepth(e.getValue()))) {
			binding.rejectValue("services", "directory.form.services.invalid");
		}
		else if (offered.isEmpty()) {
			binding.rejectValue("services", "directory.form.services.required");
		}
		if (languages.entrySet().stream().anyMatch(e -> !WorkingLanguages.CODES.contains(e.getKey()) || !validLevel(e.getValue()))) {
			binding.rejectValue("languages", "directory.form.languages.invalid");
		}
		else if (spokenLanguages().isEmpty()) {
			binding.rejectValue("languages", "directory.form.languages.required");
		}
		if (remoteCountries.size() > COUNTRIES.size() || !COUNTRIES.containsAll(remoteCountries)
				|| inPersonCountries.size() > COUNTRIES.size() || !COUNTRIES.containsAll(inPersonCountries)) {
			binding.rejectValue("remoteCountries", "organization.country.invalid");
		}
		else if (!remoteAnywhere && remoteCountries.isEmpty() && inPersonCountries.isEmpty()) {
			binding.rejectValue("remoteCountries", "directory.form.countries.required");
		}
	}

	private static boolean validDepth(@Nullable String value) {
		return value == null || value.isEmpty() || value.equals("CAN_DO") || value.equals("SPECIALIST");
	}

	private static boolean validLevel(@Nullable String value) {
		return value == null || value.isEmpty() || EnumSet.allOf(LanguageLevel.class).stream().anyMatch(l -> l.name().equals(value));
	}


	private Map<String, ServiceDepth> offeredServices() {
		Map<String, ServiceDepth> offered = new LinkedHashMap<>();
		services.forEach((code, depth) -> {
			if (depth != null && validDepth(depth) && !depth.isEmpty()) {
				offered.put(code, ServiceDepth.valueOf(depth));
			}
		});
		return offered;
	}

	private Map<String, LanguageLevel> spokenLanguages() {
		Map<String, LanguageLevel> spoken = new LinkedHashMap<>();
		languages.forEach((code, level) -> {
			if (level != null && !level.isEmpty() && validLevel(level)) {
				spoken.put(code, LanguageLevel.valueOf(level));
			}
		});
		return spoken;
	}

	/** The profile; only after {@link #check} found nothing wrong. */
	ProviderProfile profile() {
		return new ProviderProfile(java.util.Objects.requireNonNull(kind), displayName.strip(), expertise.strip(),
				blankToNull(website), residenceCountry, new HashSet<>(jurisdictions), email.strip(),
				blankToNull(signal), blankToNull(phone), blankToNull(openpgpKey), referees.strip(),
				blankToNull(conflictOrganizations), EnumSet.copyOf(withNone(conflictSectors, OrganizationKind.class)),
				offeredServices(), spokenLanguages(), new HashSet<>(remoteCountries), new HashSet<>(inPersonCountries),
				remoteAnywhere, new HashSet<>(communities));
	}

	private static <E extends Enum<E>> java.util.Collection<E> withNone(List<E> values, Class<E> type) {
		return values.isEmpty() ? EnumSet.noneOf(type) : values;
	}

	/** A list as bound from a request, without the nulls a crafted request can put in it. */
	static <T> List<T> withoutNulls(List<T> values) {
		List<T> kept = new ArrayList<>(values.size());
		for (T value : values) {
			if (value != null) {
				kept.add(value);
			}
		}
		return kept;
	}

	static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	/** Fills the form from the provider's record (sealed values opened). */
	void fill(Provider provider) {
		ProviderProfile profile = provider.profile();
		kind = profile.kind();
		displayName = profile.displayName();
		expertise = profile.expertise();
		website = orEmpty(profile.website());
		residenceCountry = profile.residenceCountry();
		jurisdictions = new ArrayList<>(profile.jurisdictions());
		email = profile.contactEmail();
		signal = orEmpty(profile.contactSignal());
		phone = orEmpty(profile.contactPhone());
		openpgpKey = orEmpty(profile.openpgpKey());
		referees = profile.referees();
		conflictOrganizations = orEmpty(profile.conflictOrganizations());
		conflictSectors = new ArrayList<>(profile.conflictSectors());
		Map<String, ServiceDepth> shown = provider.hasPendingChange() ? provider.pendingServices() : profile.services();
		services = new LinkedHashMap<>();
		shown.forEach((code, depth) -> services.put(code, depth.name()));
		languages = new LinkedHashMap<>();
		profile.languages().forEach((code, level) -> languages.put(code, level.name()));
		remoteCountries = new ArrayList<>(profile.remoteCountries());
		inPersonCountries = new ArrayList<>(profile.inPersonCountries());
		remoteAnywhere = profile.remoteAnywhere();
		communities = new ArrayList<>(provider.hasPendingChange() ? provider.pendingCommunities() : profile.communities());
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	// --- bean properties --------------------------------------------------------------------------------------------

	public @Nullable ProviderKind getKind() {
		return kind;
	}

	public void setKind(@Nullable ProviderKind kind) {
		this.kind = kind;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getExpertise() {
		return expertise;
	}

	public void setExpertise(String expertise) {
		this.expertise = expertise;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getResidenceCountry() {
		return residenceCountry;
	}

	public void setResidenceCountry(String residenceCountry) {
		this.residenceCountry = residenceCountry;
	}

	public List<String> getJurisdictions() {
		return jurisdictions;
	}

	public void setJurisdictions(List<String> jurisdictions) {
		this.jurisdictions = withoutNulls(jurisdictions);
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSignal() {
		return signal;
	}

	public void setSignal(String signal) {
		this.signal = signal;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getOpenpgpKey() {
		return openpgpKey;
	}

	public void setOpenpgpKey(String openpgpKey) {
		this.openpgpKey = openpgpKey;
	}

	public String getReferees() {
		return referees;
	}

	public void setReferees(String referees) {
		this.referees = referees;
	}

	public String getConflictOrganizations() {
		return conflictOrganizations;
	}

	public void setConflictOrganizations(String conflictOrganizations) {
		this.conflictOrganizations = conflictOrganizations;
	}

	public List<OrganizationKind> getConflictSectors() {
		return conflictSectors;
	}

	public void setConflictSectors(List<OrganizationKind> conflictSectors) {
		this.conflictSectors = withoutNulls(conflictSectors);
	}

	public Map<String, String> getServices() {
		return services;
	}

	public void setServices(Map<String, String> services) {
		this.services = services;
	}

	public Map<String, String> getLanguages() {
		return languages;
	}

	public void setLanguages(Map<String, String> languages) {
		this.languages = languages;
	}

	public List<String> getRemoteCountries() {
		return remoteCountries;
	}

	public void setRemoteCountries(List<String> remoteCountries) {
		this.remoteCountries = withoutNulls(remoteCountries);
	}

	public List<String> getInPersonCountries() {
		return inPersonCountries;
	}

	public void setInPersonCountries(List<String> inPersonCountries) {
		this.inPersonCountries = withoutNulls(inPersonCountries);
	}

	public boolean isRemoteAnywhere() {
		return remoteAnywhere;
	}

	public void setRemoteAnywhere(boolean remoteAnywhere) {
		this.remoteAnywhere = remoteAnywhere;
	}

	public List<Community> getCommunities() {
		return communities;
	}

	public void setCommunities(List<Community> communities) {
		this.communities = withoutNulls(communities);
	}

}
