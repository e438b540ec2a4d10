package org.tandem.evaluation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.domain.RoundRefused;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemPrincipal;

/**
 * One round of a plan on one form for all its outcomes (no script needed): a score 1–5 and its justification (full)
 * or a light and its comment (light) per outcome; outcomes left empty stay as they are. A refused form comes back as
 * typed, with each outcome's message beside it; nothing of it was saved.
 */
@Controller
class EvaluationRoundController {

	private static final int TEXT_KEPT = 4_000;

	private final EvaluationPlans plans;

	private final EvaluationPlanPages pages;

	EvaluationRoundController(EvaluationPlans plans, EvaluationPlanPages pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/evaluations/{id}/rounds/{round}")
	String show(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int round, Model model,
			Locale locale) {
		PlanState state = plans.state(id, principal.accountId());
		Map<String, String> typed = new HashMap<>();
		state.scores().stream().filter(s -> s.round() == round).forEach(s -> {
			typed.put("score-" + s.outcomeId(), String.valueOf(s.score()));
			String text = s.justification();
			typed.put("text-" + s.outcomeId(), text == null ? "" : text);
		});
		return page(model, principal, state, round, typed, Map.of(), null, locale);
	}

	@PostMapping("/evaluations/{id}/rounds/{round}")
	String record(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int round,
			@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		PlanState state = plans.state(id, principal.accountId());
		List<EvaluationPlans.Entry> entries = new ArrayList<>();
		Map<String, String> typed = new HashMap<>();
		for (PlanOutcome outcome : state.outcomes()) {
			String score = form.getFirst("score-" + outcome.id());
			String text = form.getFirst("text-" + outcome.id());
			if (score == null && text == null) {
				continue;
			}
			typed.put("score-" + outcome.id(), score == null ? "" : score);
			typed.put("text-" + outcome.id(), text == null ? "" : text.substring(0, Math.min(text.length(), TEXT_KEPT)));
			entries.add(new EvaluationPlans.Entry(outcome.id(), value(score), text));
		}
		try {
			int saved = plans.record(id, principal.accountId(), round, entries);
			return "redirect:/evaluations/" + id + "?saved=" + saved;
		}
		catch (RoundRefused refused) {
			Map<String, String> errors = new HashMap<>();
			refused.problems().forEach((outcomeId, key) -> errors.put(outcomeId.toString(), key));
			return page(model, principal, state, round, typed, errors, "evaluation.score.problems", locale);
		}
		catch (InvalidInput invalid) {
			return page(model, principal, state, round, typed, Map.of(), invalid.messageKey(), locale);
		}
	}

	private String page(Model model, TandemPrincipal principal, PlanState state, int round, Map<String, String> typed,
			Map<String, String> errors, @org.jspecify.annotations.Nullable String refusal, Locale locale) {
		int last = state.plan().light() ? EvaluationPlans.LIGHT_ROUNDS : EvaluationPlans.FINAL;
		if (round < 1 || round > last) {
			throw new NotFoundException();
		}
		pages.header(model, state, locale);
		model.addAttribute("round", round);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal != null ? refusal : EvaluationPlans.roundRefusal(state, round));
		model.addAttribute("history", plans.history(state.plan().id(), principal.accountId(), round)
			.stream()
			.filter(s -> s.supersededAt() != null)
			.toList());
		return "evaluation/round";
	}

	private static @org.jspecify.annotations.Nullable Integer value(@org.jspecify.annotations.Nullable String score) {
		if (score == null || score.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(score.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

}
