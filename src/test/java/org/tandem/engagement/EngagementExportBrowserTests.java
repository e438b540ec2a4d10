package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Risk;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * In Chromium with JavaScript off, in Arabic on a 360 px phone: the organization's member finds the download links in
 * the workspace's parts (nothing sticks out sideways) and downloads the PDF, which reads back in Arabic with what was
 * typed, and the JSON file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementExportBrowserTests extends BrowserTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Test
	void theMemberDownloadsThePdfFromTheWorkspaceWithoutJavaScript() throws Exception {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("Radio Norte " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
		engagements.addRisk(engagement.id(), member.id(),
				new Risk.Line("أرشيف التحقيقات", "Phishing by a hired group", null, Level.HIGH, Level.HIGH));
		engagements.agree(engagement.id(), member.id(), Map.of(Agreement.RHYTHM, "Every other Tuesday, on Signal"),
				engagement.version());

		try (BrowserContext context = browsers.context(false)) {
			Page page = context.newPage();
			signIn(page, member);
			page.navigate(base() + "/engagements/" + engagement.id() + "?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("nav.engagement-parts")).containsText("تنزيل المرافقة");
			// on a 360 px phone nothing sticks out sideways
			Number overflow = (Number) page.evaluate(
					"document.documentElement.scrollWidth - document.documentElement.clientWidth");
			org.assertj.core.api.Assertions.assertThat(overflow.intValue()).isLessThanOrEqualTo(1);

			Download pdf = page.waitForDownload(() -> page.locator("a#export-pdf").click());
			byte[] bytes = Files.readAllBytes(pdf.path());
			Files.deleteIfExists(pdf.path());
			String text = EngagementExportTests.text(bytes);
			org.assertj.core.api.Assertions.assertThat(EngagementExportTests.plain(text))
				.contains(EngagementExportTests.plain("سجل المخاطر"), EngagementExportTests.plain("أرشيف التحقيقات"));
			org.assertj.core.api.Assertions.assertThat(text).contains("Every other Tuesday, on Signal");

			Download json = page.waitForDownload(() -> page.locator("a#export-json").click());
			String file = Files.readString(json.path());
			Files.deleteIfExists(json.path());
			org.assertj.core.api.Assertions.assertThat(file).contains("\"format\" : \"tandem-engagement/1\"",
					"أرشيف التحقيقات");
		}
	}

}
