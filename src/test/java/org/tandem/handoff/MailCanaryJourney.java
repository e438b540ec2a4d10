package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.Sealer;
import org.tandem.support.CanaryScan;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

/**
 * Every kind of mail Tandem writes about someone, with a marker in each address and in what the mail is about: the
 * requester's status link and notices, a provider's application receipt, the provider's account invitation, the
 * offer and the introduction. Then the raw bytes of the database (H2 file; pg_dump, data directory and write-ahead
 * log on PostgreSQL), the data directory and the temporary directory are read for the markers, and the logs are
 * watched for them. Subclasses run it with SMTP up (mail sent) and down (mail waiting in the outbox).
 */
abstract class MailCanaryJourney extends HandoffTestSupport {

	@Autowired
	Sealer sealer;

	@Autowired
	PurgeService purges;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Value("${spring.datasource.url}")
	String url;

	final List<String> markers = new ArrayList<>();

	/** The text of the mail to this address that contains {@code text}, once it can be read. */
	abstract String mailTo(String address, String text);

	/** What the outbox and the mail server hold once the journey is over, checked before the scan. */
	abstract void afterJourney(Journey journey);

	@Test
	void noAddressNorContentOfAnyMailIsStoredInPlainText() throws Exception {
		CanaryScan scan = new CanaryScan(jdbc, dataDir, url);
		scan.freshWriteAheadLog();
		Instant start = Instant.now().minusSeconds(1);
		WebSession staff = staff();
		String providerAddress = address();
		// The provider's account gets another address: the account table keeps its own in the clear (see docs).
		ProviderNetwork.ActiveProvider provider = provider("Canary provider", providerAddress,
				email -> network.acceptInvitation(mailTo(email, "/invitation/"), ProviderNetwork.newEmail()));

		String requesterAddress = address();
		Requester requester = requester(staff, false, Map.of("organizationName", CanaryScan.marker(markers),
				"description", CanaryScan.marker(markers), "contactMethod", "EMAIL", "email", requesterAddress,
				"emailLink", "true", "emailNotices", "true"));
		String token = requester.path().substring("/request/status/".length());
		markers.add(token);
		assertThat(mailTo(requesterAddress, token)).contains(requester.code());
		staff.post("/staff/requests/" + requester.id() + "/messages", Map.of("body", CanaryScan.marker(markers)));
		mailTo(requesterAddress, requester.reference());

		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		mailTo(providerAddress, "/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect()).contains("accepted");
		requester.web().get(requester.path() + "/introduction");
		assertThat(requester.web().post(requester.path() + "/introduction", Map.of("reveal", "ORGANIZATION,EMAIL",
				"channel", "EMAIL", "message", CanaryScan.marker(markers))).redirect()).contains("introduced");
		assertThat(mailTo(providerAddress, "BEGIN PGP MESSAGE")).doesNotContain(LogLeakWatcher.CANARY);

		Journey journey = new Journey(requester.id(), provider.id(), requesterAddress, providerAddress);
		afterJourney(journey);
		scan.assertNoMarkerAnywhere(markers, start);

		// Purging the request destroys its keys: whatever mail about it is still queued can never be read again.
		List<SealedRow> queued = rows(requester.id());
		purges.purge(requester.id(), org.tandem.privacy.PurgeReason.STAFF);
		assertThat(rows(requester.id())).isEmpty();
		for (SealedRow row : queued) {
			assertThat(sealer.open(row.place(), KeyPurpose.IDENTIFYING, row.recipient())).isEmpty();
		}
		scan.assertNoMarkerAnywhere(markers, start);
		assertThat(LogLeakWatcher.leaks()).isEmpty();
	}

	/** A new address that is itself a marker. */
	String address() {
		return CanaryScan.marker(markers) + "@example.org";
	}

	/** The queued mail about an owner, as stored. */
	List<SealedRow> rows(UUID owner) {
		return jdbc.sql("select id, recipient_sealed from mail_outbox where owner_id = :owner")
			.param("owner", owner)
			.query((rs, n) -> new SealedRow(new Place("mail_outbox", "recipient_sealed",
					rs.getObject("id", UUID.class).toString(), owner), rs.getBytes("recipient_sealed")))
			.list();
	}

	/**
	 * Opens queued mail the way the outbox's sender does, with the owner's key: the text of the newest mail to the
	 * address containing {@code text}, or null.
	 */
	String openQueued(String address, String text) {
		record Row(UUID id, UUID owner, byte[] recipient, byte[] body) {
		}
		List<Row> all = jdbc.sql("select id, owner_id, recipient_sealed, body_sealed from mail_outbox order by created_at desc")
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getBytes("recipient_sealed"), rs.getBytes("body_sealed")))
			.list();
		for (Row row : all) {
			String to = open(row.id(), row.owner(), "recipient_sealed", row.recipient());
			String body = open(row.id(), row.owner(), "body_sealed", row.body());
			if (address.equals(to) && body != null && body.contains(text)) {
				return body;
			}
		}
		return null;
	}

	private String open(UUID id, UUID owner, String column, byte[] sealed) {
		return sealer.open(new Place("mail_outbox", column, id.toString(), owner), KeyPurpose.IDENTIFYING, sealed)
			.map(bytes -> new String(bytes, StandardCharsets.UTF_8))
			.orElse(null);
	}

	record Journey(UUID request, UUID provider, String requesterAddress, String providerAddress) {
	}

	record SealedRow(Place place, byte[] recipient) {
	}

}
