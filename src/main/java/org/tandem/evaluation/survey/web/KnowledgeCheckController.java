package org.tandem.evaluation.survey.web;

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
import org.tandem.evaluation.survey.KnowledgeChecks;
import org.tandem.evaluation.survey.QuestionType;
import org.tandem.evaluation.survey.Survey;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * An engagement's knowledge checks: the list with the organization's scores before → after (for every participant),
 * and for the provider's side a new check, its questions, publishing and sending before or after the training. The
 * service answers "not found" to anyone who does not take part in the engagement.
 */
@Controller
class KnowledgeCheckController {

	private final KnowledgeChecks checks;

	KnowledgeCheckController(KnowledgeChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/engagements/{id}/knowledge-checks")
	String list(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		return listPage(model, principal, id, "", null);
	}

	@PostMapping("/engagements/{id}/knowledge-checks")
	String create(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			Model model, Locale locale) {
		try {
			Survey check = checks.create(id, principal.accountId(), locale.getLanguage(), title);
			return "redirect:/engagements/" + id + "/knowledge-checks/" + check.id();
		}
		catch (InvalidInput invalid) {
			return listPage(model, principal, id, title.length() > 300 ? title.substring(0, 300) : title, invalid);
		}
	}

	private String listPage(Model model, TandemPrincipal principal, UUID id, String typedTitle,
			@Nullable InvalidInput invalid) {
		List<Survey> all = checks.of(id, principal.accountId());
		model.addAttribute("engagementId", id);
		model.addAttribute("checks", all.stream()
			.map(check -> new Row(check, checks.scores(id, check.id(), principal.accountId())))
			.toList());
		model.addAttribute("writes", checks.writes(id, principal.accountId()));
		model.addAttribute("typedTitle", typedTitle);
		model.addAttribute("createError", invalid == null ? null : invalid.messageKey());
		return "evaluation/survey/knowledge-list";
	}

	@GetMapping("/engagements/{id}/knowledge-checks/{checkId}")
	String show(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID checkId, Model model) {
		return page(model, principal, id, checkId, null, Map.of());
	}

	@PostMapping("/engagements/{id}/knowledge-checks/{checkId}/questions")
	String add(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID checkId,
			@RequestParam Map<String, String> form, @RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			Map<String, String> typed = new java.util.HashMap<>(form);
			typed.put("type", QuestionType.KNOWLEDGE.name());
			checks.addQuestion(id, checkId, principal.accountId(), StaffSurveyController.input(typed), version);
			return "redirect:/engagements/" + id + "/knowledge-checks/" + checkId + "?saved";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, checkId, invalid, form);
		}
	}

	@PostMapping("/engagements/{id}/knowledge-checks/{checkId}/publish")
	String publish(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID checkId,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			checks.publish(id, checkId, principal.accountId(), version);
			return "redirect:/engagements/" + id + "/knowledge-checks/" + checkId + "?published";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, checkId, invalid, Map.of());
		}
	}

	@PostMapping("/engagements/{id}/knowledge-checks/{checkId}/send")
	String send(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID checkId,
			@RequestParam(defaultValue = "") String moment, Model model) {
		try {
			KnowledgeChecks.Moment when = "AFTER".equals(moment) ? KnowledgeChecks.Moment.AFTER
					: "BEFORE".equals(moment) ? KnowledgeChecks.Moment.BEFORE : null;
			if (when == null) {
				throw new InvalidInput("moment", "evaluation.survey.knowledge.momentRequired");
			}
			int sent = checks.send(id, checkId, principal.accountId(), when);
			return "redirect:/engagements/" + id + "/knowledge-checks/" + checkId + "?sent=" + sent;
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, checkId, invalid, Map.of());
		}
	}

	private String page(Model model, TandemPrincipal principal, UUID id, UUID checkId, @Nullable InvalidInput invalid,
			Map<String, String> typed) {
		Survey check = checks.get(id, checkId, principal.accountId());
		model.addAttribute("engagementId", id);
		model.addAttribute("check", check);
		model.addAttribute("checkTitle", check.title(check.content().first()));
		model.addAttribute("questions", QuestionView.of(check.content(), check.content().first()));
		model.addAttribute("scores", checks.scores(id, checkId, principal.accountId()));
		model.addAttribute("writes", checks.writes(id, principal.accountId()));
		model.addAttribute("error", invalid == null ? null
				: new StaffSurveyController.FieldError(invalid.field(), invalid.messageKey()));
		model.addAttribute("typed", typed);
		model.addAttribute("moments", KnowledgeChecks.Moment.values());
		return "evaluation/survey/knowledge-check";
	}

	/** A check and the organization's scores on it. */
	record Row(Survey check, KnowledgeChecks.Scores scores) {
	}

}
