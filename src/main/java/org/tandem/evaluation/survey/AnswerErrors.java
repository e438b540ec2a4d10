package org.tandem.evaluation.survey;

import java.util.Map;

/** What was wrong with a sent survey, question by question (field {@code q<n>} → message key). */
public class AnswerErrors extends RuntimeException {

	private final Map<String, String> errors;

	public AnswerErrors(Map<String, String> errors) {
		super("survey answers refused: " + errors.keySet(), null, false, false);
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
