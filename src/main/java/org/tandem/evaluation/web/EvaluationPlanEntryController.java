package org.tandem.evaluation.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Where an engagement's or a cohort organization's plan is reached: its plan when it has one, else the form that makes
 * it (either side may). Anyone who does not take part gets "not found".
 */
@Controller
class EvaluationPlanEntryController {

	private final EvaluationPlans plans;

	EvaluationPlanEntryController(EvaluationPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/engagements/{id}/evaluation")
	String ofEngagement(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return entry(plans.ofEngagement(id, principal.accountId()), "/engagements/" + id + "/evaluation", model);
	}

	@PostMapping("/engagements/{id}/evaluation")
	String makeForEngagement(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String midtermDueOn,
			@RequestParam(required = false) @Nullable String finalDueOn,
			@RequestParam(required = false) @Nullable String nextRoundDueOn, Model model) {
		Optional<EvaluationPlan> existing = plans.ofEngagement(id, principal.accountId());
		if (existing.isPresent()) {
			return "redirect:/evaluations/" + existing.get().id();
		}
		try {
			EvaluationPlan plan = plans.makeForEngagement(id, principal.accountId(),
					EvaluationPlanPages.dates(mode, midtermDueOn, finalDueOn, nextRoundDueOn));
			return "redirect:/evaluations/" + plan.id() + "?made";
		}
		catch (InvalidInput invalid) {
			return makePage(model, "/engagements/" + id + "/evaluation",
					EvaluationPlanPages.typed(mode, midtermDueOn, finalDueOn, nextRoundDueOn), invalid);
		}
	}

	@GetMapping("/cohorts/{cohortId}/organizations/{organizationId}/evaluation")
	String ofCohort(TandemPrincipal principal, @PathVariable UUID cohortId, @PathVariable UUID organizationId,
			Model model) {
		return entry(plans.ofCohort(cohortId, organizationId, principal.accountId()),
				"/cohorts/" + cohortId + "/organizations/" + organizationId + "/evaluation", model);
	}

	@PostMapping("/cohorts/{cohortId}/organizations/{organizationId}/evaluation")
	String makeForCohort(TandemPrincipal principal, @PathVariable UUID cohortId, @PathVariable UUID organizationId,
			@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String midtermDueOn,
			@RequestParam(required = false) @Nullable String finalDueOn,
			@RequestParam(required = false) @Nullable String nextRoundDueOn, Model model) {
		Optional<EvaluationPlan> existing = plans.ofCohort(cohortId, organizationId, principal.accountId());
		if (existing.isPresent()) {
			return "redirect:/evaluations/" + existing.get().id();
		}
		String path = "/cohorts/" + cohortId + "/organizations/" + organizationId + "/evaluation";
		try {
			EvaluationPlan plan = plans.makeForCohort(cohortId, organizationId, principal.accountId(),
					EvaluationPlanPages.dates(mode, midtermDueOn, finalDueOn, nextRoundDueOn));
			return "redirect:/evaluations/" + plan.id() + "?made";
		}
		catch (InvalidInput invalid) {
			return makePage(model, path, EvaluationPlanPages.typed(mode, midtermDueOn, finalDueOn, nextRoundDueOn), invalid);
		}
	}

	private String entry(Optional<EvaluationPlan> plan, String path, Model model) {
		if (plan.isPresent()) {
			return "redirect:/evaluations/" + plan.get().id();
		}
		return makePage(model, path, EvaluationPlanPages.typed(PlanMode.FULL.name(), null, null, null), null);
	}

	private String makePage(Model model, String path, Map<String, String> typed, @Nullable InvalidInput invalid) {
		model.addAttribute("action", path);
		model.addAttribute("typed", typed);
		model.addAttribute("modes", PlanMode.values());
		model.addAttribute("errors", invalid == null ? Map.of() : Map.of(invalid.field(), invalid.messageKey()));
		return "evaluation/make";
	}

}
