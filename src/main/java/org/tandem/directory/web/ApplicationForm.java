package org.tandem.directory.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.tandem.directory.domain.Agreement;
import org.tandem.directory.domain.ProviderApplications;
import org.tandem.directory.domain.ServiceTaxonomy;

/** The public application: a profile, capacity, the retention checklist and every agreement ticked. */
class ApplicationForm extends ProfileForm {

	@Valid
	private CapacityForm capacity = new CapacityForm();

	private RetentionForm retention = new RetentionForm();

	private List<Agreement> agreements = new ArrayList<>();

	/** The honeypot: hidden from people, filled in by some robots. */
	@Size(max = 200, message = "{validation.tooLong}")
	private String homepage = "";

	@Size(max = 64, message = "{validation.tooLong}")
	private String nonce = "";

	@Override
	void check(BindingResult binding, ServiceTaxonomy taxonomy) {
		super.check(binding, taxonomy);
		capacity.check(binding, "capacity.", getResidenceCountry());
		retention.check(binding, "retention.");
		if (!agreements.containsAll(EnumSet.allOf(Agreement.class))) {
			binding.rejectValue("agreements", "directory.apply.agreementsRequired");
		}
	}

	boolean honeypotFilled() {
		return !homepage.isEmpty();
	}

	ProviderApplications.Application application(Locale locale) {
		return new ProviderApplications.Application(profile(), capacity.capacity(), retention.practice(),
				EnumSet.copyOf(agreements.isEmpty() ? EnumSet.noneOf(Agreement.class) : agreements), locale);
	}

	public CapacityForm getCapacity() {
		return capacity;
	}

	public void setCapacity(CapacityForm capacity) {
		this.capacity = capacity;
	}

	public RetentionForm getRetention() {
		return retention;
	}

	public void setRetention(RetentionForm retention) {
		this.retention = retention;
	}

	public List<Agreement> getAgreements() {
		return agreements;
	}

	public void setAgreements(List<Agreement> agreements) {
		this.agreements = withoutNulls(agreements);
	}

	public String getHomepage() {
		return homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}

	public String getNonce() {
		return nonce;
	}

	public void setNonce(String nonce) {
		this.nonce = nonce;
	}

}
