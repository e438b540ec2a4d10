package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.EvaluationReminders;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.support.TestMail;

/**
 * Reminders through real SMTP (GreenMail): a plan's mid-term due today reaches the organization's member, the
 * provider and the engagement's staff participant once, in five languages, naming no organization; a round already scored is not reminded; a light plan's
 * next round is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationReminderTests extends EvaluationTestSupport {

	@Autowired
	EvaluationReminders reminders;

	@Test
	void aDueRoundIsRemindedOnceToThePlansParticipants() {
		LocalDate today = LocalDate.now();
		EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(),
				new EvaluationPlan.Dates(PlanMode.FULL, today, today.plusMonths(3), null));
		reminders.run();
		String body = text(member.username() + "@example.org");
		assertThat(body).contains("/evaluations/" + plan.id());
		assertThat(body).contains("mid-term scoring").contains("puntuación intermedia").contains("mi-parcours")
			.contains("intermediária").contains("منتصف المدة").contains(today.toString());
		assertThat(body).doesNotContain("canary").doesNotContain("Radio Norte");
		assertThat(text(this.provider.email())).contains("mid-term scoring").contains("/evaluations/" + plan.id());
		// the engagement's staff participant too; staff not in it are not mailed
		assertThat(text(staff.username() + "@example.org")).contains("/evaluations/" + plan.id());
		assertThat(TestMail.count(otherStaff.username() + "@example.org", "/evaluations/" + plan.id())).isZero();
		// once per due date, however often the job runs
		assertThat(reminders.run()).isZero();
		assertThat(reminderRows(plan)).isEqualTo(1);
	}

	@Test
	void aScoredRoundIsNotRemindedAndALightRoundIs() {
		LocalDate today = LocalDate.now();
		EvaluationPlan full = plans.makeForEngagement(engagement, member.id(),
				new EvaluationPlan.Dates(PlanMode.FULL, null, today, null));
		PlanOutcome outcome = plans.addFromFramework(full.id(), member.id(), "1.1", null);
		plans.record(full.id(), member.id(), EvaluationPlans.BASELINE,
				List.of(new EvaluationPlans.Entry(outcome.id(), 2, "canary-why")));
		plans.record(full.id(), member.id(), EvaluationPlans.FINAL,
				List.of(new EvaluationPlans.Entry(outcome.id(), 4, "canary-why now")));
		EvaluationPlan light = plans.makeForCohort(cohort, organization, coordinator.id(),
				new EvaluationPlan.Dates(PlanMode.LIGHT, null, null, today.minusDays(2)));
		reminders.run();
		assertThat(reminderRows(full)).isZero();
		assertThat(reminderRows(light)).isEqualTo(1);
		assertThat(text(member.username() + "@example.org")).contains("next round of lights")
			.contains("/evaluations/" + light.id());
		// a cohort organization's plan: the cohort's coordinators are reminded too
		assertThat(text(coordinator.username() + "@example.org")).contains("next round of lights")
			.contains("/evaluations/" + light.id());
	}

	/** The text of the last reminder to the address, decoded. */
	private static String text(String address) {
		try {
			jakarta.mail.internet.MimeMessage message = TestMail.awaitMessage(address, "evaluation round is due");
			Object content = message.getContent();
			if (content instanceof jakarta.mail.Multipart multipart) {
				content = multipart.getBodyPart(0).getContent();
			}
			return String.valueOf(content);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private long reminderRows(EvaluationPlan plan) {
		return jdbc.sql("select count(*) from evaluation_reminder where plan_id = :p").param("p", plan.id())
			.query(Long.class).single();
	}

}
