package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Risk;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engagements' JSON API on H2 and PostgreSQL, with real tokens: the participants read their engagements a page at
 * a time, one engagement with its agreements and participants, and its risk register; everyone else gets 404 for
 * the engagement and does not see it in their list, a token without the scope gets 403, none at all 401.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementApiWebTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Autowired
	JsonMapper json;

	@Test
	void participantsReadTheirEngagementsAndNobodyElseDoes() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("canary-Radio Norte " + UUID.randomUUID(),
				null, null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		List<UUID> opened = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			opened.add(engagements.openByHand(organization, provider.id(), staff.id()).id());
		}
		UUID id = opened.getLast();
		Engagement engagement = engagements.get(id, member.id());
		engagements.agree(id, member.id(), Map.of(Agreement.RHYTHM, "canary-Every other Tuesday"), engagement.version());
		engagements.addRisk(id, member.id(),
				new Risk.Line("canary-Sources", "canary-Seizure", null, Level.HIGH, Level.MEDIUM));

		WebSession memberWeb = signedIn(member);
		String memberToken = token(memberWeb, "engagements:read");
		String providerToken = token(provider.web(), "engagements:read");
		assertThat(memberToken).isNotNull();

		// the list, two at a time: newest first, then the rest from the cursor
		JsonNode first = get("/api/v1/engagements?size=2", memberToken, 200);
		assertThat(ids(first)).containsExactly(opened.get(2).toString(), opened.get(1).toString());
		assertThat(first.path("engagements").get(0).path("yourSide").asString()).isEqualTo("ORGANIZATION");
		String next = first.path("next").asString();
		assertThat(next).isNotBlank();
		JsonNode second = get("/api/v1/engagements?size=2&after=" + next, memberToken, 200);
		assertThat(ids(second)).containsExactly(opened.get(0).toString());
		assertThat(second.path("next").isNull() || second.path("next").isMissingNode()).as("no next page").isTrue();
		// a size out of bounds is brought within; a cursor that is not one of this list's is refused, in words
		assertThat(ids(get("/api/v1/engagements?size=100000", memberToken, 200))).hasSize(3);
		var bad = visitor().send(apiRequest("/api/v1/engagements?after=not-a-cursor", memberToken).GET().build());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("That cursor is not one of this list’s").doesNotContain("Exception");

		// one engagement, its register; the provider sees the same with its own side
		JsonNode detail = get("/api/v1/engagements/" + id, memberToken, 200);
		assertThat(detail.path("agreements").path("RHYTHM").asString()).isEqualTo("canary-Every other Tuesday");
		assertThat(detail.path("organizationName").asString()).startsWith("canary-Radio Norte");
		assertThat(detail.path("participants")).hasSize(3);
		assertThat(detail.path("summary").path("phase").asString()).isEqualTo("DISCOVER");
		JsonNode risks = get("/api/v1/engagements/" + id + "/risks", providerToken, 200);
		assertThat(risks).hasSize(1);
		assertThat(risks.get(0).path("asset").asString()).isEqualTo("canary-Sources");
		assertThat(risks.get(0).path("weight").asInt()).isEqualTo(6);
		assertThat(get("/api/v1/engagements/" + id, providerToken, 200).path("summary").path("yourSide").asString())
			.isEqualTo("PROVIDER");

		// everyone else: not in their list, not found by id
		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		List<String> outsiders = List.of(token(signedIn(otherMember), "engagements:read"),
				token(new ProviderNetwork(this).activeProvider().web(), "engagements:read"),
				token(signedIn(Role.STAFF), "engagements:read"));
		for (String outsider : outsiders) {
			assertThat(outsider).isNotNull();
			assertThat(ids(get("/api/v1/engagements", outsider, 200))).doesNotContain(id.toString());
			for (String path : List.of("/api/v1/engagements/" + id, "/api/v1/engagements/" + id + "/risks")) {
				var answer = visitor().send(apiRequest(path, outsider).GET().build());
				assertThat(answer.status()).as(path).isEqualTo(404);
				assertThat(answer.body()).doesNotContain("canary-");
			}
		}
		// advisory members cannot even hold the scope; another scope is refused; no token is unauthorized
		assertThat(token(signedIn(Role.ADVISORY), "engagements:read")).isNull();
		String otherScope = token(memberWeb, "account:read");
		assertThat(visitor().send(apiRequest("/api/v1/engagements/" + id, otherScope).GET().build()).status())
			.isEqualTo(403);
		assertThat(visitor().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(visitor().base() + "/api/v1/engagements")).GET().build()).status())
			.isEqualTo(401);
		// the bodies returned are written to the web layer's debug log by their names and ids only
		assertThat(LogLeakWatcher.leaks()).noneMatch(line -> line.contains("canary-Sources")
				|| line.contains("canary-Every other Tuesday"));
	}

	private JsonNode get(String path, String token, int status) {
		var answer = visitor().send(apiRequest(path, token).GET().build());
		assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(status);
		return json.readTree(answer.body());
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("engagements").forEach(e -> ids.add(e.path("id").asString()));
		return ids;
	}

	private WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

}
