package org.tandem.evaluation.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a survey says, in each of its languages: the title, the intro and the ordered questions. Kept in the clear as
 * one JSON document (it is reference text written by staff or a provider, about nobody). Texts are looked up in the
 * reader's language, then English, then the survey's first language.
 *
 * @param languages the survey's languages, the first one required for every text
 */
public record SurveyContent(List<String> languages, Map<String, String> title, Map<String, String> intro,
		List<Question> questions) {

	/** The languages a survey may be written in (those Tandem's pages are shown in). */
	public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");

	public static final int MAX_QUESTIONS = 40;

	public static final int MAX_KNOWLEDGE_QUESTIONS = 15;

	public static final int MAX_OPTIONS = 10;

	public static final int MAX_TEXT = 500;

	public static final int MAX_TITLE = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public SurveyContent {
		languages = List.copyOf(languages);
		title = Map.copyOf(title);
		intro = Map.copyOf(intro);
		questions = List.copyOf(questions);
	}

	/** A question: its type, its texts per language, whether it must be answered, its options and right answers. */
	public record Question(QuestionType type, Map<String, String> text, boolean required,
			List<Map<String, String>> options, Set<Integer> correct, @Nullable LikertScale scale) {

		public Question {
			text = Map.copyOf(text);
			options = options.stream().map(Map::copyOf).toList();
			correct = Set.copyOf(correct);
		}

		public String text(String language, String first) {
			return pick(text, language, first);
		}

		public List<String> options(String language, String first) {
			return options.stream().map(option -> pick(option, language, first)).toList();
		}

		/** Whether the option (numbered from 1) is a right answer. */
		public boolean right(int option) {
			return correct.contains(option);
		}

	}

	public static SurveyContent empty(List<String> languages) {
		return new SurveyContent(languages, Map.of(), Map.of(), List.of());
	}

	public String first() {
		return languages.get(0);
	}

	public String title(String language) {
		return pick(title, language, first());
	}

	public String intro(String language) {
		return pick(intro, language, first());
	}

	/** The language a reader sees: theirs if the survey has it, else English if it has it, else its first. */
	public String shownIn(String language) {
		if (languages.contains(language)) {
			return language;
		}
		return languages.contains("en") ? "en" : first();
	}

	static String pick(Map<String, String> texts, String language, String first) {
		String text = texts.get(language);
		if (text == null || text.isBlank()) {
			text = texts.get("en");
		}
		if (text == null || text.isBlank()) {
			text = texts.get(first);
		}
		return text == null ? "" : text;
	}

	SurveyContent withTexts(String language, String newTitle, String newIntro) {
		return new SurveyContent(languages, put(title, language, newTitle), put(intro, language, newIntro), questions);
	}

	SurveyContent withQuestions(List<Question> newQuestions) {
		return new SurveyContent(languages, title, intro, newQuestions);
	}

	static Map<String, String> put(Map<String, String> texts, String language, String text) {
		Map<String, String> changed = new LinkedHashMap<>(texts);
		if (text.isBlank()) {
			changed.remove(language);
		}
		else {
			changed.put(language, text.strip());
		}
		return changed;
	}

	/** The survey's languages as typed: known ones, without repeats, at least one. */
	static List<String> languages(List<String> typed) {
		List<String> kept = new ArrayList<>();
		for (String language : typed) {
			if (!LANGUAGES.contains(language)) {
				throw new InvalidInput("languages", "evaluation.survey.languages.unknown");
			}
			if (!kept.contains(language)) {
				kept.add(language);
			}
		}
		if (kept.isEmpty()) {
			throw new InvalidInput("languages", "evaluation.survey.languages.required");
		}
		return kept;
	}

	/** Checks what may be published: a title and every question whole in the first language. */
	void checkPublishable(int maxQuestions) {
		if (title.getOrDefault(first(), "").isBlank()) {
			throw new InvalidInput("title", "evaluation.survey.title.required");
		}
		if (questions.isEmpty()) {
			throw new InvalidInput("questions", "evaluation.survey.questions.none");
		}
		if (questions.size() > maxQuestions) {
			throw new InvalidInput("questions", "evaluation.survey.questions.tooMany");
		}
		for (Question question : questions) {
			if (question.text().getOrDefault(first(), "").isBlank()) {
				throw new InvalidInput("questions", "evaluation.survey.question.textMissing");
			}
		}
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static SurveyContent fromJson(String json) {
		return JSON.readValue(json, SurveyContent.class);
	}

	/** The languages present in the texts (for the editor's hints). */
	Set<String> written() {
		return new TreeSet<>(title.keySet());
	}

}
