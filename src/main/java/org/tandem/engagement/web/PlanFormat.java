package org.tandem.engagement.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.tandem.platform.Money;

/** Amounts of the plan as the reader's language writes them ({@code @planFormat} in templates). */
@Component("planFormat")
public class PlanFormat {

	/** Minor units of the currency, with its symbol or code, as the locale writes money. */
	public String money(long minor, String currency, Locale locale) {
		return Money.format(minor, currency, locale);
	}

	/** A whole number as the locale writes it. */
	public String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

}
