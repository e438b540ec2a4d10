package org.tandem.evaluation.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;

/**
 * A question as typed in one language: its type, text, options one per line, the right options' numbers
 * ("1, 3"), whether it is required and, for self-reported change, the scale.
 */
public record QuestionInput(@Nullable QuestionType type, String text, String options, String correct,
		boolean required, @Nullable LikertScale scale) {

	/**
	 * The question this input makes, in the language, over the question it changes (if any): the other languages'
	 * texts are kept; the first language decides how many options there are.
	 */
	SurveyContent.Question apply(String language, boolean firstLanguage, SurveyContent.@Nullable Question before) {
		if (type == null) {
			throw new InvalidInput("type", "evaluation.survey.question.type.required");
		}
		if (before != null && before.type() != type && !firstLanguage) {
			throw new InvalidInput("type", "evaluation.survey.question.type.firstLanguage");
		}
		String cleanText = text.strip();
		if (cleanText.length() > SurveyContent.MAX_TEXT) {
			throw new InvalidInput("text", "evaluation.survey.question.text.tooLong");
		}
		if (cleanText.isEmpty() && firstLanguage) {
			throw new InvalidInput("text", "evaluation.survey.question.text.required");
		}
		Map<String, String> texts = SurveyContent.put(before == null ? Map.of() : before.text(), language, cleanText);
		List<String> lines = options.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		List<Map<String, String>> optionTexts = new ArrayList<>();
		Set<Integer> rightOnes = new TreeSet<>();
		if (type.hasOptions()) {
			if (lines.size() > SurveyContent.MAX_OPTIONS) {
				throw new InvalidInput("options", "evaluation.survey.question.options.tooMany");
			}
			if (lines.stream().anyMatch(line -> line.length() > SurveyContent.MAX_TEXT)) {
				throw new InvalidInput("options", "evaluation.survey.question.options.tooLong");
			}
			List<Map<String, String>> old = before == null || before.type() != type ? List.of() : before.options();
			int count = firstLanguage ? lines.size() : old.size();
			if (firstLanguage && count < 2) {
				throw new InvalidInput("options", "evaluation.survey.question.options.tooFew");
			}
			if (!firstLanguage && !lines.isEmpty() && lines.size() != count) {
				throw new InvalidInput("options", "evaluation.survey.question.options.sameCount");
			}
			for (int i = 0; i < count; i++) {
				Map<String, String> option = new HashMap<>(i < old.size() ? old.get(i) : Map.of());
				if (i < lines.size()) {
					option.put(language, lines.get(i));
				}
				optionTexts.add(option);
			}
			if (type == QuestionType.KNOWLEDGE) {
				rightOnes.addAll(firstLanguage ? numbers(correct, count) : before == null ? Set.of() : before.correct());
				if (rightOnes.isEmpty()) {
					throw new InvalidInput("correct", "evaluation.survey.question.correct.required");
				}
			}
		}
		LikertScale likert = type == QuestionType.LIKERT_CHANGE ? (scale != null ? scale : LikertScale.CONFIDENCE) : null;
		return new SurveyContent.Question(type, new LinkedHashMap<>(texts), required, optionTexts, rightOnes, likert);
	}

	private static Set<Integer> numbers(String typed, int count) {
		Set<Integer> numbers = new TreeSet<>();
		for (String part : typed.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				int n = Integer.parseInt(part.strip());
				if (n < 1 || n > count) {
					throw new InvalidInput("correct", "evaluation.survey.question.correct.invalid");
				}
				numbers.add(n);
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("correct", "evaluation.survey.question.correct.invalid");
			}
		}
		return numbers;
	}

}
