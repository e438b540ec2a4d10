package org.tandem.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.framework.Framework;
import org.tandem.evaluation.framework.HubOutcomes;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * A plan's outcomes: pick from the framework or the hub's, reword one for this organization, add one of the
 * organization's own with its SMART checklist, remove one never scored. Both sides of the plan may; a refused form
 * comes back with what was typed and the message beside the field.
 */
@Controller
class EvaluationOutcomesController {

	private static final int TYPED_LIMIT = 4_000;

	private final EvaluationPlans plans;

	private final EvaluationPlanPages pages;

	private final Framework framework;

	private final HubOutcomes hubOutcomes;

	EvaluationOutcomesController(EvaluationPlans plans, EvaluationPlanPages pages, Framework framework, HubOutcomes hubOutcomes) {
		this.plans = plans;
		this.pages = pages;
		this.framework = framework;
		this.hubOutcomes = hubOutcomes;
	}

	@GetMapping("/evaluations/{id}/outcomes")
	String show(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		return page(model, principal, id, Map.of(), Map.of(), locale);
	}

	@PostMapping("/evaluations/{id}/outcomes/pick")
	String pick(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String choice,
			@RequestParam(required = false) @Nullable String wording, Model model, Locale locale) {
		try {
			if (choice.startsWith("F:")) {
				plans.addFromFramework(id, principal.accountId(), choice.substring(2), wording);
			}
			else if (choice.startsWith("H:")) {
				plans.addFromHub(id, principal.accountId(), parse(choice.substring(2)), wording);
			}
			else {
				throw new InvalidInput("code", "evaluation.outcome.unknown");
			}
			return "redirect:/evaluations/" + id + "/outcomes?added";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, Map.of("pick." + invalid.field(), invalid.messageKey()),
					Map.of("pick.choice", bounded(choice), "pick.wording", bounded(wording)), locale);
		}
	}

	@PostMapping("/evaluations/{id}/outcomes/custom")
	String custom(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") String objective, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String wording,
			@RequestParam(required = false) @Nullable List<String> smart, Model model, Locale locale) {
		try {
			plans.addCustom(id, principal.accountId(), number(objective), kind(kind), wording, smart(smart));
			return "redirect:/evaluations/" + id + "/outcomes?added";
		}
		catch (InvalidInput invalid) {
			Map<String, String> typed = new HashMap<>();
			typed.put("custom.objective", bounded(objective));
			typed.put("custom.kind", bounded(kind));
			typed.put("custom.wording", bounded(wording));
			typed.put("custom.smart", smart == null ? "" : String.join(" ", smart.subList(0, Math.min(5, smart.size()))));
			return page(model, principal, id, Map.of("custom." + invalid.field(), invalid.messageKey()), typed,
					locale);
		}
	}

	@PostMapping("/evaluations/{id}/outcomes/{outcomeId}")
	String reword(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID outcomeId,
			@RequestParam(required = false) @Nullable String wording,
			@RequestParam(required = false) @Nullable List<String> smart,
			@RequestParam(defaultValue = "-1") long version, Model model, Locale locale) {
		try {
			plans.reword(id, outcomeId, principal.accountId(), wording, smart(smart), version);
			return "redirect:/evaluations/" + id + "/outcomes?saved#outcome-" + outcomeId;
		}
		catch (InvalidInput invalid) {
			if (invalid.messageKey().equals("evaluation.outcome.stale")) {
				return page(model, principal, id, Map.of(outcomeId + ".wording", invalid.messageKey()), Map.of(),
						locale);
			}
			return page(model, principal, id, Map.of(outcomeId + ".wording", invalid.messageKey()),
					Map.of(outcomeId + ".wording", bounded(wording), outcomeId + ".version", String.valueOf(version)),
					locale);
		}
	}

	@PostMapping("/evaluations/{id}/outcomes/{outcomeId}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID outcomeId, Model model,
			Locale locale) {
		try {
			plans.remove(id, outcomeId, principal.accountId());
			return "redirect:/evaluations/" + id + "/outcomes?removed";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, Map.of(outcomeId + ".wording", invalid.messageKey()), Map.of(), locale);
		}
	}

	private String page(Model model, TandemPrincipal principal, UUID id, Map<String, String> errors,
			Map<String, String> typed, Locale locale) {
		PlanState state = plans.state(id, principal.accountId());
		pages.header(model, state, locale);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("framework", framework.outcomes());
		model.addAttribute("objectives", Framework.OBJECTIVES);
		model.addAttribute("hubOutcomes", hubOutcomes.current());
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("smartItems", List.of("specific", "measurable", "achievable", "relevant", "timeBound"));
		model.addAttribute("held", state.outcomes().stream().map(o -> o.source() + ":" + o.code()).toList());
		model.addAttribute("scoredOutcomes",
				state.scores().stream().map(s -> s.outcomeId()).distinct().toList());
		return "evaluation/outcomes";
	}

	private static String bounded(@Nullable String text) {
		return text == null ? "" : text.substring(0, Math.min(text.length(), TYPED_LIMIT));
	}

	private static UUID parse(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("code", "evaluation.outcome.unknown");
		}
	}

	private static int number(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("objective", "evaluation.outcome.objective.invalid");
		}
	}

	private static @Nullable OutcomeKind kind(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OutcomeKind.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("kind", "evaluation.outcome.kind.invalid");
		}
	}

	private static PlanOutcome.Smart smart(@Nullable List<String> ticked) {
		List<String> t = ticked == null ? List.of() : ticked;
		return new PlanOutcome.Smart(t.contains("specific"), t.contains("measurable"), t.contains("achievable"),
				t.contains("relevant"), t.contains("timeBound"));
	}


}
