package org.tandem.cohort.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.cohort.domain.Enlistments;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.ContactFormats;

/**
 * What staff confirm to enrol an organization that asked to join a cohort, prefilled from its request: the
 * organization's name, kind, size and country, and the address and language of the invitation to the person who will
 * speak for it.
 */
public class EnrolmentForm {

	/** The languages an invitation can be written in. */
	static final java.util.List<String> LANGUAGES = java.util.List.of("en", "es", "fr", "pt", "ar");

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name = "";

	@NotNull(message = "{intake.form.choose}")
	private @Nullable OrganizationKind kind;

	@NotNull(message = "{intake.form.choose}")
	private @Nullable SizeBand sizeBand;

	@Size(max = 2, message = "{validation.tooLong}")
	private String country = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email = "";

	@Size(max = 5, message = "{validation.tooLong}")
	private String language = "en";

	static EnrolmentForm of(Enlistments.Proposal proposal) {
		EnrolmentForm form = new EnrolmentForm();
		form.name = proposal.organizationName() == null ? "" : proposal.organizationName();
		form.kind = proposal.kind();
		form.country = proposal.country() == null ? "" : proposal.country();
		form.email = proposal.email() == null ? "" : proposal.email();
		form.language = LANGUAGES.contains(proposal.language()) ? proposal.language() : "en";
		return form;
	}

	/** The enrolment, or null when a field needs fixing (each error on its field). */
	Enlistments.@Nullable Enrolment enrolment(BindingResult binding) {
		if (!email.isBlank()) {
			ContactFormats.requireMatching(binding, "email", email, ContactFormats.EMAIL, "validation.email");
		}
		if (!country.isEmpty() && !java.util.Set.of(java.util.Locale.getISOCountries()).contains(country)) {
			binding.rejectValue("country", "organization.country.invalid");
		}
		if (!LANGUAGES.contains(language)) {
			binding.rejectValue("language", "intake.form.choose");
		}
		if (binding.hasErrors() || kind == null || sizeBand == null) {
			return null;
		}
		return new Enlistments.Enrolment(name.strip(), kind, sizeBand, country.isEmpty() ? null : country,
				email.strip(), java.util.Locale.forLanguageTag(language));
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public @Nullable OrganizationKind getKind() {
		return kind;
	}

	public void setKind(@Nullable OrganizationKind kind) {
		this.kind = kind;
	}

	public @Nullable SizeBand getSizeBand() {
		return sizeBand;
	}

	public void setSizeBand(@Nullable SizeBand sizeBand) {
		this.sizeBand = sizeBand;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country == null ? "" : country;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email == null ? "" : email;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language == null ? "" : language;
	}

}
