package org.tandem.evaluation.web;

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
import org.tandem.evaluation.framework.Framework;
import org.tandem.evaluation.framework.HubOutcomes;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/** The framework for anyone signed in, and the hub's own outcomes for administrators to add, retire and remove. */
@Controller
class EvaluationFrameworkController {

	private final Framework framework;

	private final HubOutcomes hubOutcomes;

	EvaluationFrameworkController(Framework framework, HubOutcomes hubOutcomes) {
		this.framework = framework;
		this.hubOutcomes = hubOutcomes;
	}

	@GetMapping("/evaluation/framework")
	String framework(Model model) {
		model.addAttribute("objectives", Framework.OBJECTIVES);
		model.addAttribute("outcomes", framework.outcomes());
		model.addAttribute("hubOutcomes", hubOutcomes.current());
		return "evaluation/framework";
	}

	@GetMapping("/admin/outcomes")
	String admin(Model model, Locale locale) {
		return adminPage(model, Map.of(), Map.of(), locale);
	}

	@PostMapping("/admin/outcomes")
	String add(TandemPrincipal principal, @RequestParam(defaultValue = "0") String objective,
			@RequestParam(required = false) @Nullable String kind, @RequestParam Map<String, String> form,
			Model model, Locale locale) {
		Map<String, String> wording = new java.util.HashMap<>();
		for (String language : Framework.LANGUAGES) {
			String text = form.get("wording_" + language);
			if (text != null) {
				wording.put(language, text);
			}
		}
		try {
			int number;
			try {
				number = Integer.parseInt(objective);
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("objective", "evaluation.outcome.objective.invalid");
			}
			OutcomeKind parsed = null;
			if (kind != null && !kind.isBlank()) {
				try {
					parsed = OutcomeKind.valueOf(kind);
				}
				catch (IllegalArgumentException e) {
					throw new InvalidInput("kind", "evaluation.outcome.kind.invalid");
				}
			}
			hubOutcomes.add(principal.accountId(), number, parsed, wording);
			return "redirect:/admin/outcomes?added";
		}
		catch (InvalidInput invalid) {
			Map<String, String> typed = new java.util.HashMap<>();
			wording.forEach((language, text) -> typed.put("wording_" + language,
					text.substring(0, Math.min(text.length(), 2_000))));
			typed.put("objective", objective.length() > 2 ? "" : objective);
			typed.put("kind", kind == null || kind.length() > 20 ? "" : kind);
			String field = invalid.field().startsWith("wording") ? "wording_" + invalid.field().substring(7, 9)
				.toLowerCase(java.util.Locale.ROOT) : invalid.field();
			return adminPage(model, Map.of(field, invalid.messageKey()), typed, locale);
		}
	}

	@PostMapping("/admin/outcomes/{id}/retire")
	String retire(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "true") boolean retire) {
		hubOutcomes.retire(principal.accountId(), id, retire);
		return "redirect:/admin/outcomes?changed";
	}

	@PostMapping("/admin/outcomes/{id}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		try {
			hubOutcomes.remove(principal.accountId(), id);
			return "redirect:/admin/outcomes?changed";
		}
		catch (InvalidInput invalid) {
			return adminPage(model, Map.of(id.toString(), invalid.messageKey()), Map.of(), locale);
		}
	}

	private String adminPage(Model model, Map<String, String> errors, Map<String, String> typed, Locale locale) {
		Map<String, String> names = new java.util.HashMap<>();
		Framework.LANGUAGES.forEach(l -> names.put(l, Locale.forLanguageTag(l).getDisplayLanguage(locale)));
		model.addAttribute("languageNames", names);
		model.addAttribute("hubOutcomes", hubOutcomes.all());
		model.addAttribute("objectives", Framework.OBJECTIVES);
		model.addAttribute("kinds", OutcomeKind.values());
		model.addAttribute("languages", Framework.LANGUAGES);
		model.addAttribute("inUse", hubOutcomes.all().stream().filter(h -> hubOutcomes.inUse(h.id())).map(h -> h.id()).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "evaluation/admin-outcomes";
	}

}
