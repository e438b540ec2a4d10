package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.Role;
import org.tandem.support.WebTestSupport;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/** Invitations, password resets, roles and the audit log, each tried by the people who may and may not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdministrationWebTests extends WebTestSupport {




	WebSession signedIn(Person person) {
		WebSession web = new WebSession(port);
		AccountFixtures.signIn(web, person);
		return web;
	}

	@Test
	void staffInviteAProviderByMailWhoMustEnrollASecondFactorAndTheLinkWorksOnce() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = signedIn(staff);
		web.get("/invitations");
		String email = "provider-" + UUID.randomUUID() + "@example.org";
		var created = web.post("/invitations", Map.of("roles", "PROVIDER", "email", email, "sendMail", "true"));
		assertThat(created.status()).isEqualTo(200);
		String shown = created.html().selectFirst("[data-invitation-link]").text();

		String mail = TestMail.awaitBody(email);
		String path = shown.substring(shown.indexOf("/invitation/"));
		assertThat(mail).contains(path);

		WebSession invitee = new WebSession(port);
		var form = invitee.get(path);
		assertThat(form.html().selectFirst("#email").attr("value")).isEqualTo(email);
		var weak = invitee.post(path, Map.of("displayName", "Ana", "username", "ana-" + port, "email", email,
				"password", "password1234", "passwordAgain", "password1234"));
		assertThat(weak.status()).isEqualTo(200);
		assertThat(weak.text()).contains("This password is too easy to guess");
		assertThat(weak.html().selectFirst("#displayName").attr("value")).isEqualTo("Ana");
		assertThat(weak.html().selectFirst("#password").attr("value")).isEmpty();

		var accepted = invitee.post(path, Map.of("displayName", "Ana", "username", "ana-" + port, "email", email,
				"password", AccountFixtures.PASSWORD, "passwordAgain", AccountFixtures.PASSWORD));
		assertThat(accepted.redirect()).as(accepted.text()).contains("/dashboard");
		assertThat(invitee.get("/dashboard").redirect()).contains("/account/security/enroll");

		var again = new WebSession(port).get(path);
		assertThat(again.text()).contains("This link does not work");
		assertThat(jdbc.sql("select count(*) from security_event where kind = 'INVITATION_ACCEPTED'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void staffCannotInviteAdministratorsNorSeeOrWithdrawTheirInvitations() {
		Person admin = fixtures.create(true, Role.ADMIN);
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession adminWeb = signedIn(admin);
		adminWeb.get("/invitations");
		adminWeb.post("/invitations", Map.of("roles", "ADMIN"));
		UUID adminInvitation = jdbc.sql("select id from invitation where created_by = :id")
			.param("id", admin.id()).query(UUID.class).single();

		WebSession staffWeb = signedIn(staff);
		var page = staffWeb.get("/invitations");
		assertThat(page.html().select("input[name=roles][value=ADMIN]")).isEmpty();
		assertThat(page.body()).doesNotContain(adminInvitation.toString());
		var refused = staffWeb.post("/invitations", Map.of("roles", "ADMIN"));
		assertThat(refused.text()).contains("You cannot invite into one of these roles.");
		staffWeb.get("/invitations");
		assertThat(staffWeb.post("/invitations/" + adminInvitation + "/revoke", Map.of()).status()).isEqualTo(404);
		assertThat(jdbc.sql("select revoked_at is null from invitation where id = :id")
			.param("id", adminInvitation).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aRevokedInvitationNoLongerOpens() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = signedIn(staff);
		web.get("/invitations");
		String link = web.post("/invitations", Map.of("roles", "PRACTITIONER")).html()
			.selectFirst("[data-invitation-link]").text();
		UUID id = jdbc.sql("select id from invitation where created_by = :id").param("id", staff.id())
			.query(UUID.class).single();
		web.get("/invitations");
		assertThat(web.post("/invitations/" + id + "/revoke", Map.of()).redirect()).contains("/invitations?revoked");
		assertThat(new WebSession(port).get(link.substring(link.indexOf("/invitation/"))).text())
			.contains("This link does not work");
	}

	@Test
	void pagesAreRefusedToPeopleWithoutTheRole() {
		Person provider = fixtures.create(true, Role.PROVIDER);
		Person staff = fixtures.create(true, Role.STAFF);
		Person admin = fixtures.create(true, Role.ADMIN);
		WebSession anonymous = new WebSession(port);
		WebSession providerWeb = signedIn(provider);
		WebSession staffWeb = signedIn(staff);
		WebSession adminWeb = signedIn(admin);

		for (String path : new String[] { "/admin/users", "/admin/audit", "/admin/users/" + provider.id() }) {
			assertThat(anonymous.get(path).redirect()).as(path).contains("/login");
			assertThat(providerWeb.get(path).status()).as(path).isEqualTo(403);
			assertThat(staffWeb.get(path).status()).as(path).isEqualTo(403);
			assertThat(adminWeb.get(path).status()).as(path).isEqualTo(200);
		}
		assertThat(providerWeb.get("/invitations").status()).isEqualTo(403);
		assertThat(staffWeb.get("/invitations").status()).isEqualTo(200);
		var forbidden = providerWeb.get("/admin/users");
		assertThat(forbidden.text()).contains("Not allowed").doesNotContain("Exception");

		providerWeb.get("/dashboard");
		assertThat(providerWeb.post("/admin/users/" + provider.id() + "/roles", Map.of("roles", "ADMIN")).status())
			.isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from account_role where account_id = :id and role = 'ADMIN'")
			.param("id", provider.id()).query(Long.class).single()).isZero();
	}

	@Test
	void changingRolesIsAuditedAndSignsThePersonOutEverywhere() {
		Person admin = fixtures.create(true, Role.ADMIN);
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		WebSession memberWeb = signedIn(member);
		assertThat(memberWeb.get("/dashboard").status()).isEqualTo(200);

		WebSession adminWeb = signedIn(admin);
		adminWeb.get("/admin/users/" + member.id());
		var saved = adminWeb.post("/admin/users/" + member.id() + "/roles",
				Map.of("roles", "PRACTITIONER"));
		assertThat(saved.redirect()).contains("done=roles");
		assertThat(memberWeb.get("/dashboard").redirect()).contains("/login");
		assertThat(jdbc.sql("select count(*) from security_event where account_id = :id and kind in ('ROLE_GRANTED', 'ROLE_REVOKED') and actor_id = :admin")
			.param("id", member.id()).param("admin", admin.id()).query(Long.class).single()).isEqualTo(2);

		var audit = adminWeb.get("/admin/audit?kind=ROLE_GRANTED");
		assertThat(audit.body()).contains(member.id().toString()).doesNotContain(member.username() + "@");
		assertThat(adminWeb.get("/admin/users/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theAccountsListGoesBy50ByUserNameToTheEnd() {
		for (int i = 0; i < 55; i++) {
			fixtures.create(false, Role.ORG_MEMBER);
		}
		WebSession adminWeb = signedIn(fixtures.create(true, Role.ADMIN));
		java.util.List<String> expected = jdbc.sql("select username from account order by username").query(String.class).list();
		var page = adminWeb.get("/admin/users");
		java.util.List<String> seen = new java.util.ArrayList<>(page.html().select("tbody tr td:nth-child(2) code").eachText());
		assertThat(seen).hasSize(50);
		org.jsoup.nodes.Element link;
		while ((link = page.html().selectFirst(".pager a[rel=next]")) != null) {
			page = adminWeb.get(link.attr("href"));
			assertThat(page.html().selectFirst(".pager a[rel=first]")).isNotNull();
			seen.addAll(page.html().select("tbody tr td:nth-child(2) code").eachText());
		}
		assertThat(seen).isEqualTo(expected);
		assertThat(adminWeb.get("/admin/users?after=" + "z".repeat(500)).status()).isEqualTo(200);
		// going to a sign-in name as typed (in capitals, say) lists from it
		var from = adminWeb.get("/admin/users?from=" + expected.get(55).toUpperCase(java.util.Locale.ROOT));
		assertThat(from.html().select("tbody tr td:nth-child(2) code").eachText().getFirst()).isEqualTo(expected.get(55));
	}

	@Test
	void theAuditLogPagesFromAnIdToTheEndAndBackInTheLogsOrder() {
		// 120 events of one kind, as the log holds them; the filter keeps this test's alone
		for (int i = 0; i < 120; i++) {
			jdbc.sql("insert into security_event (occurred_at, kind, detail) values (:at, 'SETUP_COMPLETED', :detail)")
				.param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
				.param("detail", "page-" + i)
				.update();
		}
		java.util.List<String> expected = jdbc.sql(
				"select detail from security_event where kind = 'SETUP_COMPLETED' order by id desc")
			.query(String.class).list();
		WebSession adminWeb = signedIn(fixtures.create(true, Role.ADMIN));
		var page = adminWeb.get("/admin/audit?kind=SETUP_COMPLETED");
		assertThat(page.html().selectFirst(".pager a[rel=prev]")).isNull();
		java.util.List<String> seen = new java.util.ArrayList<>(page.html().select("tbody tr td:last-child").eachText());
		int pages = 1;
		org.jsoup.nodes.Element link;
		while ((link = page.html().selectFirst(".pager a[rel=next]")) != null) {
			page = adminWeb.get(link.attr("href"));
			seen.addAll(page.html().select("tbody tr td:last-child").eachText());
			pages++;
		}
		assertThat(seen).isEqualTo(expected);
		assertThat(pages).isEqualTo(3);
		while ((link = page.html().selectFirst(".pager a[rel=prev]")) != null) {
			page = adminWeb.get(link.attr("href"));
			pages--;
		}
		assertThat(pages).isEqualTo(1);
		assertThat(page.html().select("tbody tr td:last-child").eachText()).isEqualTo(expected.subList(0, 50));
		assertThat(adminWeb.get("/admin/audit?older=abc&newer=-5").status()).isEqualTo(200);

		// the API: from the id of the last event of a page
		String token = token(adminWeb, "audit:read");
		var first = visitor().send(apiRequest("/api/v1/audit-events?kind=SETUP_COMPLETED&limit=100", token)
			.GET().build());
		assertThat(first.status()).isEqualTo(200);
		java.util.List<Long> ids = jdbc.sql("select id from security_event where kind = 'SETUP_COMPLETED' order by id desc")
			.query(Long.class).list();
		var second = visitor().send(apiRequest("/api/v1/audit-events?kind=SETUP_COMPLETED&limit=100&before="
				+ ids.get(99), token).GET().build());
		assertThat(second.body()).contains("\"detail\":\"" + expected.get(100) + "\"")
			.doesNotContain("\"detail\":\"" + expected.get(99) + "\"");
	}

	@Test
	void aPasswordResetNeverSkipsTheSecondFactorAndAnswersAlikeForUnknownNames() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = new WebSession(port);
		web.get("/password-reset");
		var known = web.post("/password-reset", Map.of("name", staff.username()));
		web.get("/password-reset");
		var unknown = web.post("/password-reset", Map.of("name", "nobody-" + staff.username()));
		assertThat(known.html().selectFirst("main").text()).isEqualTo(unknown.html().selectFirst("main").text());

		String mail = TestMail.awaitBody(staff.username() + "@example.org");
		String path = mail.substring(mail.indexOf("/password-reset/")).split("\\s")[0];
		for (int i = 0; i < 5; i++) {
			web.get("/password-reset");
			web.post("/password-reset", Map.of("name", staff.username()));
		}
		assertThat(jdbc.sql("select count(*) from password_reset where account_id = :id").param("id", staff.id())
			.query(Long.class).single()).isEqualTo(3);
		web.get(path);
		String newPassword = "a brand new passphrase for tandem";
		var done = web.post(path, Map.of("password", newPassword, "passwordAgain", newPassword));
		assertThat(done.redirect()).contains("/login?reset");
		assertThat(new WebSession(port).get(path).text()).contains("This link does not work");

		WebSession again = new WebSession(port);
		again.get("/login");
		var afterPassword = again.post("/login", Map.of("username", staff.username(), "password", newPassword));
		assertThat(afterPassword.redirect()).contains("/login/second-factor");
		assertThat(again.get("/dashboard").redirect()).contains("/login/second-factor");
	}

	@Test
	void accessTokensReachTheApiWithTheirScopesOnly() {
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		Person admin = fixtures.create(true, Role.ADMIN);
		WebSession web = signedIn(member);
		web.get("/account/tokens");
		var page = web.post("/account/tokens", Map.of("name", "script", "scopes", "account:read", "days", "30"));
		assertThat(page.html().selectFirst("code.secret")).as(page.text()).isNotNull();
		String token = page.html().selectFirst("code.secret").text();
		assertThat(token).startsWith("tdm_");
		assertThat(jdbc.sql("select count(*) from access_token where token_hash = :t").param("t", token)
			.query(Long.class).single()).isZero();

		var me = api(web, "/api/v1/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"" + member.username() + "\"");
		assertThat(api(web, "/api/v1/me", null).status()).isEqualTo(401);
		assertThat(api(web, "/api/v1/me", "tdm_wrong").status()).isEqualTo(401);
		assertThat(api(web, "/api/v1/audit-events", token).status()).isEqualTo(403);
		assertThat(api(web, "/actuator/prometheus", token).status()).isEqualTo(403);
		assertThat(api(web, "/actuator/prometheus", null).status()).isEqualTo(401);

		var refused = web.post("/account/tokens", Map.of("name", "too much", "scopes", "audit:read", "days", "30"));
		assertThat(refused.text()).contains("One of the scopes is not available to you.");
		assertThat(refused.html().selectFirst("#name").attr("value")).isEqualTo("too much");

		UUID tokenId = jdbc.sql("select id from access_token where account_id = :a").param("a", member.id())
			.query(UUID.class).single();
		WebSession adminWeb = signedIn(admin);
		adminWeb.get("/account/tokens");
		assertThat(adminWeb.post("/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(404);
		assertThat(api(web, "/api/v1/me", token).status()).isEqualTo(200);

		jdbc.sql("update access_token set expires_at = :past where id = :id")
			.param("past", java.time.OffsetDateTime.now().minusMinutes(1)).param("id", tokenId).update();
		assertThat(api(web, "/api/v1/me", token).status()).isEqualTo(401);
		jdbc.sql("update access_token set expires_at = :future where id = :id")
			.param("future", java.time.OffsetDateTime.now().plusDays(1)).param("id", tokenId).update();
		assertThat(api(web, "/api/v1/me", token).status()).isEqualTo(200);

		web.get("/account/tokens");
		web.post("/account/tokens/" + tokenId + "/revoke", Map.of());
		assertThat(api(web, "/api/v1/me", token).status()).isEqualTo(401);

		var adminToken = adminWeb.post("/account/tokens",
				Map.of("name", "ops", "scopes", "metrics:read", "days", "7")).html().selectFirst("code.secret").text();
		var metrics = api(adminWeb, "/actuator/prometheus", adminToken);
		assertThat(metrics.status()).isEqualTo(200);
		// Request metrics stay; per-filter security observations are switched off for speed (docs/performance.md).
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds")
			.doesNotContain("spring_security_filterchains");
	}

	private static WebSession.Page api(WebSession web, String path, String token) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return new WebSession(0).send(request.build());
	}

}
