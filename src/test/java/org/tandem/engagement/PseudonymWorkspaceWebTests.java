package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.engagement.domain.Pseudonyms;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * An anonymous requester's workspace under a pseudonym, over HTTP as browsers without JavaScript send it, on H2 and
 * PostgreSQL: the choice under the status link, bad input that keeps what was typed and writes nothing, nobody else
 * reaching the page, the engagement opening at confirmed contact with nothing left that ties it to the request, and a
 * choice that never opened forgotten.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class PseudonymWorkspaceWebTests extends WebTestSupport {

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	org.tandem.organization.domain.OrganizationService organizations;

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Test
	void anAnonymousRequesterKeepsAWorkspaceUnderAPseudonymAndNothingTiesItToTheRequest() {
		WebSession staff = signedIn(Role.STAFF);
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Requester requester = introduced(staff, provider, true);
		String workspace = requester.path() + "/workspace";

		WebSession.Page offer = requester.web().get(requester.path() + "/contact/yes");
		assertThat(offer.html().selectFirst("#workspace-link").attr("href")).endsWith(workspace);
		WebSession.Page form = requester.web().get(workspace);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().selectFirst("#pseudonym-intro").text()).contains(providerName(provider));
		assertThat(form.html().select("#pseudonym-intro bdi")).hasSize(1);

		// bad input: a clear message, the pseudonym kept, the password never shown back, nothing written
		String pseudonym = "sparrow-" + UUID.randomUUID().toString().substring(0, 8);
		WebSession.Page mismatch = requester.web().post(workspace, Map.of("pseudonym", pseudonym, "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD + "x"));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.html().selectFirst("#error-summary").text()).isNotBlank();
		assertThat(mismatch.html().selectFirst("input[name=pseudonym]").val()).isEqualTo(pseudonym);
		assertThat(mismatch.html().selectFirst("input[name=password]").val()).isEmpty();
		assertThat(mismatch.text()).doesNotContain(AccountFixtures.PASSWORD);
		WebSession.Page weak = requester.web().post(workspace, Map.of("pseudonym", pseudonym, "password", "password",
				"passwordAgain", "password"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.html().selectFirst("input[name=pseudonym]").val()).isEqualTo(pseudonym);
		AccountFixtures.Person someone = fixtures.create(false, Role.ORG_MEMBER);
		WebSession.Page taken = requester.web().post(workspace, Map.of("pseudonym", someone.username(), "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.html().selectFirst("#pseudonym").attr("aria-invalid")).isEqualTo("true");
		WebSession.Page notAName = requester.web().post(workspace, Map.of("pseudonym", "<b>ab</b>", "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD));
		assertThat(notAName.status()).isEqualTo(400);
		WebSession.Page tooLong = requester.web().post(workspace, Map.of("pseudonym", "a".repeat(5000), "password",
				"p".repeat(5000), "passwordAgain", ""));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(count("select count(*) from account where username = :name", pseudonym)).isZero();
		assertThat(count("select count(*) from engagement_pseudonym where request_id = :name", requester.id()))
			.isZero();

		// nobody else reaches the page: not without the code, not another requester, not the provider
		assertThat(visitor().get(workspace).redirect()).endsWith(requester.path());
		assertThat(provider.web().get(workspace).redirect()).endsWith(requester.path());
		assertThat(provider.web().post(workspace, Map.of("pseudonym", "intruder" + UUID.randomUUID().toString()
			.substring(0, 6), "password", AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD))
			.redirect()).endsWith(requester.path());
		Requester other = unlockedRequester(staff, true);
		assertThat(other.web().get(workspace).redirect()).endsWith(requester.path());
		// a request with no provider ahead, and one that is not anonymous, have no such page
		assertThat(other.web().get(other.path() + "/workspace").status()).isEqualTo(404);
		Requester named = introduced(staff, new ProviderNetwork(this).activeProvider(), false);
		assertThat(named.web().get(named.path() + "/workspace").status()).isEqualTo(404);
		assertThat(named.web().post(named.path() + "/workspace", Map.of("pseudonym", "named" + UUID.randomUUID()
			.toString().substring(0, 6), "password", AccountFixtures.PASSWORD, "passwordAgain",
				AccountFixtures.PASSWORD)).status()).isEqualTo(404);

		WebSession.Page chosen = requester.web().post(workspace, Map.of("pseudonym", pseudonym, "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD));
		assertThat(chosen.redirect()).endsWith(workspace + "?chosen");
		WebSession.Page done = requester.web().get(workspace + "?chosen");
		assertThat(done.html().selectFirst("#pseudonym-state bdi").text()).isEqualTo(pseudonym);
		assertThat(requester.web().post(workspace, Map.of("pseudonym", pseudonym + "2", "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD)).status()).isEqualTo(400);
		UUID account = jdbc.sql("select id from account where username = :name").param("name", pseudonym)
			.query(UUID.class).single();
		assertThat(jdbc.sql("select email from account where id = :id").param("id", account).query(String.class)
			.optional()).isEmpty();
		assertThat(jdbc.sql("select role from account_role where account_id = :id").param("id", account)
			.query(String.class).list()).containsExactly("ORG_MEMBER");

		// signed in before contact is confirmed: the workspace waits
		WebSession signedIn = visitor();
		AccountFixtures.signIn(signedIn, new AccountFixtures.Person(account, pseudonym, null));
		assertThat(signedIn.get("/engagements").html().selectFirst("#pseudonym-waiting")).isNotNull();

		// both confirm: the request is purged, the workspace opens with the pseudonym and the provider only
		requester.web().get(requester.path() + "/contact/yes");
		requester.web().post(requester.path() + "/contact", Map.of("reached", "1", "noted", "1"));
		UUID offerId = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offerId);
		provider.web().post("/provider/handoffs/" + offerId + "/contact", Map.of("reached", "1"));
		assertThat(count("select count(*) from help_request where id = :name", requester.id())).isZero();
		assertThat(count("select count(*) from engagement_pseudonym where account_id = :name", account)).isZero();
		UUID engagement = jdbc.sql("""
				select e.id from engagement e join engagement_participant p on p.engagement_id = e.id
				where p.account_id = :account""").param("account", account).query(UUID.class).single();
		assertThat(jdbc.sql("select request_id from engagement where id = :id").param("id", engagement)
			.query(UUID.class).optional()).isEmpty();
		assertThat(jdbc.sql("select side from engagement_participant where engagement_id = :id order by side")
			.param("id", engagement).query(String.class).list()).containsExactly("ORGANIZATION", "PROVIDER");
		WebSession.Page list = signedIn.get("/engagements");
		assertThat(list.html().selectFirst("#pseudonym-waiting")).isNull();
		assertThat(list.text()).contains(providerName(provider));
		assertThat(signedIn.get("/engagements/" + engagement).status()).isEqualTo(200);
		assertThat(provider.web().get("/engagements/" + engagement).text()).contains(pseudonym);
		// the status link is dead: the request is gone, and the workspace page with it
		assertThat(requester.web().get(workspace).status()).isIn(302, 404);
		// the workspace's organization knows the pseudonym, not the organization the request named
		UUID organization = jdbc.sql("select organization_id from engagement where id = :id").param("id", engagement)
			.query(UUID.class).single();
		assertThat(organizations.find(organization).orElseThrow().name()).isEqualTo(pseudonym);
	}

	@Test
	void aWorkspaceThatNeverOpenedIsForgottenAndItsAccountClosed() {
		WebSession staff = signedIn(Role.STAFF);
		Requester requester = introduced(staff, new ProviderNetwork(this).activeProvider(), true);
		String pseudonym = "wren-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(requester.web().post(requester.path() + "/workspace", Map.of("pseudonym", pseudonym, "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD)).redirect()).contains("chosen");
		UUID organization = jdbc.sql("select organization_id from engagement_pseudonym where request_id = :r")
			.param("r", requester.id()).query(UUID.class).single();
		UUID account = jdbc.sql("select account_id from engagement_pseudonym where request_id = :r")
			.param("r", requester.id()).query(UUID.class).single();
		assertThat(organizations.find(organization).orElseThrow().name()).isEqualTo(pseudonym);

		// a recent choice stays
		pseudonyms.forgetUnused();
		assertThat(count("select count(*) from engagement_pseudonym where request_id = :name", requester.id()))
			.isOne();
		jdbc.sql("update engagement_pseudonym set chosen_at = :old where request_id = :r")
			.param("old", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(61))))
			.param("r", requester.id())
			.update();
		assertThat(pseudonyms.forgetUnused()).isPositive();
		assertThat(count("select count(*) from engagement_pseudonym where request_id = :name", requester.id()))
			.isZero();
		assertThat(organizations.find(organization)).isEmpty();
		assertThat(jdbc.sql("select status from account where id = :id").param("id", account).query(String.class)
			.single()).isEqualTo("DISABLED");
		WebSession signIn = visitor();
		AccountFixtures.signIn(signIn, new AccountFixtures.Person(account, pseudonym, null));
		assertThat(signIn.get("/engagements").status()).isNotEqualTo(200);
	}

	@Test
	void theMemberDestroysTheWaitingWorkspaceThroughTheOrganizationsPurge() {
		WebSession staff = signedIn(Role.STAFF);
		Requester requester = introduced(staff, new ProviderNetwork(this).activeProvider(), true);
		String pseudonym = "finch-" + UUID.randomUUID().toString().substring(0, 8);
		requester.web().post(requester.path() + "/workspace", Map.of("pseudonym", pseudonym, "password",
				AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD));
		UUID organization = jdbc.sql("select organization_id from engagement_pseudonym where request_id = :r")
			.param("r", requester.id()).query(UUID.class).single();
		UUID account = jdbc.sql("select account_id from engagement_pseudonym where request_id = :r")
			.param("r", requester.id()).query(UUID.class).single();
		organizations.destroyAsMember(organization, account);
		assertThat(count("select count(*) from engagement_pseudonym where request_id = :name", requester.id()))
			.isZero();
		// the requester may choose again, under another pseudonym
		assertThat(requester.web().get(requester.path() + "/workspace").html().selectFirst("#choose-pseudonym"))
			.isNotNull();
	}

	private String providerName(ProviderNetwork.ActiveProvider provider) {
		return jdbc.sql("select count(*) from provider where id = :id").param("id", provider.id()).query(Long.class)
			.single() > 0 ? providers.summary(provider.id()).orElseThrow().name() : "";
	}

	@Autowired
	org.tandem.directory.Providers providers;

	private long count(String sql, Object value) {
		return jdbc.sql(sql).param("name", value).query(Long.class).single();
	}

	private UUID offer(UUID request, UUID provider) {
		return jdbc.sql("select id from handoff_offer where request_id = :r and provider_id = :p")
			.param("r", request).param("p", provider).query(UUID.class).single();
	}

	/** A request sent through the form (sharing Signal), its status page unlocked with the code, then assessed. */
	private Requester unlockedRequester(WebSession staff, boolean anonymous) {
		WebSession web = visitor();
		String marker = UUID.randomUUID().toString();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("anonymous", String.valueOf(anonymous));
		fields.put("organizationName", "canary-Radio Sur " + marker);
		fields.put("contactMethod", "SIGNAL");
		fields.put("signal", "+52 55 5555 0101");
		WebSession.Page sent = RequestFixtures.send(web, fields, Map.of());
		String link = sent.html().selectFirst("#status-link").attr("href");
		String path = link.substring(link.indexOf("/request/status/"));
		String code = sent.html().selectFirst("#status-code").text();
		web.get(path);
		assertThat(web.post(path, Map.of("code", code)).redirect()).endsWith(path);
		UUID id = requestOf(path);
		RequestFixtures.assess(staff, id, "ACCOUNT_SECURITY", "es");
		return new Requester(id, path, web, marker);
	}

	/** The request chosen for the provider, accepted and introduced (sharing Signal). */
	private Requester introduced(WebSession staff, ProviderNetwork.ActiveProvider provider, boolean anonymous) {
		Requester requester = unlockedRequester(staff, anonymous);
		RequestFixtures.choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of());
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction", Map.of("reveal", "SIGNAL", "channel",
				"SIGNAL")).redirect()).contains("introduced");
		return requester;
	}

	private record Requester(UUID id, String path, WebSession web, String marker) {
	}

}
