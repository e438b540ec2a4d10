package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The cohort's pages over HTTP, as browsers without JavaScript send them: staff plan a cohort (bad input keeps what
 * was typed), fill it to its capacity, move it on (a stale page is refused), members see it with each organization
 * shown as it chose, and every route of the module answers nobody else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.context=cohort")
class CohortWebTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	org.tandem.cohort.domain.CohortAgreementService agreementService;

	@Autowired
	org.tandem.directory.Providers providers;

	@Autowired
	OrganizationService organizations;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void staffPlanFillAndRunACohortAndMembersSeeItAsEachOrganizationChose() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider provider = network.activeProvider();
		Person staffPerson = fixtures.create(true, Role.STAFF);
		WebSession staff = visitor();
		AccountFixtures.signIn(staff, staffPerson);
		Person memberA = fixtures.create(false, Role.ORG_MEMBER);
		Person memberB = fixtures.create(false, Role.ORG_MEMBER);
		String nameA = "canary-Radio Libre " + UUID.randomUUID().toString().substring(0, 6);
		String nameB = "canary-Colectivo Norte " + UUID.randomUUID().toString().substring(0, 6);
		UUID organizationA = enrol(nameA, OrganizationKind.MEDIA, memberA);
		UUID organizationB = enrol(nameB, OrganizationKind.NGO, memberB);
		UUID organizationC = enrol("canary-Tercera " + UUID.randomUUID(), OrganizationKind.NETWORK, null);

		// bad input: the message, and what was typed kept; nothing written
		WebSession.Page form = staff.get("/staff/cohorts/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("input[name=coordinators][value=" + staffPerson.id() + "][checked]")).isNotEmpty();
		long before = count("cohort");
		WebSession.Page bad = staff.post("/staff/cohorts", Map.of("name", "Otoño 2027", "description", "Para medios",
				"startsOn", "2027-09-01", "endsOn", "2027-09-05", "languages", "es", "organizationCapacity", "two",
				"providerCapacity", "1", "coordinators", staffPerson.id().toString()));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("Give a number from 1 to 100.");
		assertThat(bad.html().selectFirst("input[name=name]").val()).isEqualTo("Otoño 2027");
		assertThat(bad.html().selectFirst("input[name=organizationCapacity]").val()).isEqualTo("two");
		WebSession.Page shortTerm = staff.post("/staff/cohorts", Map.of("name", "Otoño 2027", "startsOn",
				"2027-09-01", "endsOn", "2027-09-05", "languages", "es", "organizationCapacity", "2",
				"providerCapacity", "1", "coordinators", staffPerson.id().toString()));
		assertThat(shortTerm.text()).contains("A term lasts one to twelve months.");
		assertThat(shortTerm.html().selectFirst("input[name=endsOn]").val()).isEqualTo("2027-09-05");
		WebSession.Page notStaff = staff.post("/staff/cohorts", Map.of("name", "Otoño 2027", "startsOn",
				"2027-09-01", "endsOn", "2028-02-29", "languages", "es", "organizationCapacity", "2",
				"providerCapacity", "1", "coordinators", memberA.id().toString()));
		assertThat(notStaff.text()).contains("Choose a hub staff account.");
		assertThat(staff.post("/staff/cohorts", Map.of("name", "x".repeat(121), "startsOn", "not a day", "endsOn",
				"2028-02-29", "languages", "xx", "organizationCapacity", "2", "providerCapacity", "1", "coordinators",
				"not-an-id")).status()).isEqualTo(200);
		assertThat(count("cohort")).isEqualTo(before);

		String created = staff.post("/staff/cohorts", Map.of("name", "Otoño 2027", "description", "Para medios",
				"startsOn", "2027-09-01", "endsOn", "2028-02-29", "languages", "es,en", "organizationCapacity", "2",
				"providerCapacity", "1", "coordinators", staffPerson.id().toString())).redirect();
		assertThat(created).contains("/staff/cohorts/").contains("created");
		String page = created.split("\\?")[0].replaceAll("^https?://[^/]+", "");
		UUID cohort = UUID.fromString(page.replaceAll(".*/", ""));
		WebSession.Page detail = staff.get(page);
		assertThat(detail.html().selectFirst("#cohort-status").text()).isEqualTo("Planned");
		assertThat(detail.text()).contains("September 1, 2027 to February 29, 2028 (6 months)");
		assertThat(staff.get("/staff/cohorts").html().select("a[href=" + page + "]")).isNotEmpty();

		// members, to capacity
		assertThat(staff.post(page + "/organizations", Map.of("organization", organizationA.toString())).redirect())
			.contains("organizationAdded");
		assertThat(staff.post(page + "/organizations", Map.of("organization", organizationA.toString())).text())
			.contains("This organization already takes part.");
		assertThat(staff.post(page + "/organizations", Map.of("organization", organizationB.toString())).redirect())
			.contains("organizationAdded");
		WebSession.Page full = staff.post(page + "/organizations", Map.of("organization", organizationC.toString()));
		assertThat(full.status()).isEqualTo(200);
		assertThat(full.text()).contains("The cohort is full: it takes no more organizations.");
		assertThat(staff.post(page + "/organizations", Map.of("organization", UUID.randomUUID().toString())).text())
			.contains("Choose an enrolled organization.");
		assertThat(staff.post(page + "/providers", Map.of("provider", UUID.randomUUID().toString())).text())
			.contains("Choose a provider active in the directory.");
		assertThat(staff.get(page).html().select("select[name=provider] option[value=" + provider.id() + "]"))
			.isNotEmpty();
		assertThat(staff.post(page + "/providers", Map.of("provider", provider.id().toString())).redirect())
			.contains("providerAdded");
		assertThat(members(cohort)).isEqualTo(2);

		// status: a stale page is refused and changes nothing
		long version = version(staff, page);
		assertThat(staff.post(page + "/status", Map.of("to", "RECRUITING", "version", String.valueOf(version)))
			.redirect()).contains("moved");
		WebSession.Page stale = staff.post(page + "/status", Map.of("to", "RUNNING", "version", String.valueOf(version)));
		assertThat(stale.text()).contains("Someone changed this cohort since you opened the page.");
		assertThat(staff.get(page).html().selectFirst("#cohort-status").text()).isEqualTo("Recruiting");
		assertThat(staff.post(page + "/status", Map.of("to", "CLOSED", "version",
				String.valueOf(version(staff, page)))).text())
			.contains("The cohort cannot move to that status from where it is.");
		assertThat(staff.post(page + "/status", Map.of("to", "NOWHERE", "version", "0")).status()).isLessThan(500);
		// the terms: a stale page keeps what was typed
		long termsVersion = version(staff, page);
		Map<String, String> terms = new HashMap<>(Map.of("name", "Otoño 2027 · medios", "startsOn", "2027-09-01",
				"endsOn", "2028-02-29", "languages", "es", "organizationCapacity", "3", "providerCapacity", "2",
				"version", String.valueOf(termsVersion)));
		assertThat(staff.post(page, terms).redirect()).contains("saved");
		terms.put("name", "Mi versión");
		WebSession.Page staleTerms = staff.post(page, terms);
		assertThat(staleTerms.text()).contains("Someone changed this cohort since you opened the page.");
		assertThat(staleTerms.html().selectFirst("input[name=name]").val()).isEqualTo("Mi versión");
		assertThat(jdbc.sql("select name from cohort where id = :id").param("id", cohort).query(String.class).single())
			.isEqualTo("Otoño 2027 · medios");
		assertThat(staff.post(page + "/status", Map.of("to", "RUNNING", "version",
				String.valueOf(version(staff, page)))).redirect()).contains("moved");

		// the members see it; the other organization only as "an organization" until it chooses its name
		WebSession webA = signedIn(memberA);
		WebSession webB = signedIn(memberB);
		assertThat(webA.get("/cohorts").html().select("a[href=/cohorts/" + cohort + "]")).isNotEmpty();
		// nobody enters the cohort's space before signing the hub's agreements
		WebSession.Page unsigned = webB.get("/cohorts/" + cohort);
		assertThat(unsigned.html().selectFirst("#sign-first")).isNotNull();
		assertThat(unsigned.text()).doesNotContain(nameB);
		assertThat(provider.web().get("/cohorts/" + cohort).html().selectFirst("#sign-first")).isNotNull();
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		AgreementFixtures.signAll(agreementService, admin, memberA.id(), organizationA, false);
		AgreementFixtures.signAll(agreementService, admin, memberB.id(), organizationB, false);
		AgreementFixtures.signAll(agreementService, admin, providers.accountOf(provider.id()).orElseThrow(),
				provider.id(), true);
		WebSession.Page seenByB = webB.get("/cohorts/" + cohort);
		assertThat(seenByB.status()).isEqualTo(200);
		assertThat(seenByB.text()).contains(nameB).doesNotContain(nameA).contains("An organization (Newsroom or media)");
		assertThat(seenByB.html().select("#cohort-providers li")).hasSize(1);
		assertThat(seenByB.html().selectFirst("#cohort-status").text()).isEqualTo("Running");
		assertThat(webA.get("/cohorts/" + cohort).html().selectFirst("input[name=shownAs][value=KIND]").hasAttr("checked"))
			.isTrue();
		// B may not choose for A
		assertThat(webB.post("/cohorts/" + cohort + "/shown", Map.of("organization", organizationA.toString(),
				"shownAs", "NAME")).status()).isEqualTo(404);
		assertThat(webA.post("/cohorts/" + cohort + "/shown", Map.of("organization", organizationA.toString(),
				"shownAs", "NAME")).redirect()).contains("shown");
		assertThat(webB.get("/cohorts/" + cohort).text()).contains(nameA);
		assertThat(provider.web().get("/cohorts/" + cohort).text()).contains(nameA).doesNotContain(nameB);

		// leaving: on record, off the members' page
		assertThat(staff.post(page + "/organizations/" + organizationB + "/remove", Map.of()).text())
			.contains("Once the term runs, a member leaves instead");
		assertThat(staff.post(page + "/organizations/" + organizationB + "/leave", Map.of()).redirect())
			.contains("organizationLeft");
		assertThat(webB.get("/cohorts/" + cohort).status()).isEqualTo(404);
		assertThat(members(cohort)).isEqualTo(2);
		assertThat(staff.post(page + "/organizations", Map.of("organization", organizationB.toString())).redirect())
			.contains("organizationAdded");
		assertThat(members(cohort)).isEqualTo(3);

		// every route of the module, as everyone who does not take part
		Person otherMember = fixtures.create(false, Role.ORG_MEMBER);
		enrol("canary-Fuera " + UUID.randomUUID(), OrganizationKind.OTHER, otherMember);
		List<WebSession> outsiders = List.of(signedIn(otherMember), network.activeProvider().web(),
				signedIn(Role.ADVISORY));
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("{id}", cohort.toString());
		ids.put("{organizationId}", organizationA.toString());
		ids.put("{providerId}", provider.id().toString());
		ids.put("{accountId}", staffPerson.id().toString());
		ids.put("{requestId}", UUID.randomUUID().toString());
		ids.put("{position}", "0");
		ids.put("{announcementId}", UUID.randomUUID().toString());
		ids.put("{resourceId}", UUID.randomUUID().toString());
		Map<String, String> outsiderForm = new HashMap<>(Map.of("organization", organizationA.toString(), "shownAs",
				"KIND", "provider", provider.id().toString(), "account", staffPerson.id().toString(), "to", "CLOSING",
				"version", "0", "name", "canary-Tomado", "startsOn", "2027-09-01", "endsOn", "2028-02-29"));
		for (Route route : routes(ids)) {
			for (WebSession outsider : outsiders) {
				WebSession.Page answer = route.method() == RequestMethod.GET ? outsider.get(route.path())
						: outsider.post(route.path(), outsiderForm);
				if (route.path().equals("/cohorts")) {
					assertThat(answer.status()).as(route + " as an outsider").isIn(200, 403);
					assertThat(answer.body()).doesNotContain(cohort.toString());
					continue;
				}
				assertThat(answer.status()).as(route + " as an outsider").isIn(403, 404);
				assertThat(answer.body()).doesNotContain("canary-").doesNotContain("Otoño");
			}
			WebSession.Page anonymous = route.method() == RequestMethod.GET ? visitor().get(route.path())
					: visitor().post(route.path(), Map.of());
			assertThat(anonymous.status()).as(route + " anonymously").isIn(302, 403);
			assertThat(anonymous.body()).doesNotContain("canary-");
		}
		assertThat(staff.get(page).html().selectFirst("#cohort-status").text()).isEqualTo("Running");
		assertThat(jdbc.sql("select shown_as from cohort_organization where organization_id = :o and left_at is null")
			.param("o", organizationA).query(String.class).single()).isEqualTo("NAME");
		assertThat(staff.get("/staff/cohorts?after=bm90LWEtY3Vyc29y").status()).isEqualTo(200);
	}

	private UUID enrol(String name, OrganizationKind kind, @org.jspecify.annotations.Nullable Person member) {
		Organization organization = organizations.create(new Organization.Profile(name, null, null, kind,
				SizeBand.UP_TO_20, "CO"));
		if (member != null) {
			organizations.addMember(organization.id(), member.username());
		}
		return organization.id();
	}

	private WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	private long version(WebSession staff, String page) {
		return Long.parseLong(staff.get(page).html().selectFirst("#status input[name=version]").val());
	}

	private long members(UUID cohort) {
		return jdbc.sql("select count(*) from cohort_organization where cohort_id = :c").param("c", cohort)
			.query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	record Route(RequestMethod method, String path) {
	}

	/** Every route of this part of the module (its own controllers), from the application's own table. */
	private List<Route> routes(Map<String, String> ids) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			Class<?> type = entry.getValue().getBeanType();
			if (!type.getPackageName().equals("org.tandem.cohort.web") || type.getSimpleName().contains("Agreement")
					|| type.getSimpleName().startsWith("Session") || type.getSimpleName().startsWith("Calendar")) {
				// the sessions' and the calendar's routes are tried in SessionWebTests
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
		assertThat(routes).hasSizeGreaterThanOrEqualTo(16);
		return routes;
	}

}
