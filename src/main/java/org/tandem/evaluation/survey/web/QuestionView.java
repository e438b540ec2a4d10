package org.tandem.evaluation.survey.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.evaluation.survey.LikertScale;
import org.tandem.evaluation.survey.QuestionType;
import org.tandem.evaluation.survey.SurveyContent;

/**
 * A question as a page shows it in one language: its number, text, options (numbered from 1), the right options'
 * numbers, and the texts as they stand in that language for the editor (blank where it falls back).
 */
record QuestionView(int number, QuestionType type, String text, boolean required, List<Option> options,
		@Nullable LikertScale scale, String ownText, String ownOptions, String correct) {

	record Option(int number, String text, boolean right) {
	}

	static List<QuestionView> of(SurveyContent content, String language) {
		List<QuestionView> views = new ArrayList<>();
		List<SurveyContent.Question> questions = content.questions();
		for (int i = 0; i < questions.size(); i++) {
			SurveyContent.Question q = questions.get(i);
			List<String> texts = q.options(language, content.first());
			List<Option> options = new ArrayList<>();
			for (int o = 0; o < texts.size(); o++) {
				options.add(new Option(o + 1, texts.get(o), q.right(o + 1)));
			}
			String ownOptions = String.join("\n", q.options().stream().map(m -> m.getOrDefault(language, "")).toList());
			String correct = String.join(", ", q.correct().stream().sorted().map(String::valueOf).toList());
			views.add(new QuestionView(i + 1, q.type(), q.text(language, content.first()), q.required(), options,
					q.scale(), q.text().getOrDefault(language, ""), ownOptions.isBlank() ? "" : ownOptions, correct));
		}
		return views;
	}

}
