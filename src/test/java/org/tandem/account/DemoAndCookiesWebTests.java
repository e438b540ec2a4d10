package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.support.WebSession;

/**
 * An instance served over HTTPS (as its public address says) started with demo data: cookies are Secure and carry
 * the __Host- prefix, and one demo account per role exists, marked as demo, with no set-up link printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tandem.public-url=https://help.example.org", "tandem.demo=true" })
class DemoAndCookiesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.tandem.account.domain.FirstRun firstRun;

	@Test
	void cookiesAreSecureWithTheHostPrefix() {
		var page = new WebSession(port).get("/login");
		List<String> cookies = page.response().headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("__Host-TANDEM_CSRF=")
			.contains("Secure").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
			.doesNotContain("Domain="));
		var language = new WebSession(port).get("/login?lang=pt");
		assertThat(language.response().headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("__Host-TANDEM_LANG=").contains("Secure").contains("HttpOnly"));
		assertThat(language.html().selectFirst("html").attr("lang")).isEqualTo("pt");
		assertThat(page.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void demoAccountsExistForEveryRoleAndAreMarked() {
		assertThat(jdbc.sql("select count(*) from account where demo = true").query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select distinct role from account_role r join account a on a.id = r.account_id where a.demo = true")
			.query(String.class).list())
			.containsExactlyInAnyOrder("ADMIN", "STAFF", "ADVISORY", "PROVIDER", "ORG_MEMBER", "PRACTITIONER");
		assertThat(firstRun.printedSetupLink()).isEmpty();
		// The triage queue has a few demo requests to try, sealed like real ones.
		assertThat(jdbc.sql("select count(*) from help_request").query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from help_request_link").query(Long.class).single()).isEqualTo(4);
		// two of them assessed, so matching has a queue to try
		assertThat(jdbc.sql("select assessed_services from help_request where status = 'ASSESSING' "
				+ "and assessed_at is not null order by assessed_services").query(String.class).list())
			.containsExactly("DEVICE_SECURITY", "TRAINING");
		// The directory has demo providers at each stage, two of them active, listed and linked to demo accounts.
		assertThat(jdbc.sql("select status from provider order by status").query(String.class).list())
			.containsExactly("ACTIVE", "ACTIVE", "APPLICANT", "UNDER_REVIEW", "VETTED");
		assertThat(jdbc.sql("select count(*) from provider p join account a on a.id = p.account_id "
				+ "where a.demo = true and p.listed = true").query(Long.class).single()).isEqualTo(2);
		assertThat(new WebSession(port).get("/providers").text()).contains("Demo Ana Souza")
			.contains("Demo Digital Shield Collective").doesNotContain("Demo Amira Haddad");
		var health = new WebSession(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build());
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
	}

}
