package org.tandem.evaluation.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Building staff's surveys, always as one account: only staff (and administrators) see or change them; anyone else
 * gets "not found". A draft is edited; publishing freezes it (it is never edited again: a new version, a draft of
 * the same family, is written instead); a retired survey is sent no more.
 */
@Service
public class SurveyService {

	/** Surveys a list shows at a time. */
	public static final int PAGE_SIZE = 20;

	private final SurveyStore store;

	private final Accounts accounts;

	private final Clock clock;

	SurveyService(SurveyStore store, Accounts accounts, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Starts a draft in the languages (the first one required for every text) with its title. */
	@Transactional
	public Survey create(UUID accountId, List<String> languages, String title) {
		staff(accountId);
		List<String> kept = SurveyContent.languages(languages);
		String cleanTitle = title(title);
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		SurveyContent content = SurveyContent.empty(kept).withTexts(kept.get(0), cleanTitle, "");
		return store.insert(new Survey(id, id, 1, SurveyKind.STAFF, SurveyStatus.DRAFT, null, null, null, accountId,
				content, now, now, null, 0));
	}

	/** A staff survey, for staff. */
	@Transactional(readOnly = true)
	public Survey get(UUID surveyId, UUID accountId) {
		staff(accountId);
		return store.find(surveyId).filter(s -> s.kind() == SurveyKind.STAFF).orElseThrow(NotFoundException::new);
	}

	/** Rewrites the title and intro in one of the survey's languages. */
	@Transactional
	public void texts(UUID surveyId, UUID accountId, String language, String title, String intro, long seen) {
		Survey survey = draft(surveyId, accountId, seen);
		String cleanTitle = title.strip();
		if (cleanTitle.length() > SurveyContent.MAX_TITLE) {
			throw new InvalidInput("title", "evaluation.survey.title.tooLong");
		}
		if (cleanTitle.isEmpty() && language.equals(survey.content().first())) {
			throw new InvalidInput("title", "evaluation.survey.title.required");
		}
		if (intro.strip().length() > SurveyContent.MAX_TEXT) {
			throw new InvalidInput("intro", "evaluation.survey.intro.tooLong");
		}
		store.update(survey.with(survey.content().withTexts(known(survey, language), cleanTitle, intro), clock.instant()));
	}

	/** Adds a question at the end. */
	@Transactional
	public void addQuestion(UUID surveyId, UUID accountId, String language, QuestionInput input, long seen) {
		Survey survey = draft(surveyId, accountId, seen);
		List<SurveyContent.Question> questions = new ArrayList<>(survey.content().questions());
		if (questions.size() >= max(survey)) {
			throw new InvalidInput("text", "evaluation.survey.questions.tooMany");
		}
		String shown = known(survey, language);
		questions.add(input.apply(shown, shown.equals(survey.content().first()), null));
		store.update(survey.with(survey.content().withQuestions(questions), clock.instant()));
	}

	/** Rewrites a question (numbered from 1) in one of the survey's languages. */
	@Transactional
	public void changeQuestion(UUID surveyId, UUID accountId, int number, String language, QuestionInput input,
			long seen) {
		Survey survey = draft(surveyId, accountId, seen);
		List<SurveyContent.Question> questions = new ArrayList<>(survey.content().questions());
		int index = index(questions, number);
		String shown = known(survey, language);
		questions.set(index, input.apply(shown, shown.equals(survey.content().first()), questions.get(index)));
		store.update(survey.with(survey.content().withQuestions(questions), clock.instant()));
	}

	/** Removes a question. */
	@Transactional
	public void removeQuestion(UUID surveyId, UUID accountId, int number, long seen) {
		Survey survey = draft(surveyId, accountId, seen);
		List<SurveyContent.Question> questions = new ArrayList<>(survey.content().questions());
		questions.remove(index(questions, number));
		store.update(survey.with(survey.content().withQuestions(questions), clock.instant()));
	}

	/** Moves a question one place up. */
	@Transactional
	public void moveUp(UUID surveyId, UUID accountId, int number, long seen) {
		Survey survey = draft(surveyId, accountId, seen);
		List<SurveyContent.Question> questions = new ArrayList<>(survey.content().questions());
		int index = index(questions, number);
		if (index > 0) {
			questions.add(index - 1, questions.remove(index));
		}
		store.update(survey.with(survey.content().withQuestions(questions), clock.instant()));
	}

	/** Publishes a whole draft: from now on it is sent, and never edited. */
	@Transactional
	public void publish(UUID surveyId, UUID accountId, long seen) {
		Survey survey = draft(surveyId, accountId, seen);
		survey.content().checkPublishable(max(survey));
		store.update(survey.moved(SurveyStatus.PUBLISHED, clock.instant()));
		store.retireOthers(survey.familyId(), survey.id(), clock.instant());
	}

	/** Retires a published survey: it is sent no more (its answers and counts stay). */
	@Transactional
	public void retire(UUID surveyId, UUID accountId, long seen) {
		Survey survey = get(surveyId, accountId);
		if (survey.status() != SurveyStatus.PUBLISHED) {
			throw new InvalidInput("status", "evaluation.survey.notPublished");
		}
		checkSeen(survey, seen);
		store.update(survey.moved(SurveyStatus.RETIRED, clock.instant()));
	}

	/** A new draft version of a published or retired survey, with the same content. */
	@Transactional
	public Survey newVersion(UUID surveyId, UUID accountId) {
		Survey survey = get(surveyId, accountId);
		if (survey.draft()) {
			throw new InvalidInput("status", "evaluation.survey.stillDraft");
		}
		Instant now = clock.instant();
		return store.insert(new Survey(UUID.randomUUID(), survey.familyId(), store.latestVersion(survey.familyId()) + 1,
				SurveyKind.STAFF, SurveyStatus.DRAFT, survey.shipped(), null, null, accountId, survey.content(), now, now,
				null, 0));
	}

	/** Staff's surveys, newest first, a page at a time from a cursor (a key not of this list starts from the newest). */
	@Transactional(readOnly = true)
	public Page list(UUID accountId, @Nullable String before) {
		staff(accountId);
		return page(SurveyKind.STAFF, null, before);
	}

	/** The published surveys, newest first (the API's list). */
	@Transactional(readOnly = true)
	public Page published(@Nullable String before) {
		return page(SurveyKind.STAFF, SurveyStatus.PUBLISHED, before);
	}

	private Page page(SurveyKind kind, @Nullable SurveyStatus status, @Nullable String before) {
		var key = Cursors.decode(before == null ? "" : before, 2).map(parts -> {
			try {
				return new Object[] { Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)) };
			}
			catch (RuntimeException e) {
				return null;
			}
		}).orElse(null);
		List<Survey> rows = store.page(kind, status, key == null ? null : (Instant) key[0],
				key == null ? null : (UUID) key[1], PAGE_SIZE + 1);
		boolean more = rows.size() > PAGE_SIZE;
		List<Survey> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
		Survey last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(shown, more && last != null
				? Cursors.encode(last.createdAt().toString(), last.id().toString()) : null);
	}

	/** A page of surveys and the key of the next (older) page, or none. */
	public record Page(List<Survey> surveys, @Nullable String before) {
	}

	boolean isStaff(UUID accountId) {
		Accounts.Person person = accounts.byIds(Set.of(accountId)).get(accountId);
		return person != null && person.active()
				&& (person.roles().contains(Role.STAFF) || person.roles().contains(Role.ADMIN));
	}

	private void staff(UUID accountId) {
		if (!isStaff(accountId)) {
			throw new NotFoundException();
		}
	}

	private Survey draft(UUID surveyId, UUID accountId, long seen) {
		Survey survey = get(surveyId, accountId);
		if (!survey.draft()) {
			throw new InvalidInput("status", "evaluation.survey.published");
		}
		checkSeen(survey, seen);
		return survey;
	}

	private static void checkSeen(Survey survey, long seen) {
		if (survey.rowVersion() != seen) {
			throw new InvalidInput("version", "evaluation.survey.stale");
		}
	}

	private static int max(Survey survey) {
		return survey.kind() == SurveyKind.KNOWLEDGE ? SurveyContent.MAX_KNOWLEDGE_QUESTIONS
				: SurveyContent.MAX_QUESTIONS;
	}

	private static String known(Survey survey, String language) {
		if (!survey.content().languages().contains(language)) {
			throw new InvalidInput("language", "evaluation.survey.languages.unknown");
		}
		return language;
	}

	private static int index(List<?> questions, int number) {
		if (number < 1 || number > questions.size()) {
			throw new NotFoundException();
		}
		return number - 1;
	}

	static String title(String title) {
		String clean = title.strip();
		if (clean.isEmpty()) {
			throw new InvalidInput("title", "evaluation.survey.title.required");
		}
		if (clean.length() > SurveyContent.MAX_TITLE) {
			throw new InvalidInput("title", "evaluation.survey.title.tooLong");
		}
		return clean;
	}

}
