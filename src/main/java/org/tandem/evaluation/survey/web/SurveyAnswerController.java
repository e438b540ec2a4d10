package org.tandem.evaluation.survey.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.evaluation.survey.AnswerErrors;
import org.tandem.evaluation.survey.QuestionType;
import org.tandem.evaluation.survey.Survey;
import org.tandem.evaluation.survey.SurveyAnswers;
import org.tandem.evaluation.survey.SurveyContent;
import org.tandem.platform.CurrentPerson;
import org.tandem.platform.TandemPrincipal;

/**
 * Answering a survey, one page that works without JavaScript on a phone: from a mailed link (signed in or not), or
 * from the person's own list. What was typed stays on the page with a message beside each answer that needs one;
 * once sent, the answers are final.
 */
@Controller
class SurveyAnswerController {

	private final SurveyAnswers answers;

	private final CurrentPerson currentPerson;

	SurveyAnswerController(SurveyAnswers answers, CurrentPerson currentPerson) {
		this.answers = answers;
		this.currentPerson = currentPerson;
	}

	@GetMapping("/surveys")
	String mine(TandemPrincipal principal, @RequestParam(required = false) @Nullable String before, Model model,
			Locale locale) {
		List<SurveyAnswers.Listed> listed = answers.mine(principal.accountId(), before, locale.getLanguage());
		boolean more = listed.size() > org.tandem.evaluation.survey.SurveyService.PAGE_SIZE;
		List<SurveyAnswers.Listed> shown = more ? listed.subList(0, listed.size() - 1) : listed;
		model.addAttribute("invitations", shown);
		model.addAttribute("nextKey", more ? shown.get(shown.size() - 1).key() : null);
		return "evaluation/survey/mine";
	}

	@GetMapping("/surveys/answer/{token}")
	String byLink(@PathVariable String token, Model model, Locale locale) {
		return show(model, answers.byToken(token, signedIn()), "/surveys/answer/" + token, locale, Map.of(), Map.of(),
				null);
	}

	@PostMapping("/surveys/answer/{token}")
	String answerByLink(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
			Locale locale) {
		return send(model, answers.byToken(token, signedIn()), "/surveys/answer/" + token, form, locale);
	}

	@GetMapping("/surveys/invitations/{id}")
	String own(TandemPrincipal principal, @PathVariable UUID id, Model model, Locale locale) {
		return show(model, answers.own(id, principal.accountId()), "/surveys/invitations/" + id, locale, Map.of(),
				Map.of(), null);
	}

	@PostMapping("/surveys/invitations/{id}")
	String answerOwn(TandemPrincipal principal, @PathVariable UUID id, @RequestParam Map<String, String> form,
			Model model, Locale locale) {
		return send(model, answers.own(id, principal.accountId()), "/surveys/invitations/" + id, form, locale);
	}

	private String send(Model model, SurveyAnswers.Open open, String action, Map<String, String> form, Locale locale) {
		if (open.invitation().answered()) {
			return show(model, open, action, locale, Map.of(), Map.of(), null);
		}
		Map<String, String> typed = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.matches("q\\d{1,2}") && typed.size() < 50) {
				typed.put(key, value.length() > 10_000 ? value.substring(0, 10_000) : value);
			}
		});
		boolean counted = form.containsKey("counted");
		try {
			answers.answer(open, typed, counted);
			model.addAttribute("answeredTitle", open.survey().title(open.survey().content().shownIn(locale.getLanguage())));
			return "evaluation/survey/thanks";
		}
		catch (AnswerErrors errors) {
			return show(model, open, action, locale, typed, errors.errors(), counted);
		}
	}

	private String show(Model model, SurveyAnswers.Open open, String action, Locale locale, Map<String, String> typed,
			Map<String, String> errors, @Nullable Boolean counted) {
		Survey survey = open.survey();
		String shown = survey.content().shownIn(locale.getLanguage());
		answerModel(model, survey, shown, typed, errors, counted != null ? counted : open.sideCounted(),
				open.invitation().answered());
		model.addAttribute("preview", false);
		model.addAttribute("action", action);
		model.addAttribute("side", open.invitation().organizationId() != null ? "organization" : "provider");
		return "evaluation/survey/answer";
	}

	static void answerModel(Model model, Survey survey, String language, Map<String, String> typed,
			Map<String, String> errors, boolean counted, boolean answered) {
		model.addAttribute("survey", survey);
		model.addAttribute("surveyLanguage", language);
		model.addAttribute("surveyDirection", language.equals("ar") ? "rtl" : "ltr");
		model.addAttribute("surveyTitle", survey.content().title(language));
		model.addAttribute("surveyIntro", survey.content().intro(language));
		model.addAttribute("questions", QuestionView.of(survey.content(), language));
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("counted", counted);
		model.addAttribute("answered", answered);
		model.addAttribute("side", "organization");
		model.addAttribute("maxAnswer", SurveyAnswers.MAX_ANSWER);
		model.addAttribute("textType", QuestionType.TEXT);
		model.addAttribute("maxText", SurveyContent.MAX_TEXT);
	}

	private @Nullable UUID signedIn() {
		return currentPerson.of(SecurityContextHolder.getContext().getAuthentication())
			.map(TandemPrincipal::accountId)
			.orElse(null);
	}

}
