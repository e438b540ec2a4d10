package org.tandem.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's pages and API over HTTP: browsing for staff, administrators, providers and practitioners (refused to
 * organization members, advisory members and anonymous visitors), the filters and search, an activity's and a
 * method's page with their credit, the English fallback's notice; the administrators' page (dry run, then import, and
 * a malformed zip refused with its reasons) and API route (scope catalog:write), refused to everyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = CatalogContext.OWN)
class CatalogWebTests extends WebTestSupport {

	@Autowired
	CatalogImport imports;

	@Autowired
	CatalogStore store;

	@BeforeEach
	void sample() {
		if (store.credit("web-sample").isEmpty()) {
			imports.folder("web-sample", CatalogFixtures.folder("sample"), false, null);
		}
	}

	@Test
	void staffProvidersAndPractitionersBrowseTheCatalog() {
		for (Role role : new Role[] { Role.STAFF, Role.ADMIN, Role.PROVIDER, Role.PRACTITIONER }) {
			WebSession web = signedIn(role);
			var list = web.get("/catalog");
			assertThat(list.status()).as(role.name()).isEqualTo(200);
			assertThat(list.html().select("#catalog-activities a").eachText()).as(role.name())
				.contains("Context interview", "Network map");
			assertThat(list.html().select("nav a[href$=/catalog]")).as(role.name()).isNotEmpty();
		}
		for (Role role : new Role[] { Role.ORG_MEMBER, Role.ADVISORY }) {
			assertThat(signedIn(role).get("/catalog").status()).as(role.name()).isEqualTo(403);
		}
		var anonymous = visitor().get("/catalog/activities/web-sample/network-map");
		assertThat(anonymous.status()).isIn(302, 401, 403);
		assertThat(anonymous.body()).doesNotContain("Draw the office network");
	}

