package org.tandem.directory.web;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Community;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.platform.Regions;
import org.tandem.platform.WorkingLanguages;

/** The directory's filters from the query string; unknown values are ignored rather than refused. */
class DirectoryFilterForm {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private String service = "";

	private boolean specialist;

	private String language = "";

	private String country = "";

	private String region = "";

	private @Nullable Community community;

	private @Nullable ProviderStatus status;

	private boolean free;

	private int page;

	/** A name or reference, as typed (staff directory only). */
	private String q = "";

	DirectorySearch.Filter filter(ServiceTaxonomy taxonomy, Regions regions) {
		return new DirectorySearch.Filter(taxonomy.contains(service) ? service : null, specialist,
				WorkingLanguages.CODES.contains(language) ? language : null, COUNTRIES.contains(country) ? country : null,
				regions.get(region).isPresent() ? region : null, community, status, free,
				Math.max(0, Math.min(page, 10_000)), q.isBlank() ? null : q.strip());
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		// a name or reference is short; anything longer is cut rather than refused
		this.q = q.length() > 100 ? q.substring(0, 100) : q;
	}

	public String getService() {
		return service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public boolean isSpecialist() {
		return specialist;
	}

	public void setSpecialist(boolean specialist) {
		this.specialist = specialist;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public @Nullable Community getCommunity() {
		return community;
	}

	public void setCommunity(@Nullable Community community) {
		this.community = community;
	}

	public @Nullable ProviderStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable ProviderStatus status) {
		this.status = status;
	}

	public boolean isFree() {
		return free;
	}

	public void setFree(boolean free) {
		this.free = free;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

}
