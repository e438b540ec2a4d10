package org.tandem.evaluation.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Side;
import org.tandem.engagement.Workspaces;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Knowledge checks: the provider of an engagement writes a short check for a training (knowledge questions only, at
 * most 15), publishes it and sends it to the organization's members before and after; the engagement's participants
 * see the organization's scores before → after (an average over its respondents and how many answered, never who).
 * Anyone who does not take part in the engagement finds nothing; only the provider's side writes and sends.
 */
@Service
public class KnowledgeChecks {

	private final SurveyStore store;

	private final Workspaces workspaces;

	private final SurveySending sending;

	private final JdbcClient jdbc;

	private final Clock clock;

	KnowledgeChecks(SurveyStore store, Workspaces workspaces, SurveySending sending, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.workspaces = workspaces;
		this.sending = sending;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The moments a check is sent at. */
	public enum Moment {

		BEFORE, AFTER;

		public String messageKey() {
			return "evaluation.survey.knowledge.moment." + name();
		}

	}

	/** The provider's side starts a check, in the language given (one of the shipped ones, else English). */
	@Transactional
	public Survey create(UUID engagementId, UUID accountId, String language, String title) {
		Workspaces.Seat seat = providerSeat(engagementId, accountId);
		String cleanTitle = SurveyService.title(title);
		if (store.countOfEngagement(engagementId) >= 100) {
			throw new InvalidInput("title", "evaluation.survey.knowledge.tooMany");
		}
		String shown = SurveyContent.LANGUAGES.contains(language) ? language : "en";
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		SurveyContent content = SurveyContent.empty(List.of(shown)).withTexts(shown, cleanTitle, "");
		return store.insert(new Survey(id, id, 1, SurveyKind.KNOWLEDGE, SurveyStatus.DRAFT, null, engagementId,
				seat.organizationId(), accountId, content, now, now, null, 0));
	}

	/** The engagement's checks, newest first, for its participants. */
	@Transactional(readOnly = true)
	public List<Survey> of(UUID engagementId, UUID accountId) {
		seat(engagementId, accountId);
		return store.ofEngagement(engagementId);
	}

	/** One check of the engagement, for its participants. */
	@Transactional(readOnly = true)
	public Survey get(UUID engagementId, UUID checkId, UUID accountId) {
		seat(engagementId, accountId);
		return store.find(checkId)
			.filter(s -> s.kind() == SurveyKind.KNOWLEDGE && engagementId.equals(s.engagementId()))
			.orElseThrow(NotFoundException::new);
	}

	/** Adds a knowledge question (the provider's side, while the check is a draft). */
	@Transactional
	public void addQuestion(UUID engagementId, UUID checkId, UUID accountId, QuestionInput input, long seen) {
		Survey check = draft(engagementId, checkId, accountId, seen);
		if (input.type() != QuestionType.KNOWLEDGE) {
			throw new InvalidInput("type", "evaluation.survey.knowledge.onlyKnowledge");
		}
		List<SurveyContent.Question> questions = new ArrayList<>(check.content().questions());
		if (questions.size() >= SurveyContent.MAX_KNOWLEDGE_QUESTIONS) {
			throw new InvalidInput("text", "evaluation.survey.questions.tooMany");
		}
		questions.add(input.apply(check.content().first(), true, null));
		store.update(check.with(check.content().withQuestions(questions), clock.instant()));
	}

	/** Publishes the check: it can be sent, and is never edited again. */
	@Transactional
	public void publish(UUID engagementId, UUID checkId, UUID accountId, long seen) {
		Survey check = draft(engagementId, checkId, accountId, seen);
		check.content().checkPublishable(SurveyContent.MAX_KNOWLEDGE_QUESTIONS);
		store.update(check.moved(SurveyStatus.PUBLISHED, clock.instant()));
	}

	/** Sends the published check to the organization's members, before or after the training; answers how many. */
	@Transactional
	public int send(UUID engagementId, UUID checkId, UUID accountId, Moment moment) {
		providerSeat(engagementId, accountId);
		Survey check = get(engagementId, checkId, accountId);
		if (check.status() != SurveyStatus.PUBLISHED) {
			throw new InvalidInput("moment", "evaluation.survey.send.notPublished");
		}
		Workspaces.Parties parties = workspaces.parties(engagementId).orElseThrow(NotFoundException::new);
		return sending.toEngagement(check, parties, SurveySending.Audience.ORGANIZATION, moment.name());
	}

	/**
	 * The organization's scores on a check, before and after: the average share of right answers over its
	 * respondents (in whole percent, halves up) and how many answered. Computed from the clear score columns only.
	 */
	@Transactional(readOnly = true)
	public Scores scores(UUID engagementId, UUID checkId, UUID accountId) {
		Survey check = get(engagementId, checkId, accountId);
		Map<String, Score> byMoment = new java.util.HashMap<>();
		jdbc.sql("select moment, score, max_score from survey_response where target_id = :e and survey_id = :s")
			.param("e", engagementId)
			.param("s", check.id())
			.query((rs, n) -> new Object[] { rs.getString("moment"), rs.getInt("score"), rs.getInt("max_score") })
			.list()
			.forEach(row -> byMoment.merge((String) row[0], Score.of((int) row[1], (int) row[2]), Score::plus));
		return new Scores(byMoment.getOrDefault("BEFORE", Score.NONE), byMoment.getOrDefault("AFTER", Score.NONE));
	}

	/** The scores before and after. */
	public record Scores(Score before, Score after) {
	}

	/**
	 * Respondents and the sum of their shares of right answers (each in [0, 1]).
	 */
	public record Score(int respondents, double sumOfShares) {

		static final Score NONE = new Score(0, 0);

		static Score of(int score, int max) {
			return new Score(1, max == 0 ? 0 : (double) score / max);
		}

		Score plus(Score other) {
			return new Score(respondents + other.respondents, sumOfShares + other.sumOfShares);
		}

		/** The average share of right answers in whole percent (halves up), or none without respondents. */
		public Integer averagePercent() {
			return respondents == 0 ? null : (int) Math.round(100 * sumOfShares / respondents);
		}

	}

	private Workspaces.Seat seat(UUID engagementId, UUID accountId) {
		return workspaces.seat(engagementId, accountId).orElseThrow(NotFoundException::new);
	}

	private Workspaces.Seat providerSeat(UUID engagementId, UUID accountId) {
		Workspaces.Seat seat = seat(engagementId, accountId);
		if (seat.side() != Side.PROVIDER) {
			throw new InvalidInput("title", "evaluation.survey.knowledge.providerOnly");
		}
		return seat;
	}

	private Survey draft(UUID engagementId, UUID checkId, UUID accountId, long seen) {
		providerSeat(engagementId, accountId);
		Survey check = get(engagementId, checkId, accountId);
		if (!check.draft()) {
			throw new InvalidInput("status", "evaluation.survey.published");
		}
		if (check.rowVersion() != seen) {
			throw new InvalidInput("version", "evaluation.survey.stale");
		}
		return check;
	}

	/** Whether the account writes checks in this engagement (the provider's side). */
	@Transactional(readOnly = true)
	public boolean writes(UUID engagementId, UUID accountId) {
		return seat(engagementId, accountId).side() == Side.PROVIDER;
	}

}
