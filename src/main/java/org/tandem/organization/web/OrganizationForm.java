package org.tandem.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;

/** An organization's profile as typed by staff; kept as typed when the page comes back with an error. */
public class OrganizationForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String name = "";

	@Size(max = 500, message = "{validation.tooLong}")
	private String contact = "";

	@Size(max = 4000, message = "{validation.tooLong}")
	private String notes = "";

	@NotNull(message = "{validation.required}")
	private @Nullable OrganizationKind kind;

	@NotNull(message = "{validation.required}")
	private @Nullable SizeBand sizeBand;

	@Pattern(regexp = "^([A-Z]{2})?$", message = "{organization.country.invalid}")
	private String country = "";

	static OrganizationForm of(Organization.Profile profile) {
		OrganizationForm form = new OrganizationForm();
		form.name = profile.name();
		form.contact = profile.contact() == null ? "" : profile.contact();
		form.notes = profile.notes() == null ? "" : profile.notes();
		form.kind = profile.kind();
		form.sizeBand = profile.sizeBand();
		form.country = profile.country() == null ? "" : profile.country();
		return form;
	}

	/** Checks what annotations cannot: the country is a real ISO 3166 code. */
	void check(org.springframework.validation.BindingResult binding) {
		if (!country.isEmpty() && !binding.hasFieldErrors("country")
				&& !java.util.Set.of(java.util.Locale.getISOCountries()).contains(country)) {
			binding.rejectValue("country", "organization.country.invalid");
		}
	}

	Organization.Profile profile() {
		return new Organization.Profile(name.strip(), blankToNull(contact), blankToNull(notes),
				java.util.Objects.requireNonNull(kind), java.util.Objects.requireNonNull(sizeBand), blankToNull(country));
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
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

	public void setCountry(String country) {
		this.country = country;
	}

}
