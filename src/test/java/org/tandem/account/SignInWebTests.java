package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
import org.tandem.support.WebSession;

/** Sign-in over real HTTP: factors, throttling, enumeration resistance, sessions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInWebTests extends WebTestSupport {




	long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	@Test
	void publicPagesAndTheSignInFormCreateNoSession() {
		long before = sessions();
		WebSession web = visitor();
		for (String path : new String[] { "/", "/login", "/password-reset", "/?lang=ar", "/setup/unknown",
				"/invitation/unknown", "/password-reset/unknown" }) {
			var page = web.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.response().headers().allValues("Set-Cookie")).as(path)
				.noneMatch(c -> c.startsWith("TANDEM_SESSION"));
		}
		web.post("/login", Map.of("username", "nobody-here", "password", "wrong password 123"));
		assertThat(web.cookie("TANDEM_SESSION")).isEmpty();
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void passwordThenTotpCompletesTheSignIn() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = visitor();
		web.get("/login");
		var afterPassword = web.post("/login", Map.of("username", staff.username(), "password", AccountFixtures.PASSWORD));
		assertThat(afterPassword.redirect()).contains("/login/second-factor");
		assertThat(web.get("/dashboard").redirect()).contains("/login/second-factor");

		web.get("/login/second-factor");
		var wrong = web.post("/login/second-factor", Map.of("code", "000000".equals(staff.currentCode()) ? "111111" : "000000"));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.text()).contains("That code is not right");

		var done = web.post("/login/second-factor", Map.of("code", staff.currentCode()));
		assertThat(done.redirect()).contains("/dashboard");
		assertThat(web.get("/dashboard").status()).isEqualTo(200);
	}

	@Test
	void aTotpCodeWorksOnlyOnce() {
		Person staff = fixtures.create(true, Role.STAFF);
		String code = staff.currentCode();
		WebSession first = visitor();
		AccountFixtures.signIn(first, staff);
		assertThat(first.get("/dashboard").status()).isEqualTo(200);

		WebSession second = visitor();
		second.get("/login");
		second.post("/login", Map.of("username", staff.username(), "password", AccountFixtures.PASSWORD));
		second.get("/login/second-factor");
		var replay = second.post("/login/second-factor", Map.of("code", code));
		assertThat(replay.status()).isEqualTo(200);
		assertThat(second.get("/dashboard").redirect()).contains("/login/second-factor");
	}

	@Test
	void aFailedSignInKeepsTheNameAndSaysTheSameForUnknownNames() {
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		WebSession web = visitor();
		web.get("/login");
		var known = web.post("/login", Map.of("username", member.username(), "password", "not the password at all"));
		web.get("/login");
		var unknown = web.post("/login", Map.of("username", member.username() + "x", "password", "not the password at all"));

		assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
		assertThat(known.html().selectFirst("#login-error").text())
			.isEqualTo(unknown.html().selectFirst("#login-error").text())
			.isEqualTo("The sign-in name or password is not right.");
		assertThat(known.html().selectFirst("#username").attr("value")).isEqualTo(member.username());
		assertThat(known.html().selectFirst("#password").attr("value")).isEmpty();
	}

	@Test
	void fiveFailuresMakeTheNameWaitWhetherOrNotItExists() {
		Person member = fixtures.create(false, Role.PRACTITIONER);
		for (String name : new String[] { member.username(), "no-such-" + member.username() }) {
			WebSession web = visitor();
			String last = "";
			for (int i = 0; i < 5; i++) {
				web.get("/login");
				last = web.post("/login", Map.of("username", name, "password", "wrong password " + i)).html()
					.selectFirst("#login-error").text();
			}
			assertThat(last).as(name).isEqualTo("Too many attempts. Wait a few minutes, then try again.");
			web.get("/login");
			var right = web.post("/login", Map.of("username", name, "password", AccountFixtures.PASSWORD));
			assertThat(right.status()).isEqualTo(200);
			assertThat(right.html().selectFirst("#login-error").text()).contains("Too many attempts");
		}
	}

	@Test
	void disabledAccountsAnswerLikeAWrongPassword() {
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		jdbc.sql("update account set status = 'DISABLED' where id = :id").param("id", member.id()).update();
		WebSession web = visitor();
		web.get("/login");
		var page = web.post("/login", Map.of("username", member.username(), "password", AccountFixtures.PASSWORD));
		assertThat(page.html().selectFirst("#login-error").text()).isEqualTo("The sign-in name or password is not right.");
		assertThat(web.get("/dashboard").redirect()).contains("/login");
	}

	@Test
	void theSessionIdChangesWhenTheSecondFactorIsGivenAndTheOldOneStopsWorking() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = visitor();
		web.get("/login");
		web.post("/login", Map.of("username", staff.username(), "password", AccountFixtures.PASSWORD));
		String partial = web.cookie("TANDEM_SESSION").orElseThrow();
		web.get("/login/second-factor");
		web.post("/login/second-factor", Map.of("code", staff.currentCode()));
		String complete = web.cookie("TANDEM_SESSION").orElseThrow();
		assertThat(complete).isNotEqualTo(partial);

		WebSession thief = visitor();
		thief.setCookie("TANDEM_SESSION", partial);
		assertThat(thief.get("/dashboard").redirect()).contains("/login");
	}

	@Test
	void signingOutEndsTheSessionOnTheServer() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = visitor();
		AccountFixtures.signIn(web, staff);
		String session = web.cookie("TANDEM_SESSION").orElseThrow();
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :name")
			.param("name", staff.username())
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);

		web.get("/dashboard");
		var out = web.post("/logout", Map.of());
		assertThat(out.redirect()).contains("/login?signedOut");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", staff.username())
			.query(Long.class)
			.single()).isZero();

		WebSession replay = visitor();
		replay.setCookie("TANDEM_SESSION", session);
		assertThat(replay.get("/dashboard").redirect()).contains("/login");
	}

	@Test
	void aRoleThatNeedsASecondFactorMustEnrollBeforeSeeingAnything() {
		Person provider = fixtures.create(false, Role.PROVIDER);
		WebSession web = visitor();
		AccountFixtures.signIn(web, provider);
		assertThat(web.get("/dashboard").redirect()).contains("/account/security/enroll");
		assertThat(web.get("/account/tokens").redirect()).contains("/account/security/enroll");

		var enrolled = AccountFixtures.enrollTotp(web);
		assertThat(enrolled.enrollPage().status()).isEqualTo(200);
		assertThat(enrolled.enrollPage().html().selectFirst(".qr svg")).isNotNull();
		assertThat(enrolled.result().html().select("ul.codes li")).hasSize(10);
		assertThat(web.get("/dashboard").status()).isEqualTo(200);
	}

	@Test
	void aMemberWithoutSecondFactorSignsInWithThePasswordAlone() {
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		WebSession web = visitor();
		var page = AccountFixtures.signIn(web, member);
		assertThat(page.redirect()).contains("/dashboard");
		assertThat(web.get("/dashboard").status()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodeReplacesTheSecondFactorOnce() {
		Person provider = fixtures.create(false, Role.PROVIDER);
		WebSession web = visitor();
		AccountFixtures.signIn(web, provider);
		String recovery = AccountFixtures.enrollTotp(web).result().html().selectFirst("ul.codes li").text();

		for (int attempt = 0; attempt < 2; attempt++) {
			WebSession other = visitor();
			other.get("/login");
			other.post("/login", Map.of("username", provider.username(), "password", AccountFixtures.PASSWORD));
			other.get("/login/second-factor");
			var result = other.post("/login/second-factor/recovery", Map.of("code", recovery));
			if (attempt == 0) {
				assertThat(result.redirect()).contains("/dashboard");
			}
			else {
				assertThat(result.status()).isEqualTo(200);
				assertThat(other.get("/dashboard").redirect()).contains("/login/second-factor");
			}
		}
	}

	@Test
	void passkeysMustVerifyThePerson() {
		WebSession web = visitor();
		var login = web.get("/login");
		String token = login.html().selectFirst("meta[name=csrf-token]").attr("content");
		String header = login.html().selectFirst("meta[name=csrf-header]").attr("content");
		var options = web.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(web.base() + "/webauthn/authenticate/options"))
			.header(header, token)
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.body()).contains("\"userVerification\":\"required\"").contains("\"rpId\":\"localhost\"");
	}

	@Test
	void aSessionWaitingForAFirstFactorCannotEnrollOnceTheOwnerHasOne() {
		Person provider = fixtures.create(false, Role.PROVIDER);
		WebSession stale = visitor();
		AccountFixtures.signIn(stale, provider);
		assertThat(stale.get("/dashboard").redirect()).isEqualTo("/account/security/enroll");

		WebSession owner = visitor();
		AccountFixtures.signIn(owner, provider);
		String secret = AccountFixtures.enrollTotp(owner).secret();
		assertThat(owner.get("/dashboard").status()).isEqualTo(200);

		// The first factor ends every other session; a session started meanwhile must give the factor.
		assertThat(stale.get("/account/security/enroll").redirect()).isEqualTo("/login");
		WebSession later = visitor();
		later.get("/login");
		later.post("/login", Map.of("username", provider.username(), "password", AccountFixtures.PASSWORD));
		assertThat(later.get("/account/security/enroll").redirect()).isEqualTo("/login/second-factor");
		// The secret is kept, sealed: the stored bytes are not the secret, and the account opens them.
		byte[] stored = jdbc.sql("select totp_secret_sealed from account where id = :id").param("id", provider.id())
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
		assertThat(accounts.findById(provider.id()).orElseThrow().totpSecret()).isEqualTo(secret);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsOnly() {
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		WebSession thief = visitor();
		AccountFixtures.signIn(thief, member);
		WebSession owner = visitor();
		AccountFixtures.signIn(owner, member);
		owner.get("/account/security");
		String next = "Another quiet river, 94 lanterns";
		var changed = owner.post("/account/security/password",
				Map.of("currentPassword", AccountFixtures.PASSWORD, "password", next, "passwordAgain", next));
		assertThat(changed.redirect()).isEqualTo("/account/security?done=password");
		assertThat(owner.get("/dashboard").status()).isEqualTo(200);
		assertThat(thief.get("/dashboard").redirect()).isEqualTo("/login");
	}

	@Test
	void passkeysCannotBeDeletedPastTandemsOwnRules() {
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession web = visitor();
		AccountFixtures.signIn(web, staff);
		var page = web.get("/account/security/enroll");
		String token = page.html().selectFirst("meta[name=csrf-token]").attr("content");
		String header = page.html().selectFirst("meta[name=csrf-header]").attr("content");
		var delete = web.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(web.base() + "/webauthn/register/abc"))
			.header(header, token)
			.DELETE()
			.build());
		assertThat(delete.status()).isEqualTo(403);
	}

	@Autowired
	org.tandem.account.persistence.LoginThrottle throttle;

	@Autowired
	org.tandem.account.persistence.AccountRepository accounts;

	@Test
	void eachFurtherBlockLastsTwiceAsLongUpToADay() {
		String key = "test-" + java.util.UUID.randomUUID();
		java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
		java.time.Duration window = java.time.Duration.ofMinutes(1);
		java.time.Duration lockout = java.time.Duration.ofMinutes(5);
		for (int block = 0; block < 12; block++) {
			for (int i = 1; i <= 5; i++) {
				assertThat(throttle.recordFailure(key, t, 5, window, lockout)).isEqualTo(i == 5);
			}
			java.time.Instant until = throttle.blockedUntil(key, t).orElseThrow();
			java.time.Duration expected = lockout.multipliedBy(1L << block);
			assertThat(java.time.Duration.between(t, until))
				.isEqualTo(expected.compareTo(java.time.Duration.ofHours(24)) > 0 ? java.time.Duration.ofHours(24) : expected);
			t = until.plusSeconds(1);
			assertThat(throttle.blockedUntil(key, t)).isEmpty();
		}
		throttle.clear(key);
		assertThat(throttle.recordFailure(key, t, 5, window, lockout)).isFalse();
	}

}
