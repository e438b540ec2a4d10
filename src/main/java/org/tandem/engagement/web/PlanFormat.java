package org.tandem.engagement.web;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Amounts of the plan as the reader's language writes them ({@code @planFormat} in templates). */
@Component("planFormat")
public class PlanFormat {

	/** Minor units of the currency, with its symbol or code, as the locale writes money. */
	public String money(long minor, String currency, Locale locale) {
		Currency unit = Currency.getInstance(currency);
		int digits = Math.max(0, unit.getDefaultFractionDigits());
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(unit);
		format.setMinimumFractionDigits(minor % pow(digits) == 0 ? 0 : digits);
		format.setMaximumFractionDigits(digits);
		return format.format(java.math.BigDecimal.valueOf(minor, digits));
	}

	/** A whole number as the locale writes it. */
	public String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	private static long pow(int digits) {
		long result = 1;
		for (int i = 0; i < digits; i++) {
			result *= 10;
		}
		return result;
	}

}
