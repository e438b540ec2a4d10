package org.tandem.platform;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** What forms accept as an email address, a phone number and a Signal number or username. */
public final class ContactFormats {

	public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	public static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,30}$");

	public static final Pattern SIGNAL = Pattern
		.compile("^(\\+?[0-9 ().-]{6,30}|[A-Za-z0-9_]{3,32}\\.[0-9]{2,10})$");

	private ContactFormats() {
	}

	/**
	 * Rejects {@code field} as required when blank, or with {@code messageKey} when it does not match; leaves a
	 * field that already has an error alone.
	 */
	public static void requireMatching(Errors errors, String field, String value, Pattern pattern, String messageKey) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (value.isBlank()) {
			errors.rejectValue(field, "validation.required");
		}
		else if (!pattern.matcher(value.strip()).matches()) {
			errors.rejectValue(field, messageKey);
		}
	}

}
