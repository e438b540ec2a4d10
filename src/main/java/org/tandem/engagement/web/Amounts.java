package org.tandem.engagement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;

/**
 * Numbers, amounts and dates as typed in the plan's forms: digits with at most one decimal separator (a point or a
 * comma, never a thousands separator, so that "1,500" cannot mean two things), dates as the date field sends them.
 */
final class Amounts {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,15}([.,]\\d{1,4})?");

	private Amounts() {
	}

	/** An amount in minor units of a currency with that many fraction digits; blank is none. */
	static @Nullable Long minor(@Nullable String text, int fractionDigits, String field) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(value).matches()) {
			throw new InvalidInput(field, "engagement.plan.amountInvalid");
		}
		BigDecimal amount = new BigDecimal(value.replace(',', '.'));
		if (amount.scale() > fractionDigits) {
			throw new InvalidInput(field, "engagement.plan.amountInvalid");
		}
		BigDecimal minor = amount.movePointRight(fractionDigits);
		if (minor.compareTo(BigDecimal.valueOf(org.tandem.engagement.domain.Means.MOST_MINOR)) > 0) {
			throw new InvalidInput(field, "engagement.plan.amountInvalid");
		}
		return minor.longValueExact();
	}

	/** Minor units as a form shows them again: 150050 in a two-digit currency is "1500.50". */
	static String typed(@Nullable Long minor, int fractionDigits) {
		return minor == null ? "" : BigDecimal.valueOf(minor, fractionDigits).toPlainString();
	}

	/** A whole number of hours up to the limit; blank is none. */
	static @Nullable Integer hours(@Nullable String text, int most, String field, String messageKey) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("\\d{1,6}") || Integer.parseInt(value) > most) {
			throw new InvalidInput(field, messageKey);
		}
		return Integer.valueOf(value);
	}

	/** A date as the date field sends it (yyyy-mm-dd); blank is none. */
	static @Nullable LocalDate date(@Nullable String text, String field) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < 2000 || date.getYear() > 2200) {
				throw new InvalidInput(field, "engagement.plan.dateInvalid");
			}
			return date;
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "engagement.plan.dateInvalid");
		}
	}

}
