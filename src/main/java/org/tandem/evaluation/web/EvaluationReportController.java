package org.tandem.evaluation.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanNote;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.report.EvaluationReports;
import org.tandem.evaluation.report.PlanReport;
import org.tandem.organization.Organizations;
import org.tandem.platform.TandemPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The printable PDF of an organization's evaluation, in the reader's language, for the plan's participants only (the
 * service's check on every request: anyone else gets "not found"). Made on each request in memory; no copy is kept.
 */
@Controller
class EvaluationReportController {

	private final EvaluationPlans plans;

	private final EvaluationOutcomeTitles titles;

	private final Organizations organizations;

	private final EvaluationReports reports;

	private final Clock clock;

	EvaluationReportController(EvaluationPlans plans, EvaluationOutcomeTitles titles, Organizations organizations,
			EvaluationReports reports, Clock clock) {
		this.plans = plans;
		this.titles = titles;
		this.organizations = organizations;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}/evaluation.pdf")
	void pdf(TandemPrincipal principal, @PathVariable UUID id, Locale locale, HttpServletResponse response)
			throws IOException {
		PlanState state = plans.state(id, principal.accountId());
		List<PlanReport.Outcome> outcomes = titles.rows(state, locale)
			.stream()
			.map(r -> new PlanReport.Outcome(r.title(), r.objective(), r.kindKey(), r.sourceKey()))
			.toList();
		List<PlanNote> notes = new ArrayList<>();
		String before = null;
		do {
			EvaluationPlans.NotePage page = plans.notes(id, principal.accountId(), before);
			notes.addAll(page.notes());
			before = page.before();
		}
		while (before != null && notes.size() < PlanReport.MOST_NOTES);
		boolean cut = notes.size() > PlanReport.MOST_NOTES || before != null;
		PlanReport report = new PlanReport(organizations.name(state.plan().organizationId()).orElse(""), state,
				outcomes, notes.subList(0, Math.min(notes.size(), PlanReport.MOST_NOTES)), cut, locale,
				clock.instant());
		byte[] pdf = reports.pdf(report);
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("evaluation.pdf").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

}
