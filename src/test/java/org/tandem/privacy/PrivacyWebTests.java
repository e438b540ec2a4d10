package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PrivacyWebTests extends WebTestSupport {

	@Autowired
	OrganizationService organizations;

	@Autowired
	PurgeService purges;

	@Test
	void aReceiptIsOpenToWhoeverHoldsItsCodeAndSaysNothingAboutWho() {
		var organization = organizations.create(PrivacyCoreTests.profile("Hidden Name"));
		PurgeReceipt receipt = purges.purge(organization.id(), org.tandem.privacy.PurgeReason.ORGANIZATION_REQUEST);
		WebSession.Page page = visitor().get("/privacy/receipts/" + receipt.code());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(receipt.code(), "Asked by the organization", "Organization profiles: 1")
			.doesNotContain("Hidden Name")
			.doesNotContain(organization.id().toString());
		assertThat(visitor().get("/privacy/receipts/P-22222-22222-22222-22222").status()).isEqualTo(404);
		assertThat(visitor().get("/privacy/receipts/whatever").status()).isEqualTo(404);
	}

	@Test
	void staffSeePurgesAndPeriodsOnlyAdministratorsChangeThem() {
		WebSession staff = signedIn(Role.STAFF);
		WebSession.Page overview = staff.get("/staff/privacy");
		assertThat(overview.status()).isEqualTo(200);
		assertThat(overview.text()).contains("Security audit log", "from 30 to 1,095 days (default 365)");
		assertThat(overview.html().select("form[action=/admin/privacy/retention]")).isEmpty();
		assertThat(staff.post("/admin/privacy/retention", Map.of("kind", "account.security-events", "days", "90"))
			.status()).isEqualTo(403);
		assertThat(staff.post("/admin/privacy/rotate-kek", Map.of()).status()).isEqualTo(403);

		for (Role role : new Role[] { Role.PROVIDER, Role.ORG_MEMBER, Role.ADVISORY }) {
			assertThat(signedIn(role).get("/staff/privacy").status()).as(role.name()).isEqualTo(403);
		}
		assertThat(visitor().get("/staff/privacy").redirect()).endsWith("/login");
		assertThat(retentionDays()).isEqualTo(365);
	}

	@Test
	void anAdministratorChangesAPeriodAndBadInputIsExplainedAndKept() {
		WebSession admin = signedIn(Role.ADMIN);
		admin.get("/staff/privacy");
		WebSession.Page notANumber = admin.post("/admin/privacy/retention",
				Map.of("kind", "account.security-events", "days", "a year"));
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.html().select(".field-error").text())
			.isEqualTo("Enter a whole number of days, from 30 to 1,095.");
		assertThat(notANumber.html().selectFirst("#days-account\\.security-events").val()).isEqualTo("a year");

		WebSession.Page tooShort = admin.post("/admin/privacy/retention",
				Map.of("kind", "account.security-events", "days", "7"));
		assertThat(tooShort.html().select(".field-error").text()).isEqualTo("Choose a number of days from 30 to 1,095.");
		assertThat(retentionDays()).isEqualTo(365);

		assertThat(admin.post("/admin/privacy/retention", Map.of("kind", "account.security-events", "days", "90"))
			.redirect()).isEqualTo("/staff/privacy?saved");
		assertThat(retentionDays()).isEqualTo(90);

		admin.get("/staff/privacy");
		WebSession.Page rotated = admin.post("/admin/privacy/rotate-kek", Map.of());
		assertThat(rotated.redirect()).startsWith("/staff/privacy?rotated=");
		assertThat(admin.get(rotated.redirect()).text()).contains("Rotation started");
		// the count is taken from the address only when it is a number
		WebSession.Page notACount = admin.get("/staff/privacy?rotated=abc");
		assertThat(notACount.status()).isEqualTo(200);
		assertThat(notACount.text()).doesNotContain("Rotation started");
		assertThat(admin.get("/staff/privacy?rotated=1").text()).contains("Rotation started: 1 data key was wrapped");
	}

	private long retentionDays() {
		return jdbc.sql("select coalesce(max(period_seconds), 365 * 86400) / 86400 from privacy_retention where kind = 'account.security-events'")
			.query(Long.class)
			.single();
	}

}
