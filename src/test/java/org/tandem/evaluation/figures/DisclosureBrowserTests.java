package org.tandem.evaluation.figures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.Organizations;
import org.tandem.organization.SizeBand;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium, JavaScript on and off: an administrator sets k on /admin/evaluation and the worked example (a chart
 * drawn on the server) follows; the chart has its title, description and table; the page in Arabic on a 360 px
 * phone stays within the screen with the chart mirrored, and passes axe-core. An organization's member opts out of
 * being counted from its page, in Arabic.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DisclosureBrowserTests extends BrowserTestSupport {

	@Autowired
	DisclosureSettings settings;

	@Autowired
	Countable countable;

	@Autowired
	Organizations organizations;

	@AfterEach
	void backToTheDefault() {
		jdbc.sql("update evaluation_setting set minimum_group = 5 where id = 1").update();
		jdbc.sql("delete from evaluation_setting_change").update();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void anAdministratorSetsKAndTheExampleFollows(boolean javaScript) {
		try (BrowserContext context = browsers.context(javaScript)) {
			Page page = context.newPage();
			signIn(page, fixtures.create(true, Role.ADMIN));
			page.navigate(base() + "/admin/evaluation");
			assertChartIsDescribed(page);
			assertThat(page.locator("#disclosure-example tbody tr").nth(2)).containsText("fewer than 5");

			page.getByLabel("Minimum group size (k)").fill("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator(".field-error")).hasText("Enter a whole number from 3 to 100.");
			assertThat(page.getByLabel("Minimum group size (k)")).hasValue("2");

			page.getByLabel("Minimum group size (k)").fill("8");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("[role=status]")).containsText("Saved.");
			assertThat(page.locator("#disclosure-example tbody tr").nth(1)).containsText("fewer than 8");
			assertThat(page.locator("ul.changes li")).containsText("from 5 to 8");
			org.assertj.core.api.Assertions.assertThat(settings.disclosure().minimum()).isEqualTo(8);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}

			page.navigate(base() + "/admin/evaluation?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertChartIsDescribed(page);
			assertNoSidewaysOverflow(page, "/admin/evaluation");
			// Mirrored: the first answer's bars stand to the right of the last one's.
			List<Double> xs = page.locator("#disclosure-example svg rect[x]").all().stream()
				.map(rect -> Double.parseDouble(rect.getAttribute("x"))).toList();
			org.assertj.core.api.Assertions.assertThat(xs.getFirst()).isGreaterThan(xs.getLast());
			org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("??");
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void aMemberLeavesTheirOrganizationOutOfTheCountsInArabic(boolean javaScript) {
		UUID organization = organizations.enrol("Radio " + UUID.randomUUID(), OrganizationKind.NGO, SizeBand.UP_TO_5,
				"LB");
		AccountFixtures.Person member = fixtures.create(false, Role.ORG_MEMBER);
		organizations.addMember(organization, member.id());
		try (BrowserContext context = browsers.context(javaScript, "ar")) {
			Page page = context.newPage();
			page.navigate(base() + "/login?lang=ar");
			page.locator("input[name=username]").fill(member.username());
			page.locator("input[name=password]").fill(AccountFixtures.PASSWORD);
			page.locator("main form button[type=submit]").click();
			page.navigate(base() + "/organization/" + organization + "?lang=ar");
			Locator box = page.getByLabel("يمكنكم احتساب نتائجنا دون الكشف عن هويتنا");
			assertThat(box).isChecked();
			box.uncheck();
			page.locator("#save-counting").click();
			assertThat(page.locator("[role=status]")).containsText("تُستبعَد منظمتك");
			assertThat(page.getByLabel("يمكنكم احتساب نتائجنا دون الكشف عن هويتنا")).not().isChecked();
			org.assertj.core.api.Assertions.assertThat(countable.organization(organization)).isFalse();
			assertNoSidewaysOverflow(page, "/organization/" + organization);
			if (javaScript) {
				Browsers.assertAccessible(page);
			}
		}
	}

	private static void assertChartIsDescribed(Page page) {
		Locator svg = page.locator("#disclosure-example svg[role=img]");
		assertThat(svg).hasCount(1);
		String[] ids = svg.getAttribute("aria-labelledby").split(" ");
		assertThat(page.locator("#disclosure-example svg title#" + ids[0])).not().isEmpty();
		assertThat(page.locator("#disclosure-example svg desc#" + ids[1])).not().isEmpty();
		assertThat(svg).hasAccessibleName(page.locator("#" + ids[0]).textContent() + " "
				+ page.locator("#" + ids[1]).textContent());
		// The same figures as a table beside the picture: four answers and the total.
		assertThat(page.locator("#disclosure-example table caption")).hasText(page.locator("#" + ids[0]).textContent());
		assertThat(page.locator("#disclosure-example table tbody tr")).hasCount(5);
		assertThat(page.locator("#disclosure-example script")).hasCount(0);
	}

}
