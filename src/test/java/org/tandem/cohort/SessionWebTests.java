package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.cohort.domain.SessionService;
import org.tandem.directory.Providers;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

import net.fortuna.ical4j.model.Calendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sessions' pages, feed and API over HTTP: staff plan a session (bad input keeps what was typed, nothing written),
 * change it (a stale page is refused) and take attendance; the participants see it in their own time zone; the
 * calendar feed lists only what is meant for its holder and dies when revoked; every route answers nobody else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class SessionWebTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	SessionService sessions;

	@Autowired
	CohortAgreementService agreements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Autowired
	org.tandem.platform.TimeZonePreferences zones;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void staffPlanChangeAndTakeAttendanceAndParticipantsReadItInTheirZone() {
		SessionFixtures world = world();
		WebSession staff = signedIn(world.staff());
		String base = "/staff/cohorts/" + world.cohort() + "/sessions";
		assertThat(staff.get(base + "/new").status()).isEqualTo(200);
		assertThat(staff.get("/staff/cohorts/" + world.cohort()).html().select("a[href=" + base + "/new]")).isNotEmpty();

		// bad input: the message, what was typed kept, nothing written
		Map<String, String> form = new HashMap<>(Map.of("kind", "WELCOME_ONBOARDING", "audience", "EVERYONE", "title",
				"Bienvenida y plataforma", "day", "2027-03-02", "time", "10:00", "duration", "90", "timeZone",
				"America/Argentina/Buenos_Aires", "link", "javascript:alert(1)", "agenda", "- Presentaciones"));
		long before = count(world.cohort());
		WebSession.Page bad = staff.post(base, form);
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("Give a web address starting with https:// or http://.");
		assertThat(bad.html().selectFirst("input[name=title]").val()).isEqualTo("Bienvenida y plataforma");
		assertThat(bad.html().selectFirst("input[name=link]").val()).isEqualTo("javascript:alert(1)");
		for (Map.Entry<String, String> broken : List.of(Map.entry("day", "2 March"), Map.entry("time", "25:99"),
				Map.entry("duration", "ninety"), Map.entry("timeZone", "Mars/Olympus"), Map.entry("kind", "PARTY"),
				Map.entry("title", "x".repeat(201)), Map.entry("agenda", "x".repeat(20_001)),
				Map.entry("link", ""))) {
			Map<String, String> typed = new HashMap<>(form);
			typed.put("link", "https://meet.example.org/bienvenida");
			typed.put(broken.getKey(), broken.getValue());
			WebSession.Page answer = staff.post(base, typed);
			assertThat(answer.status()).as(broken.getKey()).isEqualTo(200);
			assertThat(answer.html().select(".field-error, .error-summary")).as(broken.getKey()).isNotEmpty();
		}
		assertThat(count(world.cohort())).isEqualTo(before);

		// planned: 10:00 in Buenos Aires (UTC-3) is 13:00 UTC
		form.put("link", "https://meet.example.org/bienvenida");
		String created = staff.post(base, form).redirect();
		assertThat(created).contains("created");
		String page = created.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		UUID sessionId = UUID.fromString(page.replaceAll(".*/", ""));
		CohortSession session = sessions.get(world.cohort(), sessionId);
		assertThat(session.startsAt()).isEqualTo(Instant.parse("2027-03-02T13:00:00Z"));
		WebSession.Page staffPage = staff.get(page);
		assertThat(staffPage.html().selectFirst("input[name=time]").val()).isEqualTo("10:00");

		// a stale page is refused and keeps what was typed
		Map<String, String> change = new HashMap<>(form);
		change.put("version", "0");
		change.put("title", "Bienvenida (nueva hora)");
		change.put("time", "11:00");
		assertThat(staff.post(page, change).redirect()).contains("saved");
		change.put("title", "Mi versión");
		WebSession.Page stale = staff.post(page, change);
		assertThat(stale.text()).contains("Someone changed this cohort since you opened the page.");
		assertThat(stale.html().selectFirst("input[name=title]").val()).isEqualTo("Mi versión");
		assertThat(sessions.get(world.cohort(), sessionId).title()).isEqualTo("Bienvenida (nueva hora)");

		// attendance: a box per organization and provider; a stranger or a stale page changes nothing
		WebSession.Page attendancePage = staff.get(page);
		assertThat(attendancePage.html().select("input[name=organization][value=" + world.organization() + "]"))
			.isNotEmpty();
		assertThat(attendancePage.html().select("input[name=provider][value=" + world.provider().id() + "]"))
			.isNotEmpty();
		assertThat(staff.post(page + "/attendance", Map.of("version", "1", "organization",
				UUID.randomUUID().toString())).text()).contains("Only the cohort’s participants");
		assertThat(staff.post(page + "/attendance", Map.of("version", "1", "organization", "not-an-id")).status())
			.isEqualTo(200);
		assertThat(staff.post(page + "/attendance", Map.of("version", "0", "organization",
				world.organization().toString())).text()).contains("Someone changed this cohort");
		assertThat(staff.post(page + "/attendance", Map.of("version", "1", "organization",
				world.organization().toString())).redirect()).contains("attendanceSaved");
		assertThat(staff.get(page).html().select("input[name=organization][checked]")).hasSize(1);

		// the participant: in the cohort's space and on the session's page, in their own zone, with the link
		zones.choose(world.member().id(), "Asia/Kathmandu");
		WebSession member = signedIn(world.member());
		WebSession.Page space = member.get("/cohorts/" + world.cohort());
		assertThat(space.html().select("#cohort-sessions a[href=/cohorts/" + world.cohort() + "/sessions/" + sessionId
				+ "]")).isNotEmpty();
		assertThat(space.html().selectFirst("#sessions-rule").text()).contains("You attended 1 session so far.")
			.contains("The welcome and onboarding is done.");
		WebSession.Page own = member.get("/cohorts/" + world.cohort() + "/sessions/" + sessionId);
		assertThat(own.status()).isEqualTo(200);
		// 11:00 in Buenos Aires is 14:00 UTC, 19:45 in Kathmandu (+05:45)
		assertThat(own.html().selectFirst("#session-when").text()).isEqualTo("2027-03-02 19:45 +05:45");
		assertThat(own.text()).contains("2027-03-02 11:00 (America/Argentina/Buenos_Aires)");
		assertThat(own.html().selectFirst("#session-link").attr("href")).isEqualTo("https://meet.example.org/bienvenida");
		assertThat(own.html().select("#session-agenda li")).hasSize(1);
		// staff see the rule per participant
		assertThat(staff.get(page).html().select("#rule tbody tr")).hasSize(2);

		// cancelled: shown as such; the attendance form goes
		assertThat(staff.post(page + "/cancel", Map.of("version", "0")).text()).contains("Someone changed this cohort");
		assertThat(staff.post(page + "/cancel", Map.of("version", "1")).redirect()).contains("cancelled");
		assertThat(member.get("/cohorts/" + world.cohort() + "/sessions/" + sessionId).html()
			.selectFirst("#session-cancelled")).isNotNull();
		assertThat(staff.post(page + "/cancel", Map.of("version", "2")).text())
			.contains("This session is cancelled: it can no longer be changed.");
	}

	@Test
	void theCalendarFeedListsOnlyWhatIsMeantForItsHolderAndDiesWhenRevoked() throws Exception {
		SessionFixtures world = world();
		SessionFixtures other = world();
		Instant soon = Instant.now().plus(Duration.ofDays(3));
		CohortSession everyone = sessions.create(world.cohort(),
				SessionFixtures.details(SessionKind.KICK_OFF, SessionAudience.EVERYONE, "Arranque común", soon),
				world.staff().id());
		CohortSession providersOnly = sessions.create(world.cohort(), SessionFixtures.details(SessionKind.WEBINAR,
				SessionAudience.PROVIDERS, "Webinario de proveedores", soon), world.staff().id());
		CohortSession elsewhere = sessions.create(other.cohort(),
				SessionFixtures.details(SessionKind.KICK_OFF, SessionAudience.EVERYONE, "Arranque ajeno", soon),
				other.staff().id());

		WebSession member = signedIn(world.member());
		assertThat(member.get("/cohorts/calendar").html().selectFirst("#calendar-link")).isNull();
		WebSession.Page made = member.post("/cohorts/calendar", Map.of());
		String link = made.html().selectFirst("#calendar-link").text();
		String path = link.replaceAll("^https?://[^/]+", "");
		String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
		assertThat(token).hasSize(64);
		// only the digest is kept
		assertThat(jdbc.sql("select count(*) from cohort_calendar_feed where token_sha256 = :t").param("t", token)
			.query(Long.class).single()).isZero();
		assertThat(member.get("/cohorts/calendar").html().selectFirst("#calendar-link")).isNull();

		WebSession.Page feed = visitor().get(path);
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type").orElseThrow()).startsWith("text/calendar");
		assertThat(feed.header("Set-Cookie")).isEmpty();
		Calendar calendar = SessionTests.parse(feed.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		List<String> uids = calendar.getComponents("VEVENT")
			.stream()
			.map(e -> e.getProperty("UID").orElseThrow().getValue())
			.toList();
		assertThat(uids).contains(everyone.uid()).doesNotContain(providersOnly.uid(), elsewhere.uid());
		assertThat(feed.body()).doesNotContain(other.member().username()).doesNotContain("Arranque ajeno");

		// a new link kills the old one; revoking kills the new one; unknown links are not found
		String renewed = signedInPost(member, "/cohorts/calendar");
		assertThat(visitor().get(path).status()).isEqualTo(404);
		assertThat(visitor().get(renewed).status()).isEqualTo(200);
		assertThat(member.post("/cohorts/calendar/revoke", Map.of()).redirect()).contains("revoked");
		assertThat(visitor().get(renewed).status()).isEqualTo(404);
		assertThat(visitor().get("/calendar/" + "0".repeat(64) + ".ics").status()).isEqualTo(404);
		assertThat(visitor().get("/calendar/not-a-token.ics").status()).isEqualTo(404);
		assertThat(visitor().get("/calendar/" + "a".repeat(300) + ".ics").status()).isEqualTo(404);
	}

	@Test
	void theApiPlansChangesAndTakesAttendanceWithTheVersionRead() {
		SessionFixtures world = world();
		WebSession staffWeb = signedIn(world.staff());
		String read = token(staffWeb, "cohorts:read");
		String write = token(staffWeb, "cohorts:write");
		String base = "/api/v1/cohorts/" + world.cohort() + "/sessions";
		String body = """
				{"kind": "KICK_OFF", "audience": "EVERYONE", "title": "Arranque API", "startsAt": "2027-03-02T13:00:00Z",
				 "durationMinutes": 60, "timeZone": "Europe/Madrid", "onlineLink": "https://meet.example.org/api"}""";
		assertBad(send("POST", base, write, body.replace("https://meet", "javascript://meet")),
				"Give a web address starting with https:// or http://.");
		assertBad(send("POST", base, write, "{}"), "Choose the kind of session.");
		assertThat(send("POST", base, write, "{\"kind\": ").status()).isEqualTo(400);
		assertThat(send("POST", base, write, body.replace("KICK_OFF", "PARTY")).status()).isEqualTo(400);
		assertThat(send("POST", base, read, body).status()).isEqualTo(403);
		WebSession.Page created = send("POST", base, write, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = json.readTree(created.body()).path("id").asString();
		assertThat(get(base, read)).hasSize(1);
		assertThat(get(base + "/" + id, read).path("timeZone").asString()).isEqualTo("Europe/Madrid");
		assertThat(send("GET", base + "/" + UUID.randomUUID(), read, null).status()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/cohorts/" + UUID.randomUUID() + "/sessions/" + id, read, null).status())
			.isEqualTo(404);

		WebSession.Page changed = send("PATCH", base + "/" + id, write,
				body.replace("Arranque API", "Arranque API 2").replace("}", ", \"version\": 0}"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(json.readTree(changed.body()).path("sequence").asInt()).isEqualTo(1);
		assertBad(send("PATCH", base + "/" + id, write, body.replace("}", ", \"version\": 0}")),
				"Someone changed this cohort");

		String attendance = """
				{"version": 1, "attended": [{"organization": "%s", "account": "%s"}, {"provider": "%s"}]}"""
			.formatted(world.organization(), world.member().id(), world.provider().id());
		WebSession.Page taken = send("PUT", base + "/" + id + "/attendance", write, attendance);
		assertThat(taken.status()).as(taken.body()).isEqualTo(200);
		assertThat(get(base + "/" + id + "/attendance", read)).hasSize(2);
		assertBad(send("PUT", base + "/" + id + "/attendance", write,
				"{\"version\": 1, \"attended\": [{\"organization\": \"%s\", \"provider\": \"%s\"}]}"
					.formatted(world.organization(), world.provider().id())), "Only the cohort’s participants");
		assertThat(send("PUT", base + "/" + id + "/attendance", read, attendance).status()).isEqualTo(403);

		WebSession.Page cancelled = send("PATCH", base + "/" + id, write, "{\"cancelled\": true, \"version\": 1}");
		assertThat(json.readTree(cancelled.body()).path("cancelled").asBoolean()).isTrue();
		for (Role role : new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.ADVISORY }) {
			assertThat(token(signedIn(role), "cohorts:read")).as(role.name()).isNull();
		}
	}

	@Test
	void everyRouteAnswersNobodyOutsideTheCohort() {
		SessionFixtures world = world();
		SessionFixtures other = world();
		CohortSession session = sessions.create(world.cohort(), SessionFixtures.details(SessionKind.KICK_OFF,
				SessionAudience.EVERYONE, "Privada-Arranque", Instant.now().plus(Duration.ofDays(4))),
				world.staff().id());
		CohortSession providersOnly = sessions.create(world.cohort(), SessionFixtures.details(SessionKind.WEBINAR,
				SessionAudience.PROVIDERS, "Privada-Webinario", Instant.now().plus(Duration.ofDays(4))),
				world.staff().id());
		Person stranger = fixtures.create(false, Role.ORG_MEMBER);
		AgreementFixtures.organization(organizations, stranger.username());
		List<WebSession> outsiders = List.of(signedIn(other.member()), other.provider().web(), signedIn(stranger),
				signedIn(Role.ADVISORY), new org.tandem.support.ProviderNetwork(this).activeProvider().web());
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("{id}", world.cohort().toString());
		ids.put("{sessionId}", session.id().toString());
		ids.put("{materialId}", UUID.randomUUID().toString());
		ids.put("{token}", "0".repeat(64));
		Map<String, String> outsiderForm = Map.of("version", "0", "title", "Tomado-por-fuera", "kind", "OTHER",
				"organization", world.organization().toString());
		for (Route route : routes(ids)) {
			if (route.path().startsWith("/cohorts/calendar")) {
				// each person's own feed page: never about anyone else
				continue;
			}
			for (WebSession outsider : outsiders) {
				WebSession.Page answer = route.method() == RequestMethod.GET ? outsider.get(route.path())
						: outsider.post(route.path(), outsiderForm);
				assertThat(answer.status()).as(route + " as an outsider").isIn(403, 404);
				assertThat(answer.body()).doesNotContain("Privada-");
			}
			WebSession.Page anonymous = route.method() == RequestMethod.GET ? visitor().get(route.path())
					: visitor().post(route.path(), Map.of());
			assertThat(anonymous.status()).as(route + " anonymously").isIn(302, 403, 404);
			assertThat(anonymous.body()).doesNotContain("Privada-");
		}
		// the organization's member does not reach the providers' webinar, nor before signing
		WebSession member = signedIn(world.member());
		assertThat(member.get("/cohorts/" + world.cohort() + "/sessions/" + providersOnly.id()).status())
			.isEqualTo(404);
		assertThat(member.get("/cohorts/" + world.cohort()).body()).doesNotContain("Privada-Webinario");
		assertThat(member.get("/cohorts/" + world.cohort() + "/sessions/" + session.id()).status()).isEqualTo(200);
		assertThat(visitor().post("/cohorts/calendar", Map.of()).status()).isIn(302, 403);
		assertThat(sessions.get(world.cohort(), session.id()).title()).isEqualTo("Privada-Arranque");
	}

	private SessionFixtures world() {
		return SessionFixtures.cohort(this, fixtures, cohorts, organizations, providers, agreements);
	}

	private String signedInPost(WebSession web, String path) {
		String link = web.post(path, Map.of()).html().selectFirst("#calendar-link").text();
		return link.replaceAll("^https?://[^/]+", "");
	}

	private WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	private long count(UUID cohort) {
		return jdbc.sql("select count(*) from cohort_session where cohort_id = :c").param("c", cohort)
			.query(Long.class).single();
	}

	private static void assertBad(WebSession.Page answer, String words) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains(words).doesNotContain("Exception");
	}

	private JsonNode get(String path, String token) {
		WebSession.Page answer = send("GET", path, token, null);
		assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private WebSession.Page send(String method, String path, String token, @org.jspecify.annotations.Nullable String body) {
		HttpRequest.Builder request = apiRequest(path, token).header("Accept-Language", "en");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return visitor().send(request.build());
	}

	record Route(RequestMethod method, String path) {
	}

	/** Every route of the sessions' and the calendar's controllers, from the application's own table. */
	private List<Route> routes(Map<String, String> ids) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			Class<?> type = entry.getValue().getBeanType();
			if (!type.getPackageName().equals("org.tandem.cohort.web")
					|| !(type.getSimpleName().startsWith("Session") || type.getSimpleName().startsWith("Calendar"))) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				String path = pattern;
				for (Map.Entry<String, String> id : ids.entrySet()) {
					path = path.replace(id.getKey(), id.getValue());
				}
				assertThat(path).as("every path variable filled").doesNotContain("{");
				Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, path));
				}
			}
		}
		assertThat(routes).hasSizeGreaterThanOrEqualTo(14);
		return routes;
	}

}
