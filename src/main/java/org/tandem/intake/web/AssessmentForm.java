package org.tandem.intake.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.intake.domain.HelpRequest;
import org.tandem.intake.domain.RiskLevel;
import org.tandem.intake.domain.ServiceNeed;

/** The needs assessment as staff typed it. */
class AssessmentForm {

	private List<ServiceNeed> services = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	@Size(max = 8000, message = "{validation.tooLong}")
	private String context = "";

	@NotNull(message = "{intake.form.choose}")
	private @Nullable RiskLevel riskLevel;

	static AssessmentForm of(HelpRequest request) {
		AssessmentForm form = new AssessmentForm();
		HelpRequest.Assessment assessment = request.assessment();
		if (assessment == null) {
			form.languages = new ArrayList<>(request.workLanguages());
			return form;
		}
		form.services = new ArrayList<>(assessment.services());
		form.languages = new ArrayList<>(assessment.languages());
		form.context = assessment.context() == null ? "" : assessment.context();
		form.riskLevel = assessment.riskLevel();
		return form;
	}

	void check(BindingResult binding) {
		if (services.isEmpty()) {
			binding.rejectValue("services", "intake.assessment.servicesRequired");
		}
		languages = new ArrayList<>(new java.util.LinkedHashSet<>(languages));
		if (!RequestForm.LANGUAGES.containsAll(languages)) {
			binding.rejectValue("languages", "intake.form.languages.invalid");
		}
	}

	HelpRequest.Assessment assessment() {
		return new HelpRequest.Assessment(services.isEmpty() ? EnumSet.noneOf(ServiceNeed.class) : EnumSet.copyOf(services),
				languages, context.isBlank() ? null : context.strip(), riskLevel);
	}

	public List<ServiceNeed> getServices() {
		return services;
	}

	public void setServices(List<ServiceNeed> services) {
		this.services = services;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getContext() {
		return context;
	}

	public void setContext(String context) {
		this.context = context;
	}

	public @Nullable RiskLevel getRiskLevel() {
		return riskLevel;
	}

	public void setRiskLevel(@Nullable RiskLevel riskLevel) {
		this.riskLevel = riskLevel;
	}

}
