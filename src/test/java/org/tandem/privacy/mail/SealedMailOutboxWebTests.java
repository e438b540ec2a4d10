package org.tandem.privacy.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.MailOutbox;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.PurgeReceipt;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.Sealer;
import org.tandem.support.WebTestSupport;

/**
 * The sealed outbox without an SMTP server, so mail stays queued: what a row holds, what a purge does to it, and how
 * mail queued in the clear by an earlier version is sealed at start-up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.no-smtp=true")
class SealedMailOutboxWebTests extends WebTestSupport {

	@Autowired
	MailOutbox outbox;

	@Autowired
	Sealer sealer;

	@Autowired
	PurgeService purges;

	@Autowired
	LegacyOutboxMail legacy;

	@Test
	void aQueuedMailHoldsOnlyCiphertextBoundToItsRowAndOwner() {
		UUID owner = UUID.randomUUID();
		String address = "sealed-" + UUID.randomUUID() + "@example.org";
		outbox.enqueue(address, "Subject " + address, "Body " + address, owner);
		Row row = row(owner);
		assertThat(row.plain()).isZero();
		for (byte[] sealed : new byte[][] { row.recipient(), row.subject(), row.body() }) {
			assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(address);
		}
		assertThat(open(row, "recipient_sealed", row.recipient())).isEqualTo(address);
		assertThat(open(row, "body_sealed", row.body())).isEqualTo("Body " + address);
		// bound to its column: the body's ciphertext does not open as the recipient
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(row, "recipient_sealed", row.body()))
			.isInstanceOf(org.tandem.privacy.SealBrokenException.class);
	}

	@Test
	void purgingTheOwnerDestroysItsQueuedAndDeadLettersAndNothingNewIsQueuedForIt() {
		UUID owner = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		outbox.enqueue("one@example.org", "One", "Body", owner);
		outbox.enqueue("two@example.org", "Two", "Body", owner);
		outbox.enqueue("other@example.org", "Other", "Body", other);
		// one of them failed too often: a dead letter goes with the owner too
		jdbc.sql("update mail_outbox set dead_at = created_at, attempts = 8 where id in"
				+ " (select id from mail_outbox where owner_id = :o fetch first 1 rows only)")
			.param("o", owner).update();
		Row before = row(owner);

		PurgeReceipt receipt = purges.purge(owner, org.tandem.privacy.PurgeReason.STAFF);

		assertThat(receipt.destroyed()).contains(new PurgeReceipt.Destroyed("mail.queued", 2));
		assertThat(count(owner)).isZero();
		assertThat(count(other)).isOne();
		assertThat(sealer.open(place(before, "recipient_sealed"), KeyPurpose.IDENTIFYING, before.recipient())).isEmpty();
		outbox.enqueue("late@example.org", "Late", "Body", owner);
		assertThat(count(owner)).isZero();
	}

	@Test
	void mailQueuedInTheClearByAnEarlierVersionIsSealedAtStartUp() {
		UUID id = UUID.randomUUID();
		UUID owner = UUID.randomUUID();
		UUID ownerless = UUID.randomUUID();
		for (UUID row : new UUID[] { id, ownerless }) {
			jdbc.sql("""
					insert into mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at, owner_id)
					values (:id, 'legacy@example.org', 'Legacy', 'Link and code', :now, 0, :now, :owner)""")
				.param("id", row).param("now", OffsetDateTime.now()).param("owner", row == id ? owner : null).update();
		}

		legacy.sealLegacyMail();

		Row sealed = row(owner);
		assertThat(sealed.plain()).isZero();
		assertThat(open(sealed, "body_sealed", sealed.body())).isEqualTo("Link and code");
		Row own = row(ownerless);
		assertThat(own.id()).isEqualTo(ownerless);
		assertThat(open(own, "recipient_sealed", own.recipient())).isEqualTo("legacy@example.org");
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient is not null or body is not null")
			.query(Long.class).single()).isZero();
	}

	private Row row(UUID owner) {
		return jdbc.sql("""
				select id, owner_id, recipient_sealed, subject_sealed, body_sealed,
				case when recipient is null and subject is null and body is null then 0 else 1 end as plain
				from mail_outbox where owner_id = :owner order by id fetch first 1 rows only""")
			.param("owner", owner)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getBytes("recipient_sealed"), rs.getBytes("subject_sealed"), rs.getBytes("body_sealed"),
					rs.getInt("plain")))
			.single();
	}

	private long count(UUID owner) {
		return jdbc.sql("select count(*) from mail_outbox where owner_id = :o").param("o", owner).query(Long.class).single();
	}

	private String open(Row row, String column, byte[] sealed) {
		return new String(sealer.open(place(row, column), KeyPurpose.IDENTIFYING, sealed).orElseThrow(),
				StandardCharsets.UTF_8);
	}

	private static Place place(Row row, String column) {
		return new Place("mail_outbox", column, row.id().toString(), row.owner());
	}

	private record Row(UUID id, UUID owner, byte[] recipient, byte[] subject, byte[] body, int plain) {
	}

}
