package org.tandem.evaluation.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

/**
 * The what-works pages, CSV files and API: who reaches them, what they show (only suppressed aggregates), and that a
 * provider's efficacy page holds its own plans only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = WorksTestSupport.OWN)
class WhatWorksWebTests extends WorksTestSupport {

	@Test
	void staffAdministratorsAdvisoryMembersAndProvidersReadTheHubsFigures() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		for (int i = 0; i < 5; i++) {
			evaluated(provider.id(), staff, 2, 3);
		}
		tally.recompute();
		for (Role role : List.of(Role.STAFF, Role.ADMIN, Role.ADVISORY, Role.PROVIDER)) {
			WebSession reader = signedIn(role);
			WebSession.Page page = reader.get("/evaluation/what-works");
			assertThat(page.status()).as(role.name()).isEqualTo(200);
			assertThat(page.html().selectFirst("h1").text()).isEqualTo("What works");
			assertThat(page.html().getElementById("disclosure-rule").text()).contains("fewer than 5");
			assertThat(page.body()).doesNotContain("??").doesNotContain("<script").doesNotContain("canary-");
			var charts = page.html().select("figure.chart");
			assertThat(charts).hasSize(2);
			for (Element chart : charts) {
				var svg = chart.selectFirst("svg[role=img]");
				assertThat(svg).isNotNull();
				assertThat(svg.selectFirst("title").text()).isNotBlank();
				assertThat(svg.selectFirst("desc").text()).isNotBlank();
				assertThat(chart.selectFirst("table caption").text()).isEqualTo(svg.selectFirst("title").text());
			}
			// the reference row of the full plans: at least these five, described
			Element reference = page.html().selectFirst("table.works-table tr.reference");
			assertThat(reference.selectFirst("th").text()).isEqualTo("All evaluated organizations");
			assertThat(reference.select("td").eachText()).noneMatch(cell -> cell.startsWith("fewer"));
			// every organizations cell is a multiple of 5 or "fewer than 5"
			assertThat(page.html().select("table.works-table tbody tr td:eq(1)").eachText())
				.allMatch(WhatWorksWebTests::published);
			assertThat(reader.get("/dashboard").html().select("a[href=/evaluation/what-works]")).as(role.name())
				.isNotEmpty();
		}
	}

	@Test
	void aProviderSeesItsOwnEfficacyOnlyAndNothingBelowFive() {
		Person staff = fixtures.create(true, Role.STAFF);
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider busy = network.activeProvider();
		ProviderNetwork.ActiveProvider small = network.activeProvider();
		for (int i = 0; i < 5; i++) {
			evaluated(busy.id(), staff, 2, 4);
		}
		for (int i = 0; i < 4; i++) {
			evaluated(small.id(), staff, 4, 2);
		}
		tally.recompute();
		WebSession.Page own = busy.web().get("/provider/efficacy");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.html().selectFirst("h1").text()).isEqualTo("Our efficacy");
		Element reference = own.html().selectFirst("table.works-table tr.reference");
		// five organizations, each +100 %: shown 5, average change 100.0, improved 100 %
		assertThat(reference.select("td").eachText()).startsWith("5", "100.0", "100 %");

		WebSession.Page few = small.web().get("/provider/efficacy");
		assertThat(few.status()).isEqualTo(200);
		assertThat(few.html().getElementById("works-nothing")).isNotNull();
		assertThat(few.html().select("table.works-table td").eachText())
			.allMatch(cell -> cell.equals("fewer than 5") || cell.equals("not shown"));
		assertThat(few.body()).doesNotContain("-50.0").doesNotContain("100.0");

		String csv = new String(busy.web().download("/provider/efficacy.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"").contains("\"All evaluated organizations\",\"5\",\"100.0\",\"100 %\"");
		String smallCsv = new String(small.web().download("/provider/efficacy.csv").body(), StandardCharsets.UTF_8);
		assertThat(smallCsv).doesNotContain("100.0").contains("fewer than 5");
	}

	@Test
	void theHubsCsvHoldsThePublishedCells() {
		WebSession admin = signedIn(Role.ADMIN);
		admin.get("/evaluation/what-works");
		HttpResponse<byte[]> csv = admin.download("/evaluation/what-works.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("what-works.csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		// a heading and a line per mode and group
		assertThat(text.lines().toList()).hasSize(1 + 2 * WorksGroup.values().length);
		assertThat(text).contains("\"Audit recommendation carried out: Devices\"");
		assertThat(text.lines().skip(1).map(line -> List.of(line.substring(1, line.length() - 1).split("\",\""))
			.get(2)).toList()).allMatch(WhatWorksWebTests::published);
	}

	@Test
	void organizationMembersOtherRolesAndVisitorsReachNothing() {
		for (Role role : List.of(Role.ORG_MEMBER, Role.PRACTITIONER)) {
			WebSession outsider = signedIn(role);
			for (String route : List.of("/evaluation/what-works", "/evaluation/what-works.csv", "/provider/efficacy",
					"/provider/efficacy.csv")) {
				WebSession.Page answer = outsider.get(route);
				assertThat(answer.status()).as(role + " " + route).isIn(403, 404);
				assertThat(answer.body()).doesNotContain("fewer than").doesNotContain("works-table");
			}
			assertThat(outsider.get("/dashboard").html().select("a[href=/evaluation/what-works]")).isEmpty();
		}
		for (Role role : List.of(Role.STAFF, Role.ADMIN, Role.ADVISORY)) {
			WebSession notProvider = signedIn(role);
			assertThat(notProvider.get("/provider/efficacy").status()).as(role.name()).isIn(403, 404);
			assertThat(notProvider.get("/provider/efficacy.csv").status()).as(role.name()).isIn(403, 404);
		}
		WebSession visitor = visitor();
		for (String route : List.of("/evaluation/what-works", "/evaluation/what-works.csv", "/provider/efficacy",
				"/provider/efficacy.csv")) {
			WebSession.Page answer = visitor.get(route);
			assertThat(answer.status()).as(route).isEqualTo(302);
			assertThat(answer.redirect()).endsWith("/login");
		}
	}

	@Test
	void theTranslatedPages() {
		WebSession staff = signedIn(Role.STAFF);
		for (String language : List.of("es", "fr", "pt", "ar")) {
			WebSession.Page page = staff.get("/evaluation/what-works?lang=" + language);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().selectFirst("h1").text()).as(language).isNotEqualTo("What works");
			assertThat(page.body()).as(language).doesNotContain("??");
		}
	}

	@Test
	void theApiNeedsAScopeAndAReadersRole() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String staff = token(signedIn(Role.STAFF), "evaluations:read");
		HttpResponse<String> answer = client.send(apiRequest("/api/v1/evaluation/what-works", staff).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"minimumGroupSize\":5", "\"mode\":\"FULL\"", "\"mode\":\"LIGHT\"",
				"\"group\":\"ITEMS_ALL\"", "\"visibility\":\"FEWER_THAN_MINIMUM\"");
		String advisory = token(signedIn(Role.ADVISORY), "figures:read");
		assertThat(client.send(apiRequest("/api/v1/evaluation/what-works", advisory).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		String provider = token(signedIn(Role.PROVIDER), "evaluations:read");
		assertThat(client.send(apiRequest("/api/v1/evaluation/what-works", provider).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		// an organization member holds evaluations:read, but not a reader's role
		String member = token(signedIn(Role.ORG_MEMBER), "evaluations:read");
		assertThat(client.send(apiRequest("/api/v1/evaluation/what-works", member).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		String other = token(signedIn(Role.STAFF), "requests:read");
		assertThat(client.send(apiRequest("/api/v1/evaluation/what-works", other).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		assertThat(client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base()
				+ "/api/v1/evaluation/what-works")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(401);
	}

	/** "fewer than 5" or a count rounded to a multiple of 5 above 0. */
	static boolean published(String cell) {
		if (cell.equals("fewer than 5")) {
			return true;
		}
		long value = Long.parseLong(cell.replace(",", ""));
		return value > 0 && value % 5 == 0;
	}

}
