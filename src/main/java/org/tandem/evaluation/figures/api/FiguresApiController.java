package org.tandem.evaluation.figures.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.figures.ProgramFigures;
import org.tandem.evaluation.figures.ProgramReport;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The program figures as JSON, for staff, administrators and advisory members holding the scope
 * {@code figures:read}: the same cells as the page and its CSV files, each either shown (rounded) or hidden with
 * the reason, never the hidden number. One small answer; nothing to page.
 */
@RestController
@RequestMapping(path = "/api/v1/figures", produces = "application/json")
@Tag(name = "Program figures")
@SecurityRequirement(name = "accessToken")
class FiguresApiController {

	private final ProgramFigures figures;

	FiguresApiController(ProgramFigures figures) {
		this.figures = figures;
	}

	@GetMapping
	@Operation(summary = "The program's figures: counts only, through disclosure control",
			description = "Needs the scope figures:read (staff, administrators, advisory members). Requests per month "
					+ "(24 months, each with the same month a year before), confirmed handoffs per quarter by days to "
					+ "contact (8 quarters), follow-up answers per side, referrals of the last 12 months by source, "
					+ "cohorts closed per year with their organizations' completion, the satisfaction surveys' answers "
					+ "after engagements and after cohorts (8 quarters; satisfaction 1–5, would recommend 0–10 in the "
					+ "bands 0-6, 7-8, 9-10). A cell is shown rounded to the "
					+ "nearest 5, or hidden: FEWER_THAN_MINIMUM (fewer than minimumGroupSize) or PROTECTING_ANOTHER "
					+ "(it and the total would give away a hidden cell); a hidden cell's value is null.")
	FiguresResponse get() {
		ProgramReport report = figures.report();
		return new FiguresResponse(report.minimum(), report.lastMonth(),
				report.requests().stream()
					.map(m -> new MonthResponse(m.month(), CellResponse.of(m.requests()), CellResponse.of(m.yearBefore())))
					.toList(),
				report.handoffs().stream()
					.map(q -> new QuarterResponse(q.quarterStart(), CellResponse.of(q.byDays().total()),
							parts(ProgramReport.DAYS_BUCKETS, q.byDays())))
					.toList(),
				report.satisfaction().stream()
					.map(s -> new SatisfactionResponse(s.side(),
							parts(ProgramReport.USEFULNESS.stream().map(String::valueOf).toList(), s.usefulness()),
							CellResponse.of(s.usefulness().total()), parts(ProgramReport.RECOMMENDS, s.recommends()),
							CellResponse.of(s.recommends().total()), CellResponse.of(s.unanswered())))
					.toList(),
				new ReferralsResponse(report.referrals().from(), report.referrals().to(),
						parts(report.referrals().sources().stream().map(Enum::name).toList(), report.referrals().bySource()),
						CellResponse.of(report.referrals().bySource().total())),
				report.cohorts().stream()
					.map(y -> new CohortYearResponse(y.year(), CellResponse.of(y.closed()),
							CellResponse.of(y.completion().cells().get(0)), CellResponse.of(y.completion().cells().get(1)),
							CellResponse.of(y.completion().total())))
					.toList(),
				report.surveys().stream()
					.map(s -> new SurveyAnswersResponse(s.target(),
							parts(ProgramReport.SATISFACTION.stream().map(String::valueOf).toList(), s.satisfaction()),
							CellResponse.of(s.satisfaction().total()), parts(ProgramReport.RECOMMEND_BANDS, s.recommend()),
							CellResponse.of(s.recommend().total())))
					.toList());
	}

	private static List<PartResponse> parts(List<String> names, Disclosure.Group group) {
		return IntStream.range(0, names.size())
			.mapToObj(i -> new PartResponse(names.get(i), CellResponse.of(group.cells().get(i))))
			.toList();
	}

	/** A published count: its rounded value, or null with why it is hidden. */
	record CellResponse(@Nullable Long value, Disclosure.Visibility visibility) {

		static CellResponse of(Disclosure.Cell cell) {
			return new CellResponse(cell.isShown() ? cell.value() : null, cell.visibility());
		}

	}

	record PartResponse(String key, CellResponse count) {
	}

	record MonthResponse(YearMonth month, CellResponse requests, CellResponse yearBefore) {
	}

	record QuarterResponse(LocalDate quarterStart, CellResponse confirmed, List<PartResponse> byDaysToContact) {
	}

	record SatisfactionResponse(String side, List<PartResponse> usefulness, CellResponse usefulnessAnswered,
			List<PartResponse> recommends, CellResponse recommendsAnswered, CellResponse unanswered) {
	}

	record ReferralsResponse(YearMonth from, YearMonth to, List<PartResponse> bySource, CellResponse answered) {
	}

	record CohortYearResponse(int year, CellResponse closed, CellResponse completed, CellResponse left,
			CellResponse organizations) {
	}

	record SurveyAnswersResponse(String target, List<PartResponse> satisfaction, CellResponse satisfactionAnswered,
			List<PartResponse> recommend, CellResponse recommendAnswered) {
	}

	record FiguresResponse(int minimumGroupSize, YearMonth lastMonth, List<MonthResponse> requests,
			List<QuarterResponse> handoffs, List<SatisfactionResponse> satisfaction, ReferralsResponse referrals,
			List<CohortYearResponse> cohorts, List<SurveyAnswersResponse> surveys) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		private static final String[] ROLES = Arrays.stream(new Role[] { Role.STAFF, Role.ADMIN, Role.ADVISORY })
			.map(Role::authority)
			.toArray(String[]::new);

		@Bean
		ApiPathRules evaluationFiguresApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/figures")
				.access(AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_figures:read"),
						AuthorityAuthorizationManager.hasAnyAuthority(ROLES)));
		}

	}

}
