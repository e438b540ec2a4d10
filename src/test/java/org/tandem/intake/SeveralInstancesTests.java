package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.MailOutbox;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.SecondInstance;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * Two instances on one PostgreSQL database and one data folder, as behind a proxy without sticky sessions: this
 * test's Tandem and a second process. A requester's submissions are limited across both, the same form page sent to
 * both is one request, a status page opened on one is open on the other with the same cookie, and each queued mail
 * leaves once although both run the mail job.
 * PostgreSQL only: the embedded database serves one instance, whose limits are counted in memory.
 */
@EnabledIfSystemProperty(named = "tandem.test.database", matches = "postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tandem.intake.submissions-per-hour=" + SeveralInstancesTests.LIMIT })
class SeveralInstancesTests extends IntakeTestSupport {

	static final int LIMIT = 4;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Autowired
	MailOutbox outbox;

	private SecondInstance other;

	@BeforeAll
	void startTheOtherInstance() throws Exception {
		other = SecondInstance.start(url, dataDir, "--tandem.intake.submissions-per-hour=" + LIMIT,
				"--server.forward-headers-strategy=native", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestMail.port(), "--tandem.mail.poll-interval=300ms",
				"--tandem.mail.initial-delay=300ms");
	}

	@AfterAll
	void stopIt() throws InterruptedException {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void theSubmissionLimitHoldsAcrossBothInstances() {
		WebSession here = visitor();
		WebSession there = here.at(other.port());
		for (int i = 0; i < LIMIT; i++) {
			submit(i % 2 == 0 ? here : there, validForm());
		}
		for (WebSession instance : List.of(here, there)) {
			WebSession.Page form = instance.get("/request");
			Map<String, String> fields = new java.util.LinkedHashMap<>(validForm());
			fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
			assertThat(instance.post("/request", fields).status()).as("the limit, reached over both").isEqualTo(429);
		}
		// another address still has its own count
		submit(there.at(other.port()).from(LogLeakWatcher.freshRequesterAddress()), validForm());
	}

	@Test
	void theSamePageSentToEachInstanceIsOneRequest() {
		WebSession here = visitor();
		WebSession there = here.at(other.port());
		long before = count("help_request");
		Map<String, String> page = pageOf(here);
		WebSession.Page first = here.post("/request", page);
		assertThat(first.status()).as(first.text()).isEqualTo(200);
		assertThat(first.html().selectFirst("#status-code")).isNotNull();
		WebSession.Page second = there.post("/request", page);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.html().selectFirst("h1").text()).isEqualTo("This request was already sent");
		assertThat(count("help_request")).isEqualTo(before + 1);
		// and the other way round
		Map<String, String> another = pageOf(there);
		assertThat(there.post("/request", another).html().selectFirst("#status-code")).isNotNull();
		assertThat(here.post("/request", another).html().selectFirst("h1").text())
			.isEqualTo("This request was already sent");
		assertThat(count("help_request")).isEqualTo(before + 2);
	}

	@Test
	void aDoubleClickSplitByTheProxyIsOneRequest() throws Exception {
		WebSession here = visitor();
		WebSession there = here.at(other.port());
		long before = count("help_request");
		Map<String, String> page = pageOf(here);
		// both posts at once: whichever records the nonce first stores the request, the other waits and finds it
		try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			var one = executor.submit(() -> here.post("/request", page));
			var two = executor.submit(() -> there.post("/request", page));
			List<WebSession.Page> answers = List.of(one.get(), two.get());
			assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
			assertThat(answers.stream().filter(answer -> answer.html().selectFirst("#status-code") != null)).hasSize(1);
			assertThat(answers.stream().map(answer -> answer.html().selectFirst("h1").text()))
				.contains("This request was already sent");
		}
		assertThat(count("help_request")).isEqualTo(before + 1);
	}

	/** A form page's fields, filled in, with its nonce and CSRF token: what the browser posts each time. */
	private static Map<String, String> pageOf(WebSession requester) {
		WebSession.Page form = requester.get("/request");
		Map<String, String> fields = new java.util.LinkedHashMap<>(validForm());
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		fields.put("_csrf", form.html().selectFirst("input[name=_csrf]").val());
		return fields;
	}

	@Test
	void aStatusPageOpenedOnOneInstanceIsOpenOnTheOther() {
		WebSession requester = visitor();
		Sent sent = submit(requester, validForm());
		WebSession.Page here = open(requester, sent);
		assertThat(here.html().selectFirst("input[name=code]")).isNull();

		WebSession.Page there = requester.at(other.port()).get(sent.path());
		assertThat(there.status()).isEqualTo(200);
		assertThat(there.html().selectFirst("input[name=code]")).as("no code asked on the other instance").isNull();
		assertThat(there.html().selectFirst("#messages")).isNotNull();

		// a forged or stale cookie is refused on both
		WebSession stranger = visitor();
		stranger.setCookie("TANDEM_STATUS", "1." + (System.currentTimeMillis() / 1000 + 600) + ".forged");
		assertThat(stranger.get(sent.path()).html().selectFirst("input[name=code]")).isNotNull();
		assertThat(stranger.at(other.port()).get(sent.path()).html().selectFirst("input[name=code]")).isNotNull();
	}

	@Test
	void eachQueuedMailLeavesOnceThoughBothInstancesRunTheMailJob() throws InterruptedException {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String recipient = "twice-" + UUID.randomUUID() + "@example.org";
			recipients.add(recipient);
			outbox.enqueue(recipient, "Notice " + i, "Body " + i, UUID.randomUUID());
		}
		for (String recipient : recipients) {
			TestMail.awaitBody(recipient);
		}
		// both instances poll every 300 ms: a few more rounds, and still one mail each
		Thread.sleep(3000);
		for (String recipient : recipients) {
			assertThat(TestMail.count(recipient, "Body")).as(recipient).isEqualTo(1);
		}
		assertThat(other.isAlive()).as(other::tail).isTrue();
	}

}
