package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cohorts' JSON API: staff and administrators plan a cohort, list and read it, see its members and move its status
 * with the version they read; bad bodies get a 400 in words, never a 500; other roles cannot hold the scopes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.context=cohort")
class CohortApiWebTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	JsonMapper json;

	@Autowired
	OrganizationService organizations;

	@Autowired
	org.tandem.cohort.domain.CohortService cohorts;

	@Test
	void staffPlanListReadAndMoveACohortAndNobodyElseMay() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession staffWeb = visitor();
		AccountFixtures.signIn(staffWeb, staff);
		String read = token(staffWeb, "cohorts:read");
		String write = token(staffWeb, "cohorts:write");
		assertThat(read).isNotNull();
		assertThat(write).isNotNull();

		// bodies that break a rule or are not JSON: 400 in words
		String body = """
				{"name": "API 2027", "description": "Por la API", "startsOn": "2027-03-01", "endsOn": "2027-08-31",
				 "languages": ["es", "pt"], "organizationCapacity": 1, "providerCapacity": 1, "coordinators": ["%s"]}"""
			.formatted(staff.id());
		assertBad(send("POST", "/api/v1/cohorts", write, body.replace("2027-08-31", "2027-03-10")),
				"A term lasts one to twelve months.");
		assertBad(send("POST", "/api/v1/cohorts", write, body.replace("\"es\", ", "\"ru\", ")),
				"Choose among the languages listed.");
		assertBad(send("POST", "/api/v1/cohorts", write, body.replace(staff.id().toString(), UUID.randomUUID().toString())),
				"Choose a hub staff account.");
		assertThat(send("POST", "/api/v1/cohorts", write, "{\"name\": ").status()).isEqualTo(400);
		assertThat(send("POST", "/api/v1/cohorts", write, body.replace("\"name\"", "\"unknown\": 1, \"name\""))
			.status()).isEqualTo(400);
		assertThat(send("POST", "/api/v1/cohorts", write, body.replace("2027-03-01", "March")).status()).isEqualTo(400);
		assertBad(send("POST", "/api/v1/cohorts", write, "{}"), "Name at least one coordinator.");

		WebSession.Page created = send("POST", "/api/v1/cohorts", write, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode cohort = json.readTree(created.body());
		String id = cohort.path("summary").path("id").asString();
		assertThat(cohort.path("summary").path("status").asString()).isEqualTo("PLANNED");
		assertThat(cohort.path("coordinators").get(0).path("account").asString()).isEqualTo(staff.id().toString());
		long version = cohort.path("version").asLong();
		cohorts.create(new org.tandem.cohort.domain.Cohort.Terms("API anterior", null, java.time.LocalDate.of(2026, 3, 1),
				java.time.LocalDate.of(2026, 8, 31), java.util.Set.of("en"), 1, 1), java.util.Set.of(staff.id()),
				staff.id());

		// the list by cursor, one cohort, its members
		JsonNode first = get("/api/v1/cohorts?size=1", read);
		assertThat(first.path("cohorts")).hasSize(1);
		String next = first.path("next").asString();
		assertThat(next).isNotBlank();
		assertThat(get("/api/v1/cohorts?size=1&after=" + next, read).path("cohorts")).hasSize(1);
		assertThat(send("GET", "/api/v1/cohorts?after=not-a-cursor", read, null).status()).isEqualTo(400);
		assertThat(get("/api/v1/cohorts/" + id, read).path("summary").path("name").asString()).isEqualTo("API 2027");
		assertThat(send("GET", "/api/v1/cohorts/" + UUID.randomUUID(), read, null).status()).isEqualTo(404);
		UUID organization = organizations.create(new Organization.Profile("canary-API org " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "PE")).id();
		cohorts.addOrganization(UUID.fromString(id), organization);
		JsonNode members = get("/api/v1/cohorts/" + id + "/members", read);
		assertThat(members.path("organizations").get(0).path("organization").asString()).isEqualTo(organization.toString());
		assertThat(members.path("organizations").get(0).path("shownAs").asString()).isEqualTo("KIND");
		version = get("/api/v1/cohorts/" + id, read).path("version").asLong();

		// the status, with the version read; a stale one or an unknown status is refused
		WebSession.Page moved = send("PATCH", "/api/v1/cohorts/" + id + "/status", write,
				"{\"status\": \"RECRUITING\", \"version\": " + version + "}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(json.readTree(moved.body()).path("summary").path("status").asString()).isEqualTo("RECRUITING");
		assertBad(send("PATCH", "/api/v1/cohorts/" + id + "/status", write,
				"{\"status\": \"PLANNED\", \"version\": " + version + "}"), "Someone changed this cohort");
		assertThat(send("PATCH", "/api/v1/cohorts/" + id + "/status", write, "{\"status\": \"NOWHERE\", \"version\": 1}")
			.status()).isEqualTo(400);
		assertBad(send("PATCH", "/api/v1/cohorts/" + id + "/status", write, "{\"version\": 1}"), "Give a status");
		assertBad(send("PATCH", "/api/v1/cohorts/" + id + "/status", write,
				"{\"status\": \"RUNNING\", \"version\": " + (version + 1) + "}"),
				"A cohort runs with at least one organization and one provider.");

		// scopes: reading does not write; other roles cannot hold them; an administrator may
		assertThat(send("POST", "/api/v1/cohorts", read, body).status()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/cohorts", write, null).status()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/cohorts", token(staffWeb, "account:read"), null).status()).isEqualTo(403);
		for (Role role : new Role[] { Role.ORG_MEMBER, Role.PROVIDER, Role.ADVISORY }) {
			WebSession other = signedIn(role);
			assertThat(token(other, "cohorts:read")).as(role.name()).isNull();
			assertThat(token(other, "cohorts:write")).as(role.name()).isNull();
		}
		String admin = token(signedIn(Role.ADMIN), "cohorts:read");
		assertThat(admin).isNotNull();
		assertThat(get("/api/v1/cohorts/" + id, admin).path("summary").path("id").asString()).isEqualTo(id);
		assertThat(visitor().send(HttpRequest.newBuilder(java.net.URI.create(visitor().base() + "/api/v1/cohorts"))
			.GET().build()).status()).isEqualTo(401);
		assertThat(LogLeakWatcher.leaks()).noneMatch(line -> line.contains("canary-API org"));
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

}
