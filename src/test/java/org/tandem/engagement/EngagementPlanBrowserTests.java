package org.tandem.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The plan in Chromium, with JavaScript on and off, the organization's member and the provider each in a browser of
 * their own: the member states what the organization has, both add items, the plan does not fit the budget and says
 * so, the member adjusts it and approves it, the provider marks its item done and the member its own; in Arabic on a
 * 360 px phone nothing sticks out sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementPlanBrowserTests extends BrowserTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@ParameterizedTest(name = "JavaScript {0}")
	@ValueSource(booleans = { true, false })
	void overBudgetAdjustedApprovedAndDoneByBothSides(boolean javaScript) {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(true, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		Person consultant = fixtures.create(true, Role.PROVIDER);
		UUID organization = organizations.create(new Organization.Profile("Radio Plan " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "BO")).id();
		organizations.addMember(organization, member.username());
		// a colleague, who reads the plan in Arabic on a phone
		Person colleague = fixtures.create(true, Role.ORG_MEMBER);
		organizations.addMember(organization, colleague.username());
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		// one of the provider's people, as a firm adds them
		jdbc.sql("""
				insert into engagement_participant (engagement_id, account_id, side, added_at)
				values (:e, :a, 'PROVIDER', current_timestamp)""")
			.param("e", engagement)
			.param("a", consultant.id())
			.update();
		String plan = base() + "/engagements/" + engagement + "/plan";
		LocalDate today = LocalDate.now(ZoneOffset.UTC);

		try (BrowserContext memberContext = browsers.context(javaScript);
				BrowserContext providerContext = browsers.context(javaScript)) {
			Page org = memberContext.newPage();
			signIn(org, member);
			org.navigate(base() + "/engagements/" + engagement);
			org.locator("nav.engagement-parts").getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName("The plan")).click();
			assertThat(org.locator("main")).containsText("The organization has not said yet what it has");
			org.getByLabel("Staff hours a month").fill("10");
			org.getByLabel("Budget", new Page.GetByLabelOptions().setExact(true)).fill("1000");
			org.getByLabel("Currency").selectOption("USD");
			org.getByLabel("Deadline", new Page.GetByLabelOptions().setExact(true))
				.fill(today.plusDays(60).toString());
			org.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save what we have")).click();
			assertThat(org.locator("main")).containsText("What the organization has was saved.");
			addItem(org, "Train the newsroom", "ORGANIZATION", today.plusDays(45), "30", "400");
			// a missing title is said, what was typed kept
			addItem(org, " ", "ORGANIZATION", today.plusDays(45), "3", "12.50");
			assertThat(org.locator("main")).containsText("Say what is to be done.");
			assertThat(org.locator("#items input[name=cost]")).hasValue("12.50");

			Page prov = providerContext.newPage();
			signIn(prov, consultant);
			prov.navigate(plan);
			addItem(prov, "Audit the accounts", "PROVIDER", today.plusDays(30), "8", "800");
			assertThat(prov.locator("#approval form")).hasCount(0);

			org.navigate(plan);
			assertThat(org.locator("#summary")).containsText("Does not fit: the plan costs");
			assertThat(org.locator("#summary")).containsText("10 hours short");
			org.locator("#items tr", new Page.LocatorOptions().setHasText("Train the newsroom"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Change the item"))
				.click();
			org.getByLabel("Hours", new Page.GetByLabelOptions().setExact(true)).fill("15");
			org.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill("100");
			org.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the item")).click();
			assertThat(org.locator("main")).containsText("The item was changed.");
			assertThat(org.locator("#summary")).not().containsText("Does not fit");
			org.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve this plan")).click();
			assertThat(org.locator("main")).containsText("The organization approved this plan.");
			assertThat(org.locator("#summary")).containsText("approved as it is");
			if (javaScript) {
				Browsers.assertAccessible(org);
			}

			prov.navigate(plan);
			mark(prov, "Audit the accounts", "DONE");
			mark(org, "Train the newsroom", "DONE");
			org.navigate(plan);
			assertThat(org.locator("#items tbody td:nth-child(6)")).hasText(new String[] { "Done", "Done" });
			assertThat(org.locator("#approval")).containsText("Changed since approval");
			assertThat(org.locator("#summary")).containsText("approved as it is");
		}

		// in Arabic, on a 360 px phone, nothing sticks out sideways
		try (BrowserContext arabic = browsers.context(javaScript)) {
			Page page = arabic.newPage();
			signIn(page, colleague);
			page.navigate(plan + "?lang=ar");
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("h1")).containsText("الخطة");
			Number overflow = (Number) page.evaluate(
					"document.documentElement.scrollWidth - document.documentElement.clientWidth");
			Object wider = page.evaluate("""
					() => [...document.querySelectorAll('main *')]
					  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
					    || e.getBoundingClientRect().left < -1)
					  .filter(e => !e.closest('.table-wrap'))
					  .map(e => e.tagName + '.' + e.className + '#' + e.id)
					  .slice(0, 5)""");
			org.assertj.core.api.Assertions.assertThat(overflow.intValue()).as("wider than the phone: " + wider)
				.isLessThanOrEqualTo(1);
		}
	}

	private static void addItem(Page page, String title, String owner, LocalDate due, String hours, String cost) {
		Locator form = page.locator("#items form.stack");
		form.getByLabel("What is to be done").fill(title);
		form.getByLabel("Who does it").selectOption(owner);
		form.getByLabel("Due", new Locator.GetByLabelOptions().setExact(true)).fill(due.toString());
		form.getByLabel("Hours", new Locator.GetByLabelOptions().setExact(true)).fill(hours);
		form.getByLabel("Cost", new Locator.GetByLabelOptions().setExact(true)).fill(cost);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add an item")).click();
		if (!title.isBlank()) {
			assertThat(page.locator("main")).containsText("The item was added.");
		}
	}

	private static void mark(Page page, String title, String status) {
		Locator row = page.locator("#items tr", new Page.LocatorOptions().setHasText(title));
		row.getByLabel("Status of " + title).selectOption(status);
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save status")).click();
		assertThat(page.locator("main")).containsText("The item’s status was saved.");
		assertThat(page.locator("#items tr", new Page.LocatorOptions().setHasText(title)).locator("td:nth-child(6)"))
			.hasText("Done");
	}

}
