package org.tandem.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, with JavaScript on and off: an administrator publishes a version of each agreement in the five
 * languages (a missing Arabic text is said, and the other texts stay as typed); a member of an organization signs
 * the three, the confidentiality agreement in Arabic, right to left, on a 360 px phone; staff see the three
 * signatures with their language, hash and text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortAgreementBrowserTests extends BrowserTestSupport {

	private static final Map<String, String> LABELS = Map.of("en", "Text in English", "es", "Text in Spanish", "fr",
			"Text in French", "pt", "Text in Portuguese", "ar", "Text in Arabic");

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	OrganizationService organizations;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void anAdministratorPublishesAMemberSignsTheThreeAndStaffSeeThem(boolean javaScript) {
		Person admin = fixtures.create(true, Role.ADMIN);
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = AgreementFixtures.organization(organizations, member.username());
		String run = UUID.randomUUID().toString().substring(0, 8);

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, admin);
			for (Kind kind : Kind.values()) {
				page.navigate(base() + "/admin/agreements");
				page.locator("#admin-" + kind.slug() + " a[href$='/new']").click();
				Map<String, String> texts = AgreementFixtures.texts(kind.slug() + "-" + run);
				for (Map.Entry<String, String> text : texts.entrySet()) {
					page.getByLabel(LABELS.get(text.getKey()), new Page.GetByLabelOptions().setExact(true))
						.fill(text.getValue());
				}
				if (kind == Kind.MOU) {
					page.getByLabel("Text in Arabic", new Page.GetByLabelOptions().setExact(true)).fill("");
					publish(page);
					assertThat(page.locator("#error-summary")).containsText("Text in Arabic");
					assertThat(page.getByLabel("Text in English", new Page.GetByLabelOptions().setExact(true)))
						.hasValue(texts.get("en"));
					if (javaScript) {
						Browsers.assertAccessible(page);
					}
					page.getByLabel("Text in Arabic", new Page.GetByLabelOptions().setExact(true))
						.fill(texts.get("ar"));
				}
				publish(page);
				assertThat(page.locator("#published")).containsText("Published.");
				assertThat(page.locator("#agreement-en h3")).hasText("en " + kind.slug() + "-" + run);
				assertThat(page.locator("#agreement-ar")).hasAttribute("dir", "rtl");
			}
			page.navigate(base() + "/admin/agreements");
			assertThat(page.locator("#admin-confidentiality")).containsText("Current: version");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, member);
			for (Kind kind : new Kind[] { Kind.MOU, Kind.COHORT_ADDENDUM }) {
				page.navigate(base() + "/agreements");
				page.locator("#standing-" + organization + "-" + kind.slug() + " a").click();
				assertThat(page.locator("#agreement-text h3")).hasText("en " + kind.slug() + "-" + run);
				if (kind == Kind.COHORT_ADDENDUM) {
					// read it in Portuguese first: the form then signs the Portuguese text
					page.locator("#read-in a[lang=pt]").click();
					assertThat(page.locator("#agreement-text h3")).hasText("pt " + kind.slug() + "-" + run);
				}
				sign(page, "I have read and sign");
				assertThat(page.locator("#signed")).containsText("Signed.");
				if (javaScript && kind == Kind.MOU) {
					Browsers.assertAccessible(page);
				}
			}

			// the confidentiality agreement in Arabic, on a phone
			page.setViewportSize(360, 800);
			page.navigate(base() + "/agreements/confidentiality?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("#agreement-text")).hasAttribute("lang", "ar");
			assertThat(page.locator("#agreement-text h3")).hasText("اتفاق confidentiality-" + run);
			assertNoSidewaysOverflow(page, "/agreements/confidentiality");
			sign(page, "قرأتُ وأوقّع");
			assertThat(page.locator("#signed")).isVisible();
			assertNoSidewaysOverflow(page, "/agreements/confidentiality signed");
			page.navigate(base() + "/agreements");
			assertNoSidewaysOverflow(page, "/agreements");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
			page.setViewportSize(1280, 800);
			page.navigate(base() + "/agreements?lang=en");
			assertThat(page.locator("main")).containsText("Every agreement is signed.");
		}

		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/staff/agreements");
			page.locator("a[href='/staff/agreements/organizations/" + organization + "']").first().click();
			Locator signatures = page.locator("section.signature");
			assertThat(signatures).hasCount(3);
			assertThat(page.locator("section.signature .signed-language")).containsText(
					new String[] { "Portuguese", "Arabic", "English" });
			String sha = jdbc.sql("""
					select text_sha256 from cohort_agreement_signature
					where organization_id = :o and kind = 'CONFIDENTIALITY'""")
				.param("o", organization).query(String.class).single();
			assertThat(page.locator("section.signature .signed-sha").nth(1)).hasText(sha);
			page.locator("section.signature").nth(1).locator("summary").click();
			assertThat(page.locator("section.signature").nth(1).locator("article")).hasAttribute("dir", "rtl");
			assertThat(page.locator("section.signature").nth(1).locator("article h3"))
				.hasText("اتفاق confidentiality-" + run);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
	}

	private static void publish(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish this version")).click();
	}

	private static void sign(Page page, String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}


}
