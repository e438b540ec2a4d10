package org.tandem.cohort.domain;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;

/** Checks shared by the cohort's forms: free text bounded, choices in range. */
final class FormChecks {

	/** The longest free-text answer. */
	static final int TEXT_LIMIT = 2_000;

	private FormChecks() {
	}

	static @Nullable String text(@Nullable String value, String field, boolean required) {
		String stripped = value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
		if (stripped == null && required) {
			throw new InvalidInput(field, "cohort.forms.required");
		}
		if (stripped != null && stripped.length() > TEXT_LIMIT) {
			throw new InvalidInput(field, "cohort.forms.tooLong");
		}
		return stripped;
	}

	/** Every check that fails, each as its refusal (field and message), in order. */
	static java.util.List<FormProblem> problems(Runnable... checks) {
		java.util.List<FormProblem> problems = new java.util.ArrayList<>();
		for (Runnable check : checks) {
			try {
				check.run();
			}
			catch (InvalidInput refused) {
				problems.add(new FormProblem(refused.field(), refused.messageKey()));
			}
		}
		return problems;
	}

	static int range(@Nullable Integer value, String field, int min, int max, String messageKey) {
		if (value == null || value < min || value > max) {
			throw new InvalidInput(field, messageKey);
		}
		return value;
	}

}
