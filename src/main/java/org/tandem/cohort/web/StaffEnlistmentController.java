package org.tandem.cohort.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Enlistments;
import org.tandem.intake.Requests;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff's side of enlisting (ADR 0018): a request that asked for the programme is enrolled from its cohort's page —
 * the organization enrolled, added to the cohort and its person invited by a one-time link — and an existing request
 * is put into a cohort from its own page. Staff and administrators only (the cohort pages' rule).
 */
@Controller
class StaffEnlistmentController {

	private static final List<String> FIELDS = List.of("name", "kind", "sizeBand", "country", "email", "language");

	private final Enlistments enlistments;

	private final CohortService cohorts;

	private final Requests requests;

	StaffEnlistmentController(Enlistments enlistments, CohortService cohorts, Requests requests) {
		this.enlistments = enlistments;
		this.cohorts = cohorts;
		this.requests = requests;
	}

	@GetMapping("/staff/cohorts/{id}/enlisted/{requestId}")
	String proposal(@PathVariable UUID id, @PathVariable UUID requestId, Model model) {
		Enlistments.Proposal proposal = enlistments.proposal(id, requestId);
		return enrolPage(model, cohorts.get(id), proposal, EnrolmentForm.of(proposal));
	}

	@PostMapping("/staff/cohorts/{id}/enlisted/{requestId}")
	String enrol(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID requestId,
			@Valid @ModelAttribute("form") EnrolmentForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Enlistments.Proposal proposal = enlistments.proposal(id, requestId);
		Enlistments.@Nullable Enrolment enrolment = form.enrolment(binding);
		if (enrolment != null) {
			try {
				enlistments.enrol(id, requestId, enrolment, principal.accountId());
				return "redirect:/staff/cohorts/" + id + "?enrolled";
			}
			catch (InvalidInput invalid) {
				if (FIELDS.contains(invalid.field())) {
					binding.rejectValue(invalid.field(), invalid.messageKey());
				}
				else {
					binding.reject(invalid.messageKey());
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return enrolPage(model, cohorts.get(id), proposal, form);
	}

	private String enrolPage(Model model, Cohort cohort, Enlistments.Proposal proposal, EnrolmentForm form) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("proposal", proposal);
		model.addAttribute("form", form);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("sizes", SizeBand.values());
		model.addAttribute("languages", EnrolmentForm.LANGUAGES);
		return "cohort/staff-enrol";
	}

	@GetMapping("/staff/cohorts/enlist/{requestId}")
	String chooseCohort(@PathVariable UUID requestId, Model model) {
		return choicePage(model, requestId, null);
	}

	@PostMapping("/staff/cohorts/enlist/{requestId}")
	String enlist(@PathVariable UUID requestId, @RequestParam(required = false) @Nullable UUID cohort, Model model,
			HttpServletResponse response) {
		String error;
		try {
			if (cohort == null) {
				throw new InvalidInput("cohort", "cohort.enlisting.chooseCohort");
			}
			enlistments.enlistByStaff(requestId, cohort);
			return "redirect:/staff/cohorts/" + cohort + "#waiting";
		}
		catch (InvalidInput invalid) {
			error = invalid.messageKey();
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return choicePage(model, requestId, error);
	}

	private String choicePage(Model model, UUID requestId, @Nullable String error) {
		Requests.RequestSummary request = requests.find(requestId).orElseThrow(NotFoundException::new);
		model.addAttribute("request", request);
		model.addAttribute("cohorts", enlistments.open());
		model.addAttribute("enlisted", enlistments.enlisted(requestId).orElse(null));
		model.addAttribute("error", error);
		return "cohort/staff-enlist";
	}

}
