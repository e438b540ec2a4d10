package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.evaluation.domain.EvaluationPlans.Entry;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;

/**
 * The plan's charts over HTTP, on H2 and PostgreSQL: each chart's title and description name the picture, and the
 * numbers in its table are the plan's own figures (the same as the figures' tables on the page, computed by
 * {@link EvaluationFigures}); the light plan's lights over two rounds; Arabic mirrored. The PDF as each participant
 * (a PDF) and as every outsider (not found; signed out: sign in), with nothing written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationChartsWebTests extends EvaluationTestSupport {

	/**
	 * A full plan of the engagement: 2.1 and 2.4 (objective 2), 4.3 reworded (objective 4) and one of the
	 * organization's own (objective 3). Baseline 2, 3, 1, 1; mid-term only for the first (3); final 4, 4, 5 and none
	 * for the custom one (its change runs up to nothing: only a baseline). Objective 2: baseline 2.50, end 4.00.
	 */
	static UUID scoredFullPlan(EvaluationTestSupport t, String justification) {
		UUID plan = t.plans.makeForEngagement(t.engagement, t.member.id(), full()).id();
		UUID a = t.plans.addFromFramework(plan, t.member.id(), "2.1", null).id();
		UUID b = t.plans.addFromFramework(plan, t.providerAccount, "2.4", null).id();
		UUID c = t.plans.addFromFramework(plan, t.member.id(), "4.3", "canary-The radio names its three main threats")
			.id();
		UUID d = t.plans.addCustom(plan, t.staff.id(), 3, OutcomeKind.BEHAVIOUR, "canary-Reporters check in",
				new PlanOutcome.Smart(true, true, false, false, false)).id();
		t.plans.record(plan, t.member.id(), 1, List.of(new Entry(a, 2, justification), new Entry(b, 3, "canary-b0"),
				new Entry(c, 1, "canary-c0"), new Entry(d, 1, "canary-d0")));
		t.plans.record(plan, t.providerAccount, 2, List.of(new Entry(a, 3, "canary-a1")));
		t.plans.record(plan, t.staff.id(), 3, List.of(new Entry(a, 4, "canary-a2"), new Entry(b, 4, "canary-b2"),
				new Entry(c, 5, "canary-c2")));
		return plan;
	}

	@Test
	void theChartsNameThemselvesAndTheirNumbersAreThePlansFigures() {
		UUID plan = scoredFullPlan(this, "canary-There is no manual");
		Document page = as(member).get("/evaluations/" + plan).html();
		Element scores = page.selectFirst("#evaluation-charts figure#evaluation-chart-scores");
		assertThat(scores).isNotNull();
		Element svg = scores.selectFirst("svg[role=img]");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("evaluation-chart-scores-title evaluation-chart-scores-desc");
		assertThat(svg.selectFirst("title").text()).isEqualTo("Scores per outcome: baseline, mid-term and final");
		assertThat(svg.selectFirst("desc").text()).contains("from 1 (not at all) to 5 (very much)");
		assertThat(svg.select("script")).isEmpty();
		assertThat(scores.selectFirst("table caption").text()).isEqualTo(svg.selectFirst("title").text());
		assertThat(rows(scores)).containsExactly(
				List.of(page.select("#outcomes-table tbody tr").get(0).selectFirst("th bdi").text(), "2 A little",
						"3 Somewhat", "4 Mostly"),
				List.of(page.select("#outcomes-table tbody tr").get(1).selectFirst("th bdi").text(), "3 Somewhat",
						"Not scored", "4 Mostly"),
				List.of("canary-The radio names its three main threats", "1 Not at all", "Not scored", "5 Very much"),
				List.of("canary-Reporters check in", "1 Not at all", "Not scored", "Not scored"));
		// eleven bars drawn (of twelve places), the missing ones as dashed stubs
		assertThat(svg.select("rect[stroke-dasharray]")).hasSize(4);

		Element objectives = page.selectFirst("figure#evaluation-chart-objectives");
		assertThat(objectives.selectFirst("svg title").text()).isEqualTo("Average per objective: baseline and end");
		assertThat(rows(objectives)).containsExactly(List.of("Objective 2", "2.50", "4.00"),
				List.of("Objective 3", "1.00", "Not scored"), List.of("Objective 4", "1.00", "5.00"));
		// the same numbers as the page's own table of averages
		List<List<String>> table = page.select("#objective-table tbody tr")
			.stream()
			.map(tr -> tr.select("td").stream().map(Element::text).toList())
			.toList();
		assertThat(table).containsExactly(List.of("2.50", "4.00"), List.of("1.00", "–"), List.of("1.00", "5.00"));
		assertThat(page.selectFirst("#report-pdf-link").attr("href")).isEqualTo("/evaluations/" + plan + "/evaluation.pdf");

		// in Arabic: translated words, the picture mirrored
		Document arabic = as(member).get("/evaluations/" + plan + "?lang=ar").html();
		Element arabicSvg = arabic.selectFirst("figure#evaluation-chart-scores svg");
		assertThat(arabicSvg.selectFirst("title").text()).isEqualTo("التقييم لكل نتيجة: خط الأساس ومنتصف المدة والتقييم النهائي");
		assertThat(rows(arabic.selectFirst("figure#evaluation-chart-scores")).get(3)).contains("بلا تقييم");
		assertThat(arabic.html()).doesNotContain("??");
	}

	@Test
	void aLightPlanShowsItsLightsOverTheRounds() {
		UUID plan = plans.makeForCohort(cohort, organization, coordinator.id(), light()).id();
		UUID a = plans.addFromFramework(plan, member.id(), "1.1", null).id();
		UUID b = plans.addCustom(plan, member.id(), 5, OutcomeKind.CONDITION, "canary-We feel safe at the office",
				new PlanOutcome.Smart(false, false, false, false, false)).id();
		plans.record(plan, member.id(), 1, List.of(new Entry(a, 1, null), new Entry(b, 2, "canary-some")));
		plans.record(plan, coordinator.id(), 2, List.of(new Entry(a, 3, null)));
		Document page = as(member).get("/evaluations/" + plan).html();
		assertThat(page.select("figure#evaluation-chart-scores, figure#evaluation-chart-objectives")).isEmpty();
		Element lights = page.selectFirst("figure#evaluation-chart-lights");
		assertThat(lights.selectFirst("svg title").text()).isEqualTo("Lights per outcome over the rounds");
		assertThat(lights.selectFirst("svg desc").text()).contains("a red square, a yellow triangle or a green circle");
		assertThat(lights.select("thead th").eachText()).containsExactly("Outcome", "Round 1", "Round 2");
		assertThat(rows(lights)).element(0).asList().containsSubsequence("Red: not enough progress", "Green: excellent progress");
		assertThat(rows(lights).get(1)).containsExactly("canary-We feel safe at the office", "Yellow: some progress",
				"No light given");
	}

	@Test
	void onlyThePlansParticipantsGetThePdfAndNothingIsWritten() {
		UUID plan = scoredFullPlan(this, "canary-There is no manual");
		String pdf = "/evaluations/" + plan + "/evaluation.pdf";
		long before = rowsAbout(organization);
		for (WebSession participant : List.of(as(member), provider.web(), as(staff))) {
			HttpResponse<byte[]> answer = participant.download(pdf);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
			assertThat(new String(answer.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
		for (WebSession outsider : List.of(as(otherMember), otherProvider.web(), as(advisory), as(otherStaff),
				as(coordinator))) {
			HttpResponse<byte[]> answer = outsider.download(pdf);
			assertThat(answer.statusCode()).as("an outsider").isIn(403, 404);
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF", "canary-");
		}
		HttpResponse<byte[]> anonymous = visitor().download(pdf);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(as(member).download("/evaluations/" + UUID.randomUUID() + "/evaluation.pdf").statusCode())
			.isEqualTo(404);
		assertThat(rowsAbout(organization)).isEqualTo(before);
	}

	private long rowsAbout(UUID organizationId) {
		return count("evaluation_plan", organizationId) + count("evaluation_outcome", organizationId)
				+ count("evaluation_score", organizationId) + count("evaluation_note", organizationId);
	}

	private static List<List<String>> rows(Element figure) {
		return figure.select("table tbody tr")
			.stream()
			.map(tr -> tr.select("th, td").stream().map(Element::text).toList())
			.toList();
	}

	private WebSession as(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

}
