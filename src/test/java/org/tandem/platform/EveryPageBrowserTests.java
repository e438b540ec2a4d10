package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tandem.support.AccountFixtures;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;

/**
 * Every page of every role, in every shipped language, on a 360 px phone. A hub is seeded through its own pages (a
 * provider taken from application to active, a request with a Signal number taken to an introduction, a request
 * left new), then each role's pages are walked from the route table and the links they show. Each page fails the
 * walk on a raw message key ({@code ??key??}), on being wider than the phone, on opening scrolled sideways, on a value
 * typed by a person that is not isolated from right-to-left text (in Arabic), or on a serious or critical axe-core
 * finding (axe runs once per page shape in English and in Arabic). The walk must reach every page route of the table,
 * apart from those listed with their reason. {@code -Dtandem.walk.languages=ar} walks one language while working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryPageBrowserTests extends BrowserTestSupport {

	/** Values people typed, as the seed typed them: each must be isolated wherever a right-to-left page shows it. */
	static final String SIGNAL = "+961 70 123 456";

	static final String ORGANIZATION = "Radio Sur Norte";

	static final String PROVIDER = "Lina Haddad Security";

	static final String MESSAGE = "Call after six please";

	static final String RISK = "Archive of sources";

	static final String COHORT = "Cohort South 2030";

	static final String COHORT_DESCRIPTION = "Welcome session in March";

	static final String SESSION = "Welcome and onboarding";

	static final String ANNOUNCEMENT = "First steps together";

	static final String RESOURCE = "Security planner";


	static final String AUDIT_SCOPE = "Laptops and shared accounts";

	static final String FINDING = "Shared mailbox without a second factor";

	static final String RECOMMENDATION = "Turn on two-step sign-in";

	/** Every account the fixtures create is named "Test user…". */
	static final List<String> TYPED = List.of(SIGNAL, ORGANIZATION, PROVIDER, MESSAGE, "Second Provider Collective",
			"Colectivo Segundo", "Colectivo Norte", "Seized phone", "+57 300 000 0000", "Test user", RISK, "Backup drill",
			"Drill outcome kept", "Kickoff call", "Notes of the call", "Use Signal only", "See you Tuesday",
			"Device checklist", "Lock the screens", "Update the phones", "threat-model.txt", "Funding ran out", COHORT,
			COHORT_DESCRIPTION, SESSION, ANNOUNCEMENT, RESOURCE, AUDIT_SCOPE, FINDING, RECOMMENDATION,
			"staff-laptops.txt");

	/** Page routes no walk can reach, and why. */
	static final Map<String, String> NOT_WALKED = Map.ofEntries(
			Map.entry("/setup/{token}", "the first-run link exists only before the first account"),
			Map.entry("/invitation/{token}", "a one-time link from mail, used up by the seed"),
			Map.entry("/password-reset/{token}", "a one-time link from mail"),
			Map.entry("/error", "opened directly it is not found, by design"),
			Map.entry("/account/security/enroll/passkey-done", "reached only from the passkey script after a new passkey"),
			Map.entry("/organization/{id}/export", "a download (zip), not a page"),
			Map.entry("/organization/{id}/documents/{documentId}", "a download, not a page"),
			Map.entry("/staff/organizations/{id}/documents/{documentId}", "a download, not a page"),
			Map.entry("/engagements/{id}/files/{fileId}", "a download of a shared file, not a page"),
			Map.entry("/engagements/{id}/export.pdf", "a download (PDF), not a page"),
			Map.entry("/engagements/{id}/export.json", "a download (JSON), not a page"),
			Map.entry("/staff/cohorts/{id}/board.csv", "a download (CSV), not a page"),
			Map.entry("/staff/figures.csv", "a download (CSV) of the program figures, not a page"),
			Map.entry("/evaluation/what-works.csv", "a download (CSV) of what works, not a page"),
			Map.entry("/provider/efficacy.csv", "a download (CSV) of a provider's efficacy, not a page"),
			Map.entry("/surveys/answer/{token}", "a one-time link from mail; the same form as /surveys/invitations/{id}"),
			Map.entry("/calendar/{token}.ics", "a calendar feed (iCalendar), not a page"),
			Map.entry("/cohorts/{id}/sessions/{sessionId}/materials/{materialId}", "a download, not a page"),
			Map.entry("/staff/cohorts/{id}/sessions/{sessionId}/materials/{materialId}", "a download, not a page"),
			Map.entry("/cohorts/{id}/resources/{resourceId}", "a download of a shared file, not a page"),
			Map.entry("/cohorts/{id}/pair-agreement/{organizationId}", "a download of the pair's file, not a page"),
			Map.entry("/audits/{id}/activities/{plannedId}/evidence/{evidenceId}", "a download of evidence, not a page"),
			Map.entry("/audits/{id}/reports/{reportId}.pdf", "a download (PDF), not a page"),
			Map.entry("/evaluations/{id}/evaluation.pdf", "a download (PDF) of the organization's evaluation, not a page"),
			Map.entry("/audits/{id}/reports/{reportId}.html", "a download (printable HTML), not a page"));

	static final Pattern RAW_KEY = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");

	static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final Pattern TOKENS = Pattern.compile("/[A-Za-z0-9_\\-]{32,}");

	static final int MOST_PAGES_PER_VISITOR = 170;

	/**
	 * axe-core runs in one language of each direction: its rules look at structure, names, roles and contrast, which
	 * the other languages share with English; the checks above, which text length and direction change, run in all.
	 */
	static final Set<String> AXE_LANGUAGES = Set.of("en", "ar");

	/** The page shapes axe-core has seen in each language: once each, whoever opens the page. */
	static final Set<String> axed = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	static Map<String, WebSession> visitors;

	static Map<String, List<String>> startPages;

	static final Set<String> reached = new TreeSet<>();

	/** Each visitor claims an address of its own, so the public pages' rate limits count the walk apart. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(org.tandem.support.LogLeakWatcher.freshRequesterAddress());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@Order(1)
	void everyPageOfEveryRoleFitsAPhoneAndShowsNoRawKey(String language) {
		seedOnce();
		List<String> problems = new ArrayList<>();
		for (var visitor : visitors.entrySet()) {
			walk(visitor.getKey(), visitor.getValue(), language, problems);
		}
		assertThat(problems).as("problems found walking in " + language).isEmpty();
	}

	/** All shipped languages, or those named in {@code -Dtandem.walk.languages=ar,en} while working on one. */
	static List<String> languages() {
		String only = System.getProperty("tandem.walk.languages", "");
		return only.isBlank() ? org.tandem.platform.web.Languages.SUPPORTED.stream().map(l -> l.code()).toList()
				: List.of(only.split(","));
	}

	@Test
	@Order(2)
	void theWalkReachesEveryPageRoute() {
		seedOnce();
		PathPatternParser parser = new PathPatternParser();
		Set<String> missed = new TreeSet<>();
		for (RouteTable.Route route : RouteTable.all(mapping)) {
			if (route.method() != RequestMethod.GET || !isPage(route.pattern()) || NOT_WALKED.containsKey(route.pattern())) {
				continue;
			}
			PathPattern pattern = parser.parse(route.pattern());
			boolean hit = reached.stream()
				.anyMatch(url -> pattern.matches(org.springframework.http.server.PathContainer.parsePath(url)));
			if (!hit) {
				missed.add(route.pattern());
			}
		}
		assertThat(missed).as("page routes the walk never reached (reached: " + reached + ")").isEmpty();
	}

	static boolean isPage(String pattern) {
		return !(pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/v3/")
				|| pattern.startsWith("/css/") || pattern.startsWith("/js/") || pattern.startsWith("/img/")
				|| pattern.equals("/logout") || pattern.startsWith("/webauthn") || pattern.startsWith("/.well-known"));
	}

	private void walk(String role, WebSession session, String language, List<String> problems) {
		try (BrowserContext context = browsers.context(true, language)) {
			context.addCookies(session.cookies().stream().map(EveryPageBrowserTests::cookie).toList());
			Page page = context.newPage();
			page.navigate(base() + "/?lang=" + language);
			Deque<String> queue = new ArrayDeque<>(startPages.get(role));
			Set<String> seen = new LinkedHashSet<>();
			int visited = 0;
			while (!queue.isEmpty() && visited < MOST_PAGES_PER_VISITOR) {
				String url = queue.poll();
				if (!seen.add(shape(url))) {
					continue;
				}
				Response response;
				try {
					response = page.navigate(base() + url);
				}
				catch (PlaywrightException download) {
					continue; // a download, not a page
				}
				if (response == null) {
					continue;
				}
				String where = language + " " + role + " " + url;
				if (response.status() >= 500) {
					problems.add(where + ": status " + response.status());
					continue;
				}
				String type = response.headers().getOrDefault("content-type", "");
				if (response.status() >= 400 || !type.startsWith("text/html")) {
					continue;
				}
				visited++;
				reached.add(url.split("[?#]")[0]); // a route that only redirects counts as reached
				long began = System.nanoTime();
				String path = page.url().substring(base().length()).split("[?#]")[0];
				reached.add(path);
				check(page, where, language, problems);
				System.out.printf("walk %s %d ms%n", where, (System.nanoTime() - began) / 1_000_000);
				for (Object href : (List<?>) page.locator("a[href]").evaluateAll("els => els.map(e => e.getAttribute('href'))")) {
					String link = String.valueOf(href);
					if (followable(link)) {
						queue.add(link.split("#")[0]);
					}
				}
			}
		}
	}

	private void check(Page page, String where, String language, List<String> problems) {
		var key = RAW_KEY.matcher(page.content());
		while (key.find()) {
			problems.add(where + ": raw message key " + key.group());
		}
		Number overflow = (Number) page.evaluate(
				"document.documentElement.scrollWidth - document.documentElement.clientWidth");
		if (overflow.intValue() > 1) {
			problems.add(where + ": wider than the phone by " + overflow + " px");
		}
		Number scrollX = (Number) page.evaluate("window.scrollX");
		if (scrollX.intValue() != 0) {
			problems.add(where + ": opens scrolled sideways to " + scrollX);
		}
		if (language.equals("ar")) {
			@SuppressWarnings("unchecked")
			List<String> loose = (List<String>) page.evaluate(ISOLATION, TYPED);
			loose.forEach(l -> problems.add(where + ": not isolated: " + l));
		}
		if (!AXE_LANGUAGES.contains(language) || !axed.add(language + " " + shape(page.url().substring(base().length())))) {
			return;
		}
		var results = org.tandem.support.Browsers.axe(page);
		results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.forEach(rule -> problems.add(where + ": axe " + rule.getId() + " "
					+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList()));
	}

	/**
	 * Every text node or field that shows a typed value must sit in a {@code bdi} or an element with {@code dir}
	 * below the page's own direction.
	 */
	static final String ISOLATION = """
			(typed) => {
			  const loose = [];
			  const isolated = (element) => {
			    for (let e = element; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
			      if (e.tagName === 'BDI' || e.hasAttribute('dir')) return true;
			    }
			    return false;
			  };
			  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    for (const value of typed) {
			      if (node.nodeValue.includes(value) && !isolated(node.parentElement)) {
			        loose.push('"' + value + '" in <' + node.parentElement.tagName.toLowerCase() + '>: '
			          + node.nodeValue.trim().slice(0, 80));
			      }
			    }
			  }
			  for (const field of document.querySelectorAll('input, textarea')) {
			    for (const value of typed) {
			      if ((field.value || '').includes(value) && !isolated(field)) {
			        loose.push('"' + value + '" in field ' + field.name);
			      }
			    }
			  }
			  return loose;
			}""";

	static boolean followable(String link) {
		return link.startsWith("/") && !link.startsWith("//") && isPage(link.split("[?#]")[0]) && !link.contains("lang=")
				&& !link.contains("/download") && !link.contains("/files/");
	}

	/** One visit per page shape: ids and tokens stand for any, query values are dropped. */
	static String shape(String url) {
		String[] parts = url.split("\\?", 2);
		String path = TOKENS.matcher(UUIDS.matcher(parts[0]).replaceAll("{id}")).replaceAll("/{token}");
		if (parts.length == 1) {
			return path;
		}
		Set<String> names = new TreeSet<>();
		for (String pair : parts[1].split("&")) {
			names.add(pair.split("=", 2)[0]);
		}
		return path + "?" + String.join("&", names);
	}

	static Cookie cookie(HttpCookie cookie) {
		return new Cookie(cookie.getName(), cookie.getValue()).setDomain("localhost")
			.setPath(cookie.getPath() == null ? "/" : cookie.getPath());
	}

	/**
	 * A hub seeded through its own pages: a provider introduced to a requester who chose Signal (contact not yet
	 * confirmed); a second provider and requester past contact, with their follow-up surveys due; a request withdrawn
	 * by its requester (its deletion receipt); an assessed request in a batch proposal; a new request nobody touched; an
	 * application waiting for vouches; an organization with a member; the hub’s agreements, one signed by the member and
	 * one by the provider; and someone half-way through signing in.
	 */
	private synchronized void seedOnce() {
		if (visitors != null) {
			return;
		}
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider provider = network.activeProvider(application(PROVIDER));
		WebSession staff = provider.staff();
		Introduced first = introduce(staff, provider, ORGANIZATION);

		ProviderNetwork.ActiveProvider second = network.activeProvider(application("Second Provider Collective"));
		Introduced following = introduce(staff, second, "Colectivo Segundo");
		assertThat(following.requester().post(following.status() + "/contact", Map.of("reached", "1")).redirect())
			.contains("answered");
		second.web().get("/provider/handoffs/" + following.offer());
		assertThat(second.web().post("/provider/handoffs/" + following.offer() + "/contact", Map.of("reached", "1"))
			.redirect()).contains("answered");
		// an anonymous requester introduced to the second provider, who may still choose a workspace under a pseudonym
		Introduced anonymous = introduce(staff, second, "Colectivo Anónimo", true);
		jdbc.sql("update handoff_follow_up set due_on = :today where request_id = :r")
			.param("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC))
			.param("r", following.request())
			.update();
		followUps.runFollowUps();

		WebSession withdrawing = visitor();
		WebSession.Page withdrawn = RequestFixtures.send(withdrawing, Map.of(), Map.of());
		String withdrawnLink = withdrawn.html().selectFirst("#status-link").attr("href");
		String withdrawnStatus = withdrawnLink.substring(withdrawnLink.indexOf("/request/status/"));
		withdrawing.get(withdrawnStatus);
		withdrawing.post(withdrawnStatus, Map.of("code", withdrawn.html().selectFirst("#status-code").text()));
		withdrawing.get(withdrawnStatus);
		withdrawing.post(withdrawnStatus + "/withdraw", Map.of("confirm", "true"));
		String receipt = withdrawing.get(withdrawnStatus).html().selectFirst("main a[href^=/privacy/receipts/]").attr("href");

		new RequestFixtures(this).assessedRequest(staff, "es", "MX", "ACCOUNT_SECURITY");
		staff.get("/staff/matching/batches");
		String batch = staff.post("/staff/matching/batches", Map.of("placeAsMany", "true")).redirect();
		RequestFixtures.send(visitor(), Map.of(), Map.of());
		// a request for the six-month programme (whichever cohort fits), waiting on the cohort's page to be enrolled
		RequestFixtures.send(visitor(), Map.of("anonymous", "false", "approach", "COHORT", "contactMethod", "EMAIL",
				"email", ProviderNetwork.newEmail()), Map.of());

		Map<String, String> pending = ProviderNetwork.validApplication(ProviderNetwork.newEmail());
		UUID applicant = network.apply(pending);
		ProviderNetwork.decide(staff, applicant, "review");

		staff.get("/staff/organizations/new");
		String organization = staff.post("/staff/organizations", Map.of("name", "Colectivo Norte", "kind", "MEDIA",
				"sizeBand", "UP_TO_20", "country", "CO", "contact", "signal +57 300 000 0000", "notes", "Seized phone"))
			.redirect();
		AccountFixtures.Person member = fixtures.create(false, Role.ORG_MEMBER);
		staff.get(organization.split("\\?")[0]);
		staff.post(organization.split("\\?")[0] + "/members", Map.of("username", member.username()));
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);

		// the request past contact becomes Colectivo Norte's engagement with the second provider, and its member
		// writes down a risk; a second opening (the first requester's, recorded directly) stays waiting, so that
		// staff's page to link one is there to see
		UUID organizationId = UUID.fromString(organization.split("\\?")[0].replaceAll(".*/", ""));
		staff.get("/staff/engagements/openings/" + following.request());
		String engagement = staff.post("/staff/engagements/openings/" + following.request(),
				Map.of("organization", organizationId.toString())).redirect();
		String workspace = engagement.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		memberWeb.get(workspace);
		assertThat(memberWeb.post(workspace + "/risks", Map.of("asset", RISK, "threat", "Phishing", "likelihood",
				"HIGH", "impact", "MEDIUM")).redirect()).contains("riskAdded");
		// one of each part of working together, so that each of their pages is there to follow: the means and an
		// item of the plan, a meeting with a decision, a message, a checklist (written by the provider's side) and a
		// file
		String plan = workspace + "/plan";
		memberWeb.get(plan);
		assertThat(memberWeb.post(plan + "/means", Map.of("hoursPerMonth", "10", "budget", "1000", "currency", "USD",
				"deadline", "2030-06-30", "revision", "0")).redirect()).contains("meansStated");
		assertThat(memberWeb.post(plan + "/items", Map.of("title", "Backup drill", "outcome", "Drill outcome kept",
				"owner", "ORGANIZATION", "dueOn", "2030-01-31", "effort", "4", "cost", "100")).redirect())
			.contains("itemAdded");
		assertThat(memberWeb.post(workspace + "/meetings", Map.of("heldOn", "2026-03-24", "title", "Kickoff call",
				"notes", "Notes of the call")).redirect()).contains("meetingAdded");
		UUID engagementId = UUID.fromString(workspace.replaceAll(".*/", ""));
		UUID meeting = jdbc.sql("select id from engagement_meeting where engagement_id = :e").param("e", engagementId)
			.query(UUID.class)
			.single();
		assertThat(memberWeb.post(workspace + "/decisions", Map.of("decidedOn", "2026-03-24", "what",
				"Use Signal only", "meetingId", meeting.toString())).redirect()).contains("decided");
		assertThat(memberWeb.post(workspace + "/messages", Map.of("message", "See you Tuesday")).redirect())
			.contains("sent");
		second.web().get(workspace + "/together");
		assertThat(second.web().post(workspace + "/guides", Map.of("kind", "CHECKLIST", "guideTitle",
				"Device checklist", "items", "Lock the screens\nUpdate the phones")).redirect()).contains("guideWritten");
		assertThat(memberWeb.postFile(workspace + "/files", "file", "threat-model.txt", "text/plain",
				"Threat model".getBytes(java.nio.charset.StandardCharsets.UTF_8)).redirect()).contains("fileAdded");

		// an audit in that engagement by its provider: an activity of Tandem's catalog with evidence, a finding, a
		// recommendation accepted by the organization, and the summary issued, so that each audit page is there
		second.web().get(workspace + "/audits");
		String audit = second.web().post(workspace + "/audits", Map.of("scope", AUDIT_SCOPE, "threats", "Phishing",
				"organizationSize", "12", "country", "CO", "setting", "REMOTE_WITH_SUPPORT", "hours", "8", "minutes", "0",
				"skills", "interviewing", "language", "es")).redirect().split("/plan")[0].replaceAll("^https?://[^/]+", "");
		String activity = second.web().get(audit + "/plan").html().selectFirst("#proposed input[name=activity]").val();
		assertThat(second.web().post(audit + "/plan/activities", Map.of("activity", activity)).redirect())
			.contains("picked");
		UUID planned = jdbc.sql("select id from audit_activity where audit_id = :a")
			.param("a", UUID.fromString(audit.replaceAll(".*/", "")))
			.query(UUID.class)
			.single();
		second.web().get(audit + "/activities/" + planned);
		assertThat(second.web().postFile(audit + "/activities/" + planned + "/evidence", "file", "staff-laptops.txt",
				"text/plain", "Two laptops without disk encryption".getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.redirect()).contains("evidenceAdded");
		second.web().get(audit + "/findings");
		assertThat(second.web().post(audit + "/findings", Map.of("title", FINDING, "category", "ONLINE_ACCOUNTS",
				"assets", "Shared mailbox", "likelihood", "LIKELY", "impact", "MAJOR", "evidence", "Seen in the settings",
				"evidenceFiles", "staff-laptops.txt", "seenBy", "The coordinator")).redirect()).contains("added");
		String finding = jdbc.sql("select id from audit_finding where audit_id = :a")
			.param("a", UUID.fromString(audit.replaceAll(".*/", "")))
			.query(UUID.class)
			.single()
			.toString();
		second.web().get(audit + "/recommendations");
		assertThat(second.web().post(audit + "/recommendations", Map.of("title", RECOMMENDATION, "action",
				"Use an authenticator app", "findings", finding, "effort", "3", "priority", "HIGH", "dueOn", "2030-05-01"))
			.redirect()).contains("added");
		memberWeb.get(audit + "/recommendations");
		UUID recommendation = jdbc.sql("select id from audit_recommendation where audit_id = :a")
			.param("a", UUID.fromString(audit.replaceAll(".*/", "")))
			.query(UUID.class)
			.single();
		assertThat(memberWeb.post(audit + "/recommendations/" + recommendation + "/decision", Map.of("status",
				"ACCEPTED", "reason", "", "version", "0")).redirect()).contains("decided");
		second.web().get(audit + "/reports");
		assertThat(second.web().post(audit + "/reports", Map.of("kind", "SUMMARY")).status()).isLessThan(400);

		// an evaluation plan in that engagement, made by the member: an outcome of the framework scored at the
		// baseline and a note, so that each of the plan's pages is there; a knowledge check the provider writes; and
		// the hub's satisfaction survey sent by staff to the organization, so that the member has an invitation
		String evaluation = memberWeb.post(workspace + "/evaluation", Map.of("mode", "FULL")).redirect()
			.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		UUID evaluationId = UUID.fromString(evaluation.replaceAll(".*/", ""));
		assertThat(memberWeb.post(evaluation + "/outcomes/pick", Map.of("choice", "F:2.4", "wording", "")).redirect())
			.contains("added");
		UUID outcome = jdbc.sql("select id from evaluation_outcome where plan_id = :p").param("p", evaluationId)
			.query(UUID.class)
			.single();
		assertThat(memberWeb.post(evaluation + "/rounds/1", Map.of("score-" + outcome, "2", "text-" + outcome,
				"There is no manual yet")).redirect()).contains("saved=1");
		assertThat(memberWeb.post(evaluation + "/notes", Map.of("tag", "TURNOVER", "body", "Two reporters left"))
			.status()).isLessThan(400);
		assertThat(second.web().post(workspace + "/knowledge-checks", Map.of("title", "Passwords and backups"))
			.redirect()).contains("/knowledge-checks/");
		UUID satisfaction = jdbc.sql("select id from survey where shipped = 'satisfaction-engagement' and status = 'PUBLISHED'")
			.query(UUID.class)
			.single();
		assertThat(surveySending.toEngagementByHand(satisfaction, fixtures.create(true, Role.STAFF).id(),
				engagementId, org.tandem.evaluation.survey.SurveySending.Audience.ORGANIZATION)).isPositive();

		// a second engagement of Colectivo Norte, with the first provider, closed with six months of keeping in
		// touch: its check-in falls due and is mailed to both sides; the member's link is answered "need help" (an
		// alert for staff), the provider's stays open for the walk
		UUID closedEngagement = engagementService
			.openByHand(organizationId, provider.id(), fixtures.create(true, Role.STAFF).id())
			.id();
		String closedWorkspace = "/engagements/" + closedEngagement;
		memberWeb.get(closedWorkspace + "/closing");
		assertThat(memberWeb.post(closedWorkspace + "/closing", Map.of("reason", "PLAN_DONE", "note",
				"Funding ran out", "months", "6", "everyMonths", "1", "version", "0")).redirect()).contains("closed");
		jdbc.sql("update engagement_closing set next_check_in = :today where engagement_id = :e")
			.param("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC))
			.param("e", closedEngagement)
			.update();
		closings.runDue();
		String memberCheckIn = "/check-ins/" + tokenIn(TestMail.awaitBody(member.username() + "@example.org",
				"/check-ins/"));
		String providerCheckIn = "/check-ins/" + tokenIn(TestMail.awaitBody(provider.email(), "/check-ins/"));
		WebSession checkingIn = visitor();
		checkingIn.get(memberCheckIn);
		assertThat(checkingIn.post(memberCheckIn, Map.of("answer", "NEED_HELP")).status()).isEqualTo(200);

		// a cohort recruiting, with Colectivo Norte (shown by its name) and the second provider, so that staff's and
		// the participants' cohort pages are there to follow
		String coordinator = staff.get("/staff/cohorts/new").html().selectFirst("input[name=coordinators][checked]").val();
		String cohort = staff.post("/staff/cohorts", Map.of("name", COHORT, "description", COHORT_DESCRIPTION,
				"startsOn", "2030-03-01", "endsOn", "2030-08-31", "languages", "en,es,fr,pt,ar", "organizationCapacity",
				"10", "providerCapacity", "5", "coordinators", coordinator)).redirect().split("\\?")[0]
			.replaceAll("^https?://[^/]+", "");
		staff.post(cohort + "/organizations", Map.of("organization", organizationId.toString()));
		staff.post(cohort + "/providers", Map.of("provider", second.id().toString()));
		staff.post(cohort + "/status", Map.of("to", "RECRUITING", "version",
				staff.get(cohort).html().selectFirst("#status input[name=version]").val()));
		memberWeb.post("/cohorts/" + cohort.replaceAll(".*/", "") + "/shown", Map.of("organization",
				organizationId.toString(), "shownAs", "NAME"));

		jdbc.sql("""
				insert into engagement_opening (request_id, provider_id, confirmed_at, version)
				values (:r, :p, :at, 0)""")
			.param("r", first.request())
			.param("p", provider.id())
			.param("at", java.sql.Timestamp.from(java.time.Instant.now()))
			.update();

		// the hub's three agreements published; Colectivo Norte's member signs the memorandum and the provider the
		// confidentiality agreement, so that the signing pages, the versions and staff's views are there to follow
		UUID agreementsAdmin = fixtures.create(true, Role.ADMIN).id();
		for (org.tandem.cohort.CohortAgreements.Kind kind : org.tandem.cohort.CohortAgreements.Kind.values()) {
			Map<String, String> texts = new LinkedHashMap<>();
			for (String language : org.tandem.cohort.domain.AgreementText.LANGUAGES) {
				texts.put(language, "# " + kind.slug() + "\n\nThe parties agree to keep what they learn **confidential**.");
			}
			int latest = cohortAgreements.versions(kind).stream().findFirst().map(v -> v.number()).orElse(0);
			cohortAgreements.publish(kind, texts, latest, agreementsAdmin);
		}
		for (var signer : List.of(memberWeb, provider.web())) {
			String kind = signer == memberWeb ? "mou" : "confidentiality";
			String version = signer.get("/agreements/" + kind).html().selectFirst("input[name=version]").val();
			assertThat(signer.post("/agreements/" + kind, Map.of("version", version, "language", "en")).redirect())
				.contains("signed");
		}
		// Colectivo Norte's member signs the other two and the cohort's provider the confidentiality agreement, so
		// that both enter the cohort's space: its sessions, announcements, resources, forms and calendar
		for (String kind : List.of("cohort-addendum", "confidentiality")) {
			String version = memberWeb.get("/agreements/" + kind).html().selectFirst("input[name=version]").val();
			assertThat(memberWeb.post("/agreements/" + kind, Map.of("version", version, "language", "en")).redirect())
				.contains("signed");
		}
		String secondVersion = second.web().get("/agreements/confidentiality").html()
			.selectFirst("input[name=version]").val();
		assertThat(second.web().post("/agreements/confidentiality", Map.of("version", secondVersion, "language", "en"))
			.redirect()).contains("signed");
		assertThat(staff.post(cohort + "/sessions", Map.of("kind", "WELCOME_ONBOARDING", "audience", "EVERYONE",
				"title", SESSION, "day", "2030-03-05", "time", "15:00", "duration", "90", "timeZone", "UTC", "link",
				"https://meet.example.org/welcome", "agenda", "Introductions, then the platform")).redirect())
			.contains("created");
		assertThat(staff.post(cohort + "/announcements", Map.of("title", ANNOUNCEMENT, "body",
				"The first session is in March.")).redirect()).contains("posted");
		assertThat(staff.post(cohort + "/resources/links", Map.of("title", RESOURCE, "description",
				"Plan the first steps", "url", "https://example.org/planner")).redirect())
			.contains("linkAdded");

		WebSession halfSignedIn = visitor();
		halfSignedIn.get("/login");
		halfSignedIn.post("/login", Map.of("username", fixtures.create(true, Role.STAFF).username(), "password",
				AccountFixtures.PASSWORD));

		visitors = new LinkedHashMap<>();
		startPages = new LinkedHashMap<>();
		List<String> fixed = new ArrayList<>();
		for (RouteTable.Route route : RouteTable.all(mapping)) {
			if (route.method() == RequestMethod.GET && isPage(route.pattern()) && !route.pattern().contains("{")) {
				fixed.add(route.pattern());
			}
		}
		visitors.put("anonymous", visitor());
		startPages.put("anonymous", withFirst(providerCheckIn, withFirst(receipt, fixed)));
		visitors.put("requester", first.requester());
		startPages.put("requester", List.of(first.status(), first.status() + "/contact/yes"));
		visitors.put("requester-anonymous", anonymous.requester());
		startPages.put("requester-anonymous", List.of(anonymous.status() + "/contact/yes",
				anonymous.status() + "/workspace"));
		visitors.put("requester-following-up", following.requester());
		startPages.put("requester-following-up", List.of(following.status()));
		visitors.put("staff", staff);
		startPages.put("staff", withFirst("/staff/requests/" + first.request(), withFirst(batch, fixed)));
		visitors.put("provider", provider.web());
		startPages.put("provider", withFirst("/provider/handoffs/" + first.offer(), fixed));
		visitors.put("provider-following-up", second.web());
		startPages.put("provider-following-up",
				List.of("/provider/handoffs", "/provider/handoffs/" + following.offer(), "/cohorts", audit));
		visitors.put("admin", signedIn(Role.ADMIN));
		startPages.put("admin", fixed);
		visitors.put("advisory", signedIn(Role.ADVISORY));
		startPages.put("advisory", fixed);
		visitors.put("member", memberWeb);
		// the cohort's announcements in full and its outtake (linked from the space once the term runs)
		String space = cohort.replace("/staff/cohorts/", "/cohorts/");
		startPages.put("member", withFirst(space + "/announcements", withFirst(space + "/outtake", fixed)));
		visitors.put("signing-in", halfSignedIn);
		startPages.put("signing-in", List.of("/login/second-factor"));
	}

	@Autowired
	org.tandem.handoff.domain.FollowUps followUps;

	@Autowired
	org.tandem.evaluation.survey.SurveySending surveySending;

	@Autowired
	org.tandem.cohort.domain.CohortAgreementService cohortAgreements;

	@Autowired
	org.tandem.engagement.domain.EngagementService engagementService;

	@Autowired
	org.tandem.engagement.domain.Closings closings;

	private static String tokenIn(String mail) {
		return mail.substring(mail.indexOf("/check-ins/") + "/check-ins/".length()).split("\\s")[0];
	}

	private static Map<String, String> application(String name) {
		return ProviderNetwork.spanishSpecialist(name);
	}

	/**
	 * A request sent by a requester who chose Signal, assessed, chosen for the provider, accepted, and introduced with
	 * the Signal number and a message; the requester still holds the status page open.
	 */
	private Introduced introduce(WebSession staff, ProviderNetwork.ActiveProvider provider, String organization) {
		return introduce(staff, provider, organization, false);
	}

	private Introduced introduce(WebSession staff, ProviderNetwork.ActiveProvider provider, String organization,
			boolean anonymous) {
		WebSession requester = visitor();
		WebSession.Page sent = RequestFixtures.send(requester, Map.of("anonymous", String.valueOf(anonymous), "organizationName",
				organization, "contactMethod", "SIGNAL", "signal", SIGNAL), Map.of());
		String link = sent.html().selectFirst("#status-link").attr("href");
		String status = link.substring(link.indexOf("/request/status/"));
		String code = sent.html().selectFirst("#status-code").text();
		requester.get(status);
		assertThat(requester.post(status, Map.of("code", code)).redirect()).endsWith(status);
		UUID request = requestOf(status);
		RequestFixtures.assess(staff, request, "ACCOUNT_SECURITY", "es");
		RequestFixtures.choose(staff, request, List.of(provider.id()));
		UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r").param("r", request)
			.query(UUID.class)
			.single();
		TestMail.awaitBody(provider.email(), "/provider/handoffs/" + offer);
		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect())
			.contains("accepted");
		requester.get(status + "/introduction");
		WebSession.Page introduced = requester.post(status + "/introduction",
				Map.of("reveal", "SIGNAL", "channel", "SIGNAL", "message", MESSAGE));
		assertThat(introduced.status()).as(introduced.text()).isLessThan(400);
		return new Introduced(requester, status, request, offer);
	}

	record Introduced(WebSession requester, String status, UUID request, UUID offer) {
	}

	private static List<String> withFirst(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
