package org.tandem.cohort.web;

import org.jspecify.annotations.Nullable;

/**
 * How the forms keep what was typed: free text up to a little more than the longest answer (so "too long" can still
 * be said with the text kept), short fields cut, numbers read without throwing.
 */
final class FormText {

	/** More than the longest answer, so the domain says it is too long; far less than a request may carry. */
	private static final int KEEP = 4_000;

	private FormText() {
	}

	static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	static String bounded(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.length() > KEEP ? text.substring(0, KEEP) : text;
	}

	static String shortText(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 20 ? text.substring(0, 20) : text;
	}

	static @Nullable Integer number(String text) {
		String digits = text.strip();
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		return Integer.parseInt(digits);
	}

}
