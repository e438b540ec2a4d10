package org.tandem.evaluation.survey.web;

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
import org.tandem.evaluation.survey.Survey;
import org.tandem.evaluation.survey.SurveyResults;
import org.tandem.evaluation.survey.SurveySending;
import org.tandem.evaluation.survey.SurveyService;
import org.tandem.evaluation.survey.TargetKind;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Staff send a published survey to an engagement or a cohort by hand (by its id, as shown on its page), and read a
 * survey's results: counts from the tally only, through disclosure control.
 */
@Controller
class SurveySendController {

	private final SurveyService surveys;

	private final SurveySending sending;

	private final SurveyResults results;

	SurveySendController(SurveyService surveys, SurveySending sending, SurveyResults results) {
		this.surveys = surveys;
		this.sending = sending;
		this.results = results;
	}

	@PostMapping("/staff/surveys/{id}/send")
	String send(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "") String targetKind,
			@RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "BOTH") String audience,
			Model model) {
		Survey survey = surveys.get(id, principal.accountId());
		try {
			UUID targetId = parse(target);
			SurveySending.Audience who = SurveySending.Audience.valueOf(
					audience.matches("ORGANIZATION|PROVIDER|BOTH") ? audience : "BOTH");
			int sent = switch (targetKind) {
				case "ENGAGEMENT" -> sending.toEngagementByHand(id, principal.accountId(), targetId, who);
				case "COHORT" -> sending.toCohortByHand(id, principal.accountId(), targetId, who);
				default -> throw new InvalidInput("targetKind", "evaluation.survey.send.kindRequired");
			};
			return "redirect:/staff/surveys/" + survey.id() + "?sent=" + sent;
		}
		catch (InvalidInput invalid) {
			model.addAttribute("survey", survey);
			model.addAttribute("sendError", invalid.messageKey());
			model.addAttribute("sendField", invalid.field());
			model.addAttribute("typedTarget", target.length() > 100 ? target.substring(0, 100) : target);
			model.addAttribute("typedKind", targetKind);
			model.addAttribute("audiences", SurveySending.Audience.values());
			return "evaluation/survey/staff-send";
		}
	}

	@GetMapping("/staff/surveys/{id}/send")
	String sendPage(TandemPrincipal principal, @PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.get(id, principal.accountId()));
		model.addAttribute("sendError", null);
		model.addAttribute("sendField", "");
		model.addAttribute("typedTarget", "");
		model.addAttribute("typedKind", "ENGAGEMENT");
		model.addAttribute("audiences", SurveySending.Audience.values());
		return "evaluation/survey/staff-send";
	}

	@GetMapping("/staff/surveys/{id}/results")
	String results(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String target, Model model, Locale locale) {
		Survey survey = surveys.get(id, principal.accountId());
		TargetKind kind = "ENGAGEMENT".equals(target) ? TargetKind.ENGAGEMENT
				: "COHORT".equals(target) ? TargetKind.COHORT : null;
		model.addAttribute("survey", survey);
		model.addAttribute("surveyTitle", survey.title(locale.getLanguage()));
		model.addAttribute("results", results.of(survey, kind, locale.getLanguage()));
		model.addAttribute("target", kind == null ? "" : kind.name());
		model.addAttribute("targets", TargetKind.values());
		return "evaluation/survey/results";
	}

	private static UUID parse(String typed) {
		try {
			return UUID.fromString(typed.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("target", "evaluation.survey.send.unknownTarget");
		}
	}

	static Map<String, String> none() {
		return Map.of();
	}

}
