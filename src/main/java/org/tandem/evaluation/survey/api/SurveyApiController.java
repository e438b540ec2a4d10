package org.tandem.evaluation.survey.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.account.Accounts;
import org.tandem.evaluation.survey.Survey;
import org.tandem.evaluation.survey.SurveyResults;
import org.tandem.evaluation.survey.SurveyService;
import org.tandem.evaluation.survey.SurveyStatus;
import org.tandem.evaluation.survey.TargetKind;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Published surveys and their results as JSON, for staff's tools (scope {@code surveys:read}): results come from the
 * tally only, through the same disclosure control as the pages; no answer, no organization, no person.
 */
@RestController
@RequestMapping(path = "/api/v1/surveys", produces = "application/json")
@Tag(name = "Surveys")
@SecurityRequirement(name = "accessToken")
class SurveyApiController {

	private final SurveyService surveys;

	private final SurveyResults results;

	private final Accounts accounts;

	SurveyApiController(SurveyService surveys, SurveyResults results, Accounts accounts) {
		this.surveys = surveys;
		this.results = results;
		this.accounts = accounts;
	}

	private UUID account(java.security.Principal caller) {
		return accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new).id();
	}

	@GetMapping
	@Operation(summary = "The published surveys, newest first",
			description = "Needs the scope surveys:read (staff). 20 per page, paged with a cursor: `before` in the "
					+ "answer, passed back as `before`; null on the last page. Titles in the caller's language "
					+ "(Accept-Language), falling back to English.")
	PageResponse list(java.security.Principal caller,
			@Parameter(description = "The page of older surveys: the `before` cursor of the page before") @RequestParam(required = false) @Nullable String before,
			Locale locale) {
		surveys.list(account(caller), null);
		SurveyService.Page page = surveys.published(before);
		return new PageResponse(page.surveys().stream().map(s -> summary(s, locale)).toList(), page.before());
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "A survey's counted answers, through disclosure control",
			description = "Needs the scope surveys:read (staff). Counts from respondents who agreed to be counted: "
					+ "nothing per question when fewer than k (5) respondents were counted; a cell under k is null; "
					+ "shown counts are rounded to the nearest 5. `target` limits to ENGAGEMENT or COHORT. 404 for an "
					+ "unknown survey.")
	ResultsResponse results(java.security.Principal caller, @PathVariable UUID id,
			@Parameter(description = "ENGAGEMENT or COHORT; all when absent") @RequestParam(required = false) @Nullable String target,
			Locale locale) {
		Survey survey = surveys.get(id, account(caller));
		TargetKind kind = "ENGAGEMENT".equals(target) ? TargetKind.ENGAGEMENT
				: "COHORT".equals(target) ? TargetKind.COHORT : null;
		SurveyResults.Results shown = results.of(survey, kind, locale.getLanguage());
		return new ResultsResponse(summary(survey, locale), shown.k(), shown.respondents(), shown.questions()
			.stream()
			.map(q -> new QuestionResponse(q.number(), q.type().name(), q.text(), q.promotersMinusDetractors(),
					q.rows().stream().map(r -> new CellResponse(r.bucket(), r.label(), r.count())).toList()))
			.toList());
	}

	private static SurveySummary summary(Survey survey, Locale locale) {
		return new SurveySummary(survey.id(), survey.familyId(), survey.version(), survey.status(),
				survey.title(survey.content().shownIn(locale.getLanguage())), survey.content().languages(),
				survey.content().questions().size(), survey.publishedAt());
	}

	record SurveySummary(UUID id, UUID familyId, int version, SurveyStatus status, String title,
			List<String> languages, int questions, @Nullable Instant publishedAt) {
	}

	record PageResponse(List<SurveySummary> surveys, @Nullable String before) {
	}

	record ResultsResponse(SurveySummary survey, int k, @Nullable Integer respondents, List<QuestionResponse> questions) {
	}

	record QuestionResponse(int number, String type, String text, @Nullable Integer promotersMinusDetractors,
			List<CellResponse> cells) {
	}

	/** One answer's count: null when fewer than k gave it. */
	record CellResponse(String bucket, String label, @Nullable Integer count) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		@Bean
		ApiPathRules surveyApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/surveys", "/api/v1/surveys/**")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_surveys:read"),
						AuthorityAuthorizationManager.hasAnyAuthority(Role.STAFF.authority(), Role.ADMIN.authority())));
		}

	}

}
