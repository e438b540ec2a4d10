package org.tandem.evaluation.figures.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.tandem.evaluation.figures.Disclosure;

/** The minimum group size as typed, and the version of the setting it was read from. */
record MinimumForm(@Nullable String minimum, @Nullable String version) {

	/** The typed k, or null with the error recorded on {@code minimum}. */
	@Nullable Integer minimum(Errors errors) {
		String typed = minimum == null ? "" : minimum.strip();
		if (!typed.matches("[0-9]{1,3}")) {
			errors.rejectValue("minimum", typed.isEmpty() ? "evaluation.disclosure.minimum.required"
					: "evaluation.disclosure.minimum.range");
			return null;
		}
		int value = Integer.parseInt(typed);
		if (value < Disclosure.LOWEST_MINIMUM || value > Disclosure.HIGHEST_MINIMUM) {
			errors.rejectValue("minimum", "evaluation.disclosure.minimum.range");
			return null;
		}
		return value;
	}

	/** The version the form was read from (-1, which matches none, when it is not a number). */
	long versionRead() {
		String typed = version == null ? "" : version.strip();
		return typed.matches("[0-9]{1,18}") ? Long.parseLong(typed) : -1;
	}

}
