package org.tandem.engagement.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.InvalidInput;

/**
 * What the organization says it has for the plan: staff hours a month, a budget in minor units of a currency, a
 * deadline. Each may be left unsaid. Sealed as one short text (numbers, a code and a date: nothing to escape).
 */
public record Means(@Nullable Integer hoursPerMonth, @Nullable Long budgetMinor, String currency,
		@Nullable LocalDate deadline) {

	/** The currencies a plan may be counted in. */
	public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "MXN", "BRL", "COP",
			"ARS", "PEN", "CLP", "INR", "KES", "NGN", "ZAR", "PHP", "IDR", "TRY", "UAH");

	public static final int MOST_HOURS_PER_MONTH = 10_000;

	/** The largest budget or cost, in minor units (a billion units of a two-decimal currency). */
	public static final long MOST_MINOR = 100_000_000_000L;

	public static final Means NONE = new Means(null, null, "USD", null);

	/** The fraction digits of the currency: how many minor units make a unit. */
	public int fractionDigits() {
		return Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
	}

	public boolean stated() {
		return hoursPerMonth != null || budgetMinor != null || deadline != null;
	}

	void check() {
		if (!CURRENCIES.contains(currency)) {
			throw new InvalidInput("currency", "engagement.plan.currencyUnknown");
		}
		if (hoursPerMonth != null && (hoursPerMonth < 0 || hoursPerMonth > MOST_HOURS_PER_MONTH)) {
			throw new InvalidInput("hoursPerMonth", "engagement.plan.hoursInvalid");
		}
		if (budgetMinor != null && (budgetMinor < 0 || budgetMinor > MOST_MINOR)) {
			throw new InvalidInput("budget", "engagement.plan.amountInvalid");
		}
		if (deadline != null && (deadline.getYear() < 2000 || deadline.getYear() > 2200)) {
			throw new InvalidInput("deadline", "engagement.plan.dateInvalid");
		}
	}

	String encode() {
		return "1;" + text(hoursPerMonth) + ";" + text(budgetMinor) + ";" + currency + ";" + text(deadline);
	}

	static Means decode(@Nullable String text) {
		if (text == null) {
			return NONE;
		}
		String[] parts = text.split(";", -1);
		return new Means(parts[1].isEmpty() ? null : Integer.valueOf(parts[1]),
				parts[2].isEmpty() ? null : Long.valueOf(parts[2]), parts[3],
				parts[4].isEmpty() ? null : LocalDate.parse(parts[4]));
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

}
