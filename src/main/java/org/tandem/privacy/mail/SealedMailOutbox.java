package org.tandem.privacy.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.KeysDestroyedException;
import org.tandem.privacy.Place;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.privacy.Sealer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The transactional outbox, sealed: rows written with the change, each field sealed under its owner's identifying key
 * and bound to its row, opened only by the job that sends it, deleted once sent. A failure is retried after 2, 4, 8 …
 * minutes; after the last attempt the row stays as a dead letter. Without an SMTP host nothing is tried and mail waits,
 * still sealed. A purge of the owner destroys its keys first, so nothing queued about it can be read again, and then
 * deletes the rows here as its part.
 */
@Component
class SealedMailOutbox implements MailOutbox, PurgeParticipant {

	private static final Logger log = LoggerFactory.getLogger(SealedMailOutbox.class);

	static final int MAX_ATTEMPTS = 8;

	static final String TABLE = "mail_outbox";

	static final String ATTACHMENT_NAME = "attachment_name_sealed";

	static final String ATTACHMENT = "attachment_sealed";

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final ObjectProvider<JavaMailSender> sender;

	private final boolean configured;

	private final TandemProperties properties;

	private final Clock clock;

	SealedMailOutbox(JdbcClient jdbc, Sealer sealer, ObjectProvider<JavaMailSender> sender,
			TandemProperties properties, Clock clock, @Value("${spring.mail.host:}") String host) {
		this.jdbc = jdbc;
		this.sealer = sealer;
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
	public void enqueue(String recipient, String subject, String body, UUID owner) {
		insert(recipient, subject, body, owner, null);
	}

	@Override
	@Transactional
	public void enqueue(String recipient, String subject, String body, UUID owner, Attachment attachment) {
		insert(recipient, subject, body, owner, attachment);
	}

	private void insert(String recipient, String subject, String body, UUID owner, @Nullable Attachment attachment) {
		UUID id = UUID.randomUUID();
		Letter letter = new Letter(recipient, subject, body);
		Map<String, byte[]> sealed;
		try {
			sealed = letter.sealed(sealer, id, owner);
		}
		catch (KeysDestroyedException purged) {
			log.info("Mail {} not queued: its owner was purged", id);
			return;
		}
		byte @Nullable [] attachmentName = null;
		byte @Nullable [] attachmentContent = null;
		if (attachment != null) {
			try {
				attachmentName = Letter.seal(sealer, id, owner, ATTACHMENT_NAME, attachment.fileName());
				attachmentContent = sealer.seal(Letter.place(id, owner, ATTACHMENT), KeyPurpose.IDENTIFYING,
						attachment.content());
			}
			catch (KeysDestroyedException purged) {
				log.info("Mail {} not queued: its owner was purged", id);
				return;
			}
		}
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into mail_outbox (id, recipient_sealed, subject_sealed, body_sealed, created_at, attempts,
				next_attempt_at, owner_id, attachment_name_sealed, attachment_type, attachment_sealed)
				values (:id, :recipient, :subject, :body, :now, 0, :now, :owner, :attachmentName, :attachmentType,
				:attachment)""")
			.param("id", id)
			.param("recipient", sealed.get(Letter.RECIPIENT))
			.param("subject", sealed.get(Letter.SUBJECT))
			.param("body", sealed.get(Letter.BODY))
			.param("now", now)
			.param("owner", owner)
			.param("attachmentName", attachmentName, Types.VARBINARY)
			.param("attachmentType", attachment == null ? null : attachment.mediaType(), Types.VARCHAR)
			.param("attachment", attachmentContent, Types.VARBINARY)
			.update();
	}

	@Override
	public String name() {
		return "mail";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("mail.queued");
	}

	/** Deletes the owner's queued and dead letters; the owner's keys are already gone, so none could be read. */
	@Override
	public Map<String, Integer> purge(UUID owner) {
		int deleted = jdbc.sql("delete from mail_outbox where owner_id = :owner").param("owner", owner).update();
		return deleted == 0 ? Map.of() : Map.of("mail.queued", deleted);
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

	/** Opens the recipient and subject of each dead letter to show them masked; letters whose keys are gone are left out. */
	@Override
	@Transactional(readOnly = true)
	public List<DeadLetter> deadLetters(int limit) {
		return jdbc.sql("""
				select id, owner_id, recipient_sealed, subject_sealed, created_at, attempts, last_error
				from mail_outbox where dead_at is not null order by dead_at desc, id fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, i) -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID owner = rs.getObject("owner_id", UUID.class);
				Optional<String> recipient = Letter.open(sealer, id, owner, Letter.RECIPIENT, rs.getBytes("recipient_sealed"));
				Optional<String> subject = Letter.open(sealer, id, owner, Letter.SUBJECT, rs.getBytes("subject_sealed"));
				if (recipient.isEmpty() || subject.isEmpty()) {
					return null;
				}
				return new DeadLetter(id, MailOutbox.masked(recipient.get()), subject.get(),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts"),
						String.valueOf(rs.getString("last_error")));
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
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

	/** Sends what is due. */
	@Scheduled(fixedDelayString = "${tandem.mail.poll-interval:30s}", initialDelayString = "${tandem.mail.initial-delay:10s}")
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "5m")
	public void sendDue() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (!configured || mailSender == null) {
			return;
		}
		List<Pending> due = jdbc.sql("""
				select id, owner_id, recipient_sealed, subject_sealed, body_sealed, attempts, attachment_name_sealed,
				attachment_type, attachment_sealed from mail_outbox
				where dead_at is null and next_attempt_at <= :now and recipient_sealed is not null
				order by created_at fetch first 50 rows only""")
			.param("now", now())
			.query((rs, i) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getBytes("recipient_sealed"), rs.getBytes("subject_sealed"), rs.getBytes("body_sealed"),
					rs.getInt("attempts"), rs.getBytes("attachment_name_sealed"), rs.getString("attachment_type"),
					rs.getBytes("attachment_sealed")))
			.list();
		for (Pending mail : due) {
			Optional<Letter> letter = mail.open(sealer);
			if (letter.isEmpty()) {
				// the owner was purged after the mail was queued: it can never be read, so it goes
				jdbc.sql("delete from mail_outbox where id = :id").param("id", mail.id()).update();
				continue;
			}
			send(mailSender, mail, letter.get());
		}
	}

	private void send(JavaMailSender mailSender, Pending mail, Letter letter) {
		try {
			if (letter.attachment() == null) {
				var message = new SimpleMailMessage();
				message.setFrom(properties.mail().from());
				message.setTo(letter.recipient());
				message.setSubject(letter.subject());
				message.setText(letter.body());
				mailSender.send(message);
			}
			else {
				mailSender.send(multipart(mailSender, letter, letter.attachment()));
			}
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
				.param("dead", attempts >= MAX_ATTEMPTS ? now() : null, Types.TIMESTAMP_WITH_TIMEZONE)
				.param("id", mail.id())
				.update();
		}
	}

	/** The text first, then the attachment with its own media type (an invitation's text/calendar; method=REQUEST). */
	private MimeMessage multipart(JavaMailSender mailSender, Letter letter, Attachment attachment) {
		MimeMessage message = mailSender.createMimeMessage();
		try {
			var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.mail().from());
			helper.setTo(letter.recipient());
			helper.setSubject(letter.subject());
			helper.setText(letter.body());
			helper.addAttachment(attachment.fileName(),
					new ByteArrayDataSource(attachment.content(), attachment.mediaType()));
			return message;
		}
		catch (MessagingException malformed) {
			throw new MailPreparationException(malformed.getClass().getSimpleName());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private record Pending(UUID id, UUID owner, byte @Nullable [] recipient, byte @Nullable [] subject,
			byte @Nullable [] body, int attempts, byte @Nullable [] attachmentName, @Nullable String attachmentType,
			byte @Nullable [] attachment) {

		Optional<Letter> open(Sealer sealer) {
			Optional<String> to = Letter.open(sealer, id, owner, Letter.RECIPIENT, recipient);
			Optional<String> about = Letter.open(sealer, id, owner, Letter.SUBJECT, subject);
			Optional<String> text = Letter.open(sealer, id, owner, Letter.BODY, body);
			if (to.isEmpty() || about.isEmpty() || text.isEmpty()) {
				return Optional.empty();
			}
			if (attachment == null || attachmentType == null) {
				return Optional.of(new Letter(to.get(), about.get(), text.get()));
			}
			Optional<String> name = Letter.open(sealer, id, owner, ATTACHMENT_NAME, attachmentName);
			Optional<byte[]> content = sealer.open(Letter.place(id, owner, ATTACHMENT), KeyPurpose.IDENTIFYING,
					attachment);
			if (name.isEmpty() || content.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new Letter(to.get(), about.get(), text.get(),
					new Attachment(name.get(), attachmentType, content.get())));
		}

	}

	/** A mail's three fields in clear, only ever in memory. */
	record Letter(String recipient, String subject, String body, @Nullable Attachment attachment) {

		Letter(String recipient, String subject, String body) {
			this(recipient, subject, body, null);
		}

		static final String RECIPIENT = "recipient_sealed";

		static final String SUBJECT = "subject_sealed";

		static final String BODY = "body_sealed";

		Map<String, byte[]> sealed(Sealer sealer, UUID id, UUID owner) {
			return Map.of(RECIPIENT, seal(sealer, id, owner, RECIPIENT, recipient), SUBJECT,
					seal(sealer, id, owner, SUBJECT, subject), BODY, seal(sealer, id, owner, BODY, body));
		}

		static byte[] seal(Sealer sealer, UUID id, UUID owner, String column, String text) {
			return sealer.seal(place(id, owner, column), KeyPurpose.IDENTIFYING, text.getBytes(StandardCharsets.UTF_8));
		}

		static Optional<String> open(Sealer sealer, UUID id, UUID owner, String column, byte @Nullable [] sealed) {
			if (sealed == null) {
				return Optional.empty();
			}
			return sealer.open(place(id, owner, column), KeyPurpose.IDENTIFYING, sealed)
				.map(bytes -> new String(bytes, StandardCharsets.UTF_8));
		}

		static Place place(UUID id, UUID owner, String column) {
			return new Place(TABLE, column, id.toString(), owner);
		}

		/** Never shows the fields, so a letter cannot leak into a log line by accident. */
		@Override
		public String toString() {
			return "Letter[***]";
		}

	}

}
