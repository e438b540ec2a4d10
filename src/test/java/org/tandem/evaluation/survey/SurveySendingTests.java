package org.tandem.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.engagement.ClosingReason;
import org.tandem.engagement.domain.Closing;
import org.tandem.engagement.domain.Closings;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.TestMail;

/**
 * The shipped satisfaction surveys go out by themselves on H2 and PostgreSQL, with real events and mail (GreenMail):
 * when an engagement closes, to its organization's members and its provider; when a cohort closes, to its member
 * organizations' members and its providers. The mail carries a one-time link and nothing anybody wrote; the link
 * opens the survey signed out.
 */
@EnableScenarios
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SurveyTestSupport.OWN)
class SurveySendingTests extends SurveyTestSupport {

	@Autowired
	Closings closings;

	@Autowired
	CohortService cohorts;

	@Test
	void anEngagementThatClosesSendsTheSatisfactionSurveyToBothSides(Scenario scenario) {
		UUID shipped = jdbc.sql("select id from survey where shipped = 'satisfaction-engagement' and status = 'PUBLISHED'")
			.query(UUID.class).single();
		scenario.stimulate(() -> closings.close(engagement, staff.id(),
				new Closing.Terms(ClosingReason.PLAN_DONE, null, 0, 1), 0))
			.andWaitForStateChange(() -> invitations(shipped, engagement), n -> n == 6)
			.andVerify(n -> assertThat(n).isEqualTo(6));
		for (Person member : members) {
			assertThat(invitationsOf(member.id(), shipped)).hasSize(1);
		}
		assertThat(invitationsOf(providerAccount, shipped)).hasSize(1);
		assertThat(invitationsOf(otherMember.id(), shipped)).isEmpty();

		String body = TestMail.awaitBody(members.get(0).username() + "@example.org", "/surveys/answer/");
		assertThat(body).doesNotContain("canary");
		String link = body.substring(body.indexOf("/surveys/answer/")).split("\\s")[0];
		var page = visitor().get(link);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Satisfaction after an engagement");
		// the link is kept only as its digest
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(jdbc.sql("select count(*) from survey_invitation where token_digest = :t").param("t", token)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aCohortThatClosesSendsTheSatisfactionSurveyToItsOrganizationsAndProviders(Scenario scenario) {
		UUID shipped = jdbc.sql("select id from survey where shipped = 'satisfaction-cohort' and status = 'PUBLISHED'")
			.query(UUID.class).single();
		Cohort cohort = cohorts.create(new Cohort.Terms("Cohort " + UUID.randomUUID(), null, LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 8, 31), Set.of("en"), 10, 5), Set.of(staff.id()), staff.id());
		UUID id = cohort.id();
		cohorts.move(id, cohorts.get(id).version(), CohortStatus.RECRUITING, staff.id());
		cohorts.addOrganization(id, organization);
		cohorts.addOrganization(id, otherOrganization);
		cohorts.addProvider(id, provider);
		for (CohortStatus to : List.of(CohortStatus.RUNNING, CohortStatus.CLOSING)) {
			cohorts.move(id, cohorts.get(id).version(), to, staff.id());
		}
		assertThat(invitations(shipped, id)).isZero();
		scenario.stimulate(() -> cohorts.move(id, cohorts.get(id).version(), CohortStatus.CLOSED, staff.id()))
			.andWaitForStateChange(() -> invitations(shipped, id), n -> n == 7)
			.andVerify(n -> assertThat(n).isEqualTo(7));
		assertThat(invitationsOf(otherMember.id(), shipped)).hasSize(1);
		assertThat(invitationsOf(providerAccount, shipped)).hasSize(1);
		assertThat(jdbc.sql("select distinct target_kind from survey_invitation where target_id = :c").param("c", id)
			.query(String.class).list()).containsExactly("COHORT");
		TestMail.awaitBody(otherMember.username() + "@example.org", "/surveys/answer/");
	}

	private int invitations(UUID survey, UUID target) {
		return jdbc.sql("select count(*) from survey_invitation where survey_id = :s and target_id = :t")
			.param("s", survey).param("t", target).query(Integer.class).single();
	}

}
