package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.handoff.ContactConfirmed;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The engagement's pages over HTTP, as browsers without JavaScript send them, on H2 and PostgreSQL: staff link a
 * confirmed handoff to an organization, the member and the provider work in the workspace, bad input and stale pages
 * keep what was typed and change nothing, and every route of the module answers nobody else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementWebTests extends WebTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.tandem.organization.domain.OrganizationService organizationService;

	@Autowired
	org.tandem.engagement.domain.EngagementService engagementService;

	@Autowired
	org.tandem.engagement.domain.Closings closings;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void staffOpenAnEngagementAndBothSidesWorkInItAndNobodyElseReachesIt() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider provider = network.activeProvider();
		WebSession staff = provider.staff();
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		String name = "Colectivo Sur " + UUID.randomUUID().toString().substring(0, 6);
		staff.get("/staff/organizations/new");
		String created = staff.post("/staff/organizations", Map.of("name", name, "kind", "MEDIA", "sizeBand",
				"UP_TO_20", "country", "CO")).redirect();
		String organizationPath = created.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		UUID organization = UUID.fromString(organizationPath.replaceAll(".*/", ""));
		staff.get(organizationPath);
		staff.post(organizationPath + "/members", Map.of("username", member.username()));

		UUID request = UUID.randomUUID();
		transactions.executeWithoutResult(
				status -> events.publishEvent(new ContactConfirmed(request, provider.id(), false, Instant.now())));

		WebSession.Page openings = staff.get("/staff/engagements");
		assertThat(openings.status()).isEqualTo(200);
		assertThat(openings.html().select("a[href=/staff/engagements/openings/" + request + "]")).isNotEmpty();
		WebSession.Page choose = staff.get("/staff/engagements/openings/" + request);
		assertThat(choose.html().select("input[name=organization][value=" + organization + "]")).isNotEmpty();
		WebSession.Page nothingChosen = staff.post("/staff/engagements/openings/" + request, Map.of());
		assertThat(nothingChosen.status()).isEqualTo(200);
		assertThat(nothingChosen.text()).contains("Choose an enrolled organization.");
		String opened = staff.post("/staff/engagements/openings/" + request,
				Map.of("organization", organization.toString())).redirect();
		assertThat(opened).contains("/engagements/").contains("opened");
		String workspace = opened.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		UUID engagement = UUID.fromString(workspace.replaceAll(".*/", ""));

		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		WebSession.Page page = memberWeb.get(workspace);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst("[aria-current=step]").text()).isEqualTo("Discover");
		assertThat(memberWeb.get("/engagements").html().select("a[href=" + workspace + "]")).isNotEmpty();

		// a risk without its threat: the message, and the asset as typed
		WebSession.Page missing = memberWeb.post(workspace + "/risks", Map.of("asset", "canary-Lista de fuentes",
				"threat", " ", "likelihood", "HIGH", "impact", "HIGH"));
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.text()).contains("Say what could harm it, and from whom.");
		assertThat(missing.html().selectFirst("input[name=asset]").val()).isEqualTo("canary-Lista de fuentes");
		assertThat(riskCount(engagement)).isZero();
		WebSession.Page unknownLevel = memberWeb.post(workspace + "/risks", Map.of("asset", "a", "threat", "b",
				"likelihood", "ENORMOUS", "impact", "HIGH"));
		assertThat(unknownLevel.status()).isLessThan(500);
		assertThat(riskCount(engagement)).isZero();
		assertThat(memberWeb.post(workspace + "/risks", Map.of("asset", "canary-Lista de fuentes", "threat",
				"canary-Phishing", "likelihood", "HIGH", "impact", "HIGH")).redirect()).contains("riskAdded");
		UUID risk = jdbc.sql("select id from engagement_risk where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();

		// the provider sees it and changes it; the member's older page is then refused, with the text kept
		WebSession.Page edit = provider.web().get(workspace + "/risks/" + risk);
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.html().selectFirst("input[name=asset]").val()).isEqualTo("canary-Lista de fuentes");
		assertThat(provider.web().post(workspace + "/risks/" + risk, Map.of("asset", "canary-Lista de fuentes",
				"threat", "canary-Phishing dirigido", "likelihood", "HIGH", "impact", "HIGH", "version", "0")).redirect())
			.contains("riskChanged");
		WebSession.Page stale = memberWeb.post(workspace + "/risks/" + risk, Map.of("asset", "canary-Lista de fuentes",
				"threat", "canary-Mi versión", "likelihood", "LOW", "impact", "LOW", "version", "0"));
		assertThat(stale.text()).contains("Someone changed this since you opened the page.");
		assertThat(stale.html().selectFirst("input[name=threat]").val()).isEqualTo("canary-Mi versión");

		// agreements, then the same from a page opened before
		long version = Long.parseLong(memberWeb.get(workspace).html().selectFirst("#create-space input[name=version]").val());
		assertThat(memberWeb.post(workspace + "/agreements", Map.of("rhythm", "canary-Martes por Signal", "version",
				String.valueOf(version))).redirect()).contains("agreed");
		WebSession.Page staleAgreement = provider.web().post(workspace + "/agreements", Map.of("rhythm",
				"canary-Jueves", "version", String.valueOf(version)));
		assertThat(staleAgreement.text()).contains("Someone changed this since you opened the page.");
		assertThat(staleAgreement.html().selectFirst("textarea[name=rhythm]").text()).isEqualTo("canary-Jueves");
		assertThat(memberWeb.get(workspace).html().selectFirst("textarea[name=rhythm]").text())
			.isEqualTo("canary-Martes por Signal");
		WebSession.Page tooLong = memberWeb.post(workspace + "/agreements", Map.of("rhythm", "x".repeat(4001),
				"version", String.valueOf(version + 1)));
		assertThat(tooLong.text()).contains("Keep each agreement under 4,000 characters.");

		// phases: forwards, back, and not to one that does not exist
		assertThat(memberWeb.post(workspace + "/phase", Map.of("to", "STRATEGISE", "version",
				String.valueOf(version + 1))).redirect()).contains("moved");
		assertThat(memberWeb.get(workspace).html().selectFirst("[aria-current=step]").text()).isEqualTo("Strategise");
		assertThat(memberWeb.post(workspace + "/phase", Map.of("to", "NOWHERE", "version", "0")).status())
			.isLessThan(500);

		// an item of the plan, so that its routes are sent with a real item too
		assertThat(memberWeb.post(workspace + "/plan/items", Map.of("title", "canary-Auditoría", "owner", "PROVIDER",
				"dueOn", "2030-01-31", "effort", "4", "cost", "100")).redirect()).contains("itemAdded");
		UUID planItem = jdbc.sql("select id from engagement_plan_item where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		// working together: one of each, so that every route below has an object of this engagement to aim at
		assertThat(memberWeb.post(workspace + "/meetings", Map.of("heldOn", "2026-03-24", "title", "canary-Reunión",
				"notes", "canary-Notas")).redirect()).contains("meetingAdded");
		UUID meeting = jdbc.sql("select id from engagement_meeting where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		assertThat(memberWeb.post(workspace + "/decisions", Map.of("decidedOn", "2026-03-24", "what",
				"canary-Decisión", "meetingId", meeting.toString())).redirect()).contains("decided");
		UUID decision = jdbc.sql("select id from engagement_decision where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		assertThat(memberWeb.post(workspace + "/messages", Map.of("message", "canary-Hola")).redirect()).contains("sent");
		assertThat(provider.web().post(workspace + "/guides", Map.of("kind", "CHECKLIST", "guideTitle", "canary-Lista",
				"items", "canary-Uno\ncanary-Dos")).redirect()).contains("guideWritten");
		UUID guide = jdbc.sql("select id from engagement_guide where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		UUID checklistItem = jdbc.sql("select id from engagement_checklist_item where guide_id = :g order by item_order")
			.param("g", guide).query(UUID.class).list().getFirst();

		assertThat(memberWeb.postFile(workspace + "/files", "file", "plan.txt", "text/plain",
				"canary-Plan".getBytes(java.nio.charset.StandardCharsets.UTF_8)).redirect()).contains("fileAdded");
		UUID file = jdbc.sql("select id from engagement_file where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		assertThat(provider.web().get(workspace + "/files/" + file).body()).isEqualTo("canary-Plan");

		// every route of the module, as everyone who does not take part
		Person otherMember = fixtures.create(false, Role.ORG_MEMBER);
		WebSession otherMemberWeb = visitor();
		AccountFixtures.signIn(otherMemberWeb, otherMember);
		List<WebSession> outsiders = List.of(otherMemberWeb, network.activeProvider().web(), signedIn(Role.ADVISORY),
				signedIn(Role.STAFF));
		Map<String, String> ids = new java.util.LinkedHashMap<>();
		ids.put("/plan/items/{itemId}", "/plan/items/" + planItem);
		ids.putAll(Map.of("{id}", engagement.toString(), "{riskId}", risk.toString(), "{requestId}",
				request.toString(), "{meetingId}", meeting.toString(), "{decisionId}", decision.toString(), "{guideId}",
				guide.toString(), "{itemId}", checklistItem.toString(), "{fileId}", file.toString()));
		ids.put("{checkInId}", UUID.randomUUID().toString());
		ids.put("{alertId}", UUID.randomUUID().toString());
		// the provider's knowledge check for the engagement: its pages are the engagement's too
		String check = provider.web().post(workspace + "/knowledge-checks", Map.of("title", "canary-Check")).redirect();
		assertThat(check).contains(workspace + "/knowledge-checks/");
		ids.put("{checkId}", check.substring(check.lastIndexOf('/') + 1));
		for (Route route : routes(ids)) {
			for (WebSession outsider : outsiders) {
				if (route.path().endsWith("/take-part") && outsider.equals(outsiders.get(3))) {
					continue; // staff may take part in any engagement: shown below, once the outsiders are done
				}
				WebSession.Page answer = route.method() == RequestMethod.GET ? outsider.get(route.path())
						: outsider.post(route.path(), outsiderForm(organization));
				if (route.path().startsWith("/staff/")) {
					// staff's pages: for staff and administrators only
					if (!outsider.equals(outsiders.get(3))) {
						assertThat(answer.status()).as(route + " as an outsider").isIn(403, 404);
					}
					continue;
				}
				if (route.path().equals("/engagements")) {
					// everyone's own list: this engagement is not on it
					assertThat(answer.status()).as(route + " as an outsider").isIn(200, 403);
					assertThat(answer.body()).doesNotContain(engagement.toString());
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
		assertThat(riskCount(engagement)).isOne();

		// staff not assigned see the engagement on the overview, without its content, and may take part
		WebSession unassigned = outsiders.get(3);
		WebSession.Page all = unassigned.get("/staff/engagements/all");
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body()).doesNotContain("canary-Mi").doesNotContain("canary-Martes");
		assertThat(unassigned.post("/staff/engagements/" + engagement + "/take-part", Map.of()).redirect())
			.contains("/engagements/" + engagement + "?joined");
		assertThat(unassigned.get(workspace).status()).isEqualTo(200);
		assertThat(unassigned.get("/staff/engagements/all?state=NOWHERE&after=bm90LWEtY3Vyc29y").status()).isEqualTo(200);
		assertThat(jdbc.sql("select status from engagement_plan_item where id = :i").param("i", planItem)
			.query(String.class).single()).isEqualTo("TO_DO");
		assertThat(jdbc.sql("select threat from engagement_risk where id = :r").param("r", risk).query(byte[].class)
			.single()).isNotEmpty();
		assertThat(memberWeb.get(workspace).html().selectFirst("[aria-current=step]").text()).isEqualTo("Strategise");
		for (String table : List.of("engagement_meeting", "engagement_decision", "engagement_message",
				"engagement_guide", "engagement_file")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where engagement_id = :e").param("e", engagement)
				.query(Long.class).single()).as(table).isOne();
		}
		assertThat(jdbc.sql("select count(*) from engagement_checklist_item where done = true and guide_id = :g")
			.param("g", guide).query(Long.class).single()).isZero();
		WebSession.Page together = memberWeb.get(workspace + "/together");
		assertThat(together.status()).isEqualTo(200);
		assertThat(together.text()).contains("canary-Reunión", "canary-Decisión", "canary-Hola", "canary-Uno");

		// removing a line
		assertThat(memberWeb.post(workspace + "/risks/" + risk + "/remove", Map.of()).redirect()).contains("riskRemoved");
		assertThat(riskCount(engagement)).isZero();
	}

	@Test
	void closingOverHttpAndTheCheckInLinkWorksOnceSignedOut() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = organizationService.create(new org.tandem.organization.domain.Organization.Profile(
				"Colectivo Norte " + UUID.randomUUID(), null, null, org.tandem.organization.OrganizationKind.MEDIA,
				org.tandem.organization.SizeBand.UP_TO_20, "MX")).id();
		organizationService.addMember(organization, member.username());
		UUID engagement = engagementService.openByHand(organization, provider.id(), staff.id()).id();
		String workspace = "/engagements/" + engagement;
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		assertThat(memberWeb.get(workspace).html().select("nav.engagement-parts a[href=" + workspace + "/closing]"))
			.isNotEmpty();

		// the organization's side is not offered "stopped by the provider", and cannot send it either
		WebSession.Page closing = memberWeb.get(workspace + "/closing");
		assertThat(closing.status()).isEqualTo(200);
		assertThat(closing.html().select("input[name=reason]")).extracting(e -> e.val())
			.containsExactly("PLAN_DONE", "PAUSED", "STOPPED_BY_ORGANIZATION");
		WebSession.Page notYours = memberWeb.post(workspace + "/closing", Map.of("reason", "STOPPED_BY_PROVIDER",
				"note", "canary-Nos quedamos sin fondos", "months", "6", "everyMonths", "1", "version", "0"));
		assertThat(notYours.status()).isEqualTo(400);
		assertThat(notYours.text()).contains("Only the other side can say that it stopped the work.");
		assertThat(notYours.html().selectFirst("textarea[name=note]").text()).isEqualTo("canary-Nos quedamos sin fondos");
		WebSession.Page notANumber = memberWeb.post(workspace + "/closing", Map.of("reason", "PLAN_DONE", "months",
				"seis", "everyMonths", "1", "version", "0"));
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.text()).contains("Give a number of months from 0 to 24.");
		WebSession.Page stale = memberWeb.post(workspace + "/closing", Map.of("reason", "PLAN_DONE", "months", "6",
				"everyMonths", "1", "version", "5"));
		assertThat(stale.text()).contains("Someone changed this since you opened the page.");
		assertThat(jdbc.sql("select phase from engagement where id = :e").param("e", engagement).query(String.class)
			.single()).isEqualTo("DISCOVER");
		assertThat(memberWeb.post(workspace + "/closing", Map.of("reason", "PLAN_DONE", "note",
				"canary-Nos quedamos sin fondos", "months", "6", "everyMonths", "1", "version", "0")).redirect())
			.contains("closed");
		WebSession.Page closed = memberWeb.get(workspace + "/closing");
		assertThat(closed.html().selectFirst("#closing-reason").text()).isEqualTo("The plan is done");
		assertThat(closed.html().select("form[action$=/closing]")).isEmpty();

		// a check-in falls due: the member's link works signed out, once
		jdbc.sql("update engagement_closing set next_check_in = :today where engagement_id = :e")
			.param("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC)).param("e", engagement).update();
		closings.runDue();
		String token = tokenIn(TestMail.awaitBody(member.username() + "@example.org", "/check-ins/"));
		String providerToken = tokenIn(TestMail.awaitBody(provider.email(), "/check-ins/"));
		WebSession stranger = visitor();
		WebSession.Page form = stranger.get("/check-ins/" + token);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("input[name=answer]")).hasSize(2);
		WebSession.Page nothing = stranger.post("/check-ins/" + token, Map.of("note", "canary-Nos bloquearon"));
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.text()).contains("Choose \"All well\" or \"Need help\".");
		assertThat(nothing.html().selectFirst("textarea[name=note]").text()).isEqualTo("canary-Nos bloquearon");
		WebSession.Page thanks = stranger.post("/check-ins/" + token, Map.of("answer", "NEED_HELP", "note",
				"canary-Nos bloquearon"));
		assertThat(thanks.status()).isEqualTo(200);
		assertThat(thanks.text()).contains("The hub’s staff were told that you need help");
		WebSession.Page used = stranger.get("/check-ins/" + token);
		assertThat(used.status()).isEqualTo(410);
		assertThat(used.text()).contains("This check-in was already answered.");
		assertThat(stranger.post("/check-ins/" + token, Map.of("answer", "ALL_WELL")).status()).isEqualTo(410);
		WebSession.Page unknown = stranger.get("/check-ins/" + "x".repeat(43));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text()).contains("This link does not lead to a check-in.");
		jdbc.sql("update engagement_check_in set expires_at = :past where engagement_id = :e and side = 'PROVIDER'")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60))).param("e", engagement).update();
		WebSession.Page expired = stranger.get("/check-ins/" + providerToken);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.text()).contains("This link has expired.");

		// staff see the alert without the note, and mark it handled
		WebSession staffWeb = visitor();
		AccountFixtures.signIn(staffWeb, staff);
		WebSession.Page alerts = staffWeb.get("/staff/engagements/alerts");
		assertThat(alerts.status()).isEqualTo(200);
		assertThat(alerts.text()).contains("Needs help: the organization").doesNotContain("canary");
		UUID alert = jdbc.sql("select id from engagement_alert where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		assertThat(staffWeb.post("/staff/engagements/alerts/" + alert + "/handled", Map.of()).redirect())
			.contains("handled");
		assertThat(staffWeb.get("/staff/engagements/alerts").html().select("#alert-" + alert)).isEmpty();

		// the provider, signed in, reads the member's answer and answers its own side on the page
		WebSession.Page theirs = provider.web().get(workspace + "/check-ins");
		assertThat(theirs.status()).isEqualTo(200);
		assertThat(theirs.text()).contains("canary-Nos bloquearon");
		UUID providerCheckIn = jdbc.sql("select id from engagement_check_in where engagement_id = :e and side = 'PROVIDER'")
			.param("e", engagement).query(UUID.class).single();
		UUID memberCheckIn = jdbc.sql("select id from engagement_check_in where engagement_id = :e and side = 'ORGANIZATION'")
			.param("e", engagement).query(UUID.class).single();
		assertThat(provider.web().post(workspace + "/check-ins/" + memberCheckIn, Map.of("answer", "ALL_WELL"))
			.status()).isEqualTo(400);
		assertThat(provider.web().post(workspace + "/check-ins/" + providerCheckIn, Map.of("answer", "ALL_WELL"))
			.redirect()).contains("answered");

		// the same through the JSON API, for participants only and each for its own side
		String read = token(provider.web(), "engagements:read");
		String write = token(memberWeb, "engagements:write");
		var list = visitor().send(apiRequest(workspace.replace("/engagements", "/api/v1/engagements") + "/check-ins",
				read).GET().build());
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(list.body()).contains(memberCheckIn.toString(), "NEED_HELP", "canary-Nos bloquearon", "ALL_WELL");
		String answerPath = "/api/v1/engagements/" + engagement + "/check-ins/" + providerCheckIn + "/answer";
		var notTheirs = visitor().send(apiRequest(answerPath, write).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"answer\": \"ALL_WELL\"}")).build());
		assertThat(notTheirs.status()).isEqualTo(400);
		assertThat(notTheirs.body()).contains("Only the other side can answer this check-in.")
			.doesNotContain("Exception");
		assertThat(visitor().send(apiRequest(answerPath, read).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"answer\": \"ALL_WELL\"}")).build())
			.status()).isEqualTo(403);
		WebSession outsiderWeb = visitor();
		AccountFixtures.signIn(outsiderWeb, fixtures.create(false, Role.ORG_MEMBER));
		var outsider = visitor().send(apiRequest("/api/v1/engagements/" + engagement + "/check-ins",
				token(outsiderWeb, "engagements:read")).GET().build());
		assertThat(outsider.status()).isEqualTo(404);
		assertThat(outsider.body()).doesNotContain("canary");
	}

	/** One form with a field for every route's form, filled as a valid request would be. */
	private static Map<String, String> outsiderForm(UUID organization) {
		Map<String, String> form = new java.util.HashMap<>(Map.of("asset", "x", "threat", "y", "likelihood", "LOW",
				"impact", "LOW", "to", "ACTUALISE", "version", "0", "rhythm", "z", "organization",
				organization.toString()));
		form.putAll(Map.of("title", "t", "owner", "PROVIDER", "dueOn", "2030-01-01", "status", "DROPPED", "revision",
				"0", "hoursPerMonth", "1", "currency", "USD"));
		form.putAll(Map.of("heldOn", "2026-03-25", "decidedOn", "2026-03-25", "what", "w", "message", "m", "kind",
				"GUIDE", "guideTitle", "g", "done", "true"));
		form.putAll(Map.of("reason", "PLAN_DONE", "months", "0", "everyMonths", "1", "answer", "NEED_HELP"));
		return form;
	}

	private static String tokenIn(String mail) {
		return mail.substring(mail.indexOf("/check-ins/") + "/check-ins/".length()).split("\\s")[0];
	}

	record Route(RequestMethod method, String path) {
	}

	/** Every route of the module from the application's own table, with this engagement's ids filled in. */
	private List<Route> routes(Map<String, String> ids) {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/engagements") && !pattern.startsWith("/staff/engagements")) {
					continue;
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
		assertThat(routes).hasSizeGreaterThanOrEqualTo(17);
		assertThat(routes).noneMatch(r -> r.path().contains("{"));
		return routes;
	}

	private long riskCount(UUID engagement) {
		return jdbc.sql("select count(*) from engagement_risk where engagement_id = :e").param("e", engagement)
			.query(Long.class).single();
	}

}
