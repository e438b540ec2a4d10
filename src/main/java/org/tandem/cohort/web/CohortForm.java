package org.tandem.cohort.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.cohort.domain.Cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A cohort's terms as staff typed them (days as yyyy-mm-dd, capacities as numbers), kept as typed when the page comes
 * back with an error; the coordinators only when it is planned. The version is the one the page showed.
 */
public class CohortForm {

	@NotBlank(message = "{cohort.name.required}")
	@Size(max = Cohort.NAME_LIMIT, message = "{cohort.name.tooLong}")
	private String name = "";

	@Size(max = Cohort.DESCRIPTION_LIMIT, message = "{cohort.description.tooLong}")
	private String description = "";

	@Size(max = 10, message = "{cohort.date.invalid}")
	private String startsOn = "";

	@Size(max = 10, message = "{cohort.date.invalid}")
	private String endsOn = "";

	@Size(max = 5, message = "{cohort.languages.invalid}")
	private List<String> languages = new ArrayList<>();

	@Size(max = 4, message = "{cohort.capacity.range}")
	private String organizationCapacity = "";

	@Size(max = 4, message = "{cohort.capacity.range}")
	private String providerCapacity = "";

	@Size(max = Cohort.COORDINATOR_LIMIT, message = "{cohort.coordinator.tooMany}")
	private List<String> coordinators = new ArrayList<>();

	private long version;

	/** A new cohort's form: the next six-month term from the first of next month, 10 organizations and providers. */
	static CohortForm fresh(LocalDate today, UUID coordinator) {
		CohortForm form = new CohortForm();
		LocalDate start = today.withDayOfMonth(1).plusMonths(1);
		form.startsOn = start.toString();
		form.endsOn = start.plusMonths(6).minusDays(1).toString();
		form.organizationCapacity = "10";
		form.providerCapacity = "10";
		form.coordinators.add(coordinator.toString());
		return form;
	}

	static CohortForm of(Cohort cohort) {
		CohortForm form = new CohortForm();
		form.name = cohort.name();
		form.description = cohort.description() == null ? "" : cohort.description();
		form.startsOn = cohort.startsOn().toString();
		form.endsOn = cohort.endsOn().toString();
		form.languages = new ArrayList<>(cohort.languages());
		form.organizationCapacity = String.valueOf(cohort.organizationCapacity());
		form.providerCapacity = String.valueOf(cohort.providerCapacity());
		form.version = cohort.version();
		return form;
	}

	/** The terms, or null after rejecting what cannot be read (a day, a number). */
	Cohort.@Nullable Terms terms(BindingResult binding) {
		LocalDate start = day(startsOn, "startsOn", binding);
		LocalDate end = day(endsOn, "endsOn", binding);
		Integer organizations = number(organizationCapacity, "organizationCapacity", binding);
		Integer providers = number(providerCapacity, "providerCapacity", binding);
		if (binding.hasErrors() || start == null || end == null || organizations == null || providers == null) {
			return null;
		}
		return new Cohort.Terms(name, description, start, end, new HashSet<>(languages), organizations, providers);
	}

	/** The coordinators chosen, or null after rejecting an id that is not one. */
	@Nullable
	Set<UUID> coordinatorIds(BindingResult binding) {
		Set<UUID> ids = new LinkedHashSet<>();
		try {
			coordinators.forEach(c -> ids.add(UUID.fromString(c.strip())));
		}
		catch (IllegalArgumentException notAnId) {
			binding.rejectValue("coordinators", "cohort.coordinator.notStaff");
			return null;
		}
		return ids;
	}

	private static @Nullable LocalDate day(String text, String field, BindingResult binding) {
		if (binding.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			binding.rejectValue(field, "cohort.date.invalid");
			return null;
		}
	}

	private static @Nullable Integer number(String text, String field, BindingResult binding) {
		if (binding.hasFieldErrors(field)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			binding.rejectValue(field, "cohort.capacity.range");
			return null;
		}
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getOrganizationCapacity() {
		return organizationCapacity;
	}

	public void setOrganizationCapacity(String organizationCapacity) {
		this.organizationCapacity = organizationCapacity;
	}

	public String getProviderCapacity() {
		return providerCapacity;
	}

	public void setProviderCapacity(String providerCapacity) {
		this.providerCapacity = providerCapacity;
	}

	public List<String> getCoordinators() {
		return coordinators;
	}

	public void setCoordinators(List<String> coordinators) {
		this.coordinators = coordinators;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
