package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * An instance without an SMTP server starts, stays healthy and works: mail waits in the outbox, and staff are told
 * on the outbox page and on the handoffs page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.no-smtp=true")
class MailWithoutSmtpWebTests extends WebTestSupport {

	@Autowired
	MailOutbox outbox;

	@Test
	void mailWaitsAndStaffAreTold() throws Exception {
		assertThat(outbox.backlog().configured()).isFalse();
		String recipient = "waiting-" + UUID.randomUUID() + "@example.org";
		UUID owner = UUID.randomUUID();
		outbox.enqueue(recipient, "Waiting", "Body", owner);
		Thread.sleep(1000); // several poll intervals in tests: nothing is tried
		assertThat(jdbc.sql("select attempts from mail_outbox where owner_id = :owner").param("owner", owner)
			.query(Integer.class).single()).isZero();
		assertThat(visitor().get("/actuator/health").body()).contains("UP");
		WebSession staff = signedIn(Role.STAFF);
		assertThat(staff.get("/staff/mail").html().selectFirst("#not-configured").text())
			.contains("No SMTP server is configured");
		assertThat(staff.get("/staff/handoffs").html().selectFirst("#mail-backlog").text())
			.contains("No SMTP server is configured");
	}

}
