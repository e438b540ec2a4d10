package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.audit.report.AuditReportLayoutTests.plain;
import static org.tandem.audit.report.AuditReportLayoutTests.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.evaluation.domain.EvaluationPlans.Entry;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.report.EvaluationReports;
import org.tandem.evaluation.report.PlanReport;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;

/**
 * The organization's evaluation PDF, made through the route by a participant and read back with PDFBox in English,
 * Spanish and Arabic (right to left, compared after normalization as the audit's reports are): the outcomes with
 * their wording, each round's scores and justifications, the figures, the bars, the notes with their tags and the
 * framework's credit; a light plan's lights in words; a justification with markup shows as text, inert.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationPdfTests extends EvaluationTestSupport {

	static final String ARABIC = "canary-لا يوجد دليل مكتوب";

	static final String MARKUP = "canary-<script>alert(1)</script><b>bold</b>";

	@Autowired
	EvaluationReports reports;

	@Test
	void thePdfReadsBackInEnglishWithEverything() {
		UUID plan = EvaluationChartsWebTests.scoredFullPlan(this, "canary-There is no manual");
		plans.write(plan, member.id(), NoteTag.TURNOVER, "canary-two reporters left");
		plans.write(plan, providerAccount, NoteTag.UNEXPECTED_IMPACT, "canary-a partner asked for the same help");
		String text = pdf(plan, "en");
		assertThat(text).contains("Evaluation report", "canary-Radio Norte", "Outcome 1", "Baseline", "Mid-term",
				"Final", "canary-There is no manual", "canary-c2", "4 Mostly", "Not scored", "Average change",
				"Average per objective", "Turnover", "canary-two reporters left",
				"Unexpected impact", "canary-a partner asked for the same help", "Scores per outcome");
		assertThat(plain(text)).contains(plain("Potential reached"), plain("canary-The radio names its three main threats"),
				plain("canary-Reporters check in"), plain("CC BY-SA 4.0"),
				plain("Monitoring and Evaluation Framework for Organisational Security"));
		// the figures: changes +2, +1, +4 (the custom outcome has none), average change 2.33, overall 4.33
		assertThat(text).contains("+2", "+4", "2.33", "4.33");
	}

	@Test
	void thePdfReadsBackInSpanish() {
		UUID plan = EvaluationChartsWebTests.scoredFullPlan(this, "canary-No hay manual escrito");
		plans.write(plan, member.id(), NoteTag.TURNOVER, "canary-se fueron dos periodistas");
		String plain = plain(pdf(plan, "es"));
		assertThat(plain).contains(plain("Informe de evaluación"), plain("Línea de base"), plain("Intermedia"),
				plain("canary-No hay manual escrito"), plain("Cambio promedio"), plain("Rotación de personal"),
				plain("canary-se fueron dos periodistas"), plain("The Engine Room con Internews"));
		assertThat(plain).doesNotContain(plain("Evaluation report"), plain("Baseline"));
	}

	@Test
	void thePdfReadsBackInArabicRightToLeft() {
		UUID plan = EvaluationChartsWebTests.scoredFullPlan(this, ARABIC);
		String text = pdf(plan, "ar");
		// the typed Arabic justification is there (PDFBox reads a line that mixes both directions in its own order)
		assertThat(plain(text)).contains(plain("تقرير التقييم"), plain("خط الأساس"),
				plain(ARABIC.substring("canary-".length())), plain("متوسط التغيير"));
		// Latin text typed into an Arabic report still reads left to right
		assertThat(text).contains("canary-c2");
		assertThat(text).doesNotContain("Evaluation report");
		Document document = Jsoup.parse(reports.document(report(plan, Locale.forLanguageTag("ar"))));
		assertThat(document.selectFirst("html").attr("dir")).isEqualTo("rtl");
	}

	@Test
	void aJustificationWithMarkupIsShownAsText() {
		UUID plan = EvaluationChartsWebTests.scoredFullPlan(this, MARKUP);
		plans.write(plan, member.id(), NoteTag.OTHER_BARRIER, MARKUP);
		String document = reports.document(report(plan, Locale.ENGLISH));
		Document parsed = Jsoup.parse(document);
		assertThat(parsed.select("script, b, img")).isEmpty();
		assertThat(document).doesNotContain("<script>", "<b>bold");
		assertThat(parsed.text()).contains("<script>alert(1)</script><b>bold</b>");
		assertThat(pdf(plan, "en")).contains("<script>alert(1)</script><b>bold</b>");
	}

	@Test
	void aLightPlansPdfGivesItsLightsInWords() {
		UUID plan = plans.makeForCohort(cohort, organization, coordinator.id(), light()).id();
		UUID a = plans.addFromFramework(plan, member.id(), "1.1", null).id();
		UUID b = plans.addCustom(plan, member.id(), 5, OutcomeKind.CONDITION, "canary-We feel safe at the office",
				new PlanOutcome.Smart(false, false, false, false, false)).id();
		plans.record(plan, member.id(), 1, List.of(new Entry(a, 1, "canary-not yet"), new Entry(b, 2, null)));
		plans.record(plan, coordinator.id(), 2, List.of(new Entry(a, 3, "canary-done")));
		String text = pdf(plan, "en");
		assertThat(text).contains("Round 1", "Round 2", "Red: not enough progress", "Green: excellent progress",
				"Yellow: some progress", "canary-not yet", "canary-done", "Lights per outcome over the rounds",
				"No notes.");
		// round 1: (1 + 2) / 2 = 1.50, yellow; round 2: one light, 3.00, green
		assertThat(text).contains("1.50", "3.00");
	}

	private String pdf(UUID plan, String language) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, member);
		HttpResponse<byte[]> answer = web.download("/evaluations/" + plan + "/evaluation.pdf?lang=" + language);
		assertThat(answer.statusCode()).isEqualTo(200);
		return text(answer.body());
	}

	private PlanReport report(UUID plan, Locale language) {
		PlanState state = plans.state(plan, member.id());
		return new PlanReport("canary-Radio Norte", state,
				state.outcomes()
					.stream()
					.map(o -> new PlanReport.Outcome(o.wording() == null ? o.code() : o.wording(), o.objective(),
							o.kind().messageKey(), o.source().messageKey()))
					.toList(),
				plans.notes(plan, member.id(), null).notes(), false, language, Instant.now());
	}

}
