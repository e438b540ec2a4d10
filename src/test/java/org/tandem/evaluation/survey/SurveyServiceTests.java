package org.tandem.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Building surveys through the service on H2 and PostgreSQL: only staff see or change them, a draft is edited in its
 * languages, publishing freezes it and a new version is a draft of the same family, the bounds (questions, options,
 * lengths), stale pages, the shipped satisfaction surveys, and the list by cursor.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = SurveyTestSupport.OWN)
class SurveyServiceTests extends SurveyTestSupport {

	@Test
	void staffBuildPublishAndVersionASurveyAndNobodyElseSeesIt() {
		Survey draft = surveys.create(staff.id(), List.of("en", "fr"), "After the training");
		assertThat(draft.status()).isEqualTo(SurveyStatus.DRAFT);
		assertThat(surveys.get(draft.id(), otherStaff.id()).id()).isEqualTo(draft.id());
		for (UUID outsider : List.of(members.get(0).id(), providerAccount, advisory.id(), UUID.randomUUID())) {
			assertThatThrownBy(() -> surveys.get(draft.id(), outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> surveys.create(outsider, List.of("en"), "Mine")).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> surveys.list(outsider, null)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> surveys.addQuestion(draft.id(), outsider, "en",
					new QuestionInput(QuestionType.SCALE, "x", "", "", true, null), 0))
				.isInstanceOf(NotFoundException.class);
		}

		// texts in each language, the first required; questions in order
		surveys.texts(draft.id(), staff.id(), "fr", "Après la formation", "Quelques questions", 0);
		assertThatThrownBy(() -> surveys.texts(draft.id(), staff.id(), "en", " ", "", 1))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("title"));
		assertThatThrownBy(() -> surveys.texts(draft.id(), staff.id(), "de", "Nach", "", 1))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("language"));
		surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.SCALE, "How useful was it?", "", "", true, null), 1);
		surveys.addQuestion(draft.id(), staff.id(), "en", new QuestionInput(QuestionType.KNOWLEDGE,
				"What makes a password strong?", "Length\nA birthday\nA pet's name", "1", true, null), 2);
		surveys.changeQuestion(draft.id(), staff.id(), 2, "fr", new QuestionInput(QuestionType.KNOWLEDGE,
				"Qu’est-ce qui rend un mot de passe solide ?", "La longueur\nUne date\nUn nom", "", true, null), 3);
		surveys.moveUp(draft.id(), staff.id(), 2, 4);
		Survey edited = surveys.get(draft.id(), staff.id());
		assertThat(edited.content().questions()).extracting(SurveyContent.Question::type)
			.containsExactly(QuestionType.KNOWLEDGE, QuestionType.SCALE);
		SurveyContent.Question knowledge = edited.content().questions().get(0);
		assertThat(knowledge.text("fr", "en")).isEqualTo("Qu’est-ce qui rend un mot de passe solide ?");
		assertThat(knowledge.options("fr", "en")).containsExactly("La longueur", "Une date", "Un nom");
		assertThat(knowledge.options("ar", "en").get(0)).isEqualTo("Length");
		assertThat(knowledge.correct()).containsExactly(1);
		assertThat(edited.title("fr")).isEqualTo("Après la formation");
		assertThat(edited.title("pt")).isEqualTo("After the training");

		// a stale page changes nothing
		assertThatThrownBy(() -> surveys.removeQuestion(draft.id(), staff.id(), 1, 3))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.stale"));
		assertThat(surveys.get(draft.id(), staff.id()).content().questions()).hasSize(2);

		// published: never edited again; a new version is a draft of the same family
		surveys.publish(draft.id(), staff.id(), 5);
		Survey published = surveys.get(draft.id(), staff.id());
		assertThat(published.status()).isEqualTo(SurveyStatus.PUBLISHED);
		assertThat(published.publishedAt()).isNotNull();
		assertThatThrownBy(() -> surveys.texts(draft.id(), staff.id(), "en", "Changed", "", published.rowVersion()))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.published"));
		Survey second = surveys.newVersion(draft.id(), otherStaff.id());
		assertThat(second.familyId()).isEqualTo(draft.familyId());
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.draft()).isTrue();
		assertThat(second.content()).isEqualTo(published.content());
		surveys.texts(second.id(), staff.id(), "en", "After the training, v2", "", 0);
		surveys.publish(second.id(), staff.id(), 1);
		// publishing the new version retires the older one
		assertThat(surveys.get(draft.id(), staff.id()).status()).isEqualTo(SurveyStatus.RETIRED);
		assertThat(surveys.get(draft.id(), staff.id()).title("en")).isEqualTo("After the training");
	}

	@Test
	void boundsAreKeptAndNothingHalfWritten() {
		Survey draft = surveys.create(staff.id(), List.of("en"), "Bounds");
		assertThatThrownBy(() -> surveys.create(staff.id(), List.of(), "No language"))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("languages"));
		assertThatThrownBy(() -> surveys.create(staff.id(), List.of("en"), "x".repeat(201)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("title"));
		assertThatThrownBy(() -> surveys.publish(draft.id(), staff.id(), 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.questions.none"));
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.SCALE, "x".repeat(501), "", "", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("text"));
		List<String> eleven = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			eleven.add("Option " + i);
		}
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.SINGLE_CHOICE, "Pick", String.join("\n", eleven), "", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("options"));
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.SINGLE_CHOICE, "Pick", "Only one", "", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.question.options.tooFew"));
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.KNOWLEDGE, "Which?", "A\nB", "", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("correct"));
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.KNOWLEDGE, "Which?", "A\nB", "3", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.question.correct.invalid"));
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(null, "Which?", "", "", true, null), 0))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("type"));
		assertThat(surveys.get(draft.id(), staff.id()).content().questions()).isEmpty();
		assertThat(surveys.get(draft.id(), staff.id()).rowVersion()).isZero();

		// forty questions at most
		for (int i = 0; i < SurveyContent.MAX_QUESTIONS; i++) {
			surveys.addQuestion(draft.id(), staff.id(), "en",
					new QuestionInput(QuestionType.SCALE, "Question " + i, "", "", true, null), i);
		}
		assertThatThrownBy(() -> surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.SCALE, "One too many", "", "", true, null), SurveyContent.MAX_QUESTIONS))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("evaluation.survey.questions.tooMany"));
		assertThat(surveys.get(draft.id(), staff.id()).content().questions()).hasSize(SurveyContent.MAX_QUESTIONS);
	}

	@Test
	void theShippedSurveysArePublishedInFiveLanguagesAndTheListPagesByCursor() {
		Survey shipped = jdbc.sql("select id from survey where shipped = 'satisfaction-engagement'")
			.query(UUID.class).list().stream().map(id -> surveys.get(id, staff.id())).findFirst().orElseThrow();
		assertThat(shipped.status()).isIn(SurveyStatus.PUBLISHED, SurveyStatus.RETIRED);
		assertThat(shipped.content().languages()).containsExactly("en", "es", "fr", "pt", "ar");
		assertThat(shipped.title("en")).isEqualTo("Satisfaction after an engagement");
		assertThat(shipped.title("ar")).isNotEqualTo(shipped.title("en"));
		assertThat(shipped.content().questions()).extracting(SurveyContent.Question::type)
			.containsExactly(QuestionType.SCALE, QuestionType.RECOMMEND, QuestionType.TEXT, QuestionType.TEXT);
		assertThat(jdbc.sql("select count(*) from survey where shipped = 'satisfaction-cohort'").query(Integer.class)
			.single()).isPositive();

		for (int i = 0; i < SurveyService.PAGE_SIZE + 3; i++) {
			surveys.create(staff.id(), List.of("en"), "Listed " + i);
		}
		SurveyService.Page first = surveys.list(staff.id(), null);
		assertThat(first.surveys()).hasSize(SurveyService.PAGE_SIZE);
		assertThat(first.before()).isNotNull();
		SurveyService.Page second = surveys.list(staff.id(), first.before());
		assertThat(second.surveys()).isNotEmpty().doesNotContainAnyElementsOf(first.surveys());
		assertThat(surveys.list(staff.id(), "not a key").surveys()).isEqualTo(first.surveys());
	}

}
