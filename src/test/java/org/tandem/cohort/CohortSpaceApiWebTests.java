package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.Cohort;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements' and the announcements' JSON API: kinds and versions, one version's texts with their SHA-256, a
 * party's signatures; a cohort's announcements listed by cursor and posted; bad bodies a 400 in words, never a 500;
 * the scopes kept to staff and administrators.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortSpaceApiWebTests extends SpaceTestSupport {

	@Autowired
	JsonMapper json;

	@Test
	void staffReadTheAgreementsAndSignaturesAndListAndPostAnnouncements() {
		Person staff = fixtures.create(true, Role.STAFF);
		Person admin = fixtures.create(true, Role.ADMIN);
		WebSession staffWeb = as(staff);
		String read = token(staffWeb, "cohorts:read");
		String write = token(staffWeb, "cohorts:write");
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = enrol("canary-API espacio " + UUID.randomUUID(), member);
		AgreementFixtures.signAll(agreementService, admin.id(), member.id(), organization, false);

		// the agreements: kinds with versions, one version's texts, a party's signatures
		JsonNode kinds = get("/api/v1/cohort-agreements", read);
		assertThat(kinds).hasSize(3);
		JsonNode mou = kinds.get(0);
		assertThat(mou.path("kind").asString()).isEqualTo("mou");
		int current = mou.path("current").asInt();
		assertThat(current).isPositive();
		assertThat(mou.path("versions").get(0).path("number").asInt()).isEqualTo(current);
		JsonNode text = get("/api/v1/cohort-agreements/mou/" + current, read);
		assertThat(text.path("texts")).hasSize(5);
		AgreementText kept = agreementService.version(Kind.MOU, current);
		assertThat(text.path("texts").get(4).path("language").asString()).isEqualTo("ar");
		assertThat(text.path("texts").get(4).path("sha256").asString()).isEqualTo(kept.sha256("ar"));
		assertThat(text.path("texts").get(4).path("text").asString()).isEqualTo(kept.text("ar"));
		assertThat(send("GET", "/api/v1/cohort-agreements/mou/9999", read, null).status()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/cohort-agreements/nothing/1", read, null).status()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/cohort-agreements/mou/uno", read, null).status()).isEqualTo(404);
		JsonNode signatures = get("/api/v1/cohort-agreements/signatures?organization=" + organization, read);
		assertThat(signatures).hasSize(3);
		assertThat(signatures.get(0).path("organization").asString()).isEqualTo(organization.toString());
		assertThat(signatures.get(0).path("account").asString()).isEqualTo(member.id().toString());
		assertThat(signatures.get(0).path("sha256").asString()).hasSize(64);
		assertThat(signatures.get(0).has("text")).isFalse();
		assertThat(get("/api/v1/cohort-agreements/signatures?provider=" + UUID.randomUUID(), read)).isEmpty();
		assertBad(send("GET", "/api/v1/cohort-agreements/signatures", read, null), "Give exactly one");
		assertBad(send("GET", "/api/v1/cohort-agreements/signatures?organization=" + organization + "&provider="
				+ UUID.randomUUID(), read, null), "Give exactly one");
		assertThat(send("GET", "/api/v1/cohort-agreements/signatures?organization=no", read, null).status())
			.isEqualTo(400);

		// announcements: posted (bad bodies refused in words), listed by cursor
		Cohort cohort = cohorts.create(new Cohort.Terms("API espacio " + UUID.randomUUID(), null,
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31), Set.of("en"), 2, 2), Set.of(staff.id()),
				staff.id());
		String path = "/api/v1/cohorts/" + cohort.id() + "/announcements";
		assertBad(send("POST", path, write, "{\"title\": \"\", \"body\": \"Texto\"}"),
				"Give the announcement a title.");
		assertBad(send("POST", path, write, "{\"title\": \"T\", \"body\": \"" + "x".repeat(10_001) + "\"}"),
				"The text has at most 10,000 characters.");
		assertThat(send("POST", path, write, "{\"title\": ").status()).isEqualTo(400);
		assertThat(send("POST", path, write, "{\"title\": \"T\", \"body\": \"B\", \"unknown\": 1}").status())
			.isEqualTo(400);
		assertThat(send("POST", "/api/v1/cohorts/" + UUID.randomUUID() + "/announcements", write,
				"{\"title\": \"T\", \"body\": \"B\"}").status()).isEqualTo(404);
		for (int i = 0; i < 21; i++) {
			WebSession.Page posted = send("POST", path, write,
					"{\"title\": \"Aviso " + i + "\", \"body\": \"Texto **" + i + "**\", \"mail\": false}");
			assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		}
		JsonNode first = get(path, read);
		assertThat(first.path("announcements")).hasSize(20);
		assertThat(first.path("announcements").get(0).path("title").asString()).isEqualTo("Aviso 20");
		assertThat(first.path("announcements").get(0).path("postedBy").asString()).isEqualTo(staff.id().toString());
		JsonNode second = get(path + "?after=" + first.path("next").asString(), read);
		assertThat(second.path("announcements")).hasSize(1);
		assertThat(second.hasNonNull("next")).isFalse();
		assertThat(send("GET", path + "?after=not-a-cursor", read, null).status()).isEqualTo(400);
		assertThat(send("GET", "/api/v1/cohorts/" + UUID.randomUUID() + "/announcements", read, null).status())
			.isEqualTo(404);

		// scopes: reading does not write; other roles cannot hold them; anonymous is a 401
		assertThat(send("POST", path, read, "{\"title\": \"T\", \"body\": \"B\"}").status()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/cohort-agreements", write, null).status()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/cohort-agreements", token(staffWeb, "account:read"), null).status())
			.isEqualTo(403);
		for (Role role : new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.ADVISORY }) {
			assertThat(token(signedIn(role), "cohorts:read")).as(role.name()).isNull();
		}
		WebSession adminWeb = visitor();
		AccountFixtures.signIn(adminWeb, admin);
		assertThat(get("/api/v1/cohort-agreements", token(adminWeb, "cohorts:read"))).hasSize(3);
		for (String open : new String[] { "/api/v1/cohort-agreements", path }) {
			assertThat(visitor().send(HttpRequest.newBuilder(java.net.URI.create(visitor().base() + open)).GET()
				.build()).status()).isEqualTo(401);
		}
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

	private WebSession.Page send(String method, String path, String token,
			@org.jspecify.annotations.Nullable String body) {
		HttpRequest.Builder request = apiRequest(path, token).header("Accept-Language", "en");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return visitor().send(request.build());
	}

}
