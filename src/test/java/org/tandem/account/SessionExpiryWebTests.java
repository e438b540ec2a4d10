package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.Role;
import org.tandem.support.WebTestSupport;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;

/** Sessions end after the idle limit and after the absolute limit, however busy they were. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tandem.session.idle-timeout=4s", "tandem.session.absolute-timeout=3s" })
class SessionExpiryWebTests extends WebTestSupport {




	@Test
	void anActiveSessionStillEndsAtTheAbsoluteLimit() throws InterruptedException {
		WebSession web = new WebSession(port);
		AccountFixtures.signIn(web, fixtures.create(false, Role.ORG_MEMBER));
		assertThat(web.get("/dashboard").status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			Thread.sleep(1000);
			web.get("/dashboard");
		}
		assertThat(web.get("/dashboard").redirect()).isEqualTo("/login");
	}

	@Test
	void theIdleLimitIsTheStoredSessionTimeout() {
		var person = fixtures.create(false, Role.ORG_MEMBER);
		WebSession web = new WebSession(port);
		AccountFixtures.signIn(web, person);
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = :n")
			.param("n", person.username()).query(Integer.class).single()).isEqualTo(4);
	}

}
