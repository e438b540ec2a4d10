package org.tandem.audit.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.audit.domain.AuditPlans;
import org.tandem.audit.domain.Proposal;
import org.tandem.platform.Bidi;

/**
 * Times, sizes and the proposal's reasons as the reader's language writes them ({@code @auditFormat} in templates):
 * numbers formatted by the locale and isolated in their own direction inside the translated sentence.
 */
@Component("auditFormat")
public class AuditFormat {

	private final MessageSource messages;

	private final Bidi bidi;

	AuditFormat(MessageSource messages, Bidi bidi) {
		this.messages = messages;
		this.bidi = bidi;
	}

	/** A number of minutes as hours and minutes ("2 h 30 min"), plain text. */
	public String duration(int minutes, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		int hours = minutes / 60;
		int rest = minutes % 60;
		if (hours == 0) {
			return messages.getMessage("audit.plan.duration.minutes", new Object[] { numbers.format(rest) }, locale);
		}
		if (rest == 0) {
			return messages.getMessage("audit.plan.duration.hours", new Object[] { numbers.format(hours) }, locale);
		}
		return messages.getMessage("audit.plan.duration.both",
				new Object[] { numbers.format(hours), numbers.format(rest) }, locale);
	}

	/** A whole number as the locale writes it. */
	public String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** One reason of the proposal as HTML for {@code th:utext}; skills named by their titles. */
	public String reason(Proposal.Reason reason, Map<String, String> skillTitles, Locale locale) {
		List<Object> args = reason.arguments();
		Object[] values = switch (reason.check()) {
			case SIZE -> args.stream().map(a -> bidi.ltr(number(((Number) a).longValue(), locale))).toArray();
			case TIME -> args.stream().map(a -> bidi.ltr(duration(((Number) a).intValue(), locale))).toArray();
			case SKILLS -> args.isEmpty() ? new Object[0]
					: new Object[] { bidi.auto(bidi.join(args.stream().map(s -> skillTitles.getOrDefault(s, s.toString()))
						.toList(), locale)) };
			case SETTING -> new Object[0];
		};
		return bidi.message(reason.messageKey(), locale, values);
	}

	/** The plan's time against the time available, as HTML for {@code th:utext}. */
	public String balance(AuditPlans.Balance balance, Locale locale) {
		Bidi.Isolated total = bidi.ltr(duration(balance.total(), locale));
		if (!balance.stated()) {
			return bidi.message("audit.plan.total.noLimit", locale, total);
		}
		Bidi.Isolated available = bidi.ltr(duration(balance.available(), locale));
		Bidi.Isolated difference = bidi.ltr(duration(balance.difference(), locale));
		return bidi.message(balance.over() ? "audit.plan.total.over" : "audit.plan.total.under", locale, total,
				available, difference);
	}

}
