package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tandem.account.domain.FirstRun;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.RequestFixtures;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * An instance with TANDEM_PUBLIC_URL set (with a trailing slash, as people write it): every absolute link uses it,
 * on pages, in mail and on the console, whatever address a request came to; nobody is warned.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.public-url=http://tandem.example.net/")
@ExtendWith(OutputCaptureExtension.class)
class WithPublicUrlWebTests extends WebTestSupport {

	private static final String PUBLIC = "http://tandem.example.net";

	@Autowired
	FirstRun firstRun;

	@Test
	void theStartDoesNotWarn(CapturedOutput output) {
		assertThat(output.getAll()).contains("No account exists yet").doesNotContain("TANDEM_PUBLIC_URL");
		assertThat(firstRun.printedSetupLink().orElseThrow()).startsWith(PUBLIC + "/setup/");
	}

	@Test
	void theStatusLinkShownAndMailedUsesThePublicAddress() {
		String email = "requester-" + UUID.randomUUID() + "@example.org";
		WebSession.Page sent = RequestFixtures.send(visitor().from(LogLeakWatcher.freshRequesterAddress()),
				Map.of("contactMethod", "EMAIL", "email", email, "emailLink", "true"),
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "elsewhere.example"));
		String link = sent.html().selectFirst("#status-link").attr("href");
		assertThat(link).startsWith(PUBLIC + "/request/status/");
		assertThat(TestMail.awaitBody(email)).contains(link).doesNotContain("localhost").doesNotContain("elsewhere");
	}

	@Test
	void staffAndAdministratorsSeeNoNoticeAndInvitationsUseThePublicAddress() {
		WebSession staff = signedIn(Role.STAFF);
		for (String page : new String[] { "/dashboard", "/staff/mail", "/staff/handoffs", "/invitations" }) {
			WebSession.Page shown = staff.get(page);
			assertThat(shown.status()).as(page).isEqualTo(200);
			assertThat(shown.html().selectFirst("#no-public-url")).as(page).isNull();
		}
		WebSession admin = signedIn(Role.ADMIN);
		for (String page : new String[] { "/dashboard", "/admin/users" }) {
			WebSession.Page shown = admin.get(page);
			assertThat(shown.status()).as(page).isEqualTo(200);
			assertThat(shown.html().selectFirst("#no-public-url")).as(page).isNull();
		}
		admin.get("/invitations");
		var created = admin.post("/invitations", Map.of("roles", "PROVIDER", "email", ""));
		assertThat(created.html().selectFirst("[data-invitation-link]").text()).startsWith(PUBLIC + "/invitation/");
	}

}
