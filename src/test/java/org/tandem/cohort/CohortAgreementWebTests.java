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
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementVersion;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The agreements' pages over HTTP, as browsers without JavaScript send them, on H2 and PostgreSQL: administrators
 * alone publish (bad input keeps what was typed and publishes nothing), members sign for their organization only and
 * in the language they read, a stale page and a second signature write nothing, a provider signs the
 * confidentiality agreement only, staff alone see an organization's signatures, and every route of the part answers
 * nobody else.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortAgreementWebTests extends WebTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortAgreementService agreements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void beforeAnyVersionThereIsNothingToSignAndAdministratorsAloneCanPublish() {
		// a clean slate, whatever the other tests of this context published
		jdbc.sql("delete from cohort_agreement_signature").update();
		jdbc.sql("delete from cohort_agreement_text").update();
		jdbc.sql("delete from cohort_agreement_version").update();

		WebSession admin = signedIn(Role.ADMIN);
		WebSession.Page list = admin.get("/admin/agreements");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("#admin-mou .notice.warn").text()).contains("No version is published yet");
		assertThat(list.html().select("a[href=/admin/agreements/mou/new]").text())
			.isEqualTo("Publish the first version");

		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = AgreementFixtures.organization(organizations, member.username());
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		WebSession.Page mine = memberWeb.get("/agreements");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.html().select("#standing-" + organization + "-mou").text()).contains("Not published yet");
		WebSession.Page nothing = memberWeb.get("/agreements/mou");
		assertThat(nothing.status()).isEqualTo(200);
		assertThat(nothing.html().select("#nothing-to-sign").text()).contains("has not published this agreement yet");
		assertThat(nothing.html().select("main form")).isEmpty();
		WebSession.Page refused = memberWeb.post("/agreements/mou", Map.of("version", "1", "language", "en"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("The hub has not published this agreement yet: there is nothing to sign.");
		assertThat(signatures(organization)).isZero();

		// an empty form: the five texts are asked for, nothing published
		WebSession.Page form = admin.get("/admin/agreements/mou/new");
		assertThat(form.html().select("textarea")).hasSize(5);
		assertThat(form.html().selectFirst("input[name=basedOn]").val()).isEqualTo("0");
		Map<String, String> texts = new HashMap<>(AgreementFixtures.texts("hubtext-first"));
		texts.put("ar", " ");
		texts.put("basedOn", "0");
		WebSession.Page missing = admin.post("/admin/agreements/mou/new", texts);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.html().select("#error-summary").text()).contains("Text in Arabic");
		assertThat(missing.html().selectFirst("textarea[name=en]").text())
			.isEqualTo(AgreementFixtures.texts("hubtext-first").get("en"));
		assertThat(missing.html().selectFirst("textarea[name=ar]").attr("dir")).isEqualTo("rtl");
		assertThat(versions(Kind.MOU)).isZero();
		texts.put("ar", "x".repeat(20_001));
		assertThat(admin.post("/admin/agreements/mou/new", texts).text()).contains("This text is too long");
		assertThat(versions(Kind.MOU)).isZero();

		// the first version, then one from a page that had not seen it
		texts.put("ar", AgreementFixtures.texts("hubtext-first").get("ar"));
		String published = admin.post("/admin/agreements/mou/new", texts).redirect();
		assertThat(published).endsWith("/admin/agreements/mou/1?published");
		WebSession.Page version = admin.get("/admin/agreements/mou/1?published");
		assertThat(version.html().select("#published").text()).contains("Published.");
		assertThat(version.html().select("#agreement-ar").attr("dir")).isEqualTo("rtl");
		assertThat(version.html().select("#agreement-en h3").text()).isEqualTo("en hubtext-first");
		assertThat(version.html().select("#agreement-en strong").text()).isEqualTo("hubtext-first");
		WebSession.Page meanwhile = admin.post("/admin/agreements/mou/new", texts);
		assertThat(meanwhile.status()).isEqualTo(400);
		assertThat(meanwhile.text()).contains("Another version was published since you opened this page.");
		assertThat(versions(Kind.MOU)).isOne();
		assertThat(admin.get("/admin/agreements/mou/new").html().selectFirst("textarea[name=fr]").text())
			.isEqualTo(AgreementFixtures.texts("hubtext-first").get("fr"));
		assertThat(admin.get("/admin/agreements/mou/2").status()).isEqualTo(404);
		assertThat(admin.get("/admin/agreements/mou/x").status()).isEqualTo(404);
		assertThat(admin.get("/admin/agreements/nda/new").status()).isEqualTo(404);
		// a script in the text is shown as text, never run
		texts.put("en", "<script>alert(1)</script> [x](javascript:alert(1))");
		texts.put("basedOn", "1");
		admin.post("/admin/agreements/mou/new", texts);
		WebSession.Page escaped = admin.get("/admin/agreements/mou/2");
		assertThat(escaped.html().select("#agreement-en script")).isEmpty();
		assertThat(escaped.html().select("#agreement-en a[href^=javascript]")).isEmpty();
		assertThat(escaped.html().select("#agreement-en").text()).contains("<script>alert(1)</script>");

		// nobody else publishes
		Map<String, String> next = new HashMap<>(AgreementFixtures.texts("hubtext-other"));
		next.put("basedOn", "2");
		for (WebSession other : List.of(signedIn(Role.STAFF), memberWeb, signedIn(Role.ADVISORY),
				signedIn(Role.PROVIDER))) {
			assertThat(other.get("/admin/agreements").status()).isEqualTo(403);
			assertThat(other.post("/admin/agreements/mou/new", next).status()).isEqualTo(403);
		}
		assertThat(visitor().post("/admin/agreements/mou/new", next).status()).isIn(302, 403);
		assertThat(versions(Kind.MOU)).isEqualTo(2);
	}

	@Test
	void aMemberSignsForTheirOrganizationInTheLanguageTheyReadAndNobodyElseDoes() {
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = AgreementFixtures.organization(organizations, member.username());
		AgreementVersion mou = AgreementFixtures.publish(agreements, Kind.MOU, "hubtext-mou", admin);
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);

		WebSession.Page mine = memberWeb.get("/agreements");
		assertThat(mine.html().select("#standing-" + organization + "-mou").text()).contains("To sign");
		WebSession.Page french = memberWeb.get("/agreements/mou?in=fr");
		assertThat(french.status()).isEqualTo(200);
		assertThat(french.html().select("#agreement-text").attr("lang")).isEqualTo("fr");
		assertThat(french.html().select("#agreement-text h3").text()).isEqualTo("fr hubtext-mou");
		assertThat(french.html().selectFirst("input[name=language]").val()).isEqualTo("fr");
		assertThat(french.html().selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(mou.number()));
		assertThat(memberWeb.get("/agreements/mou?in=ar").html().select("#agreement-text").attr("dir"))
			.isEqualTo("rtl");
		assertThat(memberWeb.get("/agreements/mou?in=xx").html().select("#agreement-text").attr("lang"))
			.isEqualTo("en");
		assertThat(memberWeb.get("/agreements/nda").status()).isEqualTo(404);

		// bad input: an unknown language, a version that is not a number
		memberWeb.get("/agreements/mou");
		WebSession.Page unknown = memberWeb.post("/agreements/mou",
				Map.of("version", String.valueOf(mou.number()), "language", "sw"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.text()).contains("Choose one of the five languages");
		assertThat(memberWeb.post("/agreements/mou", Map.of("version", "many", "language", "fr")).status())
			.isEqualTo(409);
		WebSession.Page tooLong = memberWeb.post("/agreements/mou",
				Map.of("version", String.valueOf(mou.number()), "language", "français"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text()).contains("Choose one of the five languages");
		assertThat(memberWeb.post("/agreements/mou", Map.of("version", String.valueOf(mou.number()), "language",
				"fr", "party", "x".repeat(40))).status()).isEqualTo(400);
		assertThat(signatures(organization)).isZero();

		// signing, in French
		memberWeb.get("/agreements/mou?in=fr");
		String signed = memberWeb.post("/agreements/mou",
				Map.of("version", String.valueOf(mou.number()), "language", "fr")).redirect();
		assertThat(signed).contains("/agreements/mou?for=" + organization + "&in=fr&signed");
		assertThat(memberWeb.get("/agreements/mou?for=" + organization + "&in=fr&signed").html().select("#signed")
			.text()).contains("Signed.");
		assertThat(jdbc.sql("""
				select language || ' ' || signed_text || ' ' || account_id from cohort_agreement_signature
				where organization_id = :o""").param("o", organization).query(String.class).single())
			.isEqualTo("fr " + AgreementFixtures.texts("hubtext-mou").get("fr") + " " + member.id());

		// twice: nothing new
		assertThat(memberWeb.post("/agreements/mou", Map.of("version", String.valueOf(mou.number()), "language",
				"en")).redirect()).contains("already");
		assertThat(memberWeb.get("/agreements/mou?already").html().select("#already").text())
			.contains("already signed");
		assertThat(signatures(organization)).isOne();

		// a page opened before a new version: refused, the new version shown, nothing written
		AgreementVersion newer = AgreementFixtures.publish(agreements, Kind.MOU, "hubtext-newer", admin);
		WebSession.Page stale = memberWeb.post("/agreements/mou",
				Map.of("version", String.valueOf(mou.number()), "language", "pt"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html().select("#sign-error").text()).contains("published a new version");
		assertThat(stale.html().selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(newer.number()));
		assertThat(stale.html().select("#agreement-text h3").text()).isEqualTo("pt hubtext-newer");
		assertThat(signatures(organization)).isOne();
		assertThat(memberWeb.get("/agreements").html().select("#standing-" + organization + "-mou").text())
			.contains("a newer version is published");

		// another organization's member: cannot sign for it nor see its signatures
		Person otherMember = fixtures.create(false, Role.ORG_MEMBER);
		UUID otherOrganization = AgreementFixtures.organization(organizations, otherMember.username());
		WebSession otherWeb = visitor();
		AccountFixtures.signIn(otherWeb, otherMember);
		otherWeb.get("/agreements/mou");
		assertThat(otherWeb.post("/agreements/mou", Map.of("version", String.valueOf(newer.number()), "language",
				"en", "party", organization.toString())).status()).isEqualTo(404);
		assertThat(otherWeb.get("/agreements/mou?for=" + organization).body()).doesNotContain("Colectivo Agreements "
				+ organization).doesNotContain(member.id().toString());
		assertThat(otherWeb.get("/staff/agreements/organizations/" + organization).status()).isEqualTo(403);
		assertThat(signatures(organization)).isOne();
		assertThat(signatures(otherOrganization)).isZero();

		// staff see which versions the organization signed, with the hash and the text as signed
		WebSession staff = signedIn(Role.STAFF);
		WebSession.Page board = staff.get("/staff/agreements/organizations/" + organization);
		assertThat(board.status()).isEqualTo(200);
		assertThat(board.html().select("#signature-mou-" + mou.number() + " .signed-language").text())
			.isEqualTo("French");
		assertThat(board.html().select("#signature-mou-" + mou.number() + " .signed-sha").text())
			.isEqualTo(jdbc.sql("select text_sha256 from cohort_agreement_signature where organization_id = :o")
				.param("o", organization).query(String.class).single());
		assertThat(board.html().select("#signature-mou-" + mou.number() + " article h3").text())
			.isEqualTo("fr hubtext-mou");
		assertThat(staff.get("/staff/agreements").html().select("a[href=/staff/agreements/organizations/"
				+ organization + "]")).isNotEmpty();
		assertThat(staff.get("/staff/agreements?after=bm90LWEtY3Vyc29y").status()).isEqualTo(200);
		assertThat(staff.get("/staff/agreements/organizations/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(signedIn(Role.ADMIN).get("/staff/agreements/organizations/" + organization).status())
			.isEqualTo(200);
	}

	@Test
	void aMemberOfTwoOrganizationsChoosesAndAProviderSignsTheConfidentialityAgreementOnly() {
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		AgreementVersion confidentiality = AgreementFixtures.publish(agreements, Kind.CONFIDENTIALITY, "hubtext-conf",
				admin);
		AgreementVersion mou = AgreementFixtures.publish(agreements, Kind.MOU, "hubtext-mou2", admin);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID first = AgreementFixtures.organization(organizations, member.username());
		UUID second = AgreementFixtures.organization(organizations, member.username());
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		WebSession.Page page = memberWeb.get("/agreements/confidentiality");
		assertThat(page.html().select("input[type=radio][name=party]")).hasSize(2);
		Map<String, String> form = new HashMap<>(Map.of("version", String.valueOf(confidentiality.number()),
				"language", "en"));
		WebSession.Page choose = memberWeb.post("/agreements/confidentiality", form);
		assertThat(choose.status()).isEqualTo(400);
		assertThat(choose.text()).contains("Choose the organization you sign for.");
		form.put("party", second.toString());
		assertThat(memberWeb.post("/agreements/confidentiality", form).redirect()).contains("signed");
		assertThat(signatures(first)).isZero();
		assertThat(signatures(second)).isOne();
		assertThat(memberWeb.get("/agreements/confidentiality?for=" + second).html()
			.selectFirst("input[type=radio][value=" + second + "]").hasAttr("checked")).isTrue();

		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		WebSession providerWeb = provider.web();
		WebSession.Page providerPage = providerWeb.get("/agreements");
		assertThat(providerPage.status()).isEqualTo(200);
		assertThat(providerPage.html().select("#standing-" + provider.id() + "-confidentiality").text())
			.contains("To sign");
		assertThat(providerPage.html().select("[id^=standing-][id$=-mou]")).isEmpty();
		assertThat(providerWeb.get("/agreements/mou").status()).isEqualTo(404);
		assertThat(providerWeb.post("/agreements/mou", Map.of("version", String.valueOf(mou.number()), "language",
				"en", "party", provider.id().toString())).status()).isEqualTo(404);
		assertThat(providerWeb.post("/agreements/mou", Map.of("version", String.valueOf(mou.number()), "language",
				"en", "party", first.toString())).status()).isEqualTo(404);
		providerWeb.get("/agreements/confidentiality");
		assertThat(providerWeb.post("/agreements/confidentiality", Map.of("version",
				String.valueOf(confidentiality.number()), "language", "es")).redirect()).contains("signed");
		assertThat(jdbc.sql("select count(*) from cohort_agreement_signature where provider_id = :p")
			.param("p", provider.id()).query(Long.class).single()).isOne();
		WebSession staff = signedIn(Role.STAFF);
		assertThat(staff.get("/staff/agreements/providers/" + provider.id()).html().select(
				"#signature-confidentiality-" + confidentiality.number() + " .signed-language").text())
			.isEqualTo("Spanish");
	}

	@Test
	void everyRouteAnswersNobodyElse() {
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		AgreementVersion mou = AgreementFixtures.publish(agreements, Kind.MOU, "hubtext-routes", admin);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = AgreementFixtures.organization(organizations, member.username());
		agreements.sign(member.id(), organization, Kind.MOU, mou.number(), "en");
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("{kind}", "mou");
		ids.put("{version}", String.valueOf(mou.number()));
		ids.put("{organizationId}", organization.toString());
		ids.put("{providerId}", UUID.randomUUID().toString());

		WebSession advisory = signedIn(Role.ADVISORY);
		WebSession practitioner = signedIn(Role.PRACTITIONER);
		WebSession otherMember = signedIn(Role.ORG_MEMBER);
		WebSession staff = signedIn(Role.STAFF);
		Map<String, String> form = Map.of("version", String.valueOf(mou.number()), "language", "en", "party",
				organization.toString(), "en", "hubtext-x", "es", "x", "fr", "x", "pt", "x", "ar", "x", "basedOn",
				String.valueOf(mou.number()));
		for (Route route : routes(ids)) {
			for (WebSession outsider : List.of(advisory, practitioner, otherMember, staff)) {
				if (route.path().startsWith("/staff/") && outsider == staff) {
					continue;
				}
				if (route.path().equals("/agreements") && outsider == otherMember) {
					WebSession.Page own = outsider.get(route.path());
					assertThat(own.status()).isEqualTo(200);
					assertThat(own.body()).doesNotContain(organization.toString());
					continue;
				}
				WebSession.Page answer = route.method() == RequestMethod.GET ? outsider.get(route.path())
						: outsider.post(route.path(), form);
				assertThat(answer.status()).as(route + " as an outsider").isIn(403, 404);
				assertThat(answer.body()).doesNotContain("hubtext-routes");
			}
			WebSession.Page anonymous = route.method() == RequestMethod.GET ? visitor().get(route.path())
					: visitor().post(route.path(), Map.of());
			assertThat(anonymous.status()).as(route + " anonymously").isIn(302, 403);
			assertThat(anonymous.body()).doesNotContain("hubtext-routes");
		}
		assertThat(signatures(organization)).isOne();
		assertThat(versions(Kind.MOU)).isEqualTo(mou.number());
	}

	record Route(RequestMethod method, String path) {
	}

	/** Every route of the agreements from the application's own table, with ids filled in. */
	private List<Route> routes(Map<String, String> ids) {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/agreements") && !pattern.startsWith("/admin/agreements")
						&& !pattern.startsWith("/staff/agreements")) {
					continue;
				}
				String path = pattern;
				for (Map.Entry<String, String> id : ids.entrySet()) {
					path = path.replace(id.getKey(), id.getValue());
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, path));
				}
			}
		}
		assertThat(routes).hasSizeGreaterThanOrEqualTo(9);
		assertThat(routes).noneMatch(r -> r.path().contains("{"));
		return routes;
	}

	private long signatures(UUID organization) {
		return jdbc.sql("select count(*) from cohort_agreement_signature where organization_id = :o")
			.param("o", organization).query(Long.class).single();
	}

	private long versions(Kind kind) {
		return jdbc.sql("select count(*) from cohort_agreement_version where kind = :k").param("k", kind.name())
			.query(Long.class).single();
	}

}
