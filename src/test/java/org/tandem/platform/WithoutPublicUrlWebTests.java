package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
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
 * An instance started without TANDEM_PUBLIC_URL (on a random port, as the first start can be on any port): links
 * shown on a page follow the address the person used, the set-up link names the port in use, mail says
 * {@code http://localhost:<port>} however the request arrived, and Tandem says so at start-up and to staff and
 * administrators. The hub name gives this class a context of its own, so its start-up is captured here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.hub-name=Hub Without Address")
@ExtendWith(OutputCaptureExtension.class)
class WithoutPublicUrlWebTests extends WebTestSupport {

	@Autowired
	FirstRun firstRun;

	@Test
	void theStartWarnsThatMailLinksCannotBeRight(CapturedOutput output) {
		assertThat(output.getAll()).contains("WARN")
			.contains("TANDEM_PUBLIC_URL is not set: links in mail cannot point to the address people use and point to "
					+ "http://localhost:" + port + " instead");
	}

	@Test
	void theSetUpLinkNamesThePortInUse() {
		String link = firstRun.printedSetupLink().orElseThrow();
		assertThat(link).startsWith("http://localhost:" + port + "/setup/");
		WebSession.Page setup = visitor().send(HttpRequest.newBuilder(URI.create(link)).GET().build());
		assertThat(setup.status()).isEqualTo(200);
		assertThat(setup.html().selectFirst("#username")).isNotNull();
	}

	@Test
	void theStatusLinkShownFollowsTheAddressTheRequesterUsed() {
		WebSession requester = visitor().from(LogLeakWatcher.freshRequesterAddress());
		WebSession.Page sent = RequestFixtures.send(requester, Map.of(), Map.of());
		String link = sent.html().selectFirst("#status-link").attr("href");
		assertThat(link).startsWith("http://localhost:" + port + "/request/status/")
			.isEqualTo(sent.html().selectFirst("#status-link").text());
		assertThat(sent.html().select("main a.button").attr("href")).isEqualTo(link);
		WebSession.Page opened = requester.send(HttpRequest.newBuilder(URI.create(link)).GET().build());
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.html().selectFirst("input[name=code]")).isNotNull();

		// Behind a proxy (forwarded headers trusted, as TANDEM_FORWARD_HEADERS=native does), the proxy's address.
		WebSession.Page proxied = RequestFixtures.send(visitor().from(LogLeakWatcher.freshRequesterAddress()),
				Map.of(), Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "help.example.net"));
		assertThat(proxied.html().selectFirst("#status-link").attr("href"))
			.startsWith("https://help.example.net/request/status/");
	}

	@Test
	void mailNeverTakesItsAddressFromTheRequest() {
		String email = "requester-" + UUID.randomUUID() + "@example.org";
		WebSession.Page sent = RequestFixtures.send(visitor().from(LogLeakWatcher.freshRequesterAddress()),
				Map.of("contactMethod", "EMAIL", "email", email, "emailLink", "true"),
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "attacker.example"));
		String shown = sent.html().selectFirst("#status-link").attr("href");
		String path = shown.substring(shown.indexOf("/request/status/"));
		String mail = TestMail.awaitBody(email);
		assertThat(mail).contains("http://localhost:" + port + path).doesNotContain("attacker.example");
	}

	@Test
	void staffAndAdministratorsAreToldOnTheirPagesOthersAreNot() {
		WebSession staff = signedIn(Role.STAFF);
		for (String page : new String[] { "/dashboard", "/staff/mail", "/staff/handoffs", "/invitations" }) {
			var notice = staff.get(page).html().selectFirst("#no-public-url");
			assertThat(notice).as(page).isNotNull();
			assertThat(notice.text()).as(page).contains("TANDEM_PUBLIC_URL is not set")
				.contains("http://localhost:" + port);
			assertThat(notice.selectFirst("code").attr("dir")).isEqualTo("ltr");
		}
		assertThat(staff.get("/dashboard?lang=es").html().selectFirst("#no-public-url").text())
			.contains("TANDEM_PUBLIC_URL no está configurada");
		WebSession admin = signedIn(Role.ADMIN);
		for (String page : new String[] { "/dashboard", "/admin/users", "/invitations" }) {
			assertThat(admin.get(page).html().selectFirst("#no-public-url")).as(page).isNotNull();
		}
		WebSession provider = signedIn(Role.PROVIDER);
		assertThat(provider.get("/dashboard").html().selectFirst("#no-public-url")).isNull();
		assertThat(visitor().get("/").html().selectFirst("#no-public-url")).isNull();
	}

	@Test
	void theInvitationLinkShownFollowsTheAddressTheStaffMemberUsed() {
		WebSession staff = signedIn(Role.STAFF);
		staff.get("/invitations");
		var created = staff.post("/invitations", Map.of("roles", "PROVIDER", "email", ""));
		assertThat(created.html().selectFirst("[data-invitation-link]").text())
			.startsWith("http://localhost:" + port + "/invitation/");
	}

}
