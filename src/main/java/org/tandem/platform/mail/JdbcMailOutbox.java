package org.tandem.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * The transactional outbox: rows written with the change, sent and deleted by one instance at a time. A failure is
 * retried after 2, 4, 8 … minutes; after the last attempt the row stays as a dead letter. Without an SMTP host nothing
 * is tried and mail waits.
 */
@Component
class JdbcMailOutbox implements MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(JdbcMailOutbox.class);

	static final int MAX_ATTEMPTS = 8;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final boolean configured;

	private final TandemProperties properties;

	private final Clock clock;

	JdbcMailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, TandemProperties properties, Clock clock,
			@Value("${spring.mail.host:}") String host) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
		this.configured = !host.isBlank() && sender.getIfAvailable() != null;
		if (!configured) {
			log.warn("No SMTP server configured (TANDEM_MAIL_HOST): mail waits in the outbox");
		}
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

	@Override
	@Transactional(readOnly = true)
	public Backlog backlog() {
		return jdbc.sql("""
				select count(case when dead_at is null then 1 end) as waiting, count(dead_at) as dead
				from mail_outbox""")
			.query((rs, i) -> new Backlog(configured, rs.getInt("waiting"), rs.getInt("dead")))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeadLetter> deadLetters(int limit) {
		return jdbc.sql("""
				select id, recipient, subject, created_at, attempts, last_error from mail_outbox
				where dead_at is not null order by dead_at desc, id fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, i) -> new DeadLetter(rs.getObject("id", UUID.class), MailOutbox.masked(rs.getString("recipient")),
					rs.getString("subject"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getInt("attempts"), String.valueOf(rs.getString("last_error"))))
			.list();
	}

	@Override
	@Transactional
	public boolean retry(UUID id) {
		return jdbc.sql("""
				update mail_outbox set dead_at = null, attempts = 0, next_attempt_at = :now
				where id = :id and dead_at is not null""")
			.param("now", now())
			.param("id", id)
			.update() == 1;
	}

	@Override
	@Transactional
	public boolean discardDeadLetter(UUID id) {
		return jdbc.sql("delete from mail_outbox where id = :id and dead_at is not null").param("id", id).update() == 1;
	}

	private void insert(String recipient, String subject, String body, @Nullable UUID owner) {
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

	/** Sends what is due. */
	@Scheduled(fixedDelayString = "${tandem.mail.poll-interval:30s}", initialDelayString = "${tandem.mail.initial-delay:10s}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "5m")
	public void sendDue() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (!configured || mailSender == null) {
			return;
		}
		List<Pending> due = jdbc.sql("""
				select id, recipient, subject, body, attempts from mail_outbox
				where dead_at is null and next_attempt_at <= :now order by created_at fetch first 50 rows only""")
			.param("now", now())
			.query((rs, i) -> new Pending(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.list();
		for (Pending mail : due) {
			send(mailSender, mail);
		}
	}

	private void send(JavaMailSender mailSender, Pending mail) {
		try {
			var message = new SimpleMailMessage();
			message.setFrom(properties.mail().from());
			message.setTo(mail.recipient());
			message.setSubject(mail.subject());
			message.setText(mail.body());
			mailSender.send(message);
			jdbc.sql("delete from mail_outbox where id = :id").param("id", mail.id()).update();
		}
		catch (MailException failure) {
			int attempts = mail.attempts() + 1;
			String kind = failure.getClass().getSimpleName();
			// The id only: recipients and bodies stay out of the logs.
			log.warn("Mail {} not sent (attempt {}): {}", mail.id(), attempts, kind);
			jdbc.sql("""
					update mail_outbox set attempts = :a, next_attempt_at = :next, last_error = :error,
					dead_at = :dead where id = :id""")
				.param("a", attempts)
				.param("next", now().plus(Duration.ofMinutes(1L << Math.min(attempts, 20))))
				.param("error", kind.length() > 100 ? kind.substring(0, 100) : kind)
				.param("dead", attempts >= MAX_ATTEMPTS ? now() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.param("id", mail.id())
				.update();
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private record Pending(UUID id, String recipient, String subject, String body, int attempts) {
	}

}
