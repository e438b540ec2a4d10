package org.tandem.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OrganizationWebTests extends WebTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.tandem.organization.domain.OrganizationService organizationService;

	@Test
	void staffCreateAnOrganizationAndBadInputKeepsWhatWasTyped() {
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/staff/organizations/new");
		long before = jdbc.sql("select count(*) from organization").query(Long.class).single();
		WebSession.Page invalid = staff.post("/staff/organizations",
				Map.of("name", "", "kind", "MEDIA", "sizeBand", "", "country", "XX", "contact", "signal +1 555 0100"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.html().select(".field-error").eachText()).contains("Please fill in this field.",
				"Choose a country from the list.");
		assertThat(invalid.html().selectFirst("textarea[name=contact]").text()).isEqualTo("signal +1 555 0100");
		assertThat(invalid.html().selectFirst("select[name=kind] option[selected]").val()).isEqualTo("MEDIA");
		assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single()).isEqualTo(before);

		UUID id = create(staff, "Radio Libre " + UUID.randomUUID());
		WebSession.Page detail = staff.get("/staff/organizations/" + id);
		assertThat(detail.html().selectFirst("h1").text()).startsWith("Radio Libre");
		assertThat(staff.get("/staff/organizations").text()).contains("Radio Libre");
	}

	@Test
	void theListGoesBy50NewestFirstFromTheLastRowShown() {
		for (int i = 0; i < 75; i++) {
			organizationService.create(new org.tandem.organization.domain.Organization.Profile("Listed " + i, null, null,
					org.tandem.organization.OrganizationKind.NGO, org.tandem.organization.SizeBand.UP_TO_5, "PE"));
		}
		java.util.List<String> expected = jdbc.sql("select id from organization order by created_at desc, id desc")
			.query(String.class).list();
		WebSession staff = signedIn(Role.STAFF);
		WebSession.Page page = staff.get("/staff/organizations");
		java.util.List<String> seen = new java.util.ArrayList<>(ids(page));
		assertThat(seen).hasSize(50);
		assertThat(page.html().selectFirst(".pager a[rel=first]")).isNull();
		org.jsoup.nodes.Element next;
		while ((next = page.html().selectFirst(".pager a[rel=next]")) != null) {
			page = staff.get(next.attr("href"));
			seen.addAll(ids(page));
			assertThat(page.html().selectFirst(".pager a[rel=first]")).isNotNull();
		}
		assertThat(seen).isEqualTo(expected);
		assertThat(staff.get("/staff/organizations?after=not-ours").status()).isEqualTo(200);
		assertThat(ids(staff.get("/staff/organizations?after=not-ours"))).isEqualTo(expected.subList(0, 50));
	}

	private static java.util.List<String> ids(WebSession.Page page) {
		assertThat(page.status()).isEqualTo(200);
		return page.html().select("tbody tr td:first-child a").eachAttr("href").stream()
			.map(h -> h.substring(h.lastIndexOf('/') + 1)).toList();
	}

	@Test
	void aMemberSeesDownloadsAndDestroysOnlyTheirOwnOrganization() throws IOException {
		WebSession staff = signedIn(Role.STAFF);
		String name = "Colectivo " + UUID.randomUUID();
		UUID id = create(staff, name);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		staff.get("/staff/organizations/" + id);
		WebSession.Page notMemberRole = staff.post("/staff/organizations/" + id + "/members",
				Map.of("username", fixtures.create(false, Role.PRACTITIONER).username()));
		assertThat(notMemberRole.html().select(".field-error").text())
			.isEqualTo("This account does not have the organization member role.");
		staff.post("/staff/organizations/" + id + "/members", Map.of("username", member.username()));

		WebSession web = visitor();
		AccountFixtures.signIn(web, member);
		assertThat(web.get("/organization").redirect()).isEqualTo("/organization/" + id);
		assertThat(web.get("/organization/" + id).html().selectFirst("h1").text()).isEqualTo(name);

		var download = web.download("/organization/" + id + "/export");
		assertThat(download.statusCode()).isEqualTo(200);
		Map<String, String> entries = unzip(download.body());
		assertThat(entries).containsKeys("manifest.json", "organization.json", "members.json");
		assertThat(entries.get("organization.json")).contains(name).contains("signal +1 555 0100");
		assertThat(entries.get("members.json")).contains(member.username());
		// the counting choice: counted unless the members untick it, and the download says which
		assertThat(entries.get("counting/choice.json")).isEqualTo("{\"countedAnonymously\":true}\n");
		web.post("/organization/" + id + "/counting", Map.of());
		assertThat(unzip(web.download("/organization/" + id + "/export").body()).get("counting/choice.json"))
			.isEqualTo("{\"countedAnonymously\":false}\n");

		// Destroying needs the confirmation; without it nothing happens and the page says why.
		web.get("/organization/" + id + "/destroy");
		WebSession.Page unconfirmed = web.post("/organization/" + id + "/destroy", Map.of());
		assertThat(unconfirmed.html().select("[role=alert]").text()).isEqualTo("Tick the box to confirm first.");
		assertThat(jdbc.sql("select count(*) from organization where id = :id").param("id", id).query(Long.class).single())
			.isOne();

		WebSession.Page destroyed = web.post("/organization/" + id + "/destroy", Map.of("confirm", "true"));
		assertThat(destroyed.redirect()).startsWith("/privacy/receipts/P-");
		WebSession.Page receipt = visitor().get(destroyed.redirect());
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.text()).contains("Everything listed below has been destroyed.", "Organization profiles: 1",
				"Memberships: 1").doesNotContain(name);
		assertThat(staff.get("/staff/organizations/" + id).status()).isEqualTo(404);
		assertThat(web.get("/organization/" + id).status()).isEqualTo(404);
	}

	@Test
	void nobodyElseReachesAnOrganization() {
		WebSession staff = signedIn(Role.STAFF);
		UUID id = create(staff, "Private " + UUID.randomUUID());
		String[] memberPaths = { "/organization/" + id, "/organization/" + id + "/export",
				"/organization/" + id + "/destroy" };

		// A member of another organization: not found, as if it did not exist.
		UUID other = create(staff, "Other " + UUID.randomUUID());
		WebSession outside = signedInMember(staff, other);
		for (String path : memberPaths) {
			assertThat(outside.get(path).status()).as(path).isEqualTo(404);
		}
		outside.get("/organization/" + other);
		assertThat(outside.post("/organization/" + id + "/destroy", Map.of("confirm", "true")).status()).isEqualTo(404);

		// A provider: forbidden for member and staff pages alike.
		WebSession provider = signedIn(Role.PROVIDER);
		for (String path : memberPaths) {
			assertThat(provider.get(path).status()).as(path).isEqualTo(403);
		}
		assertThat(provider.get("/staff/organizations/" + id).status()).isEqualTo(403);

		// Anonymous: sent to sign in.
		WebSession anonymous = visitor();
		for (String path : memberPaths) {
			assertThat(anonymous.get(path).redirect()).as(path).endsWith("/login");
		}
		assertThat(anonymous.get("/staff/organizations").redirect()).endsWith("/login");
		assertThat(jdbc.sql("select count(*) from organization where id = :id").param("id", id).query(Long.class).single())
			.isOne();
	}

	@Test
	void staffDestroyAnOrganizationOnlyOnceConfirmed() {
		WebSession staff = signedIn(Role.STAFF);
		UUID id = create(staff, "Ask by phone " + UUID.randomUUID());
		staff.get("/staff/organizations/" + id);
		assertThat(staff.post("/staff/organizations/" + id + "/destroy", Map.of()).redirect())
			.isEqualTo("/staff/organizations/" + id + "?confirmDestroy");
		assertThat(staff.get("/staff/organizations/" + id + "?confirmDestroy").html().select("[role=alert]").text())
			.isEqualTo("Tick the box to confirm first.");
		WebSession.Page destroyed = staff.post("/staff/organizations/" + id + "/destroy", Map.of("confirm", "true"));
		assertThat(visitor().get(destroyed.redirect()).text()).contains("Done by the hub staff");
		assertThat(staff.get("/staff/organizations/" + id).status()).isEqualTo(404);
		// Other roles cannot.
		UUID other = create(staff, "Still here " + UUID.randomUUID());
		WebSession member = signedIn(Role.ORG_MEMBER);
		member.get("/organization");
		assertThat(member.post("/staff/organizations/" + other + "/destroy", Map.of("confirm", "true")).status())
			.isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from organization where id = :id").param("id", other).query(Long.class).single())
			.isOne();
	}

	@Test
	void documentsAreCheckedCleanedKeptEncryptedAndOnlyForThoseWhoMaySeeThem() throws IOException {
		WebSession staff = signedIn(Role.STAFF);
		UUID id = create(staff, "Docs " + UUID.randomUUID());
		staff.get("/staff/organizations/" + id);

		WebSession.Page refused = staff.postFile("/staff/organizations/" + id + "/documents", "file", "tool.pdf",
				"application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html().select(".field-error").text())
			.isEqualTo("This kind of file cannot be kept. Send a PDF, a PNG or JPEG image, or a plain text file.");
		WebSession.Page mismatch = staff.postFile("/staff/organizations/" + id + "/documents", "file", "notes.pdf",
				"application/pdf", "plain words".getBytes(StandardCharsets.UTF_8));
		assertThat(mismatch.html().select(".field-error").text())
			.isEqualTo("The name ends in .pdf but the file is of another kind.");
		WebSession.Page tooLarge = staff.postFile("/staff/organizations/" + id + "/documents", "file", "big.txt",
				"text/plain", "a".repeat(11 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
		assertThat(tooLarge.html().select(".field-error").text()).isEqualTo("This file is too large: at most 10 MB.");
		assertThat(jdbc.sql("select count(*) from organization_document").query(Long.class).single()).isZero();

		staff.get("/staff/organizations/" + id);
		String text = "Threat notes for the board";
		assertThat(staff.postFile("/staff/organizations/" + id + "/documents", "file", "threats.txt", "text/plain",
				text.getBytes(StandardCharsets.UTF_8)).redirect()).endsWith("?documentAdded");
		UUID documentId = jdbc.sql("select id from organization_document where organization_id = :id")
			.param("id", id).query(UUID.class).single();
		byte[] storedName = jdbc.sql("select name from organization_document where id = :id")
			.param("id", documentId).query(byte[].class).single();
		assertThat(new String(storedName, StandardCharsets.ISO_8859_1)).doesNotContain("threats");
		var download = staff.download("/staff/organizations/" + id + "/documents/" + documentId);
		assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(text);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

		Person member = fixtures.create(false, Role.ORG_MEMBER);
		staff.post("/staff/organizations/" + id + "/members", Map.of("username", member.username()));
		WebSession web = visitor();
		AccountFixtures.signIn(web, member);
		assertThat(web.get("/organization/" + id).text()).contains("threats.txt");
		assertThat(web.download("/organization/" + id + "/documents/" + documentId).body())
			.asString(StandardCharsets.UTF_8).isEqualTo(text);
		assertThat(unzip(web.download("/organization/" + id + "/export").body()))
			.containsEntry("documents/" + documentId + "-threats.txt", text);

		// Another organization's member, a provider and anonymous visitors cannot fetch it.
		UUID other = create(staff, "Other " + UUID.randomUUID());
		WebSession outside = signedInMember(staff, other);
		assertThat(outside.download("/organization/" + id + "/documents/" + documentId).statusCode()).isEqualTo(404);
		assertThat(outside.download("/organization/" + other + "/documents/" + documentId).statusCode()).isEqualTo(404);
		assertThat(signedIn(Role.PROVIDER).download("/staff/organizations/" + id + "/documents/" + documentId)
			.statusCode()).isEqualTo(403);
		assertThat(visitor().download("/organization/" + id + "/documents/" + documentId).statusCode()).isEqualTo(302);

		// Removing it deletes the record and the encrypted file.
		staff.get("/staff/organizations/" + id);
		assertThat(staff.post("/staff/organizations/" + id + "/documents/" + documentId + "/remove", Map.of())
			.redirect()).endsWith("?documentRemoved");
		assertThat(staff.download("/staff/organizations/" + id + "/documents/" + documentId).statusCode())
			.isEqualTo(404);
	}

	/** A new member of the organization, signed in. */
	private WebSession signedInMember(WebSession staff, UUID organization) {
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		staff.get("/staff/organizations/" + organization);
		staff.post("/staff/organizations/" + organization + "/members", Map.of("username", member.username()));
		WebSession web = visitor();
		AccountFixtures.signIn(web, member);
		return web;
	}

	private static UUID create(WebSession staff, String name) {
		staff.get("/staff/organizations/new");
		WebSession.Page created = staff.post("/staff/organizations", Map.of("name", name, "kind", "MEDIA", "sizeBand",
				"UP_TO_20", "country", "CO", "contact", "signal +1 555 0100", "notes", "Seized phone at the border"));
		assertThat(created.redirect()).startsWith("/staff/organizations/");
		return UUID.fromString(created.redirect().replaceAll("^/staff/organizations/([^?]+).*$", "$1"));
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
