package org.tandem.evaluation.web;

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
import org.tandem.evaluation.NoteTag;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/** A plan's notes: write one (a tag and its text), read them newest first by cursor. */
@Controller
class EvaluationNotesController {

	private final EvaluationPlans plans;

	private final EvaluationPlanPages pages;

	EvaluationNotesController(EvaluationPlans plans, EvaluationPlanPages pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/evaluations/{id}/notes")
	String show(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String before, Model model, Locale locale) {
		return page(model, principal, id, before, Map.of("tag", "", "body", ""), Map.of(), locale);
	}

	@PostMapping("/evaluations/{id}/notes")
	String write(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String tag,
			@RequestParam(defaultValue = "") String body, Model model, Locale locale) {
		try {
			plans.write(id, principal.accountId(), tag(tag), body);
			return "redirect:/evaluations/" + id + "/notes?added";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, null,
					Map.of("tag", tag.length() > 40 ? "" : tag, "body", body.substring(0, Math.min(body.length(), 4_000))),
					Map.of(invalid.field(), invalid.messageKey()), locale);
		}
	}

	private String page(Model model, TandemPrincipal principal, UUID id, @Nullable String before,
			Map<String, String> typed, Map<String, String> errors, Locale locale) {
		PlanState state = plans.state(id, principal.accountId());
		pages.header(model, state, locale);
		EvaluationPlans.NotePage notes = plans.notes(id, principal.accountId(), before);
		model.addAttribute("notes", notes.notes());
		model.addAttribute("older", notes.before());
		model.addAttribute("first", before == null || before.isBlank());
		model.addAttribute("tags", NoteTag.values());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "evaluation/notes";
	}

	private static @Nullable NoteTag tag(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return NoteTag.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("tag", "evaluation.note.tag.required");
		}
	}

}
