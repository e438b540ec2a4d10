package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;
import org.tandem.platform.Role;
import org.tandem.privacy.RetentionRule;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IntakeWebTests extends IntakeTestSupport {

	@Autowired
	MessageSource messages;

	@Autowired
	org.tandem.platform.MailOutbox outbox;

	@Autowired
	java.util.List<RetentionRule> retentionRules;

	@Test
	void badInputGetsClearMessagesKeepsWhatWasTypedAndWritesNothing() {
		WebSession requester = visitor();
		requester.get("/request");
		long before = count("help_request");
		long links = count("help_request_link");
		Map<String, String> form = validForm();
		form.put("description", "   ");
		form.put("contactMethod", "EMAIL");
		form.put("email", "not-an-address");
		form.remove("consent");
		form.put("urgency", "PANIC");
		form.put("region", "canary-Sierra Norte");
		WebSession.Page refused = requester.post("/request", form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".field-error").eachText()).contains("Please fill in this field.",
				"Please enter a valid email address, like name@example.org.",
				"Tick this box to agree, or we cannot take your request.", "Choose one of the options offered.");
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("Failed to convert");
		// the list at the top links to each field that needs attention, named by its label
		var summaryLinks = refused.html().select("#error-summary a");
		assertThat(summaryLinks).extracting(a -> a.attr("href") + " " + a.text()).contains(
				"#description Describe what is happening: Please fill in this field.",
				"#email Email address: Please enter a valid email address, like name@example.org.",
				"#consent1 How we handle what you send: Tick this box to agree, or we cannot take your request.");
		assertThat(summaryLinks.eachAttr("href")).contains("#urgency1")
			.allSatisfy(href -> assertThat(refused.html().getElementById(href.substring(1))).as(href).isNotNull());
		assertThat(refused.html().selectFirst("input[name=region]").val()).isEqualTo("canary-Sierra Norte");
		assertThat(refused.html().selectFirst("input[name=email]").val()).isEqualTo("not-an-address");
		assertThat(refused.html().selectFirst("textarea[name=communities]").text()).isEqualTo("canary-Indigenous journalists");
		assertThat(refused.html().selectFirst("input[name=languages][value=es]").hasAttr("checked")).isTrue();
		assertThat(count("help_request")).isEqualTo(before);
		assertThat(count("help_request_link")).isEqualTo(links);

		// Too long is refused too, whole.
		form = validForm();
		form.put("description", "x".repeat(8001));
		assertThat(requester.post("/request", form).html().select(".field-error").eachText()).contains("This is too long.");
		assertThat(count("help_request")).isEqualTo(before);
	}

	@Test
	void countingAnswersIsUntickedUnlessTickedAndAnErrorKeepsTheChoice() {
		WebSession requester = visitor();
		WebSession.Page page = requester.get("/request");
		var box = page.html().selectFirst("input[type=checkbox][name=countAnswers]");
		assertThat(box).isNotNull();
		assertThat(box.hasAttr("checked")).isFalse();
		// explained next to the anonymity choice
		assertThat(page.html().selectFirst("#countAnswers-hint").parent().selectFirst("legend").text())
			.isEqualTo("Your privacy");
		assertThat(page.html().selectFirst("#countAnswers-hint").text()).contains("nobody can be singled out");

		// ticked, then refused for another field: still ticked; unticked: still unticked
		Map<String, String> form = validForm();
		form.put("description", "");
		form.put("countAnswers", "true");
		form.put("_countAnswers", "on");
		WebSession.Page refused = requester.post("/request", form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().selectFirst("input[name=countAnswers]").hasAttr("checked")).isTrue();
		form.remove("countAnswers");
		assertThat(requester.post("/request", form).html().selectFirst("input[name=countAnswers]").hasAttr("checked"))
			.isFalse();
		form.put("countAnswers", "perhaps");
		WebSession.Page bad = requester.post("/request", form);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.text()).doesNotContain("Exception");

		// kept on the request as sent
		Map<String, String> ticked = validForm();
		ticked.put("countAnswers", "true");
		ticked.put("_countAnswers", "on");
		assertThat(countAnswers(submit(visitor(), ticked).id())).isTrue();
		Map<String, String> unticked = validForm();
		unticked.put("_countAnswers", "on");
		assertThat(countAnswers(submit(visitor(), unticked).id())).isFalse();
	}

	private boolean countAnswers(UUID request) {
		return jdbc.sql("select count_answers from help_request where id = :id").param("id", request)
			.query(Boolean.class).single();
	}

	@Test
	void theFormIsLightAndNeedsNoScript() {
		for (String language : new String[] { "en", "es", "fr", "pt", "ar" }) {
			WebSession.Page form = visitor().get("/request?lang=" + language);
			assertThat(form.html().selectFirst("html").attr("lang")).isEqualTo(language);
			// the page and its one stylesheet, under 100 KB together, with no script at all
			assertThat(form.body().getBytes(StandardCharsets.UTF_8).length + visitor().get("/css/tandem.css").body().length())
				.as(language).isLessThan(100_000);
			assertThat(form.html().select("script")).isEmpty();
		}
		assertThat(visitor().get("/request?lang=ar").html().selectFirst("html").attr("dir")).isEqualTo("rtl");
	}

	@Test
	void aRequesterFollowsTheirRequestWritesAndWithdrawsIt() {
		WebSession requester = visitor();
		Sent sent = submit(requester, validForm());
		assertThat(sent.page().text()).contains("Save this link and this code now", "This page is shown only once.");
		assertThat(sent.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");

		// Sealed: what identifies the requester and what they wrote are not in the database in the clear.
		byte[] description = jdbc.sql("select description from help_request where id = :id").param("id", sent.id())
			.query(byte[].class).single();
		assertThat(new String(description, StandardCharsets.ISO_8859_1)).doesNotContain("canary-");
		String token = sent.path().substring("/request/status/".length());
		assertThat(jdbc.sql("select count(*) from help_request_link where link_digest = :t or code_digest like :c")
			.param("t", token).param("c", "%" + sent.code() + "%").query(Long.class).single()).isZero();

		// Another device: the code is asked for; the right one opens the page.
		WebSession elsewhere = visitor();
		WebSession.Page status = open(elsewhere, sent);
		assertThat(status.html().selectFirst("#current-status").text()).isEqualTo("New");

		elsewhere.post(sent.path() + "/messages", Map.of("body", "canary-We also lost the Signal group."));
		WebSession staff = signedIn(Role.STAFF);
		WebSession.Page queue = staff.get("/staff/requests?sort=NEWEST");
		assertThat(queue.html().select("#queue a").eachText()).contains(reference(sent));
		WebSession.Page detail = staff.get("/staff/requests/" + sent.id());
		assertThat(detail.text()).contains("canary-We also lost the Signal group.", "canary-Our editor’s email");
		staff.post("/staff/requests/" + sent.id() + "/messages",
				Map.of("body", "Which accounts are affected?", "asksForInformation", "true"));
		staff.post("/staff/requests/" + sent.id() + "/notes", Map.of("body", "canary-internal: call the editor"));

		status = elsewhere.get(sent.path());
		assertThat(status.html().selectFirst("#current-status").text()).isEqualTo("Needs information");
		assertThat(status.text()).contains("Which accounts are affected?").doesNotContain("canary-internal");
		elsewhere.post(sent.path() + "/messages", Map.of("body", "Email and the website admin."));
		assertThat(staff.get("/staff/requests/" + sent.id()).text()).contains("Email and the website admin.");

		// The page stayed open too long: the code is asked again, and what was typed is sent after it.
		WebSession fresh = visitor();
		fresh.get(sent.path());
		WebSession.Page again = fresh.post(sent.path() + "/messages", Map.of("body", "canary-typed before the code"));
		assertThat(again.html().selectFirst("input[name=pending]").val()).isEqualTo("canary-typed before the code");
		WebSession.Page resent = fresh.post(sent.path(), Map.of("code", sent.code(), "pending", "canary-typed before the code"));
		assertThat(resent.redirect()).contains("?sent");
		assertThat(fresh.get(sent.path()).text()).contains("canary-typed before the code");

		// A mail about the request still in the outbox goes with it.
		outbox.enqueue("outbox-someone@example.org", "notice", "body", sent.id());
		jdbc.sql("update mail_outbox set next_attempt_at = :later where owner_id = :id")
			.param("later", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600))).param("id", sent.id()).update();

		// An empty message is refused and nothing is lost.
		WebSession.Page empty = elsewhere.post(sent.path() + "/messages", Map.of("body", " "));
		assertThat(empty.html().select(".field-error").eachText()).contains("Please fill in this field.");

		// Withdrawing needs the confirmation, then destroys everything and shows the receipt.
		assertThat(elsewhere.post(sent.path() + "/withdraw", Map.of()).redirect()).contains("confirmWithdraw");
		assertThat(count("help_request where id = '" + sent.id() + "'")).isOne();
		elsewhere.post(sent.path() + "/withdraw", Map.of("confirm", "true"));
		WebSession.Page purged = elsewhere.get(sent.path());
		assertThat(purged.html().selectFirst("h1").text()).isEqualTo("This request was destroyed");
		String receipt = purged.html().selectFirst("main a[href^=/privacy/receipts/]").attr("href");
		assertThat(visitor().get(receipt).text()).contains("Withdrawn by the requester", "Requests for help: 1",
				"Messages and notes: 5", "Emails not yet sent: 1");
		assertThat(count("mail_outbox where owner_id = '" + sent.id() + "'")).isZero();
		for (String table : new String[] { "help_request where id", "help_request_message where request_id",
				"help_request_transition where request_id" }) {
			assertThat(count(table + " = '" + sent.id() + "'")).as(table).isZero();
		}
		assertThat(staff.get("/staff/requests/" + sent.id()).status()).isEqualTo(404);
		// The link still leads to the receipt, with the code, from anywhere.
		assertThat(open(visitor(), sent).html().selectFirst("h1").text()).isEqualTo("This request was destroyed");
	}

	@Test
	void theNewReplyBadgeShowsOnlyForAReplyStaffHaveNotRead() {
		WebSession requester = visitor();
		Sent sent = submit(requester, validForm());
		WebSession staff = signedIn(Role.STAFF);
		String detail = "/staff/requests/" + sent.id();
		// nobody replied to a new request: no badge in the queue nor on the request
		assertThat(replyBadges(staff, sent)).isEqualTo(List.of(false, false));

		open(requester, sent);
		requester.post(sent.path() + "/messages", Map.of("body", "canary-one more thing"));
		assertThat(replyBadges(staff, sent)).isEqualTo(List.of(true, true));

		// read, with nothing to answer: the badge goes
		assertThat(staff.post(detail + "/seen", Map.of()).redirect()).contains("?seen");
		assertThat(replyBadges(staff, sent)).isEqualTo(List.of(false, false));

		// another reply, answered: gone again
		requester.post(sent.path() + "/messages", Map.of("body", "canary-and another"));
		assertThat(replyBadges(staff, sent)).isEqualTo(List.of(true, true));
		staff.post(detail + "/messages", Map.of("body", "Thank you, noted."));
		assertThat(replyBadges(staff, sent)).isEqualTo(List.of(false, false));
	}

	/** Whether the "new reply" badge shows on the request's row in the queue, and on the request's page. */
	private List<Boolean> replyBadges(WebSession staff, Sent sent) {
		String badge = messages.getMessage("intake.queue.awaitingBadge", null, Locale.ENGLISH);
		var queue = staff.get("/staff/requests?sort=NEWEST").html();
		var row = queue.select("#queue tr")
			.stream()
			.filter(tr -> tr.select("a").eachText().contains(reference(sent)))
			.findFirst()
			.orElseThrow();
		var detail = staff.get("/staff/requests/" + sent.id()).html();
		return List.of(row.select(".badge").eachText().contains(badge),
				detail.select("main .badge").eachText().contains(badge));
	}

	@Test
	void aWrongLinkAndAWrongCodeGetTheSameNeutralAnswer() {
		Sent sent = submit(visitor(), validForm());
		String unknown = "/request/status/" + "A".repeat(43);
		WebSession requester = visitor();
		requester.get(sent.path());
		WebSession.Page wrongCode = requester.post(sent.path(), Map.of("code", "AAAA-AAAA"));
		requester.get(unknown);
		WebSession.Page wrongLink = requester.post(unknown, Map.of("code", sent.code()));
		WebSession.Page malformed = requester.post("/request/status/nonsense", Map.of("code", sent.code()));
		assertThat(wrongCode.status()).isEqualTo(wrongLink.status()).isEqualTo(malformed.status()).isEqualTo(200);
		assertThat(wrongCode.html().selectFirst("main").text()).isEqualTo(wrongLink.html().selectFirst("main").text())
			.isEqualTo(malformed.html().selectFirst("main").text())
			.contains("This link and code do not open a request.");
		// Without the code, a link shows only the code form, whether or not it exists.
		assertThat(visitor().get(sent.path()).html().selectFirst("main").text())
			.isEqualTo(visitor().get(unknown).html().selectFirst("main").text());
	}

	@Test
	void wrongCodesAreLimitedPerLink() {
		Sent sent = submit(visitor(), validForm());
		for (int i = 0; i < 10; i++) {
			WebSession guesser = visitor();
			guesser.get(sent.path());
			assertThat(guesser.post(sent.path(), Map.of("code", "WRNG-" + i + "AAA")).status()).isEqualTo(200);
		}
		WebSession last = visitor();
		last.get(sent.path());
		WebSession.Page limited = last.post(sent.path(), Map.of("code", sent.code()));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.text()).contains("Too many attempts.");
	}

	@Test
	void robotsAndFloodsAreRefusedWithoutLosingWhatWasTyped() {
		WebSession robot = visitor();
		robot.get("/request");
		long before = count("help_request");
		Map<String, String> filled = validForm();
		filled.put("website", "http://spam.example");
		WebSession.Page refused = robot.post("/request", filled);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("We could not accept this form.");
		assertThat(refused.html().selectFirst("textarea[name=description]").text()).startsWith("canary-Our editor");
		assertThat(count("help_request")).isEqualTo(before);

		// The same page sent twice is one request.
		WebSession twice = visitor();
		Map<String, String> form = validForm();
		form.put("nonce", UUID.randomUUID().toString());
		submit(twice, form);
		WebSession.Page again = twice.post("/request", form);
		assertThat(again.html().selectFirst("h1").text()).isEqualTo("This request was already sent");

		// A form without the nonce its page gave (or with anything else) comes back, as typed, to be sent again.
		WebSession noNonce = visitor();
		noNonce.get("/request");
		for (String nonce : new String[] { "", " ", "x" }) {
			Map<String, String> bare = validForm();
			bare.put("nonce", nonce);
			WebSession.Page expired = noNonce.post("/request", bare);
			assertThat(expired.status()).isEqualTo(400);
			assertThat(expired.text()).contains("This page had expired, so nothing was sent.");
			assertThat(expired.html().selectFirst("textarea[name=description]").text()).startsWith("canary-Our editor");
			assertThat(org.tandem.platform.RecentNonces.wellFormed(expired.html().selectFirst("input[name=nonce]").val())).isTrue();
		}
		assertThat(count("help_request")).isEqualTo(before + 1);

		// Ten an hour from one network, then a clear refusal that keeps the form.
		// an address no other test takes: fresh ones are reused across the run, and may carry earlier requests
		WebSession flood = new WebSession(port).from("203.0.113.252");
		for (int i = 0; i < 10; i++) {
			submit(flood, validForm());
		}
		Map<String, String> eleventh = validForm();
		eleventh.put("nonce", flood.get("/request").html().selectFirst("input[name=nonce]").val());
		WebSession.Page limited = flood.post("/request", eleventh);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.text()).contains("Please wait an hour");
		assertThat(limited.html().selectFirst("input[name=region]").val()).isEqualTo("canary-Oaxaca");
		// Another network is not affected (again an address of its own).
		submit(new WebSession(port).from("203.0.113.251"), validForm());
	}

	@Test
	void staffFilterSortAssignAndCountTheQueue() {
		WebSession staff = signedIn(Role.STAFF);
		Map<String, String> emergency = validForm();
		emergency.put("urgency", "EMERGENCY");
		emergency.put("languages", "ar");
		emergency.put("country", "LB");
		emergency.put("approach", "COHORT");
		// the six-month programme is never anonymous
		emergency.put("anonymous", "false");
		Sent first = submit(visitor(), emergency);
		Sent second = submit(visitor(), validForm());

		WebSession.Page queue = staff.get("/staff/requests?language=ar&country=LB&approach=COHORT&urgency=EMERGENCY");
		assertThat(queue.html().select("#queue tbody tr").eachText()).anyMatch(r -> r.contains(reference(first)))
			.noneMatch(r -> r.contains(reference(second)));
		WebSession.Page sorted = staff.get("/staff/requests?sort=URGENCY");
		assertThat(sorted.html().select("#queue tbody tr").first().text()).contains("Emergency");
		long unassigned = Long.parseLong(staff.get("/staff/requests").html().selectFirst("#count-unassigned").text());

		WebSession.Page detail = staff.get("/staff/requests/" + first.id());
		String myId = detail.html().select("select[name=assignee] option").stream()
			.filter(o -> !o.val().isEmpty()).map(o -> o.val()).findFirst().orElseThrow();
		staff.post("/staff/requests/" + first.id() + "/assign", Map.of("assignee", myId));
		assertThat(jdbc.sql("select assigned_to from help_request where id = :id").param("id", first.id())
			.query(UUID.class).single()).isEqualTo(UUID.fromString(myId));
		assertThat(Long.parseLong(staff.get("/staff/requests").html().selectFirst("#count-unassigned").text()))
			.isEqualTo(unassigned - 1);
		assertThat(staff.get("/staff/requests?assigned=NOBODY&sort=NEWEST").html().select("#queue a").eachText())
			.doesNotContain(reference(first)).contains(reference(second));
		// the row as written: the reference a left-to-right link, the time with its instant, the assigned person's
		// name (typed by a person) escaped and isolated
		jdbc.sql("update account set display_name = :name where id = :id")
			.param("name", "<i>Ana & \"Co\"</i> سارة")
			.param("id", UUID.fromString(myId))
			.update();
		var row = staff.get("/staff/requests?sort=NEWEST").html().select("#queue tbody tr").stream()
			.filter(tr -> tr.select("a").eachText().contains(reference(first))).findFirst().orElseThrow();
		assertThat(row.selectFirst("td a").attr("href")).isEqualTo("/staff/requests/" + first.id());
		assertThat(row.selectFirst("td a").attr("dir")).isEqualTo("ltr");
		assertThat(row.select("td")).hasSize(8);
		assertThat(row.selectFirst("time").attr("datetime")).isNotBlank();
		assertThat(row.selectFirst("time").text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} .+");
		assertThat(row.select("td").last().selectFirst("bdi").text()).isEqualTo("<i>Ana & \"Co\"</i> سارة");
		assertThat(row.select("i")).isEmpty();
		// Not a staff member: refused with a message.
		staff.get("/staff/requests/" + first.id());
		WebSession.Page refused = staff.post("/staff/requests/" + first.id() + "/assign",
				Map.of("assignee", UUID.randomUUID().toString()));
		assertThat(refused.text()).contains("Choose a staff member from the list.");
		// Bad filters fall back to the open queue instead of failing.
		assertThat(staff.get("/staff/requests?status=NOPE&age=abc").status()).isEqualTo(200);
	}

	@Test
	void statusesMoveOnlyAlongIntakesRulesAndTheHandOverIsNotAMoveOnThisPage() {
		WebSession staff = signedIn(Role.STAFF);
		Sent request = submit(visitor(), validForm());

		staff.get("/staff/requests/" + request.id());
		// handing over is choosing providers on the matching page; what follows it is the handoff's
		WebSession.Page handOver = staff.post("/staff/requests/" + request.id() + "/status", Map.of("to", "HANDED_OVER"));
		assertThat(handOver.text()).contains("This request cannot move to that status from where it is now.");
		for (String later : new String[] { "MATCHED", "INTRODUCED", "CONTACT_CONFIRMED", "CLOSED" }) {
			WebSession.Page refused = staff.post("/staff/requests/" + request.id() + "/status", Map.of("to", later));
			assertThat(refused.status()).as(later).isEqualTo(400);
			assertThat(refused.body()).as(later).doesNotContain("Exception");
		}
		WebSession.Page noReferral = staff.post("/staff/requests/" + request.id() + "/status", Map.of("to", "DECLINED"));
		assertThat(noReferral.text()).contains("Choose a referral to send.");
		assertThat(count("help_request where id = '" + request.id() + "' and status = 'NEW'")).isOne();
		for (String to : new String[] { "ASSESSING", "NEEDS_INFORMATION", "ASSESSING" }) {
			assertThat(staff.post("/staff/requests/" + request.id() + "/status", Map.of("to", to)).redirect())
				.endsWith("?moved");
		}
		WebSession.Page page = staff.get("/staff/requests/" + request.id());
		assertThat(page.html().select("#status-form option, select[name=to] option").eachAttr("value"))
			.doesNotContain("HANDED_OVER");
		assertThat(staff.post("/staff/requests/" + request.id() + "/status", Map.of("to", "HANDED_OVER")).text())
			.contains("This request cannot move to that status from where it is now.");
		assertThat(count("help_request where id = '" + request.id() + "' and status = 'ASSESSING'")).isOne();
		assertThat(jdbc.sql("select count(*) from help_request_transition where request_id = :id and actor_id is not null")
			.param("id", request.id()).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void declinedRequestsGetTheReferralInTheirOwnLanguage() {
		Map<String, String> form = validForm();
		form.put("contactMethod", "EMAIL");
		String email = "requester-" + UUID.randomUUID() + "@example.org";
		form.put("email", email);
		form.put("emailNotices", "true");
		form.put("emailLink", "true");
		WebSession requester = visitor();
		Sent sent = submit(requester, form, "?lang=es");
		String linkMail = TestMail.awaitBody(email);
		assertThat(linkMail).contains(sent.path(), sent.code());

		WebSession staff = signedIn(Role.STAFF);
		staff.get("/staff/requests/" + sent.id());
		WebSession.Page noTemplate = staff.post("/staff/requests/" + sent.id() + "/decline", Map.of());
		assertThat(noTemplate.text()).contains("Choose a referral to send.");
		staff.post("/staff/requests/" + sent.id() + "/decline",
				Map.of("template", "HELPLINE", "addition", "canary-Good luck with the website."));
		String referral = messages.getMessage("intake.referral.helpline.text", new Object[] { "Tandem" },
				Locale.forLanguageTag("es"));
		WebSession.Page status = open(visitor(), sent);
		assertThat(status.html().select(".messages .body").eachText())
			.anyMatch(m -> m.startsWith(referral.substring(0, 40)) && m.contains("canary-Good luck"));
		assertThat(count("help_request where id = '" + sent.id() + "' and status = 'DECLINED'")).isOne();
		// Declined is final: the requester can read, not write.
		WebSession reader = visitor();
		open(reader, sent);
		WebSession.Page closed = reader.post(sent.path() + "/messages", Map.of("body", "canary-one more thing"));
		assertThat(closed.html().select(".field-error").eachText())
			.contains("This request is closed, so no more messages can be sent. You can send a new request.");
		// The notice says there is a message, never what it says.
		String notice = awaitAnotherMail(email, linkMail);
		assertThat(notice).doesNotContain("canary-Good luck").doesNotContain("help@accessnow.org")
			.doesNotContain(sent.code());
	}

	@Test
	void finishedRequestsArePurgedWhenTheirPeriodEndsAndTheirLinksThenExpire() {
		Sent sent = submit(visitor(), validForm());
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/staff/requests/" + sent.id());
		staff.post("/staff/requests/" + sent.id() + "/decline", Map.of("template", "NO_CAPACITY"));
		java.time.Instant now = java.time.Instant.now();
		RetentionRule finished = rule("intake.finished-requests");
		RetentionRule links = rule("intake.purged-links");
		// Not yet: declined today.
		finished.apply(now.minus(finished.defaultPeriod()));
		assertThat(count("help_request where id = '" + sent.id() + "'")).isOne();
		jdbc.sql("update help_request set updated_at = :old where id = :id")
			.param("old", java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(91))))
			.param("id", sent.id())
			.update();
		assertThat(finished.apply(now.minus(finished.defaultPeriod()))).isGreaterThanOrEqualTo(1);
		assertThat(count("help_request where id = '" + sent.id() + "'")).isZero();
		// The link still leads to the receipt until its own period ends; then it opens nothing, like any wrong link.
		WebSession requester = visitor();
		assertThat(open(requester, sent).html().selectFirst("h1").text()).isEqualTo("This request was destroyed");
		assertThat(visitor().get(requester.get(sent.path()).html().selectFirst("main a[href^=/privacy/receipts/]")
			.attr("href")).text()).contains("Retention period ended");
		jdbc.sql("update help_request_link set purged_at = :old where request_id = :id")
			.param("old", java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(91))))
			.param("id", sent.id())
			.update();
		assertThat(links.apply(now.minus(links.defaultPeriod()))).isGreaterThanOrEqualTo(1);
		WebSession later = visitor();
		later.get(sent.path());
		assertThat(later.post(sent.path(), Map.of("code", sent.code())).text())
			.contains("This link and code do not open a request.");
	}

	private RetentionRule rule(String kind) {
		return retentionRules.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
	}

	@Test
	void staffRecordANeedsAssessment() {
		Sent sent = submit(visitor(), validForm());
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/staff/requests/" + sent.id());
		WebSession.Page missing = staff.post("/staff/requests/" + sent.id() + "/assessment",
				Map.of("languages", "es", "context", "canary-Editor is a known target", "riskLevel", "HIGH"));
		assertThat(missing.html().select(".field-error").eachText()).contains("Choose at least one service.");
		assertThat(missing.html().select("#error-summary a")).extracting(a -> a.attr("href") + " " + a.text())
			.containsExactly("#services1 Services needed: Choose at least one service.");
		assertThat(missing.html().getElementById("services1")).isNotNull();
		assertThat(missing.html().selectFirst("textarea[name=context]").text()).isEqualTo("canary-Editor is a known target");
		staff.post("/staff/requests/" + sent.id() + "/assessment", Map.of("services", "ACCOUNT_SECURITY", "languages",
				"es", "context", "canary-Editor is a known target", "riskLevel", "HIGH"));
		assertThat(jdbc.sql("select assessed_services || '/' || risk_level from help_request where id = :id")
			.param("id", sent.id()).query(String.class).single()).isEqualTo("ACCOUNT_SECURITY/HIGH");
		byte[] context = jdbc.sql("select assessment_context from help_request where id = :id").param("id", sent.id())
			.query(byte[].class).single();
		assertThat(new String(context, StandardCharsets.ISO_8859_1)).doesNotContain("canary-");
		assertThat(staff.get("/staff/requests/" + sent.id()).text()).contains("Recorded by");
	}

	@Test
	void nobodyButStaffReachesTheQueueAndOneStatusLinkOpensNoOther() {
		Sent mine = submit(visitor(), validForm());
		Sent theirs = submit(visitor(), validForm());
		String[] gets = { "/staff/requests", "/staff/requests/" + theirs.id() };
		String[] posts = { "/status", "/decline", "/messages", "/notes", "/assign", "/assessment", "/seen" };
		Map<String, WebSession> outsiders = new HashMap<>();
		outsiders.put("provider", signedIn(Role.PROVIDER));
		outsiders.put("organization member", signedIn(Role.ORG_MEMBER));
		outsiders.put("advisory member", signedIn(Role.ADVISORY));
		outsiders.put("administrator without the staff role", signedIn(Role.ADMIN));
		for (var outsider : outsiders.entrySet()) {
			WebSession web = outsider.getValue();
			for (String path : gets) {
				assertThat(web.get(path).status()).as(outsider.getKey() + " " + path).isEqualTo(403);
			}
			web.get("/dashboard");
			for (String post : posts) {
				assertThat(web.post("/staff/requests/" + theirs.id() + post, Map.of("to", "ASSESSING", "body", "x",
						"template", "HELPLINE")).status()).as(outsider.getKey() + " " + post).isEqualTo(403);
			}
		}
		WebSession anonymous = visitor();
		for (String path : gets) {
			assertThat(anonymous.get(path).redirect()).as(path).endsWith("/login");
		}
		anonymous.get("/request");
		assertThat(anonymous.post("/staff/requests/" + theirs.id() + "/status", Map.of("to", "ASSESSING")).redirect())
			.endsWith("/login");
		assertThat(count("help_request where id = '" + theirs.id() + "' and status = 'NEW'")).isOne();
		assertThat(count("help_request_message where request_id = '" + theirs.id() + "'")).isZero();

		// A requester whose code opened their own link cannot use it on another request's link.
		WebSession requester = visitor();
		open(requester, mine);
		assertThat(requester.get(theirs.path()).html().selectFirst("input[name=code]")).isNotNull();
		requester.post(theirs.path() + "/messages", Map.of("body", "canary-not mine"));
		requester.post(theirs.path() + "/withdraw", Map.of("confirm", "true"));
		assertThat(count("help_request_message where request_id = '" + theirs.id() + "'")).isZero();
		assertThat(count("help_request where id = '" + theirs.id() + "'")).isOne();
	}

	@Test
	void theJsonApiIsForStaffTokensWithTheScope() {
		Sent sent = submit(visitor(), validForm());
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/account/tokens");
		var created = staff.post("/account/tokens", Map.of("name", "triage script", "scopes", "requests:read", "days", "7"));
		String token = created.html().selectFirst("code.secret").text();
		var queue = api("/api/v1/requests?sort=NEWEST", token);
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains("\"reference\":\"" + reference(sent) + "\"", "\"counts\"")
			.doesNotContain("canary-");
		var detail = api("/api/v1/requests/" + sent.id(), token);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("canary-Our editor", "\"status\":\"NEW\"");
		assertThat(api("/api/v1/requests/" + UUID.randomUUID(), token).status()).isEqualTo(404);
		assertThat(api("/api/v1/requests", null).status()).isEqualTo(401);

		// A staff token without the scope, and tokens of other roles, are refused.
		staff.get("/account/tokens");
		var other = staff.post("/account/tokens", Map.of("name", "me only", "scopes", "account:read", "days", "7"));
		assertThat(api("/api/v1/requests", other.html().selectFirst("code.secret").text()).status()).isEqualTo(403);
		for (Role role : new Role[] { Role.PROVIDER, Role.ADMIN, Role.ORG_MEMBER }) {
			WebSession web = signedIn(role);
			web.get("/account/tokens");
			var refused = web.post("/account/tokens", Map.of("name", "x", "scopes", "requests:read", "days", "7"));
			assertThat(refused.text()).as(role.name()).contains("One of the scopes is not available to you.");
			var own = web.post("/account/tokens", Map.of("name", "y", "scopes", "account:read", "days", "7"));
			assertThat(api("/api/v1/requests/" + sent.id(), own.html().selectFirst("code.secret").text()).status())
				.as(role.name()).isEqualTo(403);
		}
	}

	private WebSession.Page api(String path, String token) {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base() + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return visitor().send(request.build());
	}

	private String reference(Sent sent) {
		return jdbc.sql("select reference from help_request where id = :id").param("id", sent.id())
			.query(String.class).single();
	}

	private static String awaitAnotherMail(String recipient, String previous) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline) {
			String latest = TestMail.awaitBody(recipient);
			if (!latest.equals(previous)) {
				return latest;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("no second mail to " + recipient);
	}

}
