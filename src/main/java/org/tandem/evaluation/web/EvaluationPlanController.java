package org.tandem.evaluation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.NoteTag;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.report.PlanCharts;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Pdf;
import org.tandem.platform.TandemPrincipal;

/**
 * A plan's page (its outcomes, rounds, figures as tables and its notes' counts) and the page that changes its mode and
 * dates. Every handler goes through the service with the signed-in account.
 */
@Controller
class EvaluationPlanController {

	private final EvaluationPlans plans;

	private final EvaluationPlanPages pages;

	private final MessageSource messages;

	EvaluationPlanController(EvaluationPlans plans, EvaluationPlanPages pages, MessageSource messages) {
		this.plans = plans;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String saved, Model model, Locale locale) {
		model.addAttribute("savedCount", count(saved));
		PlanState state = plans.state(id, principal.accountId());
		List<EvaluationOutcomeTitles.Row> rows = pages.header(model, state, locale);
		model.addAttribute("charts", PlanCharts.of(state, rows.stream().map(EvaluationOutcomeTitles.Row::title).toList(),
				(key, arguments) -> messages.getMessage(key, arguments, locale), Pdf.rightToLeft(locale)));
		if (state.plan().light()) {
			model.addAttribute("lightFigures", state.lightFigures());
		}
		else {
			model.addAttribute("figures", state.fullFigures());
		}
		Map<NoteTag, Long> counts = plans.noteCounts(id, principal.accountId());
		model.addAttribute("noteCounts", counts);
		model.addAttribute("noteTags", NoteTag.values());
		model.addAttribute("scored", state.scored());
		return "evaluation/plan";
	}

	private static @Nullable Integer count(@Nullable String saved) {
		if (saved == null || saved.isBlank() || saved.length() > 3) {
			return null;
		}
		try {
			return Math.max(0, Integer.parseInt(saved));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	@GetMapping("/evaluations/{id}/settings")
	String settings(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		PlanState state = plans.state(id, principal.accountId());
		return settingsPage(model, state, EvaluationPlanPages.typed(state.plan()), state.plan().version(), null, locale);
	}

	@PostMapping("/evaluations/{id}/settings")
	String change(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String midtermDueOn,
			@RequestParam(required = false) @Nullable String finalDueOn,
			@RequestParam(required = false) @Nullable String nextRoundDueOn,
			@RequestParam(defaultValue = "-1") long version, Model model, Locale locale) {
		PlanState state = plans.state(id, principal.accountId());
		try {
			plans.change(id, principal.accountId(), EvaluationPlanPages.dates(mode, midtermDueOn, finalDueOn, nextRoundDueOn),
					version);
			return "redirect:/evaluations/" + id + "?saved";
		}
		catch (InvalidInput invalid) {
			if (invalid.messageKey().equals("evaluation.plan.stale")) {
				return settingsPage(model, state, EvaluationPlanPages.typed(state.plan()), state.plan().version(), invalid,
						locale);
			}
			return settingsPage(model, state, EvaluationPlanPages.typed(mode, midtermDueOn, finalDueOn, nextRoundDueOn),
					version, invalid, locale);
		}
	}

	private String settingsPage(Model model, PlanState state, Map<String, String> typed, long version,
			@Nullable InvalidInput invalid, Locale locale) {
		pages.header(model, state, locale);
		model.addAttribute("typed", typed);
		model.addAttribute("version", version);
		model.addAttribute("modes", PlanMode.values());
		model.addAttribute("scored", state.scored());
		model.addAttribute("errors", invalid == null ? Map.of() : Map.of(invalid.field(), invalid.messageKey()));
		return "evaluation/plan-settings";
	}

}
