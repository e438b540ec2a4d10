package org.tandem.evaluation.survey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Secrets;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.Sealer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answering an invitation, by its one-time link (signed in or not) or from the person's own list (signed in as the
 * person invited). Anyone else, an unknown or expired link, finds nothing. Answers are final once sent: the response
 * is sealed as one blob under the organization's (or provider's) case key and names no person; in the same
 * transaction the tally counts it, only if the respondent ticked "you may count my answers" and their side lets itself
 * be counted. Free text is never counted.
 */
@Service
public class SurveyAnswers {

	/** The longest free answer. */
	public static final int MAX_ANSWER = 2000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InvitationStore invitations;

	private final SurveyStore surveys;

	private final SurveyTally tally;

	private final SurveyConsent consent;

	private final Sealer sealer;

	private final JdbcClient jdbc;

	private final Clock clock;

	SurveyAnswers(InvitationStore invitations, SurveyStore surveys, SurveyTally tally, SurveyConsent consent,
			Sealer sealer, JdbcClient jdbc, Clock clock) {
		this.invitations = invitations;
		this.surveys = surveys;
		this.tally = tally;
		this.consent = consent;
		this.sealer = sealer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An invitation and its survey, as the person answering sees them. */
	public record Open(Invitation invitation, Survey survey, boolean sideCounted) {
	}

	/** The invitation a link leads to, if it is not expired; signed in, only if it is the person's own. */
	@Transactional(readOnly = true)
	public Open byToken(String token, @Nullable UUID signedIn) {
		if (token.isEmpty() || token.length() > 100) {
			throw new NotFoundException();
		}
		Invitation invitation = invitations.byDigest(Secrets.sha256Hex(token))
			.filter(i -> signedIn == null || i.accountId().equals(signedIn))
			.orElseThrow(NotFoundException::new);
		return open(invitation);
	}

	/** One of the signed-in person's own invitations. */
	@Transactional(readOnly = true)
	public Open own(UUID invitationId, UUID accountId) {
		return open(invitations.find(invitationId).filter(i -> i.accountId().equals(accountId))
			.orElseThrow(NotFoundException::new));
	}

	private Open open(Invitation invitation) {
		if (!invitation.expiresAt().isAfter(clock.instant())) {
			throw new NotFoundException();
		}
		Survey survey = surveys.find(invitation.surveyId()).orElseThrow(NotFoundException::new);
		return new Open(invitation, survey, sideCounted(invitation));
	}

	/** The person's invitations, newest first, a page at a time. */
	@Transactional(readOnly = true)
	public List<Listed> mine(UUID accountId, @Nullable String before, String language) {
		var key = org.tandem.platform.Cursors.decode(before == null ? "" : before, 2).map(parts -> {
			try {
				return new Object[] { Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)) };
			}
			catch (RuntimeException e) {
				return null;
			}
		}).orElse(null);
		Instant now = clock.instant();
		return invitations.ofAccount(accountId, key == null ? null : (Instant) key[0], key == null ? null : (UUID) key[1],
				SurveyService.PAGE_SIZE + 1)
			.stream()
			.map(i -> new Listed(i, surveys.find(i.surveyId()).map(s -> s.title(language)).orElse(""),
					!i.expiresAt().isAfter(now),
					org.tandem.platform.Cursors.encode(i.createdAt().toString(), i.id().toString())))
			.toList();
	}

	/** One invitation in the person's list, with its survey's title and whether it expired. */
	public record Listed(Invitation invitation, String title, boolean expired, String key) {
	}

	/**
	 * Sends the answers ({@code q<n>} → the value typed or chosen) once. Refused with every problem at once
	 * ({@link AnswerErrors}); an invitation answered already is refused too ("answered" on field {@code form}).
	 */
	@Transactional
	public void answer(Open open, Map<String, String> typed, boolean counted) {
		Survey survey = open.survey();
		Map<String, String> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<SurveyContent.Question> questions = survey.content().questions();
		for (int i = 0; i < questions.size(); i++) {
			String field = "q" + (i + 1);
			String value = typed.getOrDefault(field, "").strip();
			Optional<String> problem = check(questions.get(i), value);
			if (problem.isPresent()) {
				errors.put(field, problem.get());
			}
			else if (!value.isEmpty()) {
				answers.put(field, value);
			}
		}
		if (!errors.isEmpty()) {
			throw new AnswerErrors(errors);
		}
		Instant now = clock.instant();
		Invitation invitation = open.invitation();
		if (!invitations.markAnswered(invitation.id(), now)) {
			throw new AnswerErrors(Map.of("form", "evaluation.survey.answer.already"));
		}
		Integer score = null;
		Integer maxScore = null;
		if (survey.kind() == SurveyKind.KNOWLEDGE) {
			score = 0;
			maxScore = 0;
			for (int i = 0; i < questions.size(); i++) {
				SurveyContent.Question question = questions.get(i);
				if (question.type() == QuestionType.KNOWLEDGE) {
					maxScore++;
					String value = answers.get("q" + (i + 1));
					if (value != null && question.right(Integer.parseInt(value))) {
						score++;
					}
				}
			}
		}
		UUID responseId = UUID.randomUUID();
		byte[] sealed = sealer.seal(new Place("survey_response", "answers", responseId.toString(), invitation.owner()),
				KeyPurpose.CASE, JSON.writeValueAsString(answers).getBytes(StandardCharsets.UTF_8));
		jdbc.sql("insert into survey_response (id, survey_id, organization_id, provider_id, target_kind, target_id, "
				+ "moment, answers, score, max_score, answered_at) values (:id, :survey, :organization, :provider, :kind, "
				+ ":target, :moment, :answers, :score, :max, :at)")
			.param("id", responseId)
			.param("survey", survey.id())
			.param("organization", invitation.organizationId())
			.param("provider", invitation.providerId())
			.param("kind", invitation.targetKind().name())
			.param("target", invitation.targetId())
			.param("moment", invitation.moment())
			.param("answers", sealed)
			.param("score", score)
			.param("max", maxScore)
			.param("at", java.sql.Timestamp.from(now))
			.update();
		if (counted && survey.kind() == SurveyKind.STAFF && sideCounted(invitation)) {
			LocalDate quarter = SurveyTally.quarterStart(LocalDate.ofInstant(now, ZoneOffset.UTC));
			tally.count(survey.id(), 0, SurveyTally.RESPONDENT, SurveyTally.RESPONDENT, invitation.targetKind(), quarter);
			for (int i = 0; i < questions.size(); i++) {
				SurveyContent.Question question = questions.get(i);
				if (question.type() == QuestionType.TEXT) {
					continue;
				}
				tally.count(survey.id(), i + 1, bucket(question, answers.get("q" + (i + 1))), question.type().name(),
						invitation.targetKind(), quarter);
			}
		}
	}

	/** A sealed response's answers, for the people who may read them (its organization's or provider's side). */
	Map<String, String> read(UUID responseId, UUID owner, byte[] sealed) {
		return sealer.open(new Place("survey_response", "answers", responseId.toString(), owner), KeyPurpose.CASE, sealed)
			.map(bytes -> {
				@SuppressWarnings("unchecked")
				Map<String, String> answers = JSON.readValue(new String(bytes, StandardCharsets.UTF_8), Map.class);
				return answers;
			})
			.orElse(Map.of());
	}

	private boolean sideCounted(Invitation invitation) {
		return invitation.organizationId() != null ? consent.organizationCounted(invitation.organizationId())
				: consent.providerCounted(java.util.Objects.requireNonNull(invitation.providerId()));
	}

	static String bucket(SurveyContent.Question question, @Nullable String value) {
		if (value == null) {
			return "NONE";
		}
		return switch (question.type()) {
			case KNOWLEDGE -> question.right(Integer.parseInt(value)) ? "RIGHT" : "WRONG";
			case SINGLE_CHOICE -> "o" + value;
			default -> value;
		};
	}

	/** What is wrong with one answer, if anything: a required one missing, a value outside the question's range. */
	static Optional<String> check(SurveyContent.Question question, String value) {
		if (value.isEmpty()) {
			return question.required() ? Optional.of("evaluation.survey.answer.required") : Optional.empty();
		}
		if (question.type() == QuestionType.TEXT) {
			return value.length() > MAX_ANSWER ? Optional.of("evaluation.survey.answer.tooLong") : Optional.empty();
		}
		int low = question.type().hasOptions() ? 1 : question.type().low();
		int high = question.type().hasOptions() ? question.options().size() : question.type().high();
		try {
			int n = Integer.parseInt(value);
			return n >= low && n <= high ? Optional.empty() : Optional.of("evaluation.survey.answer.invalid");
		}
		catch (NumberFormatException e) {
			return Optional.of("evaluation.survey.answer.invalid");
		}
	}

}
