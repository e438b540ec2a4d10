package org.tandem.matching.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.tandem.matching.domain.MatchNeeds;
import org.tandem.matching.engine.Channel;
import org.tandem.matching.engine.Fee;
import org.tandem.matching.engine.Importance;
import org.tandem.platform.TimeZones;
import org.tandem.platform.WorkingLanguages;

/** The request's needs profile as staff edit it. */
class NeedsForm {

	/** How far ahead the latest start may be set. */
	static final int MAX_DAYS_AHEAD = 366;

	private Map<String, String> services = new LinkedHashMap<>();

	private List<String> languages = new ArrayList<>();

	private boolean interpretation;

	private String timeZone = "";

	private List<String> communities = new ArrayList<>();

	private Fee budget = Fee.PRO_BONO;

	private String startBy = "";

	private List<Channel> channels = new ArrayList<>();

	private String excludedProviders = "";

	private List<String> excludedJurisdictions = new ArrayList<>();

	private long version = -1;

	static NeedsForm of(MatchNeeds.Profile profile, Function<UUID, String> referenceOf, long version) {
		NeedsForm form = new NeedsForm();
		profile.services().forEach((code, importance) -> form.services.put(code, importance.name()));
		form.languages = new ArrayList<>(profile.languages());
		form.interpretation = profile.interpretation();
		form.timeZone = TimeZones.selectable(profile.timeZone());
		form.communities = new ArrayList<>(profile.communities());
		form.budget = profile.budget();
		form.startBy = profile.startBy().toString();
		form.channels = new ArrayList<>(profile.channels());
		form.excludedProviders = String.join(", ", profile.excludedProviders().stream().map(referenceOf).toList());
		form.excludedJurisdictions = new ArrayList<>(profile.excludedJurisdictions());
		form.version = version;
		return form;
	}

	/**
	 * Checks the form and returns the profile, or null with the errors recorded.
	 *
	 * @param idOf a provider's id by reference, if there is such a provider
	 */
	MatchNeeds.@Nullable Profile profile(Errors errors, List<String> serviceCodes, List<String> communityCodes,
			LocalDate today, Function<String, @Nullable UUID> idOf) {
		Map<String, Importance> needed = new LinkedHashMap<>();
		for (String code : serviceCodes) {
			String value = services.getOrDefault(code, "");
			if (value.isEmpty()) {
				continue;
			}
			try {
				needed.put(code, Importance.valueOf(value));
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("services", "matching.needs.services.invalid");
			}
		}
		if (services.keySet().stream().anyMatch(code -> !serviceCodes.contains(code))) {
			errors.rejectValue("services", "matching.needs.services.invalid");
		}
		if (!WorkingLanguages.CODES.containsAll(languages)) {
			errors.rejectValue("languages", "matching.needs.languages.invalid");
		}
		if (languages.isEmpty() && !interpretation) {
			errors.rejectValue("languages", "matching.needs.languages.required");
		}
		if (!timeZone.isEmpty() && !TimeZones.known(timeZone)) {
			errors.rejectValue("timeZone", "matching.needs.timeZone.invalid");
		}
		if (!communityCodes.containsAll(communities)) {
			errors.rejectValue("communities", "matching.needs.communities.invalid");
		}
		LocalDate start = null;
		try {
			start = LocalDate.parse(startBy.strip());
			if (start.isBefore(today) || start.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
				errors.rejectValue("startBy", "matching.needs.startBy.range");
			}
		}
		catch (DateTimeParseException e) {
			errors.rejectValue("startBy", "matching.needs.startBy.invalid");
		}
		Set<UUID> excluded = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String reference : Arrays.stream(excludedProviders.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
			// a provider who has left the network is shown by id and stays excluded
			UUID id = reference.matches("[0-9a-fA-F-]{36}") ? UUID.fromString(reference)
					: idOf.apply(reference.toUpperCase(Locale.ROOT));
			if (id == null) {
				unknown.add(reference);
			}
			else {
				excluded.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue("excludedProviders", "matching.needs.excludedProviders.unknown",
					new Object[] { String.join(", ", unknown) }, null);
		}
		Set<String> countries = Set.of(Locale.getISOCountries());
		if (!countries.containsAll(excludedJurisdictions)) {
			errors.rejectValue("excludedJurisdictions", "matching.needs.jurisdictions.invalid");
		}
		if (errors.hasErrors() || start == null) {
			return null;
		}
		return new MatchNeeds.Profile(needed, new ArrayList<>(new LinkedHashSet<>(languages)), interpretation,
				timeZone.isEmpty() ? null : timeZone, new LinkedHashSet<>(communities), budget, start,
				channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels), excluded,
				new LinkedHashSet<>(excludedJurisdictions));
	}

	public Map<String, String> getServices() {
		return services;
	}

	public void setServices(Map<String, String> services) {
		this.services = services;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public boolean isInterpretation() {
		return interpretation;
	}

	public void setInterpretation(boolean interpretation) {
		this.interpretation = interpretation;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone == null ? "" : timeZone;
	}

	public List<String> getCommunities() {
		return communities;
	}

	public void setCommunities(List<String> communities) {
		this.communities = communities;
	}

	public Fee getBudget() {
		return budget;
	}

	public void setBudget(@Nullable Fee budget) {
		this.budget = budget == null ? Fee.PRO_BONO : budget;
	}

	public String getStartBy() {
		return startBy;
	}

	public void setStartBy(@Nullable String startBy) {
		this.startBy = startBy == null ? "" : startBy;
	}

	public List<Channel> getChannels() {
		return channels;
	}

	public void setChannels(List<Channel> channels) {
		this.channels = channels;
	}

	public String getExcludedProviders() {
		return excludedProviders;
	}

	public void setExcludedProviders(@Nullable String excludedProviders) {
		this.excludedProviders = excludedProviders == null ? "" : excludedProviders;
	}

	public List<String> getExcludedJurisdictions() {
		return excludedJurisdictions;
	}

	public void setExcludedJurisdictions(List<String> excludedJurisdictions) {
		this.excludedJurisdictions = excludedJurisdictions;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
