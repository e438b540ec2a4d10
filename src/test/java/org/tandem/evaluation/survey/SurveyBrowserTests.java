package org.tandem.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.BrowserTestSupport;
import org.tandem.support.Browsers;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.TestMail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * In Chromium: staff build and publish a survey through the pages; an organization's member answers by the mailed
 * link on a 360 px phone in Arabic with JavaScript off (a refusal first, what was chosen kept), another with
 * JavaScript on; every page within the screen and free of serious axe-core findings.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SurveyTestSupport.OWN)
class SurveyBrowserTests extends BrowserTestSupport {

	@Autowired
	SurveyService surveys;

	@Autowired
	SurveySending sending;

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	Person staff;

	List<Person> members;

	UUID engagement;

	@BeforeEach
	void theParties() {
		UUID provider = new ProviderNetwork(this).activeProvider().id();
		staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("canary-Radio Norte " + UUID.randomUUID(),
				null, null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		members = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Person member = fixtures.create(false, Role.ORG_MEMBER);
			organizations.addMember(organization, member.username());
			members.add(member);
		}
		engagement = engagements.openByHand(organization, provider, staff.id()).id();
	}

	@Test
	void staffBuildAndPublishASurveyThroughThePages() {
		try (BrowserContext context = browsers.context(true)) {
			Page page = context.newPage();
			signIn(page, staff);
			page.navigate(base() + "/staff/surveys");
			page.locator("#new-survey").click();
			page.locator("#title").fill("After the workshop");
			page.locator("#create-survey").click();
			PlaywrightAssertions.assertThat(page.locator("#survey-status")).hasText("Draft");
			page.locator("#add-type").selectOption("SCALE");
			page.locator("#add-text").fill("How useful was the workshop?");
			page.locator("#add-question").click();
			PlaywrightAssertions.assertThat(page.locator("#question-1")).containsText("How useful was the workshop?");
			page.locator("#add-type").selectOption("SINGLE_CHOICE");
			page.locator("#add-text").fill("Which part?");
			page.locator("#add-options").fill("Passwords\nBackups");
			page.locator("#add-question").click();
			PlaywrightAssertions.assertThat(page.locator("#question-2")).containsText("Backups");
			Browsers.assertAccessible(page);
			assertNoSidewaysOverflow(page, "/staff/surveys/{id}");
			page.locator("#publish").click();
			PlaywrightAssertions.assertThat(page.locator("#survey-status")).hasText("Published");
			page.locator("#preview").click();
			PlaywrightAssertions.assertThat(page.locator("fieldset#q2 legend")).containsText("Which part?");
			Browsers.assertAccessible(page);
		}
	}

	@Test
	void membersAnswerOnAPhoneInArabicWithoutJavaScriptAndWithIt() {
		Survey draft = surveys.create(staff.id(), List.of("ar", "en"), "رأيكم في الورشة");
		surveys.texts(draft.id(), staff.id(), "ar", "رأيكم في الورشة", "أسئلة قصيرة", 0);
		surveys.addQuestion(draft.id(), staff.id(), "ar",
				new QuestionInput(QuestionType.SCALE, "ما مدى رضاكم؟", "", "", true, null), 1);
		surveys.addQuestion(draft.id(), staff.id(), "ar",
				new QuestionInput(QuestionType.RECOMMEND, "هل توصون بنا؟", "", "", true, null), 2);
		surveys.addQuestion(draft.id(), staff.id(), "ar",
				new QuestionInput(QuestionType.TEXT, "ملاحظات أخرى؟", "", "", false, null), 3);
		surveys.publish(draft.id(), staff.id(), 4);
		sending.toEngagementByHand(draft.id(), staff.id(), engagement, SurveySending.Audience.ORGANIZATION);

		try (BrowserContext context = browsers.context(false, "ar")) {
			Page page = context.newPage();
			page.navigate(link(members.get(0)));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
			PlaywrightAssertions.assertThat(page.locator("h1")).containsText("رأيكم في الورشة");
			page.locator("label[for=q3]").isVisible();
			page.locator("#q1-4").check();
			page.locator("#q3").fill("canary-ورشة مفيدة");
			page.locator("#send-answers").click();
			PlaywrightAssertions.assertThat(page.locator("#q2-error")).isVisible();
			assertThat(page.locator("#q1-4").isChecked()).isTrue();
			assertThat(page.locator("#q3").inputValue()).isEqualTo("canary-ورشة مفيدة");
			assertNoSidewaysOverflow(page, "/surveys/answer (refused)");
			Browsers.assertAccessible(page);
			page.locator("#q2-9").check();
			page.locator("#send-answers").click();
			PlaywrightAssertions.assertThat(page.locator("#thanks")).isVisible();
			assertNoSidewaysOverflow(page, "/surveys/answer (sent)");
			Browsers.assertAccessible(page);
		}
		try (BrowserContext context = browsers.context(true, "ar")) {
			Page page = context.newPage();
			page.navigate(link(members.get(1)));
			page.locator("#q1-5").check();
			page.locator("#q2-10").check();
			page.locator("#send-answers").click();
			PlaywrightAssertions.assertThat(page.locator("#thanks")).isVisible();
			Browsers.assertAccessible(page);
		}
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", draft.id())
			.query(Integer.class).single()).isEqualTo(2);
	}

	private String link(Person member) {
		String body = TestMail.awaitBody(member.username() + "@example.org", "/surveys/answer/");
		String path = body.substring(body.indexOf("/surveys/answer/")).split("\\s")[0];
		return base() + path;
	}

}
