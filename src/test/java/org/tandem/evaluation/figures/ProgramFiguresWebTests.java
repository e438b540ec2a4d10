package org.tandem.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The program figures' routes: staff, administrators and advisory members read the page, its CSV files and the API;
 * providers, organization members and visitors reach none of them, and nothing is written either way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProgramFiguresWebTests extends WebTestSupport {

	private static final List<String> FIGURES = List.of("requests", "handoffs", "satisfaction", "referrals", "cohorts",
			"surveys");

	@Test
	void staffAdministratorsAndAdvisoryMembersReadThePageWithEachChartsAccessibleText() {
		for (Role role : List.of(Role.STAFF, Role.ADMIN, Role.ADVISORY)) {
			WebSession reader = signedIn(role);
			WebSession.Page page = reader.get("/staff/figures");
			assertThat(page.status()).as(role.name()).isEqualTo(200);
			assertThat(page.html().selectFirst("h1").text()).isEqualTo("Program figures");
			assertThat(page.html().getElementById("disclosure-rule").text()).contains("fewer than 5");
			var charts = page.html().select("figure.chart");
			assertThat(charts).hasSize(11);
			for (var chart : charts) {
				var svg = chart.selectFirst("svg[role=img]");
				assertThat(svg).as(chart.id()).isNotNull();
				String title = svg.selectFirst("title").text();
				assertThat(title).as(chart.id()).isNotBlank();
				assertThat(svg.selectFirst("desc").text()).as(chart.id()).isNotBlank();
				assertThat(svg.attr("aria-labelledby")).isEqualTo(chart.id() + "-title " + chart.id() + "-desc");
				// the same figures as a table beside the picture, with the same title
				assertThat(chart.selectFirst("table caption").text()).isEqualTo(title);
				assertThat(chart.select("table tbody tr")).isNotEmpty();
			}
			assertThat(page.body()).doesNotContain("??").doesNotContain("<script");
			// every cell reads as disclosure control publishes it: a multiple of 5 (never 0), or why it is hidden
			assertThat(page.html().select("table.chart-table td").eachText()).isNotEmpty()
				.allMatch(ProgramFiguresWebTests::published);
			assertThat(page.html().select("a[href^=/staff/figures.csv]").eachAttr("href"))
				.containsExactlyElementsOf(FIGURES.stream().map(f -> "/staff/figures.csv?figure=" + f).toList());
		}
	}

	/** "fewer than 5", "hidden to protect another figure", or a count rounded to a multiple of 5 above 0. */
	static boolean published(String cell) {
		if (cell.equals("fewer than 5") || cell.equals("hidden to protect another figure")) {
			return true;
		}
		long value = Long.parseLong(cell.replace(",", ""));
		return value > 0 && value % 5 == 0;
	}

	@Test
	void theFigureListsTheReadersNavigationAndTheTranslatedPages() {
		WebSession staff = signedIn(Role.STAFF);
		assertThat(staff.get("/dashboard").html().select("a[href=/staff/figures]")).isNotEmpty();
		for (String language : List.of("es", "fr", "pt", "ar")) {
			WebSession.Page page = staff.get("/staff/figures?lang=" + language);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().selectFirst("h1").text()).as(language).isNotEqualTo("Program figures");
			assertThat(page.body()).as(language).doesNotContain("??");
		}
	}

	@Test
	void eachCsvHoldsThePublishedCellsAndNothingElse() {
		WebSession admin = signedIn(Role.ADMIN);
		admin.get("/staff/figures");
		for (String figure : FIGURES) {
			HttpResponse<byte[]> csv = admin.download("/staff/figures.csv?figure=" + figure);
			assertThat(csv.statusCode()).as(figure).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
			assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
				.contains("program-" + figure + ".csv");
			String text = new String(csv.body(), StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFF\"");
			// every count is published the disclosure's way (the first column names the month, quarter, side or year)
			assertThat(text.lines().skip(1).toList()).isNotEmpty().allSatisfy(line -> {
				List<String> cells = List.of(line.substring(1, line.length() - 1).split("\",\""));
				assertThat(cells.subList(1, cells.size())).as(figure).allMatch(ProgramFiguresWebTests::published);
			});
		}
		assertThat(admin.download("/staff/figures.csv?figure=organizations").statusCode()).isEqualTo(404);
		assertThat(admin.download("/staff/figures.csv").statusCode()).isEqualTo(404);
	}

	@Test
	void providersOrganizationMembersAndVisitorsReachNothing() {
		for (Role role : List.of(Role.PROVIDER, Role.ORG_MEMBER, Role.PRACTITIONER)) {
			WebSession outsider = signedIn(role);
			for (String route : List.of("/staff/figures", "/staff/figures.csv?figure=requests")) {
				WebSession.Page answer = outsider.get(route);
				assertThat(answer.status()).as(role + " " + route).isIn(403, 404);
				assertThat(answer.body()).doesNotContain("figure-requests").doesNotContain("fewer than");
			}
			assertThat(outsider.get("/dashboard").html().select("a[href=/staff/figures]")).as(role.name()).isEmpty();
		}
		WebSession visitor = visitor();
		for (String route : List.of("/staff/figures", "/staff/figures.csv?figure=requests")) {
			WebSession.Page answer = visitor.get(route);
			assertThat(answer.status()).as(route).isEqualTo(302);
			assertThat(answer.redirect()).endsWith("/login");
		}
	}

	@Test
	void theApiNeedsTheScopeAndAReadersRole() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		WebSession staff = signedIn(Role.STAFF);
		String token = token(staff, "figures:read");
		assertThat(token).isNotNull();
		HttpResponse<String> answer = client.send(apiRequest("/api/v1/figures", token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"minimumGroupSize\":5", "\"visibility\":\"FEWER_THAN_MINIMUM\"",
				"\"requests\"", "\"handoffs\"", "\"satisfaction\"", "\"referrals\"", "\"cohorts\"", "\"surveys\"");
		// a hidden cell has no value at all (not 0), a shown one a multiple of 5 above 0 (other tests' requests this
		// month may be enough to show it)
		List<tools.jackson.databind.JsonNode> cells = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(answer.body()).findParents("visibility");
		assertThat(cells).isNotEmpty().allSatisfy(cell -> {
			if (cell.path("visibility").asString().equals("SHOWN")) {
				assertThat(cell.path("value").asLong() % 5).isZero();
				assertThat(cell.path("value").asLong()).isPositive();
			}
			else {
				assertThat(cell.has("value")).as(cell.toString()).isFalse();
			}
		});
		assertThat(cells).anyMatch(cell -> !cell.path("visibility").asString().equals("SHOWN"));

		String advisory = token(signedIn(Role.ADVISORY), "figures:read");
		assertThat(advisory).isNotNull();
		assertThat(client.send(apiRequest("/api/v1/figures", advisory).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		// a token without the scope, and roles that may not hold it
		String other = token(staff, "requests:read");
		assertThat(client.send(apiRequest("/api/v1/figures", other).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		assertThat(token(signedIn(Role.ORG_MEMBER), "figures:read")).isNull();
		assertThat(token(signedIn(Role.PROVIDER), "figures:read")).isNull();
		assertThat(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base()
				+ "/api/v1/figures")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		assertThat(client.send(apiRequest("/api/v1/figures", token).POST(java.net.http.HttpRequest.BodyPublishers
			.ofString("{}")).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isIn(403, 405);
	}

}
