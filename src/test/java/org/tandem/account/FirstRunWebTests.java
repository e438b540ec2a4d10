package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.account.domain.FirstRun;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;

/** The very first start: a one-time set-up link, the first administrator, and a second factor before anything else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.hub-name=First Run Hub")
class FirstRunWebTests {

	@LocalServerPort
	int port;

	@Autowired
	FirstRun firstRun;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSetupLinkCreatesTheFirstAdministratorOnceWhoMustThenEnrollASecondFactor() {
		String link = firstRun.printedSetupLink().orElseThrow();
		// without TANDEM_PUBLIC_URL, the port this instance actually listens on (a random one here)
		assertThat(link).startsWith("http://localhost:" + port + "/setup/");
		String path = URI.create(link).getPath();
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();
		assertThat(new WebSession(port).get("/setup/not-the-token").text()).contains("This link does not work");

		WebSession web = new WebSession(port);
		web.get(path);
		var mismatch = web.post(path, Map.of("displayName", "Hub Admin", "username", "admin", "email", "",
				"password", "Quiet river, 93 paper lanterns!", "passwordAgain", "Quiet river, 93 paper lanterns?"));
		assertThat(mismatch.text()).contains("The two passwords are not the same.");
		assertThat(mismatch.html().selectFirst("#username").attr("value")).isEqualTo("admin");
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isZero();

		var created = web.post(path, Map.of("displayName", "Hub Admin", "username", "admin", "email", "",
				"password", "Quiet river, 93 paper lanterns!", "passwordAgain", "Quiet river, 93 paper lanterns!"));
		assertThat(created.redirect()).isEqualTo("/account/security/enroll");
		assertThat(web.get("/dashboard").redirect()).isEqualTo("/account/security/enroll");
		assertThat(web.get("/admin/users").redirect()).isEqualTo("/account/security/enroll");

		var codes = AccountFixtures.enrollTotp(web).result();
		assertThat(codes.html().select("ul.codes li")).hasSize(10);
		assertThat(web.get("/admin/users").status()).isEqualTo(200);

		assertThat(new WebSession(port).get(path).text()).contains("This link does not work");
		assertThat(jdbc.sql("select count(*) from setup_token").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select kind from security_event order by id").query(String.class).list())
			.startsWith("SETUP_COMPLETED", "ROLE_GRANTED").contains("TOTP_ENROLLED", "RECOVERY_CODES_GENERATED");
		assertThat(jdbc.sql("select password_hash from account").query(String.class).single()).startsWith("$argon2id$");
	}

}
