package org.tandem.cohort.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** A cohort's days in plain words in the reader's language ("1 March 2027"), and its length in whole months. */
@Component("cohortDates")
public class CohortDates {

	public String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

	/** The term's length in months, the last day included: 1 March to 31 August is six. */
	public long months(LocalDate startsOn, LocalDate endsOn) {
		return Math.max(1, ChronoUnit.MONTHS.between(startsOn, endsOn.plusDays(1)));
	}

}
