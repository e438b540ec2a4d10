package org.tandem.evaluation.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The surveys Tandem ships, written and published at start when absent, in the five languages of its pages (their
 * texts are messages): satisfaction after an engagement and after a cohort. Staff may write new versions of them;
 * the newest published version is the one sent. Two instances starting at once write one (the family's first version
 * is unique).
 */
@Component
class ShippedSurveys {

	static final String AFTER_ENGAGEMENT = "satisfaction-engagement";

	static final String AFTER_COHORT = "satisfaction-cohort";

	private final SurveyStore store;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ShippedSurveys(SurveyStore store, MessageSource messages, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void writeIfAbsent() {
		for (String key : List.of(AFTER_ENGAGEMENT, AFTER_COHORT)) {
			try {
				transactions.executeWithoutResult(status -> {
					if (store.shipped(key).isEmpty()) {
						store.insert(survey(key, clock.instant()));
					}
				});
			}
			catch (DuplicateKeyException written) {
				// another instance wrote it first
			}
		}
	}

	private Survey survey(String key, Instant now) {
		String prefix = "evaluation.survey.shipped." + (key.equals(AFTER_ENGAGEMENT) ? "engagement" : "cohort");
		List<String> languages = SurveyContent.LANGUAGES;
		SurveyContent.Question satisfaction = new SurveyContent.Question(QuestionType.SCALE,
				texts("evaluation.survey.shipped.satisfaction"), true, List.of(), Set.of(), null);
		SurveyContent.Question recommend = new SurveyContent.Question(QuestionType.RECOMMEND,
				texts("evaluation.survey.shipped.recommend"), true, List.of(), Set.of(), null);
		SurveyContent.Question helped = new SurveyContent.Question(QuestionType.TEXT,
				texts("evaluation.survey.shipped.helped"), false, List.of(), Set.of(), null);
		SurveyContent.Question change = new SurveyContent.Question(QuestionType.TEXT,
				texts("evaluation.survey.shipped.change"), false, List.of(), Set.of(), null);
		SurveyContent content = new SurveyContent(languages, texts(prefix + ".title"), texts(prefix + ".intro"),
				List.of(satisfaction, recommend, helped, change));
		UUID family = UUID.nameUUIDFromBytes(("tandem-shipped-survey:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return new Survey(UUID.randomUUID(), family, 1, SurveyKind.STAFF, SurveyStatus.PUBLISHED, key, null, null, null,
				content, now, now, now, 0);
	}

	private Map<String, String> texts(String key) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : SurveyContent.LANGUAGES) {
			texts.put(language, messages.getMessage(key, null, Locale.forLanguageTag(language)));
		}
		return texts;
	}

}
