package org.tandem.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.PurgeReason;
import org.tandem.privacy.PurgeService;
import org.tandem.support.AccountFixtures.Person;

/**
 * Answers and their counts on H2 and PostgreSQL: answers are sealed per organization (or provider) and name nobody;
 * the tally counts only consenting respondents, never free text; results come from the tally through disclosure
 * control (four respondents: nothing shown; five: shown, rounded; a cell under five hidden); the program figures' door;
 * an organization's purge removes its answers and invitations and leaves the tally.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SurveyTestSupport.OWN)
class SurveyResultsTests extends SurveyTestSupport {

	@Autowired
	PurgeService purges;

	@Autowired
	SatisfactionCounts satisfaction;

	@Test
	void fourRespondentsShowNothingFiveShowRoundedCountsAndARespondentWhoDoesNotConsentAddsNothing() {
		Survey survey = publishedSurvey();
		assertThat(sending.toEngagementByHand(survey.id(), staff.id(), engagement, SurveySending.Audience.BOTH))
			.isEqualTo(6);
		// nobody is invited twice
		assertThat(sending.toEngagementByHand(survey.id(), staff.id(), engagement, SurveySending.Audience.BOTH))
			.isZero();

		// four consenting members: all recommend 10, satisfaction 5; the cells stay hidden
		for (int i = 0; i < 4; i++) {
			answer(members.get(i), survey, answersOf("q1", "4", "q2", "5", "q3", "10", "q4", "1", "q5", "2", "q6",
					"canary-we liked the trainer"), true);
		}
		// the provider answers without consenting: counts nothing
		UUID providerInvitation = invitationsOf(providerAccount, survey.id()).get(0);
		answers.answer(answers.own(providerInvitation, providerAccount),
				answersOf("q1", "1", "q2", "1", "q3", "0", "q5", "1"), false);
		SurveyResults.Results four = results.of(survey, null, "en");
		assertThat(four.shown()).isFalse();
		assertThat(four.questions()).isEmpty();
		assertThat(respondentsInTally(survey)).isEqualTo(4);

		// the fifth consenting member: shown
		answer(members.get(4), survey, answersOf("q1", "5", "q2", "4", "q3", "3", "q5", "2"), true);
		SurveyResults.Results five = results.of(survey, null, "en");
		assertThat(five.shown()).isTrue();
		assertThat(five.respondents()).isEqualTo(5);
		SurveyResults.QuestionResult satisfactionResult = five.questions().get(1);
		assertThat(count(satisfactionResult, "5")).isNull(); // four said 5: fewer than k
		assertThat(count(satisfactionResult, "4")).isNull();
		SurveyResults.QuestionResult knowledge = five.questions().get(4);
		assertThat(count(knowledge, "RIGHT")).isEqualTo(5); // all five chose the right option (2)
		assertThat(count(knowledge, "WRONG")).isNull();
		// promoters 4, detractors 1 (the 3), of 5: (4 - 1) / 5 = 60 points; the provider's 0 is not counted
		assertThat(five.questions().get(2).promotersMinusDetractors()).isEqualTo(60);
		assertThat(five.questions().get(5).rows()).isEmpty();
		assertThat(five.questions().get(3).rows()).extracting(SurveyResults.Row::label)
			.contains("Passwords", "Backups", "Phishing");
		assertThat(results.of(survey, TargetKind.COHORT, "en").shown()).isFalse();

		// the tally holds no text, no organization, no person
		assertThat(jdbc.sql("select count(*) from survey_tally where survey_id = :s and question_no = 6")
			.param("s", survey.id()).query(Integer.class).single()).isZero();
		// the door for program figures: five satisfaction answers (the provider's not counted)
		LocalDate quarter = SurveyTally.quarterStart(LocalDate.now(ZoneOffset.UTC));
		int satisfactionCounted = satisfaction.since(quarter).stream()
			.filter(c -> c.measure() == SatisfactionCounts.Measure.SATISFACTION && c.targetKind() == TargetKind.ENGAGEMENT)
			.mapToInt(SatisfactionCounts.Count::respondents).sum();
		assertThat(satisfactionCounted).isGreaterThanOrEqualTo(5);

		// answers are sealed, under the organization's or the provider's keys, and name nobody
		List<byte[]> sealed = jdbc.sql("select answers from survey_response where survey_id = :s")
			.param("s", survey.id()).query(byte[].class).list();
		assertThat(sealed).hasSize(6);
		assertThat(sealed).allSatisfy(
				blob -> assertThat(new String(blob, StandardCharsets.ISO_8859_1)).doesNotContain("canary").doesNotContain("q1"));
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s and provider_id = :p")
			.param("s", survey.id()).param("p", provider).query(Integer.class).single()).isOne();

		// answers are final: a second send is refused, and nothing more is counted
		UUID first = invitationsOf(members.get(0).id(), survey.id()).get(0);
		assertThatThrownBy(() -> answers.answer(answers.own(first, members.get(0).id()), answersOf("q1", "1", "q2",
				"1", "q3", "1"), true))
			.isInstanceOfSatisfying(AnswerErrors.class, e -> assertThat(e.errors()).containsKey("form"));
		assertThat(respondentsInTally(survey)).isEqualTo(5);

		// the organization's purge removes its answers and invitations; the provider's and the tally stay
		purges.purge(organization, PurgeReason.STAFF);
		assertThat(jdbc.sql("select count(*) from survey_response where organization_id = :o").param("o", organization)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from survey_invitation where organization_id = :o")
			.param("o", organization).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", survey.id())
			.query(Integer.class).single()).isOne();
		assertThat(respondentsInTally(survey)).isEqualTo(5);
		assertThat(results.of(survey, null, "en").shown()).isTrue();
	}

	@Test
	void answersAreCheckedAllAtOnceAndOnlyTheInvitedPersonFindsTheirInvitation() {
		Survey survey = publishedSurvey();
		sending.toEngagementByHand(survey.id(), staff.id(), engagement, SurveySending.Audience.ORGANIZATION);
		assertThat(invitationsOf(providerAccount, survey.id())).isEmpty();
		UUID invitation = invitationsOf(members.get(0).id(), survey.id()).get(0);
		for (UUID outsider : List.of(members.get(1).id(), otherMember.id(), providerAccount, staff.id(), advisory.id())) {
			assertThatThrownBy(() -> answers.own(invitation, outsider)).isInstanceOf(NotFoundException.class);
		}
		var open = answers.own(invitation, members.get(0).id());
		assertThatThrownBy(() -> answers.answer(open, answersOf("q1", "6", "q3", "eleven", "q4", "4", "q6",
				"x".repeat(SurveyAnswers.MAX_ANSWER + 1)), true))
			.isInstanceOfSatisfying(AnswerErrors.class, e -> assertThat(e.errors()).containsOnly(
					Map.entry("q1", "evaluation.survey.answer.invalid"), Map.entry("q2", "evaluation.survey.answer.required"),
					Map.entry("q3", "evaluation.survey.answer.invalid"), Map.entry("q4", "evaluation.survey.answer.invalid"),
					Map.entry("q6", "evaluation.survey.answer.tooLong")));
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", survey.id())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select answered_at from survey_invitation where id = :i").param("i", invitation)
			.query(java.sql.Timestamp.class).optional()).isEmpty();
		assertThat(respondentsInTally(survey)).isZero();
	}

	@Test
	void theDisclosureRuleHidesUnderFiveAndRoundsToFive() {
		assertThat(SurveyDisclosure.shown(0)).isEmpty();
		assertThat(SurveyDisclosure.shown(4)).isEmpty();
		assertThat(SurveyDisclosure.shown(5)).hasValue(5);
		assertThat(SurveyDisclosure.shown(7)).hasValue(5);
		assertThat(SurveyDisclosure.shown(8)).hasValue(10);
		assertThat(SurveyDisclosure.shown(12)).hasValue(10);
		assertThat(SurveyDisclosure.shown(13)).hasValue(15);
	}

	private void answer(Person member, Survey survey, Map<String, String> typed, boolean counted) {
		UUID invitation = invitationsOf(member.id(), survey.id()).get(0);
		answers.answer(answers.own(invitation, member.id()), typed, counted);
	}

	private int respondentsInTally(Survey survey) {
		return jdbc.sql("select coalesce(sum(respondents), 0) from survey_tally where survey_id = :s and question_no = 0")
			.param("s", survey.id()).query(Integer.class).single();
	}

	private static Integer count(SurveyResults.QuestionResult result, String bucket) {
		return result.rows().stream().filter(r -> r.bucket().equals(bucket)).findFirst().orElseThrow().count();
	}

}
