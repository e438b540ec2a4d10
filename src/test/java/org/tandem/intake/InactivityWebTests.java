package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.Role;
import org.tandem.privacy.RetentionService;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * The inactivity rule over HTTP, on H2 and PostgreSQL: an open request nobody acts on is warned (the status page, the
 * staff queue and request page, one mail when notices were asked for), then purged with a receipt; any step by the
 * requester or staff keeps it; a request that keeps a record has the longer period; administrators set both periods
 * within bounds. Time passes by moving a request's times back, and the privacy job's rules run as scheduled.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InactivityWebTests extends IntakeTestSupport {

	static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	@Autowired
	RetentionService retention;

	@Test
	void anAnonymousRequestNobodyActsOnIsWarnedOnceThenPurgedWithAReceipt() {
		String email = "idle-" + UUID.randomUUID() + "@example.org";
		Map<String, String> form = validForm();
		form.put("email", email);
		form.put("emailNotices", "true");
		Sent sent = submit(visitor(), form);
		WebSession staff = signedIn(Role.STAFF);
		assertThat(badge(staff, sent)).isNull();
		assertThat(staff.get("/staff/requests/" + sent.id()).html().selectFirst("#inactivity").className())
			.doesNotContain("warn");

		// 47 days without activity: the purge is 13 days away, within the 14 days of warning
		passes(sent.id(), Duration.ofDays(47));
		String purgeOn = DAY.format(lastActivity(sent.id()).plus(Duration.ofDays(60)));
		assertThat(badge(staff, sent).text()).isEqualTo("purged on " + purgeOn);
		Element indicator = staff.get("/staff/requests/" + sent.id()).html().selectFirst("#inactivity");
		assertThat(indicator.className()).contains("warn");
		assertThat(indicator.text()).startsWith("Purged for inactivity on " + purgeOn);
		assertThat(indicator.select("bdi").eachText()).contains(purgeOn);

		// the job warns once, by mail since notices were asked for; staff looking is not activity. Warned 13 days
		// before the end (the job did not run a day earlier), the requester still gets the warning's 14 days.
		retention.applyAll();
		assertThat(exists(sent.id())).isTrue();
		Instant announced = purgeAt(sent.id());
		assertThat(announced).isAfter(Instant.now().plus(Duration.ofDays(14)).minusSeconds(60));
		String mail = TestMail.awaitBody(email, "It will be destroyed on " + DAY.format(announced));
		assertThat(mail).contains(reference(sent)).doesNotContain("canary");
		retention.applyAll();
		awaitNoQueuedMail(sent.id());
		assertThat(TestMail.count(email, "It will be destroyed on")).isOne();

		// 14 days later nobody has acted: purged, and the status link leads to the receipt
		passes(sent.id(), Duration.ofDays(14));
		assertThat(retention.applyAll()).isPositive();
		assertThat(exists(sent.id())).isFalse();
		WebSession requester = visitor();
		WebSession.Page purged = open(requester, sent);
		assertThat(purged.html().selectFirst("h1").text()).isEqualTo("This request was destroyed");
		String receipt = purged.html().selectFirst("main a[href^=/privacy/receipts/]").attr("href");
		assertThat(visitor().get(receipt).text()).contains("Nobody acted on the request for its inactivity period");
		assertThat(jdbc.sql("select reason from privacy_purge where owner_id = :id").param("id", sent.id())
			.query(String.class).single()).isEqualTo("inactive");
	}

	@Test
	void theStatusPageWarnsAndTheVisitKeepsTheRequest() {
		Sent sent = submit(visitor(), validForm());
		WebSession requester = visitor();
		WebSession.Page first = open(requester, sent);
		assertThat(first.html().selectFirst("#inactivity-warning")).isNull();
		assertThat(first.html().selectFirst("#inactivity-rule").text()).contains("for 60 days");

		passes(sent.id(), Duration.ofDays(50));
		String wasDue = DAY.format(lastActivity(sent.id()).plus(Duration.ofDays(60)));
		WebSession.Page warned = open(visitor(), sent);
		Element warning = warned.html().selectFirst("#inactivity-warning");
		String nowDue = DAY.format(Instant.now().plus(Duration.ofDays(60)));
		assertThat(warning.text()).contains("it was to be destroyed on " + wasDue)
			.contains("Your visit keeps it: it will now be destroyed on " + nowDue);
		assertThat(warning.select("bdi").eachText()).containsExactly(wasDue, nowDue);
		// the visit was activity: staff no longer see the warning, and the job keeps the request
		assertThat(lastActivity(sent.id())).isAfter(Instant.now().minusSeconds(60));
		assertThat(badge(signedIn(Role.STAFF), sent)).isNull();
		retention.applyAll();
		assertThat(exists(sent.id())).isTrue();
	}

	@Test
	void aStepByTheRequesterOrByStaffKeepsARequestWhoseWarningRanOut() {
		Sent written = submit(visitor(), validForm());
		Sent noted = submit(visitor(), validForm());
		Sent assigned = submit(visitor(), validForm());
		Sent idle = submit(visitor(), validForm());
		WebSession requester = visitor();
		open(requester, written);
		Sent[] all = { written, noted, assigned, idle };
		for (Sent sent : all) {
			passes(sent.id(), Duration.ofDays(47));
		}
		retention.applyAll();
		for (Sent sent : all) {
			assertThat(purgeAt(sent.id())).isNotNull();
			passes(sent.id(), Duration.ofDays(14));
		}
		assertThat(requester.post(written.path() + "/messages", Map.of("body", "Still here, still need help."))
			.redirect()).contains("sent");
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/staff/requests/" + noted.id());
		assertThat(staff.post("/staff/requests/" + noted.id() + "/notes", Map.of("body", "canary-called them"))
			.redirect()).contains("noted");
		assertThat(staff.post("/staff/requests/" + assigned.id() + "/assign", Map.of("assignee", ""))
			.redirect()).contains("assigned");

		retention.applyAll();

		assertThat(exists(written.id())).isTrue();
		assertThat(exists(noted.id())).isTrue();
		assertThat(exists(assigned.id())).isTrue();
		assertThat(exists(idle.id())).isFalse();
		// the step voided the warning: a new one will be needed before any purge
		assertThat(jdbc.sql("select count(*) from help_request where id in (:ids) and inactivity_purge_at is null")
			.param("ids", java.util.List.of(written.id(), noted.id(), assigned.id()))
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aRequestThatKeepsARecordHasTheLongerPeriod() {
		Map<String, String> form = validForm();
		form.put("anonymous", "false");
		Sent sent = submit(visitor(), form);
		WebSession staff = signedIn(Role.STAFF);

		// past the anonymous period, far from its own: neither warned nor purged
		passes(sent.id(), Duration.ofDays(61));
		retention.applyAll();
		assertThat(exists(sent.id())).isTrue();
		assertThat(purgeAt(sent.id())).isNull();
		assertThat(badge(staff, sent)).isNull();

		passes(sent.id(), Duration.ofDays(106));
		String purgeOn = DAY.format(lastActivity(sent.id()).plus(Duration.ofDays(180)));
		assertThat(badge(staff, sent).text()).isEqualTo("purged on " + purgeOn);
		retention.applyAll();
		assertThat(purgeAt(sent.id())).isNotNull();
		assertThat(exists(sent.id())).isTrue();
		passes(sent.id(), Duration.ofDays(14));
		retention.applyAll();
		assertThat(exists(sent.id())).isFalse();
	}

	@Test
	void administratorsSetBothPeriodsWithinTheirBoundsAndTheFormStatesThem() {
		WebSession.Page english = visitor().get("/request");
		assertThat(english.html().selectFirst("#inactivity-rule").text()).contains("for 60 days (anonymous)")
			.contains("or 180 days (keeping a record)").contains("At least 14 days before");
		assertThat(visitor().get("/request?lang=fr").html().selectFirst("#inactivity-rule").text())
			.contains("pendant 60 jours (anonyme)").contains("180 jours");
		assertThat(visitor().get("/request?lang=ar").html().select("#inactivity-rule bdi")).hasSize(3);

		WebSession admin = signedIn(Role.ADMIN);
		WebSession.Page overview = admin.get("/staff/privacy?lang=fr");
		assertThat(overview.text()).contains("de 30 à 365 jours");
		WebSession.Page tooShort = admin.post("/admin/privacy/retention",
				Map.of("kind", "intake.inactive-anonymous", "days", "10"));
		assertThat(tooShort.status()).isEqualTo(200);
		assertThat(tooShort.html().select(".field-error").text()).isEqualTo("Choisissez un nombre de jours entre 30 et 365.");
		assertThat(tooShort.html().selectFirst("#days-intake\\.inactive-anonymous").val()).isEqualTo("10");
		WebSession.Page tooLong = admin.post("/admin/privacy/retention",
				Map.of("kind", "intake.inactive-kept", "days", "731"));
		assertThat(tooLong.html().select(".field-error").text()).isEqualTo("Choisissez un nombre de jours entre 60 et 730.");
		assertThat(tooLong.html().selectFirst("#days-intake\\.inactive-kept").val()).isEqualTo("731");
		WebSession.Page notANumber = admin.post("/admin/privacy/retention",
				Map.of("kind", "intake.inactive-kept", "days", "six months"));
		assertThat(notANumber.html().selectFirst("#days-intake\\.inactive-kept").val()).isEqualTo("six months");
		assertThat(retention.settings()).filteredOn(s -> s.kind().startsWith("intake.inactive"))
			.extracting(RetentionService.Setting::days)
			.containsExactlyInAnyOrder(60L, 180L);

		try {
			assertThat(admin.post("/admin/privacy/retention", Map.of("kind", "intake.inactive-anonymous", "days", "90"))
				.redirect()).isEqualTo("/staff/privacy?saved");
			assertThat(visitor().get("/request").html().selectFirst("#inactivity-rule").text())
				.contains("for 90 days (anonymous)");
			// 61 days idle is no longer near the end of a 90-day period
			Sent sent = submit(visitor(), validForm());
			passes(sent.id(), Duration.ofDays(61));
			retention.applyAll();
			assertThat(purgeAt(sent.id())).isNull();
			assertThat(badge(signedIn(Role.STAFF), sent)).isNull();
		}
		finally {
			admin.post("/admin/privacy/retention", Map.of("kind", "intake.inactive-anonymous", "days", "60"));
		}
	}

	/** Time passes for one request: its last activity, and the purge its warning announced, move back. */
	private void passes(UUID id, Duration time) {
		Instant purgeAt = purgeAt(id);
		jdbc.sql("update help_request set last_activity_at = :last, inactivity_purge_at = :purgeAt where id = :id")
			.param("last", Timestamp.from(lastActivity(id).minus(time)))
			.param("purgeAt", purgeAt == null ? null : Timestamp.from(purgeAt.minus(time)))
			.param("id", id)
			.update();
	}

	private Instant lastActivity(UUID id) {
		return jdbc.sql("select last_activity_at from help_request where id = :id").param("id", id)
			.query(Timestamp.class).single().toInstant();
	}

	private Instant purgeAt(UUID id) {
		Timestamp at = jdbc.sql("select inactivity_purge_at from help_request where id = :id").param("id", id)
			.query(Timestamp.class).optional().orElse(null);
		return at == null ? null : at.toInstant();
	}

	private boolean exists(UUID id) {
		return count("help_request where id = '" + id + "'") > 0;
	}

	private String reference(Sent sent) {
		return jdbc.sql("select reference from help_request where id = :id").param("id", sent.id())
			.query(String.class).single();
	}

	/** The queue's "purged on" badge of this request, or null. */
	private Element badge(WebSession staff, Sent sent) {
		String reference = reference(sent);
		Element row = staff.get("/staff/requests?sort=NEWEST").html().select("#queue tbody tr").stream()
			.filter(tr -> tr.selectFirst("a").text().equals(reference))
			.findFirst()
			.orElseThrow(() -> new AssertionError(reference + " not in the queue"));
		return row.selectFirst(".purge-near");
	}

	private void awaitNoQueuedMail(UUID owner) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (jdbc.sql("select count(*) from mail_outbox where owner_id = :o").param("o", owner).query(Long.class)
			.single() > 0) {
			assertThat(System.currentTimeMillis()).as("mail still queued").isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