	@Test
	void theFiltersAndTheSearchNarrowTheList() {
		WebSession web = signedIn(Role.PROVIDER);
		assertThat(titles(web.get("/catalog?approach=TECHNICAL&q=NETWORK").html()))
			.containsExactly("Network map");
		assertThat(titles(web.get("/catalog?remote=WITH_SUPPORT&minutes=60").html())).contains("Context interview")
			.doesNotContain("Device inventory");
		assertThat(titles(web.get("/catalog?size=150").html())).contains("Context interview", "Backup check")
			.doesNotContain("Network map", "Device inventory");
		assertThat(titles(web.get("/catalog?skill=networks").html())).containsExactly("Network map");
		String devices = store.methods(java.util.Locale.ENGLISH)
			.stream()
			.filter(m -> m.catalog().equals("web-sample") && m.slug().equals("devices"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		assertThat(titles(web.get("/catalog?method=" + devices).html())).containsExactly("Device inventory",
				"Network map", "Backup check");
		// the search is in the reader's language
		assertThat(titles(web.get("/catalog?q=dibujar&lang=es").html())).containsExactly("Mapa de la red");
		// filters that cannot be read are left out, and said so
		var odd = web.get("/catalog?minutes=-4&approach=DANCING&method=nope&q=" + "x".repeat(300));
		assertThat(odd.status()).isEqualTo(200);
		assertThat(odd.html().select("p.notice.warn")).isNotEmpty();
	}

	@Test
	void anActivityShowsEveryFieldItsMethodsAndItsCredit() {
		WebSession web = signedIn(Role.PRACTITIONER);
		Document page = web.get("/catalog/activities/web-sample/context-interview").html();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Context interview");
		assertThat(page.select("section h2").eachText()).contains("Summary", "Overview", "Materials needed",
				"Considerations: safety and consent", "Walk-through", "Recommendations it commonly leads to");
		assertThat(page.select(".markdown ol li")).hasSize(2);
		assertThat(page.select("dd a").eachText()).contains("Preparation");
		assertThat(page.selectFirst("footer.credit").text()).contains("Sample audit catalog", "CC BY-SA 4.0",
				"Ana Example", "https://example.org/sample-catalog");
		assertThat(page.select("#in-english")).isEmpty();

		Document spanish = web.get("/catalog/activities/web-sample/backup-check?lang=es").html();
		assertThat(spanish.selectFirst("#in-english")).isNotNull();
		assertThat(spanish.selectFirst("h1").attr("lang")).isEqualTo("en");
		Document arabic = web.get("/catalog/activities/web-sample/backup-check?lang=ar").html();
		assertThat(arabic.selectFirst("h1").text()).isEqualTo("فحص النسخ الاحتياطية");
		assertThat(arabic.select("#in-english")).isEmpty();

		Document method = web.get("/catalog/methods/web-sample/devices?lang=en").html();
		assertThat(method.select("#method-activity-list a").eachText()).containsExactly("Device inventory",
				"Network map", "Backup check");
		assertThat(method.select("section h2").eachText()).contains("Purpose", "Guiding questions");
		assertThat(method.selectFirst("footer.credit")).isNotNull();

		assertThat(web.get("/catalog/activities/web-sample/nothing-here").status()).isEqualTo(404);
		assertThat(web.get("/catalog/methods/no-such/devices").status()).isEqualTo(404);
	}

	@Test
	void anAdministratorTriesAZipThenImportsIt() {
		WebSession admin = signedIn(Role.ADMIN);
		assertThat(admin.get("/admin/catalog").html().select("#catalog-web-sample")).isNotEmpty();

		var dry = upload(admin, "web-upload", true, CatalogFixtures.zip("sample"));
		assertThat(dry.statusCode()).isEqualTo(200);
		Document report = org.jsoup.Jsoup.parse(dry.body());
		assertThat(report.select("#report-counts li").eachText()).contains("9 added");
		assertThat(report.select("#catalog-web-upload")).isEmpty();

		var real = upload(admin, "web-upload", false, CatalogFixtures.zip("sample"));
		assertThat(real.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(real.body()).select("p.notice.ok").text()).contains("version 1");
		assertThat(admin.get("/admin/catalog").html().select("#catalog-web-upload")).isNotEmpty();

		var malformed = upload(admin, "web-upload", false, CatalogFixtures.zip("sample", "malformed/unknown-activity"));
		assertThat(malformed.statusCode()).isEqualTo(400);
		Document refused = org.jsoup.Jsoup.parse(malformed.body());
		assertThat(refused.select("#report-problems li").text()).contains("content/methods/accounts.md",
				"Shoulder surfing drill");
		assertThat(refused.select("p.notice.bad").text()).contains("Nothing was imported");
		assertThat(store.credit("web-upload").orElseThrow().importVersion()).isOne();

		var slip = upload(admin, "web-upload", true, CatalogFixtures.zip("../", CatalogFixtures.files("sample")));
		assertThat(slip.statusCode()).isEqualTo(400);
		assertThat(org.jsoup.Jsoup.parse(slip.body()).select("#report-problems").text()).contains("outside");

		var badName = upload(admin, "Bad Name!", true, CatalogFixtures.zip("sample"));
		assertThat(badName.statusCode()).isEqualTo(400);
		Document named = org.jsoup.Jsoup.parse(badName.body());
		assertThat(named.selectFirst("#catalog").attr("value")).isEqualTo("Bad Name!");
		assertThat(named.selectFirst("#catalog").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void onlyAdministratorsReachThePageAndTheRoute() {
		for (Role role : new Role[] { Role.STAFF, Role.PROVIDER, Role.PRACTITIONER, Role.ORG_MEMBER }) {
			WebSession web = signedIn(role);
			assertThat(web.get("/admin/catalog").status()).as(role.name()).isEqualTo(403);
			web.get("/catalog");
			var posted = upload(web, "intruder", false, CatalogFixtures.zip("sample"));
			assertThat(posted.statusCode()).as(role.name()).isEqualTo(403);
		}
		assertThat(visitor().get("/admin/catalog").status()).isIn(302, 401, 403);
		assertThat(store.credit("intruder")).isEmpty();
	}

	@Test
	void theApiImportsForATokenWithTheScope() throws Exception {
		WebSession admin = signedIn(Role.ADMIN);
		String token = token(admin, "catalog:write");
		assertThat(token).isNotNull();
		JsonMapper json = JsonMapper.builder().build();

		HttpResponse<String> dry = api(token, "/api/v1/catalog/imports?catalog=api-sample&dryRun=true",
				CatalogFixtures.zip("sample"));
		assertThat(dry.statusCode()).isEqualTo(200);
		JsonNode dryReport = json.readTree(dry.body());
		assertThat(dryReport.get("added").asInt()).isEqualTo(9);
		assertThat(dryReport.get("imported").asBoolean()).isFalse();
		assertThat(store.credit("api-sample")).isEmpty();

		HttpResponse<String> real = api(token, "/api/v1/catalog/imports?catalog=api-sample",
				CatalogFixtures.zip("sample"));
		assertThat(real.statusCode()).isEqualTo(200);
		assertThat(json.readTree(real.body()).get("version").asInt()).isOne();

		HttpResponse<String> changed = api(token, "/api/v1/catalog/imports?catalog=api-sample",
				CatalogFixtures.zip("sample-changed"));
		JsonNode changes = json.readTree(changed.body());
		assertThat(changes.get("added").asInt()).isOne();
		assertThat(changes.get("changed").asInt()).isEqualTo(2);

		HttpResponse<String> refused = api(token, "/api/v1/catalog/imports?catalog=api-sample",
				CatalogFixtures.zip("sample", "malformed/bad-yaml"));
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problems = json.readTree(refused.body()).get("problems");
		assertThat(problems.get(0).get("code").asText()).isEqualTo("badYaml");
		assertThat(problems.get(0).get("message").asText()).startsWith("The YAML cannot be read");

		HttpResponse<String> badName = api(token, "/api/v1/catalog/imports?catalog=BAD", CatalogFixtures.zip("sample"));
		assertThat(badName.statusCode()).isEqualTo(400);
		assertThat(json.readTree(badName.body()).get("code").asText()).isEqualTo("audit.catalog.nameInvalid");

		// staff cannot hold the scope; a token without it is refused, and no token at all
		assertThat(token(signedIn(Role.STAFF), "catalog:write")).isNull();
		String other = token(admin, "account:read");
		assertThat(api(other, "/api/v1/catalog/imports?catalog=api-other", CatalogFixtures.zip("sample")).statusCode())
			.isEqualTo(403);
		assertThat(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(visitor().base() + "/api/v1/catalog/imports?catalog=api-other"))
				.header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(CatalogFixtures.zip("sample")))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
		assertThat(store.credit("api-other")).isEmpty();
	}

	private HttpResponse<String> api(String token, String path, byte[] zip) throws Exception {
		return HttpClient.newHttpClient()
			.send(apiRequest(path, token).header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static java.util.List<String> titles(Document page) {
		// other catalogs share the list: this test reads the sample's
		return page.select("#catalog-activities h3 a[href*=/web-sample/]").eachText();
	}

	/** The upload form as a browser sends it: name, dry run, the zip, and the CSRF token of the page last seen. */
	private static HttpResponse<String> upload(WebSession web, String catalog, boolean dryRun, byte[] zip) {
		var form = web.get("/admin/catalog");
		var csrfInput = form.html().selectFirst("input[name=_csrf]");
		String csrf = csrfInput == null ? "" : csrfInput.attr("value");
		String boundary = "catalog-" + java.util.UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = dryRun ? Map.of("_csrf", csrf, "catalog", catalog, "dryRun", "true")
				: Map.of("_csrf", csrf, "catalog", catalog);
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(zip);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/admin/catalog/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build()).response();
	}

}
