package org.tandem.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** The transactional outbox: rows written with the change, sent and deleted by one instance at a time. */
@Component
class JdbcMailOutbox implements MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(JdbcMailOutbox.class);

	private static final int MAX_ATTEMPTS = 8;

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final TandemProperties properties;

	private final Clock clock;

	JdbcMailOutbox(JdbcClient jdbc, JavaMailSender sender, TandemProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void enqueue(String recipient, String subject, String body) {
		insert(recipient, subject, body, null);
	}

	@Override
	@Transactional
	public void enqueue(String recipient, String subject, String body, UUID owner) {
		insert(recipient, subject, body, owner);
	}

	@Override
	@Transactional
	public int discard(UUID owner) {
		return jdbc.sql("delete from mail_outbox where owner_id = :owner").param("owner", owner).update();
	}

	private void insert(String recipient, String subject, String body, @org.jspecify.annotations.Nullable UUID owner) {
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at, owner_id)
				values (:id, :recipient, :subject, :body, :now, 0, :now, :owner)""")
			.param("owner", owner)
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("now", now)
			.update();
	}

	/** Sends what is due; a mail that keeps failing is dropped after a few attempts rather than kept forever. */
	@Scheduled(fixedDelayString = "${tandem.mail.poll-interval:30s}", initialDelayString = "${tandem.mail.initial-delay:10s}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "5m")
	public void sendDue() {
		List<Pending> due = jdbc.sql("""
				select id, recipient, subject, body, attempts from mail_outbox
				where next_attempt_at <= :now order by created_at fetch first 50 rows only""")
			.param("now", now())
			.query((rs, i) -> new Pending(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.list();
		for (Pending mail : due) {
			send(mail);
		}
	}

	private void send(Pending mail) {
		try {
			var message = new SimpleMailMessage();
			message.setFrom(properties.mail().from());
			message.setTo(mail.recipient());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			sender.send(message);
			jdbc.sql("delete from mail_outbox where id = :id").param("id", mail.id()).update();
		}
		catch (MailException failure) {
			int attempts = mail.attempts() + 1;
			// The id only: recipients and bodies stay out of the logs.
			log.warn("Mail {} not sent (attempt {}): {}", mail.id(), attempts, failure.getClass().getSimpleName());
			if (attempts >= MAX_ATTEMPTS) {
				jdbc.sql("delete from mail_outbox where id = :id").param("id", mail.id()).update();
			}
			else {
				jdbc.sql("update mail_outbox set attempts = :a, next_attempt_at = :next where id = :id")
					.param("a", attempts)
					.param("next", now().plus(Duration.ofMinutes(1L << attempts)))
					.param("id", mail.id())
					.update();
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private record Pending(UUID id, String recipient, String subject, String body, int attempts) {
	}

}
