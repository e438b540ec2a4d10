package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The mail canary with no SMTP server: every mail waits in the outbox, sealed under its owner's keys, with nothing in
 * the plain columns; links are read from the outbox with the owner's key, as the sender would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tandem.test.file-database=true", "tandem.test.no-smtp=true" })
class MailCanaryWithoutSmtpTests extends MailCanaryJourney {

	@Override
	String mailTo(String address, String text) {
		return Objects.requireNonNull(openQueued(address, text), () -> "no queued mail containing " + text);
	}

	@Override
	void afterJourney(Journey journey) {
		assertThat(rows(journey.request())).hasSizeGreaterThanOrEqualTo(4);
		assertThat(rows(journey.provider())).hasSizeGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from mail_outbox where recipient is not null or subject is not null or body is not null
				or recipient_sealed is null or subject_sealed is null or body_sealed is null""")
			.query(Long.class).single()).isZero();
	}

}
