package org.tandem.audit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.platform.InvalidInput;

/**
 * Values as typed in the findings' and recommendations' forms: enum names, whole hours, amounts (digits with at most
 * one decimal separator, a point or a comma, never a thousands separator), dates as the date field sends them. Each
 * failure is an {@link InvalidInput} on the field, so the form shows it beside what was typed.
 */
final class Typed {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,15}([.,]\\d{1,4})?");

	private Typed() {
	}

	static <E extends Enum<E>> E choice(Class<E> type, @Nullable String text, String field, String messageKey) {
		try {
			return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, messageKey);
		}
	}

	static int hours(@Nullable String text, int most, String field, String messageKey) {
		String value = text == null ? "" : text.strip();
		if (!value.matches("\\d{1,6}") || Integer.parseInt(value) > most) {
			throw new InvalidInput(field, messageKey);
		}
		return Integer.parseInt(value);
	}

	/** An amount in minor units of the currency; blank is none. */
	static @Nullable Long minor(@Nullable String text, String currency, String field, String messageKey) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!NUMBER.matcher(value).matches()) {
			throw new InvalidInput(field, messageKey);
		}
		int digits = fractionDigits(currency);
		BigDecimal amount = new BigDecimal(value.replace(',', '.'));
		if (amount.scale() > digits) {
			throw new InvalidInput(field, messageKey);
		}
		BigDecimal minor = amount.movePointRight(digits);
		if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 10)) > 0) {
			throw new InvalidInput(field, messageKey);
		}
		return minor.longValueExact();
	}

	/** Minor units as the form shows them again: 150050 in a two-digit currency is "1500.50". */
	static String typed(@Nullable Long minor, @Nullable String currency) {
		return minor == null || currency == null ? "" : BigDecimal.valueOf(minor, fractionDigits(currency)).toPlainString();
	}

	static int fractionDigits(String currency) {
		try {
			return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		}
		catch (IllegalArgumentException e) {
			return 2;
		}
	}

	/** A date as the date field sends it (yyyy-mm-dd); blank is none. */
	static @Nullable LocalDate date(@Nullable String text, String field, String messageKey) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < 2000 || date.getYear() > 2200) {
				throw new InvalidInput(field, messageKey);
			}
			return date;
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, messageKey);
		}
	}

	/** Shows the refusal beside its field when the form has one, at the form's top otherwise. */
	static void reject(BindingResult binding, InvalidInput invalid, Set<String> fields) {
		if (fields.contains(invalid.field())) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
		}
		else {
			binding.reject(invalid.messageKey());
		}
	}

}
