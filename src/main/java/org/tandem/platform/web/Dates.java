package org.tandem.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.tandem.platform.CurrentPerson;
import org.tandem.platform.TimeZonePreferences;

/**
 * Dates for templates ({@code ${@dates.minute(x)}}), in ISO order, readable in every language. A signed-in person
 * who chose a time zone reads times in it, the zone named ("2026-12-05 01:01 CET", or its offset "+05:45" where the
 * zone has no common abbreviation); everyone else, requesters included, reads UTC ("2026-12-05 00:01 UTC"). The
 * machine-readable instant stays in the {@code <time datetime>} attribute the templates write.
 */
@Component("dates")
public class Dates implements org.tandem.platform.ViewerTimes {

	private static final String ZONE_ATTRIBUTE = Dates.class.getName() + ".zone";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	private final CurrentPerson currentPerson;

	private final ObjectProvider<TimeZonePreferences> preferences;

	Dates(CurrentPerson currentPerson, ObjectProvider<TimeZonePreferences> preferences) {
		this.currentPerson = currentPerson;
		this.preferences = preferences;
	}

	@Override
	public String day(@Nullable Instant instant) {
		return instant == null ? "" : DAY.format(instant.atZone(zone()));
	}

	@Override
	public String minute(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime at = instant.atZone(zone());
		return MINUTE.format(at) + " " + zoneName(at);
	}

	/** The zone's name as {@link #minute} writes it, for a time: "UTC", "CET", "CEST" or an offset "+05:45". */
	static String zoneName(ZonedDateTime at) {
		if (at.getZone().equals(ZoneOffset.UTC) || at.getZone().getId().equals("UTC")) {
			return "UTC";
		}
		String shortName = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(at);
		// the JDK's short names are letters only where the zone has a common abbreviation; "GMT+03:00" is not one
		return shortName.matches("[A-Z]{2,5}") && !shortName.equals("GMT") ? shortName : OFFSET.format(at);
	}

	/** The viewer's zone: chosen on their account, else UTC; looked up once per request. */
	ZoneId zone() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return ZoneOffset.UTC;
		}
		Object cached = request.getAttribute(ZONE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (cached instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = viewerZone().orElse(ZoneOffset.UTC);
		request.setAttribute(ZONE_ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
		return zone;
	}

	private Optional<ZoneId> viewerZone() {
		TimeZonePreferences zones = preferences.getIfAvailable();
		if (zones == null) {
			return Optional.empty();
		}
		return currentPerson.of(SecurityContextHolder.getContext().getAuthentication())
			.flatMap(person -> zones.zoneOf(person.accountId()));
	}

	/** The viewer's zone, as its id ("Europe/Paris", "Z" for UTC), for a sentence that says which zone pages use. */
	public String zoneId() {
		ZoneId zone = zone();
		return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
	}

}
