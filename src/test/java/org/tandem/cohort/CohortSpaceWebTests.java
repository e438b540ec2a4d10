package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * The cohort's space over HTTP, as browsers without JavaScript send it: staff post announcements (bad input keeps
 * what was typed; the notice by mail carries the title and a link only) and share links and files; participants read
 * and download them and choose the digest; the pair's own agreement reaches only the pair and the coordinators; and
 * every route of the space answers nobody outside.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortSpaceWebTests extends SpaceTestSupport {

	@Test
	void staffPostAndShareAndParticipantsReadDownloadAndChooseTheDigest() {
		World w = world();
		String c = w.cohort().toString();
		WebSession staff = as(w.coordinator());
		WebSession member = as(w.memberA());

		// bad input: the message, what was typed kept, nothing written
		assertThat(staff.get("/staff/cohorts/" + c).html().select("#space-links a")).hasSize(2);
		assertThat(staff.get("/staff/cohorts/" + c + "/announcements").status()).isEqualTo(200);
		WebSession.Page bad = staff.post("/staff/cohorts/" + c + "/announcements", Map.of("title", " ", "body",
				"Mi texto escrito", "mail", "true"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.text()).contains("Give the announcement a title.");
		assertThat(bad.html().selectFirst("textarea[name=body]").text()).isEqualTo("Mi texto escrito");
		assertThat(bad.html().selectFirst("input[name=mail]").hasAttr("checked")).isTrue();
		assertThat(staff.post("/staff/cohorts/" + c + "/announcements", Map.of("title", "t".repeat(201), "body", "x"))
			.text()).contains("A title has at most 200 characters.");
		assertThat(count("cohort_announcement", w.cohort())).isZero();

		String title = "Bienvenida " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(staff.post("/staff/cohorts/" + c + "/announcements", Map.of("title", title, "body",
				"Nos vemos el **lunes**.\n\n<script>alert(1)</script>", "mail", "true")).redirect()).contains("posted");
		String notice = TestMail.awaitBody(mailOf(w.memberA()), title);
		assertThat(notice).contains("/cohorts/" + c).doesNotContain("lunes");
		assertThat(TestMail.awaitBody(w.provider().email(), title)).doesNotContain("lunes");

		// the participants' space: newest first, rendered, no script
		WebSession.Page space = member.get("/cohorts/" + c);
		assertThat(space.status()).isEqualTo(200);
		assertThat(space.html().select("#announcements h3").text()).isEqualTo(title);
		assertThat(space.html().select("#announcements strong").text()).isEqualTo("lunes");
		assertThat(space.html().select("#announcements script")).isEmpty();
		assertThat(member.get("/cohorts/" + c + "/announcements").html().select("article h2").text()).isEqualTo(title);
		assertThat(member.get("/cohorts/" + c + "/announcements?after=bm90LWEtY3Vyc29y").text())
			.contains("This page of the list does not exist.");
		// the digest, chosen and stopped without JavaScript
		assertThat(member.post("/cohorts/" + c + "/digest", Map.of("wanted", "true")).redirect()).contains("digestOn");
		assertThat(member.get("/cohorts/" + c).html().selectFirst("#digest-form input[name=wanted]").val())
			.isEqualTo("false");
		assertThat(member.post("/cohorts/" + c + "/digest", Map.of("wanted", "false")).redirect()).contains("digestOff");

		// resources: a link (checked) and a file (encrypted, downloaded as it was)
		WebSession.Page badLink = staff.post("/staff/cohorts/" + c + "/resources/links", Map.of("title", "Guía",
				"url", "javascript:alert(1)", "description", "Para empezar"));
		assertThat(badLink.text()).contains("Give a full address starting with https:// or http://.");
		assertThat(badLink.html().selectFirst("input[name=title]").val()).isEqualTo("Guía");
		assertThat(badLink.html().selectFirst("textarea[name=description]").text()).isEqualTo("Para empezar");
		assertThat(staff.post("/staff/cohorts/" + c + "/resources/links", Map.of("title", "Guía", "url",
				"https://example.org/guia", "description", "Para empezar")).redirect()).contains("linkAdded");
		staff.get("/staff/cohorts/" + c + "/resources");
		assertThat(staff.postFile("/staff/cohorts/" + c + "/resources/files", "file", "vacío.txt", "text/plain",
				new byte[0]).text()).contains("an empty file cannot be kept");
		staff.get("/staff/cohorts/" + c + "/resources");
		byte[] content = ("Material del taller " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		assertThat(staff.postFile("/staff/cohorts/" + c + "/resources/files?fileTitle=Taller", "file", "taller.txt",
				"text/plain", content).redirect()).contains("fileAdded");
		WebSession.Page list = member.get("/cohorts/" + c + "/resources");
		assertThat(list.html().select("#resources li")).hasSize(2);
		assertThat(list.html().select("#resources a[href=https://example.org/guia]")).hasSize(1);
		String download = list.html().select("#resources a").stream()
			.map(a -> a.attr("href"))
			.filter(h -> h.startsWith("/cohorts/"))
			.findFirst()
			.orElseThrow();
		HttpResponse<byte[]> file = member.download(download);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(content);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		assertThat(member.get("/cohorts/" + c).html().selectFirst("#resources-link").text()).contains("2 items");

		// unknown ids: 404; malformed: never a 500
		assertThat(staff.get("/staff/cohorts/" + UUID.randomUUID() + "/announcements").status()).isEqualTo(404);
		assertThat(staff.get("/staff/cohorts/not-an-id/resources").status()).isBetween(400, 404);
		assertThat(member.get("/cohorts/" + c + "/resources/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(staff.post("/staff/cohorts/" + c + "/announcements/" + UUID.randomUUID() + "/withdraw", Map.of())
			.status()).isEqualTo(404);

		// withdrawn and removed: gone from the space
		String announcement = jdbc.sql("select id from cohort_announcement where cohort_id = :c")
			.param("c", w.cohort()).query(String.class).single();
		staff.get("/staff/cohorts/" + c + "/announcements");
		assertThat(staff.post("/staff/cohorts/" + c + "/announcements/" + announcement + "/withdraw", Map.of())
			.redirect()).contains("withdrawn");
		assertThat(member.get("/cohorts/" + c).text()).doesNotContain(title);
		String resource = download.replaceAll(".*/", "");
		assertThat(staff.post("/staff/cohorts/" + c + "/resources/" + resource + "/remove", Map.of()).redirect())
			.contains("removed");
		assertThat(member.download(download).statusCode()).isEqualTo(404);
	}

	@Test
	void thePairsAgreementReachesOnlyThePairAndEveryRouteOfTheSpaceAnswersNobodyOutside() {
		World w = world();
		String c = w.cohort().toString();
		WebSession staff = as(w.coordinator());
		WebSession memberA = as(w.memberA());
		WebSession memberB = as(w.memberB());
		String title = "Aviso-marca " + UUID.randomUUID();
		staff.post("/staff/cohorts/" + c + "/announcements", Map.of("title", title, "body", "Texto"));
		staff.post("/staff/cohorts/" + c + "/resources/links", Map.of("title", "Guía-marca", "url",
				"https://example.org/"));
		String announcement = jdbc.sql("select id from cohort_announcement where cohort_id = :c")
			.param("c", w.cohort()).query(String.class).single();
		String resource = jdbc.sql("select id from cohort_resource where cohort_id = :c")
			.param("c", w.cohort()).query(String.class).single();

		// the organization names a provider of the cohort and uploads; a provider outside is refused
		WebSession.Page form = memberA.get("/cohorts/" + c + "/pair-agreement");
		assertThat(form.html().select("select[name=party] option")).hasSize(2);
		assertThat(form.html().select("select[name=party] option[value=" + w.outsideProvider().id() + "]")).isEmpty();
		byte[] content = ("Acuerdo firmado " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		WebSession.Page refused = memberA.postFile("/cohorts/" + c + "/pair-agreement?party="
				+ w.outsideProvider().id() + "&version=", "file", "acuerdo.txt", "text/plain", content);
		assertThat(refused.text()).contains("Choose a provider taking part in the cohort.");
		memberA.get("/cohorts/" + c + "/pair-agreement");
		assertThat(memberA.postFile("/cohorts/" + c + "/pair-agreement?party=" + w.provider().id() + "&version=",
				"file", "acuerdo.txt", "text/plain", content).redirect()).contains("uploaded");
		memberA.get("/cohorts/" + c + "/pair-agreement");
		assertThat(memberA.postFile("/cohorts/" + c + "/pair-agreement?party=" + w.provider().id() + "&version=",
				"file", "otro.txt", "text/plain", content).text())
			.contains("The agreement was uploaded or replaced since you opened the page");
		String path = "/cohorts/" + c + "/pair-agreement/" + w.organizationA();
		assertThat(memberA.download(path).body()).isEqualTo(content);
		assertThat(w.provider().web().download(path).body()).isEqualTo(content);
		assertThat(w.provider().web().get("/cohorts/" + c + "/pair-agreement").html().select("#pair-agreements li"))
			.hasSize(1);
		assertThat(staff.download(path).statusCode()).isEqualTo(200);
		// another organization of the cohort, a provider of the cohort not named: nothing
		assertThat(memberB.download(path).statusCode()).isEqualTo(404);
		assertThat(memberB.get("/cohorts/" + c + "/pair-agreement").html().selectFirst("#pair-none")).isNotNull();
		assertThat(w.otherProvider().web().download(path).statusCode()).isEqualTo(404);
		assertThat(w.otherProvider().web().get("/cohorts/" + c + "/pair-agreement").html().selectFirst("#pair-none"))
			.isNotNull();
		w.otherProvider().web().get("/cohorts/" + c + "/pair-agreement");
		assertThat(w.otherProvider().web().postFile("/cohorts/" + c + "/pair-agreement?party=" + w.organizationA()
				+ "&version=0", "file", "mío.txt", "text/plain", content).status()).isEqualTo(404);

		// every route of the space, as everyone outside
		List<String[]> routes = List.of(new String[] { "GET", "/cohorts/" + c + "/announcements" },
				new String[] { "POST", "/cohorts/" + c + "/digest" },
				new String[] { "GET", "/cohorts/" + c + "/resources" },
				new String[] { "GET", "/cohorts/" + c + "/resources/" + resource },
				new String[] { "GET", "/cohorts/" + c + "/pair-agreement" },
				new String[] { "POST", "/cohorts/" + c + "/pair-agreement" },
				new String[] { "GET", path },
				new String[] { "GET", "/staff/cohorts/" + c + "/announcements" },
				new String[] { "POST", "/staff/cohorts/" + c + "/announcements" },
				new String[] { "POST", "/staff/cohorts/" + c + "/announcements/" + announcement + "/withdraw" },
				new String[] { "GET", "/staff/cohorts/" + c + "/resources" },
				new String[] { "POST", "/staff/cohorts/" + c + "/resources/links" },
				new String[] { "POST", "/staff/cohorts/" + c + "/resources/files" },
				new String[] { "POST", "/staff/cohorts/" + c + "/resources/" + resource + "/remove" });
		List<WebSession> outsiders = new ArrayList<>(List.of(as(w.otherCohortMember()), w.outsideProvider().web(),
				as(w.otherOrganizationMember()), signedIn(Role.ADVISORY)));
		Map<String, String> typed = Map.of("title", "Tomado-fuera", "body", "Tomado-fuera", "url",
				"https://example.org/", "wanted", "true", "party", w.provider().id().toString(), "version", "");
		for (String[] route : routes) {
			for (WebSession outsider : outsiders) {
				WebSession.Page answer = route[0].equals("GET") ? outsider.get(route[1]) : outsider.post(route[1], typed);
				assertThat(answer.status()).as(route[0] + " " + route[1] + " as an outsider").isIn(403, 404);
				assertThat(answer.body()).doesNotContain("canary-").doesNotContain(c).doesNotContain("-marca");
			}
			WebSession anonymous = visitor();
			WebSession.Page answer = route[0].equals("GET") ? anonymous.get(route[1])
					: anonymous.post(route[1], Map.of());
			assertThat(answer.status()).as(route[0] + " " + route[1] + " anonymously").isIn(302, 403);
			assertThat(answer.body()).doesNotContain("canary-").doesNotContain("-marca");
		}
		assertThat(count("cohort_announcement", w.cohort())).isEqualTo(1);
		assertThat(count("cohort_resource", w.cohort())).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from cohort_announcement_digest where cohort_id = :c")
			.param("c", w.cohort()).query(Long.class).single()).isZero();
		// a member whose organization has not signed is sent to the cohort's page, which says what is left
		Person unsigned = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = enrol("canary-Sin firmar " + UUID.randomUUID(), unsigned);
		cohorts.addOrganization(w.cohort(), organization);
		assertThat(as(unsigned).get("/cohorts/" + c + "/resources").redirect()).endsWith("/cohorts/" + c);
	}

	private long count(String table, UUID cohort) {
		return jdbc.sql("select count(*) from " + table + " where cohort_id = :c").param("c", cohort)
			.query(Long.class).single();
	}

}
