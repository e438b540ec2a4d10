package org.tandem.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts kept in minor units of a currency, written as a language writes money. */
public final class Money {

	private Money() {
	}

	/** Minor units of the currency, with its symbol or code, as the locale writes money (no decimals when whole). */
	public static String format(long minor, String currency, Locale locale) {
		Currency unit = Currency.getInstance(currency);
		int digits = Math.max(0, unit.getDefaultFractionDigits());
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(unit);
		format.setMinimumFractionDigits(minor % BigDecimal.TEN.pow(digits).longValueExact() == 0 ? 0 : digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(minor, digits));
	}

}
