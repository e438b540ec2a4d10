package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

/**
 * Starting and planning an audit over HTTP, as browsers without JavaScript send them, on H2 and PostgreSQL: bad input
 * keeps what was typed with a translated message and writes nothing, the organization's side reads and cannot change,
 * a stale context page is refused, every route answers nobody else (another organization's member, another provider,
 * an advisory member, staff not in it, anyone signed out), and the API answers as the pages do.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = PlanTestSupport.OWN)
class AuditPlanWebTests extends PlanTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void bothSidesWorkOnAnAuditAndNobodyElseReachesIt() {
		WebSession providerWeb = provider.web();
		String start = "/engagements/" + engagement + "/audits";
		assertThat(providerWeb.get("/engagements/" + engagement).html().select("a#audits-link")).isNotEmpty();
		assertThat(providerWeb.get(start).html().select("#start form")).isNotEmpty();

		// bad input: a size that is not a number, no setting; what was typed is kept and nothing is written
		Map<String, String> form = new HashMap<>(Map.of("scope", "canary-Las cuentas del equipo", "threats",
				"canary-Trolls", "organizationSize", "doce", "country", "PE", "hours", "4", "minutes", "", "skills",
				"listening", "language", "es"));
		WebSession.Page bad = providerWeb.post(start, form);
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("Give the number of people in the organization, from 1 to 1,000,000.");
		assertThat(bad.html().selectFirst("textarea[name=scope]").text()).isEqualTo("canary-Las cuentas del equipo");
		assertThat(bad.html().selectFirst("input[name=organizationSize]").val()).isEqualTo("doce");
		form.put("organizationSize", "12");
		WebSession.Page noSetting = providerWeb.post(start + "?lang=es", form);
		assertThat(noSetting.text()).contains("Elija dónde se hace la auditoría.");
		form.put("setting", "REMOTE_WITH_SUPPORT");
		form.put("hours", "cuatro");
		assertThat(providerWeb.post(start + "?lang=en", form).text()).contains("Give the time as whole hours and minutes");
		assertThat(count("select count(*) from audit where engagement_id = :id", engagement)).isZero();
		form.put("hours", "4");
		String started = providerWeb.post(start, form).redirect();
		assertThat(started).matches("/audits/[0-9a-f-]{36}/plan\\?started");
		UUID audit = UUID.fromString(started.split("/")[2]);
		String page = "/audits/" + audit;

		// the plan proposes what fits and shows the total; the provider picks
		WebSession.Page plan = providerWeb.get(page + "/plan");
		assertThat(plan.status()).isEqualTo(200);
		assertThat(plan.html().select("#proposed .candidate")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(plan.html().selectFirst("#total").text()).isEqualTo("The plan takes 0 min of the 4 h available: 4 h left.");
		UUID interview = sample().get("context-interview").id();
		assertThat(providerWeb.post(page + "/plan/activities", Map.of("activity", interview.toString())).redirect())
			.contains("picked");
		assertThat(providerWeb.get(page + "/plan").html().selectFirst("#total").text())
			.isEqualTo("The plan takes 1 h of the 4 h available: 3 h left.");
		UUID planned = jdbc.sql("select id from audit_activity where audit_id = :a").param("a", audit)
			.query(UUID.class).single();

		// days: a date that is not one keeps what was typed
		WebSession.Page badDay = providerWeb.post(page + "/plan/days", Map.of("day-" + planned, "31/12/2027"));
		assertThat(badDay.text()).contains("Give the day as a date like 2027-03-31.");
		assertThat(badDay.html().selectFirst("input[name=day-" + planned + "]").val()).isEqualTo("31/12/2027");

		// the organization's side reads everything and changes nothing
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		assertThat(memberWeb.get(start).html().select("#start form")).isEmpty();
		assertThat(memberWeb.get(start).html().select("a[href=" + page + "]")).isNotEmpty();
		WebSession.Page seen = memberWeb.get(page);
		assertThat(seen.text()).contains("canary-Las cuentas del equipo").contains("12 people");
		assertThat(seen.html().select("#status form")).isEmpty();
		assertThat(memberWeb.get(page + "/plan").html().select("#proposed")).isEmpty();
		assertThat(memberWeb.post(page + "/plan/activities", Map.of("activity",
				sample().get("password-review").id().toString())).text())
			.contains("Only the auditor’s side can do this.");
		assertThat(memberWeb.post(start, form).text()).contains("Only the auditor’s side can do this.");
		assertThat(memberWeb.post(page + "/activities/" + planned + "/status", Map.of("status", "DONE", "version",
				"0")).text()).contains("Only the auditor’s side can do this.");
		assertThat(memberWeb.get(page + "/context").text()).contains("Only the auditor’s side can do this.");
		assertThat(count("select count(*) from audit_activity where audit_id = :id", audit)).isOne();
		assertThat(count("select count(*) from audit where engagement_id = :id", engagement)).isOne();

		// skipping needs a reason; the typed reason is kept
		WebSession.Page noReason = providerWeb.post(page + "/activities/" + planned + "/status",
				Map.of("status", "SKIPPED", "reason", " ", "version", "0"));
		assertThat(noReason.text()).contains("Say why the activity was skipped.");
		assertThat(providerWeb.post(page + "/activities/" + planned + "/notes", Map.of("notes",
				"canary-**Bold** finding", "version", "0")).redirect()).contains("notesSaved");
		assertThat(providerWeb.get(page + "/activities/" + planned).html().select("#notes .markdown strong").text())
			.isEqualTo("Bold");
		assertThat(providerWeb.postFile(page + "/activities/" + planned + "/evidence", "file", "canary-evidence.txt",
				"text/plain", "canary-Evidence".getBytes(StandardCharsets.UTF_8)).redirect()).contains("evidenceAdded");
		UUID file = jdbc.sql("select id from audit_evidence where audit_id = :a").param("a", audit).query(UUID.class)
			.single();
		assertThat(memberWeb.get(page + "/activities/" + planned + "/evidence/" + file).body())
			.isEqualTo("canary-Evidence");

		// a stale context page is refused and shows the audit as it is now
		String version = providerWeb.get(page + "/context").html().selectFirst("input[name=version]").val();
		Map<String, String> changed = new HashMap<>(form);
		changed.put("scope", "canary-Solo el sitio web");
		changed.put("version", version);
		assertThat(providerWeb.post(page + "/context", changed).redirect()).contains("contextChanged");
		changed.put("scope", "canary-Otra cosa");
		WebSession.Page stale = providerWeb.post(page + "/context", changed);
		assertThat(stale.text()).contains("Someone changed this audit after your page was opened.");
		assertThat(stale.html().selectFirst("textarea[name=scope]").text()).isEqualTo("canary-Solo el sitio web");

		// the status moves, from a page that showed it as it is
		String statusVersion = providerWeb.get(page).html().selectFirst("#status input[name=version]").val();
		assertThat(providerWeb.post(page + "/status", Map.of("to", "UNDER_WAY", "version", statusVersion)).redirect())
			.contains("moved");
		assertThat(providerWeb.post(page + "/status", Map.of("to", "CLOSED", "version", statusVersion)).text())
			.contains("Someone changed this audit");

		// every route of the part, as everyone who does not see the audit
		Person otherMember = fixtures.create(false, Role.ORG_MEMBER);
		WebSession otherMemberWeb = visitor();
		AccountFixtures.signIn(otherMemberWeb, otherMember);
		WebSession otherStaff = signedIn(Role.STAFF);
		List<WebSession> outsiders = List.of(otherMemberWeb, new ProviderNetwork(this).activeProvider().web(),
				signedIn(Role.ADVISORY), otherStaff);
		for (Route route : routes(audit, planned, file)) {
			for (WebSession outsider : outsiders) {
				if (route.path().startsWith("/audits/new") && outsider == otherStaff) {
					continue; // staff start audits on their own for any enrolled organization
				}
				WebSession.Page answer = route.method() == RequestMethod.GET ? outsider.get(route.path())
						: outsider.post(route.path(), Map.of("scope", "x", "organizationSize", "3", "setting", "REMOTE",
								"organization", organization.toString(), "activity", interview.toString(), "status",
								"DONE", "version", "0", "to", "CLOSED", "direction", "up", "notes", "x"));
				if (route.path().equals("/audits")) {
					assertThat(answer.status()).as(route + " as an outsider").isIn(200, 403);
					assertThat(answer.body()).doesNotContain(audit.toString());
					continue;
				}
				if (route.path().equals("/audits/new") && route.method() == RequestMethod.GET) {
					assertThat(answer.status()).as(route + " as an outsider").isEqualTo(403);
					continue;
				}
				assertThat(answer.status()).as(route + " as an outsider").isIn(403, 404);
				assertThat(answer.body()).doesNotContain("canary-");
			}
			WebSession.Page anonymous = route.method() == RequestMethod.GET ? visitor().get(route.path())
					: visitor().post(route.path(), Map.of());
			assertThat(anonymous.status()).as(route + " anonymously").isIn(302, 403);
			assertThat(anonymous.body()).doesNotContain("canary-");
		}
		assertThat(count("select count(*) from audit_activity where audit_id = :id", audit)).isOne();
		assertThat(jdbc.sql("select status from audit where id = :a").param("a", audit).query(String.class).single())
			.isEqualTo("UNDER_WAY");
	}

	@Test
	void staffStartAnAuditOnTheirOwnForAnOrganizationTheyChoose() {
		WebSession staffWeb = signedIn(Role.STAFF);
		WebSession.Page choose = staffWeb.get("/audits/new");
		assertThat(choose.status()).isEqualTo(200);
		assertThat(staffWeb.get("/audits/new?organization=" + organization).html().select("form input[name=organization]"))
			.isNotEmpty();
		assertThat(staffWeb.get("/audits/new?organization=" + UUID.randomUUID()).status()).isEqualTo(404);
		Map<String, String> form = new HashMap<>(Map.of("organization", organization.toString(), "scope", " ",
				"organizationSize", "12", "setting", "REMOTE", "language", "ar"));
		WebSession.Page noScope = staffWeb.post("/audits/new", form);
		assertThat(noScope.text()).contains("Say what the audit covers.");
		form.put("scope", "canary-El sitio web");
		String started = staffWeb.post("/audits/new", form).redirect();
		assertThat(started).matches("/audits/[0-9a-f-]{36}/plan\\?started");
		UUID audit = UUID.fromString(started.split("/")[2]);
		assertThat(staffWeb.get("/audits").html().select("a[href=/audits/" + audit + "]")).isNotEmpty();
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		assertThat(memberWeb.get("/audits").html().select("a[href=/audits/" + audit + "]")).isNotEmpty();
		assertThat(memberWeb.get("/audits/" + audit).text()).contains("canary-El sitio web");
		// the engagement's staff member is not this audit's
		WebSession engagementStaff = visitor();
		AccountFixtures.signIn(engagementStaff, staff);
		assertThat(engagementStaff.get("/audits/" + audit).status()).isEqualTo(404);
		assertThat(provider.web().post("/audits/new", form).status()).isEqualTo(403);
	}

	@Test
	void theApiAnswersThoseWhoSeeTheAuditAndOnlyTheAuditorsSideMarks() throws Exception {
		UUID audit = audits.startInEngagement(engagement, providerAccount, twelveRemote("canary-API")).id();
		UUID planned = plans.pick(audit, providerAccount, sample().get("password-review").id()).id();
		String read = token(provider.web(), "audits:read");
		String write = token(provider.web(), "audits:write");
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> list = http.send(apiRequest("/api/v1/audits", read).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(audit.toString()).doesNotContain("canary-");
		HttpResponse<String> one = http.send(apiRequest("/api/v1/audits/" + audit, read).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("canary-API").contains("\"yourSide\":\"AUDITOR\"")
			.contains("\"slug\":\"password-review\"").contains("\"plannedMinutes\":45");

		HttpResponse<String> noReason = http.send(apiRequest("/api/v1/audits/" + audit + "/activities/" + planned,
				write).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"SKIPPED\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Say why the activity was skipped.");
		HttpResponse<String> done = http.send(apiRequest("/api/v1/audits/" + audit + "/activities/" + planned, write)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"DONE\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("\"status\":\"DONE\"");
		// the read scope alone does not mark
		assertThat(http.send(apiRequest("/api/v1/audits/" + audit + "/activities/" + planned, read)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"PLANNED\"}")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);

		// the organization's side reads but does not mark; outsiders get 404
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		String memberWrite = token(memberWeb, "audits:write");
		HttpResponse<String> refused = http.send(apiRequest("/api/v1/audits/" + audit + "/activities/" + planned,
				memberWrite).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"PLANNED\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(400);
		String memberRead = token(memberWeb, "audits:read");
		assertThat(http.send(apiRequest("/api/v1/audits/" + audit, memberRead).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body()).contains("\"yourSide\":\"ORGANIZATION\"");
		for (String outsider : List.of(token(new ProviderNetwork(this).activeProvider().web(), "audits:read"),
				token(signedIn(Role.STAFF), "audits:read"))) {
			HttpResponse<String> answer = http.send(apiRequest("/api/v1/audits/" + audit, outsider).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(404);
			assertThat(answer.body()).doesNotContain("canary-");
		}
		assertThat(token(signedIn(Role.ADVISORY), "audits:read")).isNull();
	}

	record Route(RequestMethod method, String path) {
	}

	/** Every route of the part from the application's own table, with this audit's ids filled in. */
	private List<Route> routes(UUID audit, UUID planned, UUID file) {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("/engagements/{id}", "/engagements/" + engagement);
		ids.put("/audits/{id}", "/audits/" + audit);
		ids.put("{plannedId}", planned.toString());
		ids.put("{evidenceId}", file.toString());
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/audits") && !pattern.startsWith("/engagements/{id}/audits")) {
					continue;
				}
				if (pattern.contains("/findings") || pattern.contains("/recommendations") || pattern.contains("/reports")) {
					continue; // other parts' routes, tested by their own tests
				}
				String path = pattern;
				for (Map.Entry<String, String> id : ids.entrySet()) {
					path = path.replace(id.getKey(), id.getValue());
				}
				assertThat(path).as("every path variable filled").doesNotContain("{");
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, path));
				}
			}
		}
		assertThat(routes).hasSizeGreaterThanOrEqualTo(18);
		return routes;
	}

}
