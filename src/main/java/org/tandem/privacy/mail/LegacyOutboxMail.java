package org.tandem.privacy.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.privacy.KeysDestroyedException;
import org.tandem.privacy.Sealer;
import org.tandem.privacy.mail.SealedMailOutbox.Letter;

/**
 * Seals mail queued in plain text by versions before the sealed outbox, then empties the plain columns. Runs at every
 * start, before the mail job, and does nothing once no plain row is left. A letter queued without an owner becomes its
 * own owner; one whose owner was purged meanwhile is deleted, unsent.
 */
@Component
class LegacyOutboxMail implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LegacyOutboxMail.class);

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final TransactionTemplate transactions;

	LegacyOutboxMail(JdbcClient jdbc, Sealer sealer, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> sealLegacyMail());
	}

	void sealLegacyMail() {
		List<Legacy> legacy = jdbc.sql("""
				select id, owner_id, recipient, subject, body from mail_outbox
				where recipient is not null or subject is not null or body is not null""")
			.query((rs, n) -> new Legacy(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body")))
			.list();
		for (Legacy mail : legacy) {
			UUID owner = mail.owner() == null ? mail.id() : mail.owner();
			try {
				Map<String, byte[]> sealed = new Letter(String.valueOf(mail.recipient()), String.valueOf(mail.subject()),
						String.valueOf(mail.body())).sealed(sealer, mail.id(), owner);
				jdbc.sql("""
						update mail_outbox set recipient_sealed = :recipient, subject_sealed = :subject,
						body_sealed = :body, owner_id = :owner, recipient = null, subject = null, body = null
						where id = :id""")
					.param("recipient", sealed.get(Letter.RECIPIENT))
					.param("subject", sealed.get(Letter.SUBJECT))
					.param("body", sealed.get(Letter.BODY))
					.param("owner", owner)
					.param("id", mail.id())
					.update();
			}
			catch (KeysDestroyedException purged) {
				jdbc.sql("delete from mail_outbox where id = :id").param("id", mail.id()).update();
			}
		}
		if (!legacy.isEmpty()) {
			log.info("Sealed {} queued mails stored in plain text by an earlier version", legacy.size());
		}
	}

	private record Legacy(UUID id, @Nullable UUID owner, @Nullable String recipient, @Nullable String subject,
			@Nullable String body) {
	}

}
