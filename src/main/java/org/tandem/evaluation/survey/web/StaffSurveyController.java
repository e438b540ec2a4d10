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
import org.tandem.evaluation.survey.LikertScale;
import org.tandem.evaluation.survey.QuestionInput;
import org.tandem.evaluation.survey.QuestionType;
import org.tandem.evaluation.survey.Survey;
import org.tandem.evaluation.survey.SurveyContent;
import org.tandem.evaluation.survey.SurveyService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff build surveys: the list, a new draft, and a draft's page (its texts in each of its languages, its questions
 * one form each, a preview, publishing). A published survey is shown as it is, with a new version, retiring and
 * sending ({@link SurveySendController}). The service answers "not found" to anyone but staff.
 */
@Controller
class StaffSurveyController {

	private final SurveyService surveys;

	StaffSurveyController(SurveyService surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/staff/surveys")
	String list(TandemPrincipal principal, @RequestParam(required = false) @Nullable String before, Model model) {
		model.addAttribute("surveyPage", surveys.list(principal.accountId(), before));
		return "evaluation/survey/staff-list";
	}

	@GetMapping("/staff/surveys/new")
	String fresh(TandemPrincipal principal, Model model, Locale locale) {
		surveys.list(principal.accountId(), null);
		return newPage(model, "", List.of(locale.getLanguage().equals("en") ? "en" : locale.getLanguage()), null);
	}

	@PostMapping("/staff/surveys")
	String create(TandemPrincipal principal, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") List<String> languages, Model model) {
		try {
			Survey survey = surveys.create(principal.accountId(), languages.stream().limit(10).toList(), title);
			return "redirect:/staff/surveys/" + survey.id() + "?created";
		}
		catch (InvalidInput invalid) {
			return newPage(model, title, languages, invalid);
		}
	}

	private String newPage(Model model, String title, List<String> languages, @Nullable InvalidInput invalid) {
		model.addAttribute("typedTitle", title);
		model.addAttribute("chosen", languages);
		model.addAttribute("languages", SurveyContent.LANGUAGES);
		model.addAttribute("errors", invalid == null ? Map.of() : Map.of(invalid.field(), invalid.messageKey()));
		return "evaluation/survey/staff-new";
	}

	@GetMapping("/staff/surveys/{id}")
	String show(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Model model) {
		return page(model, principal, id, language, null, null, Map.of());
	}

	@PostMapping("/staff/surveys/{id}/texts")
	String texts(TandemPrincipal principal, @PathVariable UUID id, @RequestParam String language,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String intro,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			surveys.texts(id, principal.accountId(), language, title, intro, version);
			return saved(id, language);
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, language, "texts", invalid, Map.of("title", title, "intro", intro));
		}
	}

	@PostMapping("/staff/surveys/{id}/questions")
	String add(TandemPrincipal principal, @PathVariable UUID id, @RequestParam String language,
			@RequestParam Map<String, String> form, @RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			surveys.addQuestion(id, principal.accountId(), language, input(form), version);
			return saved(id, language);
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, language, "add", invalid, form);
		}
	}

	@PostMapping("/staff/surveys/{id}/questions/{number}")
	String change(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int number,
			@RequestParam String language, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "-1") long version, Model model) {
		try {
			surveys.changeQuestion(id, principal.accountId(), number, language, input(form), version);
			return saved(id, language);
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, language, "q" + number, invalid, form);
		}
	}

	@PostMapping("/staff/surveys/{id}/questions/{number}/remove")
	String remove(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int number,
			@RequestParam(defaultValue = "en") String language, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		try {
			surveys.removeQuestion(id, principal.accountId(), number, version);
			return saved(id, language);
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, language, "status", invalid, Map.of());
		}
	}

	@PostMapping("/staff/surveys/{id}/questions/{number}/up")
	String up(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int number,
			@RequestParam(defaultValue = "en") String language, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		try {
			surveys.moveUp(id, principal.accountId(), number, version);
			return saved(id, language);
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, language, "status", invalid, Map.of());
		}
	}

	@PostMapping("/staff/surveys/{id}/publish")
	String publish(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		try {
			surveys.publish(id, principal.accountId(), version);
			return "redirect:/staff/surveys/" + id + "?published";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, null, "status", invalid, Map.of());
		}
	}

	@PostMapping("/staff/surveys/{id}/retire")
	String retire(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		try {
			surveys.retire(id, principal.accountId(), version);
			return "redirect:/staff/surveys/" + id + "?retired";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, null, "status", invalid, Map.of());
		}
	}

	@PostMapping("/staff/surveys/{id}/version")
	String newVersion(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		try {
			return "redirect:/staff/surveys/" + surveys.newVersion(id, principal.accountId()).id() + "?versioned";
		}
		catch (InvalidInput invalid) {
			return page(model, principal, id, null, "status", invalid, Map.of());
		}
	}

	@GetMapping("/staff/surveys/{id}/preview")
	String preview(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			Model model, Locale locale) {
		Survey survey = surveys.get(id, principal.accountId());
		String shown = survey.content().shownIn(language != null ? language : locale.getLanguage());
		SurveyAnswerController.answerModel(model, survey, shown, Map.of(), Map.of(), false, false);
		model.addAttribute("preview", true);
		model.addAttribute("action", "/staff/surveys/" + id);
		return "evaluation/survey/answer";
	}

	private String page(Model model, TandemPrincipal principal, UUID id, @Nullable String language,
			@Nullable String failedForm, @Nullable InvalidInput invalid, Map<String, String> typed) {
		Survey survey = surveys.get(id, principal.accountId());
		String editing = language != null && survey.content().languages().contains(language) ? language
				: survey.content().first();
		model.addAttribute("survey", survey);
		model.addAttribute("editing", editing);
		model.addAttribute("first", survey.content().first());
		model.addAttribute("questions", QuestionView.of(survey.content(), editing));
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("scales", LikertScale.values());
		model.addAttribute("failedForm", failedForm == null ? "" : failedForm);
		model.addAttribute("error", invalid == null ? null : new FieldError(invalid.field(), invalid.messageKey()));
		model.addAttribute("typed", typed);
		model.addAttribute("maxText", SurveyContent.MAX_TEXT);
		model.addAttribute("audiences", org.tandem.evaluation.survey.SurveySending.Audience.values());
		return "evaluation/survey/staff-survey";
	}

	private static String saved(UUID id, String language) {
		return "redirect:/staff/surveys/" + id + "?language=" + (SurveyContent.LANGUAGES.contains(language) ? language : "en")
				+ "&saved";
	}

	static QuestionInput input(Map<String, String> form) {
		QuestionType type = null;
		LikertScale scale = null;
		try {
			type = QuestionType.valueOf(form.getOrDefault("type", ""));
		}
		catch (IllegalArgumentException e) {
			// reported as missing
		}
		try {
			scale = LikertScale.valueOf(form.getOrDefault("scale", ""));
		}
		catch (IllegalArgumentException e) {
			// the default scale
		}
		return new QuestionInput(type, limit(form.get("text")), limit(form.get("options")), limit(form.get("correct")),
				form.containsKey("required"), scale);
	}

	private static String limit(@Nullable String typed) {
		return typed == null ? "" : typed.length() > 10_000 ? typed.substring(0, 10_000) : typed;
	}

	/** The field a refusal is about and its message. */
	record FieldError(String field, String messageKey) {
	}

}
