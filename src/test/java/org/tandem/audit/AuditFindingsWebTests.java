package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Recommendation;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

/**
 * The findings, recommendations and follow-up pages and the JSON API over HTTP, as browsers without JavaScript send
 * them: bad input keeps what was typed with a translated message and writes nothing; the organization declines with
 * a reason and accepts; the accepted move into the engagement's plan; every route answers "not found" to another
 * organization's member, another provider, an advisory member and staff not in the engagement, and sends the signed
 * out to sign in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = FindingsTestSupport.OWN)
class AuditFindingsWebTests extends FindingsTestSupport {

	@Test
	void theAuditorRecordsTheOrganizationDecidesAndTheAcceptedGoIntoThePlan() {
		String base = "/audits/" + audit;
		WebSession auditor = provider.web();
		WebSession org = visitor();
		AccountFixtures.signIn(org, member);

		// a finding without a title and with a made-up category: what was typed is kept
		WebSession.Page bad = auditor.post(base + "/findings", Map.of("title", " ", "category", "SPACE",
				"likelihood", "LIKELY", "impact", "SEVERE", "assets", "canary-Mailbox"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("Choose a category from the list.");
		assertThat(bad.html().selectFirst("textarea[name=assets]").text()).isEqualTo("canary-Mailbox");
		WebSession.Page noTitle = auditor.post(base + "/findings", Map.of("title", " ", "category", "DATA",
				"likelihood", "LIKELY", "impact", "SEVERE", "assets", "canary-Mailbox"));
		assertThat(noTitle.text()).contains("Say what was found.");
		assertThat(count("audit_finding")).isZero();
		assertThat(auditor.post(base + "/findings", Map.of("title", "canary-No two-step", "category",
				"ONLINE_ACCOUNTS", "likelihood", "LIKELY", "impact", "SEVERE", "evidenceFiles",
				"canary-shot.png\n\ncanary-log.txt")).redirect()).contains("added");
		org.get(base + "/findings");
		assertThat(org.post(base + "/findings", Map.of("title", "canary-Ours", "category", "DATA", "likelihood",
				"LIKELY", "impact", "SEVERE")).text()).contains("Only the auditor’s side can do this.");
		UUID finding = read.findings(audit, member.id()).getFirst().id();
		WebSession.Page list = org.get(base + "/findings");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains("canary-No two-step", "4 – Likely", "5 – Severe", "canary-log.txt");
		assertThat(list.html().select("form[action$=/findings]")).isEmpty();
		assertThat(list.html().select("a[href=" + base + "]")).isNotEmpty();

		// a recommendation with a cost that is not an amount: kept, nothing written
		WebSession.Page badCost = auditor.post(base + "/recommendations", Map.of("title", "canary-Turn on two-step",
				"action", "canary-Use **an app**", "findings", finding.toString(), "effort", "3", "cost", "1,500.00",
				"currency", "USD", "priority", "HIGH"));
		assertThat(badCost.text()).contains("Give the cost in digits");
		assertThat(badCost.html().selectFirst("input[name=title]").val()).isEqualTo("canary-Turn on two-step");
		assertThat(count("audit_recommendation")).isZero();
		for (String title : List.of("canary-Turn on two-step", "canary-Buy keys")) {
			assertThat(auditor.post(base + "/recommendations", Map.of("title", title, "action",
					"canary-Use **an app**", "findings", finding.toString(), "effort", "3", "cost", "150", "currency",
					"USD", "priority", "HIGH")).redirect()).contains("added");
		}
		List<Recommendation> recs = read.recommendations(audit, member.id()).stream()
			.map(r -> r.recommendation()).toList();
		Recommendation first = recs.getFirst();
		Recommendation second = recs.get(1);
		assertThat(org.get(base + "/recommendations").html().select("#rec-" + first.id() + " .markdown strong").text())
			.isEqualTo("an app");

		// the auditor does not decide; declining needs a reason, kept with the message
		String decide = base + "/recommendations/" + first.id() + "/decision";
		assertThat(auditor.post(decide, Map.of("status", "ACCEPTED", "version", "0")).text())
			.contains("Only the organization’s side decides on a recommendation.");
		WebSession.Page noReason = org.post(decide, Map.of("status", "DECLINED", "reason", " ", "version", "0"));
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.text()).contains("Say why you postpone or decline it.");
		assertThat(org.post(decide, Map.of("status", "MAYBE", "version", "0")).status()).isEqualTo(200);
		assertThat(org.post(base + "/recommendations/" + second.id() + "/decision", Map.of("status", "DECLINED",
				"reason", "canary-No budget", "version", "0")).redirect()).contains("decided");
		assertThat(org.post(decide, Map.of("status", "ACCEPTED", "version", "0")).redirect()).contains("decided");
		assertThat(org.post(decide, Map.of("status", "POSTPONED", "reason", "x", "version", "0")).text())
			.contains("Someone changed this recommendation after your page was opened.");

		// into the plan: a made-up owner is refused, then both sides see it in the plan
		WebSession.Page recPage = auditor.get(base + "/recommendations");
		assertThat(recPage.html().select("#plan input[name=seen]")).hasSize(1);
		assertThat(auditor.post(base + "/recommendations/plan", Map.of("seen", first.id().toString(),
				"owner-" + first.id(), "STAFF", "dueOn", "2030-01-01")).text())
			.contains("Choose the organization or the provider.");
		assertThat(auditor.post(base + "/recommendations/plan", Map.of("seen", first.id().toString(), "dueOn",
				"someday")).text()).contains("Give a date like 2027-03-31.");
		assertThat(auditor.post(base + "/recommendations/plan", Map.of("seen", first.id().toString(),
				"owner-" + first.id(), "PROVIDER", "dueOn", "2030-01-01")).redirect()).contains("planned");
		assertThat(org.get("/engagements/" + engagement + "/plan").text()).contains("canary-Turn on two-step");
		assertThat(org.get(base + "/recommendations").html().select("#rec-" + first.id() + " .in-plan")).isNotEmpty();
		assertThat(auditor.post(base + "/recommendations/plan", Map.of("seen", first.id().toString(), "dueOn",
				"2030-01-01")).text()).contains("No accepted recommendation is waiting to go into the plan.");

		// the follow-up: counts now and each status over time; the re-check date
		WebSession.Page followUp = org.get(base + "/follow-up");
		assertThat(followUp.html().select("#count-ACCEPTED bdi").text()).isEqualTo("1");
		assertThat(followUp.html().select("#count-DECLINED bdi").text()).isEqualTo("1");
		assertThat(followUp.html().select("#timeline-" + second.id()).text()).contains("Declined", "canary-No budget");
		long version = audits.get(audit, providerAccount).audit().version();
		assertThat(auditor.post(base + "/follow-up/recheck", Map.of("recheckOn", "next week", "version",
				Long.toString(version))).text()).contains("Give a date like 2027-03-31.");
		assertThat(auditor.post(base + "/follow-up/recheck", Map.of("recheckOn", "2030-06-01", "version",
				Long.toString(version))).redirect()).contains("recheckSet");
		assertThat(org.get(base + "/follow-up").text()).contains("2030-06-01");

		// the JSON API
		String readToken = token(org, "audits:read");
		String writeToken = token(org, "audits:write");
		WebSession.Page findingsJson = api("GET", "/api/v1/audits/" + audit + "/findings", readToken, null);
		assertThat(findingsJson.status()).isEqualTo(200);
		assertThat(findingsJson.body()).contains("canary-No two-step", "\"weight\":20", "\"likelihoodStep\":4");
		assertThat(api("GET", "/api/v1/audits/" + audit + "/recommendations", readToken, null).body())
			.contains("\"status\":\"DECLINED\"", "canary-No budget", "\"planItemId\":\"");
		String decision = "/api/v1/audits/" + audit + "/recommendations/" + second.id() + "/decision";
		long secondVersion = read.recommendation(audit, member.id(), second.id()).recommendation().version();
		assertThat(api("POST", decision, readToken, "{\"status\":\"ACCEPTED\",\"version\":" + secondVersion + "}")
			.status()).isEqualTo(403);
		assertThat(api("POST", decision, writeToken, "{\"status\":\"POSTPONED\",\"version\":" + secondVersion + "}")
			.status()).isEqualTo(400);
		WebSession.Page accepted = api("POST", decision, writeToken,
				"{\"status\":\"ACCEPTED\",\"version\":" + secondVersion + "}");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"status\":\"ACCEPTED\"");
		assertThat(api("GET", "/api/v1/audits/" + audit + "/findings", null, null).status()).isEqualTo(401);

		// nobody else: every route is not found; the signed out are sent to sign in
		WebSession otherMember = signedIn(Role.ORG_MEMBER);
		List<WebSession> outsiders = List.of(otherMember, new ProviderNetwork(this).activeProvider().web(),
				signedIn(Role.ADVISORY), signedIn(Role.STAFF));
		String rec = base + "/recommendations/" + first.id();
		List<String> gets = List.of(base + "/findings", base + "/findings/" + finding, base + "/recommendations", rec,
				base + "/follow-up");
		Map<String, Map<String, String>> posts = Map.of(base + "/findings", Map.of("title", "x", "category", "DATA",
				"likelihood", "RARE", "impact", "MINOR"), base + "/findings/" + finding,
				Map.of("title", "x", "category", "DATA", "likelihood", "RARE", "impact", "MINOR", "version", "9"),
				base + "/findings/" + finding + "/remove", Map.of(), base + "/recommendations", Map.of("title", "x"),
				rec, Map.of("title", "x"), rec + "/remove", Map.of(), rec + "/decision",
				Map.of("status", "DECLINED", "reason", "x", "version", "9"), base + "/recommendations/plan",
				Map.of("dueOn", "2030-01-01"), base + "/follow-up/recheck", Map.of("recheckOn", "2030-01-01"));
		for (WebSession outsider : outsiders) {
			for (String path : gets) {
				// not found; an advisory member is refused by the route's roles before any audit is looked at
				WebSession.Page page = outsider.get(path);
				assertThat(page.status()).as(path).isEqualTo(outsider == outsiders.get(2) ? 403 : 404);
				assertThat(page.body()).doesNotContain("canary-");
			}
			// refused: not found, or forbidden when the error page before it carried no form token; nothing changes
			posts.forEach((path, fields) -> {
				WebSession.Page refused = outsider.post(path, fields);
				assertThat(refused.status()).as(path).isIn(403, 404);
				assertThat(refused.body()).doesNotContain("canary-");
			});
		}
		WebSession anonymous = visitor();
		for (String path : gets) {
			assertThat(anonymous.get(path).redirect()).as(path).endsWith("/login");
		}
		String outsiderToken = token(otherMember, "audits:read");
		assertThat(api("GET", "/api/v1/audits/" + audit + "/findings", outsiderToken, null).status()).isEqualTo(404);
		assertThat(token(signedIn(Role.ADVISORY), "audits:read")).isNull();
		assertThat(read.findings(audit, member.id())).extracting(Finding::title).containsExactly("canary-No two-step");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where audit_id = :a").param("a", audit)
			.query(Long.class).single();
	}

	private WebSession.Page api(String method, String path, String token, String body) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base() + path))
			.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
					: java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return visitor().send(request.build());
	}

}
