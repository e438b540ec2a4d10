package org.tandem.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebSession;

/**
 * Knowledge checks on H2 and PostgreSQL: the engagement's provider writes one (knowledge questions only, 15 at most),
 * publishes and sends it before and after; the organization's scores, worked by hand: before, 1 of 3 and 2 of 3 right
 * (average 50 %); after, 3 of 3, 2 of 3 and 3 of 3 (average 88.9 %, shown 89 %). Only participants see it; only the
 * provider's side writes and sends; the organization's purge removes the check with its answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SurveyTestSupport.OWN)
class KnowledgeCheckTests extends SurveyTestSupport {

	@Autowired
	KnowledgeChecks checks;

	@Autowired
	org.tandem.privacy.PurgeService purges;

	@Test
	void theProviderChecksKnowledgeBeforeAndAfterAndTheOrganizationSeesItsAverages() {
		Survey check = checks.create(engagement, providerAccount, "en", "Passwords and backups");
		assertThatThrownBy(() -> checks.create(engagement, members.get(0).id(), "en", "Mine"))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.knowledge.providerOnly"));
		for (UUID outsider : List.of(otherProviderAccount, otherMember.id(), otherStaff.id(), advisory.id())) {
			assertThatThrownBy(() -> checks.get(engagement, check.id(), outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> checks.create(engagement, outsider, "en", "x")).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> checks.scores(engagement, check.id(), outsider))
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> checks.addQuestion(engagement, check.id(), providerAccount,
				new QuestionInput(QuestionType.SCALE, "How?", "", "", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.knowledge.onlyKnowledge"));
		long v = 0;
		checks.addQuestion(engagement, check.id(), providerAccount, knowledge("Strong password?", "2"), v++);
		checks.addQuestion(engagement, check.id(), providerAccount, knowledge("Where are backups kept?", "1"), v++);
		checks.addQuestion(engagement, check.id(), providerAccount, knowledge("What is phishing?", "3"), v++);
		assertThatThrownBy(() -> checks.send(engagement, check.id(), providerAccount, KnowledgeChecks.Moment.BEFORE))
			.isInstanceOf(InvalidInput.class);
		checks.publish(engagement, check.id(), providerAccount, v);
		// what the provider wrote is sealed under the organization's keys: nothing of it in the clear column
		var row = jdbc.sql("select content, sealed_content from survey where id = :id").param("id", check.id()).query()
			.singleRow();
		assertThat((String) row.get("content")).isEmpty();
		assertThat(new String((byte[]) row.get("sealed_content"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("Passwords and backups").doesNotContain("Strong password?");
		assertThat(checks.of(engagement, providerAccount)).anyMatch(c -> c.id().equals(check.id())
				&& c.content().questions().size() == 3);

		assertThat(checks.send(engagement, check.id(), providerAccount, KnowledgeChecks.Moment.BEFORE)).isEqualTo(5);
		assertThat(checks.send(engagement, check.id(), providerAccount, KnowledgeChecks.Moment.BEFORE)).isZero();
		assertThat(invitationsOf(providerAccount, check.id())).isEmpty();
		answer(members.get(0), check, "BEFORE", "1", "1", "1"); // 1 of 3 (the second)
		answer(members.get(1), check, "BEFORE", "2", "1", "1"); // 2 of 3
		KnowledgeChecks.Scores before = checks.scores(engagement, check.id(), members.get(3).id());
		assertThat(before.before().respondents()).isEqualTo(2);
		assertThat(before.before().averagePercent()).isEqualTo(50);
		assertThat(before.after().averagePercent()).isNull();

		assertThat(checks.send(engagement, check.id(), providerAccount, KnowledgeChecks.Moment.AFTER)).isEqualTo(5);
		answer(members.get(0), check, "AFTER", "2", "1", "3"); // 3 of 3
		answer(members.get(1), check, "AFTER", "2", "2", "3"); // 2 of 3
		answer(members.get(2), check, "AFTER", "2", "1", "3"); // 3 of 3
		KnowledgeChecks.Scores after = checks.scores(engagement, check.id(), staff.id());
		assertThat(after.before().averagePercent()).isEqualTo(50);
		assertThat(after.after().respondents()).isEqualTo(3);
		assertThat(after.after().averagePercent()).isEqualTo(89);
		// knowledge checks are not counted in the tally
		assertThat(jdbc.sql("select count(*) from survey_tally where survey_id = :s").param("s", check.id())
			.query(Integer.class).single()).isZero();

		// the page: for the organization's members, averages and how many answered
		WebSession member = visitor();
		AccountFixtures.signIn(member, members.get(4));
		WebSession.Page list = member.get("/engagements/" + engagement + "/knowledge-checks");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("#scores-" + check.id() + "-before").text()).contains("50", "2 respondents");
		assertThat(list.html().select("#scores-" + check.id() + "-after").text()).contains("89", "3 respondents");
		assertThat(list.html().select("#create-check")).isEmpty();
		assertThat(member.get("/engagements/" + engagement).html().select("#knowledge-checks-link")).hasSize(1);
		WebSession outsider = visitor();
		AccountFixtures.signIn(outsider, otherMember);
		assertThat(outsider.get("/engagements/" + engagement + "/knowledge-checks").status()).isEqualTo(404);
		assertThat(outsider.get("/engagements/" + engagement + "/knowledge-checks/" + check.id()).status())
			.isEqualTo(404);
		assertThat(visitor().get("/engagements/" + engagement + "/knowledge-checks").redirect()).startsWith("/login");
		// the provider's page offers writing
		assertThat(providerWeb.get("/engagements/" + engagement + "/knowledge-checks").html().select("#create-check"))
			.hasSize(1);

		// one respondent: said so
		Survey single = checks.create(engagement, providerAccount, "en", "Single");
		checks.addQuestion(engagement, single.id(), providerAccount, knowledge("One?", "1"), 0);
		checks.publish(engagement, single.id(), providerAccount, 1);
		checks.send(engagement, single.id(), providerAccount, KnowledgeChecks.Moment.BEFORE);
		answer(members.get(0), single, "BEFORE", "1");
		assertThat(member.get("/engagements/" + engagement + "/knowledge-checks/" + single.id()).html()
			.select("#scores-before").text()).contains("Only one person answered");

		// the organization's purge removes the checks written for it, with their answers
		purges.purge(organization, org.tandem.privacy.PurgeReason.STAFF);
		assertThat(jdbc.sql("select count(*) from survey where id in (:a, :b)").param("a", check.id())
			.param("b", single.id()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id in (:a, :b)").param("a", check.id())
			.param("b", single.id()).query(Integer.class).single()).isZero();
	}

	@org.springframework.beans.factory.annotation.Autowired
	KnowledgeCheckSealing sealing;

	/** A check kept in the clear before V58 is sealed at the next start, and reads the same afterwards. */
	@Test
	void aCheckWrittenBeforeSealingIsSealedAtStart() {
		Survey check = checks.create(engagement, providerAccount, "en", "Backups before the move");
		checks.addQuestion(engagement, check.id(), providerAccount, knowledge("Where are backups kept?", "1"), 0);
		Survey written = checks.of(engagement, providerAccount).stream().filter(c -> c.id().equals(check.id()))
			.findFirst().orElseThrow();
		jdbc.sql("update survey set content = :json, sealed_content = null where id = :id")
			.param("json", written.content().toJson()).param("id", check.id()).update();
		assertThat(checks.of(engagement, providerAccount)).anyMatch(c -> c.id().equals(check.id())
				&& c.content().questions().size() == 1);

		sealing.sealAtStart();
		var row = jdbc.sql("select content, sealed_content from survey where id = :id").param("id", check.id()).query()
			.singleRow();
		assertThat((String) row.get("content")).isEmpty();
		assertThat(new String((byte[]) row.get("sealed_content"), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("Backups before the move");
		assertThat(checks.of(engagement, providerAccount)).anyMatch(c -> c.id().equals(check.id())
				&& c.content().questions().size() == 1 && c.content().toJson().contains("Backups before the move"));
	}

	private static QuestionInput knowledge(String text, String right) {
		return new QuestionInput(QuestionType.KNOWLEDGE, text, "First\nSecond\nThird", right, true, null);
	}

	private void answer(Person member, Survey check, String moment, String... choices) {
		UUID invitation = jdbc.sql("select id from survey_invitation where account_id = :a and survey_id = :s "
				+ "and moment = :m").param("a", member.id()).param("s", check.id()).param("m", moment)
			.query(UUID.class).single();
		java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
		for (int i = 0; i < choices.length; i++) {
			typed.put("q" + (i + 1), choices[i]);
		}
		answers.answer(answers.own(invitation, member.id()), typed, true);
	}

}
