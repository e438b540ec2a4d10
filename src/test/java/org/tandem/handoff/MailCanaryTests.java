package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.TestMail;

/** The mail canary with SMTP up: every mail is sent (and opened only to be sent), and the outbox ends empty. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.file-database=true")
class MailCanaryTests extends MailCanaryJourney {

	@Override
	String mailTo(String address, String text) {
		return TestMail.awaitBody(address, text);
	}

	@Override
	void afterJourney(Journey journey) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.sql("select count(*) from mail_outbox").query(Long.class).single() > 0 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).as("sent mail is deleted")
			.isZero();
	}

}
