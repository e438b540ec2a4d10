package org.tandem.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Dates for templates ({@code ${@dates.minute(x)}}), in UTC and ISO order, readable in every language. */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant);
	}

	public String minute(@Nullable Instant instant) {
		return instant == null ? "" : MINUTE.format(instant);
	}

}
