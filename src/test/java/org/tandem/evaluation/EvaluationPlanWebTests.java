package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;

/**
 * The plan's pages over HTTP, on H2 and PostgreSQL: made and filled by both sides of an engagement (JS off: plain
 * forms), a round with a refused entry that keeps what was typed, every route as each participant (allowed) and as
 * everyone else (not found, nothing written; signed out: sign in), and the cohort's entry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationPlanWebTests extends EvaluationTestSupport {

	@Test
	void bothSidesMakeAndScoreThePlanAndEveryoneElseFindsNothing() {
		WebSession providerWeb = provider.web();
		WebSession memberWeb = as(member);
		WebSession staffWeb = as(staff);
		String entry = "/engagements/" + engagement + "/evaluation";
		assertThat(providerWeb.get("/engagements/" + engagement).html().select("a#evaluation-link")).isNotEmpty();
		WebSession.Page make = memberWeb.get(entry);
		assertThat(make.status()).isEqualTo(200);
		assertThat(make.html().select("#framework-credit").text()).contains("CC BY-SA 4.0");

		// a bad date keeps what was typed
		WebSession.Page bad = memberWeb.post(entry, Map.of("mode", "FULL", "midtermDueOn", "someday",
				"finalDueOn", "2099-01-01"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.html().select("#midtermDueOn").attr("value")).isEqualTo("someday");
		assertThat(bad.text()).contains("Write the date as year-month-day");
		assertThat(count("evaluation_plan", organization)).isZero();

		String made = memberWeb.post(entry, Map.of("mode", "FULL")).redirect();
		assertThat(made).contains("/evaluations/").contains("made");
		UUID plan = UUID.fromString(made.replaceAll(".*/evaluations/([0-9a-f-]{36}).*", "$1"));
		String page = "/evaluations/" + plan;
		assertThat(providerWeb.get(entry).redirect()).endsWith(page);

		// outcomes: the framework's, one reworded, one of the organization's own
		assertThat(memberWeb.post(page + "/outcomes/pick", Map.of("choice", "F:2.4", "wording", "")).redirect())
			.contains("added");
		assertThat(providerWeb.post(page + "/outcomes/pick",
				Map.of("choice", "F:4.3", "wording", "canary-The radio names its three main threats")).redirect())
			.contains("added");
		WebSession.Page noKind = providerWeb.post(page + "/outcomes/custom",
				Map.of("objective", "3", "wording", "canary-Reporters check in after field trips", "smart", "specific"));
		assertThat(noKind.status()).isEqualTo(200);
		assertThat(noKind.text()).contains("Choose the change the outcome looks for");
		assertThat(noKind.html().select("#custom-wording").text()).isEqualTo("canary-Reporters check in after field trips");
		Map<String, String> custom = new LinkedHashMap<>(Map.of("objective", "3", "kind", "BEHAVIOUR", "wording",
				"canary-Reporters check in after field trips", "smart", "specific"));
		assertThat(providerWeb.post(page + "/outcomes/custom", custom).redirect()).contains("added");
		WebSession.Page outcomes = staffWeb.get(page + "/outcomes");
		assertThat(outcomes.status()).isEqualTo(200);
		assertThat(outcomes.text()).contains("canary-The radio names its three main threats")
			.contains("canary-Reporters check in after field trips");
		List<UUID> ids = jdbc.sql("select id from evaluation_outcome where plan_id = :p order by position")
			.param("p", plan).query(UUID.class).list();
		assertThat(ids).hasSize(3);

		// the baseline on one form: a missing justification refuses all, what was typed stays
		String baseline = page + "/rounds/1";
		assertThat(memberWeb.get(baseline).status()).isEqualTo(200);
		Map<String, String> round = new LinkedHashMap<>();
		round.put("score-" + ids.get(0), "2");
		round.put("text-" + ids.get(0), "canary-There is no manual");
		round.put("score-" + ids.get(1), "1");
		round.put("text-" + ids.get(1), "");
		WebSession.Page refused = memberWeb.post(baseline, round);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Say why, in a few words.");
		assertThat(refused.html().select("#text-" + ids.get(0)).text()).isEqualTo("canary-There is no manual");
		assertThat(refused.html().select("input[name=score-" + ids.get(1) + "][checked]").attr("value")).isEqualTo("1");
		assertThat(count("evaluation_score", organization)).isZero();
		round.put("text-" + ids.get(1), "canary-No idea of the threats");
		assertThat(memberWeb.post(baseline, round).redirect()).contains("saved=2");
		// the provider completes the round later (a partial save)
		assertThat(providerWeb.post(baseline, Map.of("score-" + ids.get(2), "1", "text-" + ids.get(2),
				"canary-Nobody checks in")).redirect()).contains("saved=1");
		Map<String, String> last = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			last.put("score-" + ids.get(i), String.valueOf(4 + i % 2));
			last.put("text-" + ids.get(i), "canary-final " + i);
		}
		assertThat(staffWeb.post(page + "/rounds/3", last).redirect()).contains("saved=3");
		WebSession.Page shown = providerWeb.get(page);
		assertThat(shown.status()).isEqualTo(200);
		// 2 -> 4, 1 -> 5, 1 -> 4: changes +2, +4, +3; average 3.00
		assertThat(shown.html().select("#overall").text()).contains("3.00");
		assertThat(shown.html().select("#change-table tbody tr")).hasSize(3);
		assertThat(providerWeb.get(baseline).html().select("#round-refusal").text())
			.contains("A later round is scored");

		// notes
		WebSession.Page noTag = memberWeb.post(page + "/notes", Map.of("tag", "", "body", "canary-two reporters left"));
		assertThat(noTag.html().select("#body").text()).isEqualTo("canary-two reporters left");
		assertThat(memberWeb.post(page + "/notes", Map.of("tag", "TURNOVER", "body", "canary-two reporters left"))
			.redirect()).contains("added");
		assertThat(providerWeb.get(page + "/notes").text()).contains("canary-two reporters left");

		// every route, as each participant and as everyone else
		List<String> gets = List.of(entry, page, page + "/outcomes", page + "/rounds/1", page + "/rounds/3",
				page + "/notes", page + "/settings");
		for (WebSession participant : List.of(memberWeb, providerWeb, staffWeb)) {
			for (String route : gets) {
				WebSession.Page answer = participant.get(route);
				assertThat(answer.status()).as(route).isIn(200, 302);
				assertThat(answer.body()).doesNotContain("??");
			}
		}
		long scores = count("evaluation_score", organization);
		long notes = count("evaluation_note", organization);
		long outcomeRows = count("evaluation_outcome", organization);
		List<WebSession> outsiders = List.of(as(otherMember), otherProvider.web(), as(advisory), as(otherStaff),
				as(coordinator));
		Map<String, Map<String, String>> posts = Map.of(entry, Map.of("mode", "LIGHT"), page + "/notes",
				Map.of("tag", "TURNOVER", "body", "x"), page + "/outcomes/custom", custom, page + "/rounds/3",
				Map.of("score-" + ids.get(0), "1", "text-" + ids.get(0), "x"), page + "/settings",
				Map.of("mode", "FULL", "version", "0"), page + "/outcomes/" + ids.get(0),
				Map.of("wording", "x", "version", "0"), page + "/outcomes/pick", Map.of("choice", "F:1.1"));
		for (WebSession outsider : outsiders) {
			for (String route : gets) {
				WebSession.Page answer = outsider.get(route);
				assertThat(answer.status()).as(route + " as an outsider").isIn(403, 404);
				assertThat(answer.body()).doesNotContain("canary-");
			}
			posts.forEach((route, fields) -> {
				WebSession.Page answer = outsider.post(route, fields);
				assertThat(answer.status()).as("POST " + route + " as an outsider").isIn(403, 404);
			});
		}
		for (String route : gets) {
			WebSession.Page anonymous = visitor().get(route);
			assertThat(anonymous.status()).as(route + " anonymously").isIn(302, 403);
			assertThat(anonymous.body()).doesNotContain("canary-");
		}
		assertThat(count("evaluation_score", organization)).isEqualTo(scores);
		assertThat(count("evaluation_note", organization)).isEqualTo(notes);
		assertThat(count("evaluation_outcome", organization)).isEqualTo(outcomeRows);
		assertThat(count("evaluation_plan", organization)).isOne();
	}

	@Test
	void aCohortsCoordinatorAndTheOrganizationsMembersReachItsPlan() {
		String entry = "/cohorts/" + cohort + "/organizations/" + organization + "/evaluation";
		WebSession coordinatorWeb = as(coordinator);
		WebSession memberWeb = as(member);
		assertThat(coordinatorWeb.get("/staff/cohorts/" + cohort).html().select("a.evaluation-link")).isNotEmpty();
		assertThat(memberWeb.get(entry).status()).isEqualTo(200);
		String made = coordinatorWeb.post(entry, Map.of("mode", "LIGHT")).redirect();
		assertThat(made).contains("/evaluations/");
		String page = made.substring(made.indexOf("/evaluations/"), made.indexOf("?"));
		assertThat(memberWeb.get(page).status()).isEqualTo(200);
		assertThat(memberWeb.get(page + "/rounds/1").status()).isEqualTo(200);
		for (WebSession outsider : List.of(as(otherMember), otherProvider.web(), provider.web(), as(staff))) {
			assertThat(outsider.get(entry).status()).isIn(403, 404);
			assertThat(outsider.get(page).status()).isIn(403, 404);
		}
		assertThat(visitor().get(entry).status()).isIn(302, 403);
	}

	@Test
	void theFrameworkIsForAnyoneSignedInAndTheHubsOutcomesForAdministrators() {
		WebSession memberWeb = as(member);
		WebSession.Page framework = memberWeb.get("/evaluation/framework");
		assertThat(framework.status()).isEqualTo(200);
		assertThat(framework.html().select("#outcome-2\\.4").text()).contains("holistic security policy");
		assertThat(framework.html().select("#framework-credit").text())
			.contains("Monitoring and Evaluation Framework for Organisational Security").contains("CC BY-SA 4.0");
		assertThat(memberWeb.get("/evaluation/framework?lang=es").html().select("#framework-credit").text())
			.contains("Monitoring and Evaluation Framework for Organisational Security").contains("con Internews");
		assertThat(visitor().get("/evaluation/framework").status()).isIn(302, 403);
		assertThat(memberWeb.get("/admin/outcomes").status()).isEqualTo(403);
		WebSession admin = signedIn(org.tandem.platform.Role.ADMIN);
		WebSession.Page noEnglish = admin.post("/admin/outcomes",
				Map.of("objective", "2", "kind", "BEHAVIOUR", "wording_es", "Solo en español"));
		assertThat(noEnglish.status()).isEqualTo(200);
		assertThat(noEnglish.html().select("#wording_es").text()).isEqualTo("Solo en español");
		assertThat(noEnglish.text()).contains("Write the outcome.");
		assertThat(admin.post("/admin/outcomes", Map.of("objective", "2", "kind", "BEHAVIOUR", "wording_en",
				"Staff lock their phones", "wording_es", "El equipo bloquea sus teléfonos")).redirect())
			.contains("added");
		assertThat(memberWeb.get("/evaluation/framework?lang=es").text()).contains("El equipo bloquea sus teléfonos");
	}

	private WebSession as(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

}
