package org.tandem.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Times as the person viewing a page reads them: in the zone they chose on their account, else UTC, the zone named
 * ("2026-12-05 01:01 CET"). For pages that write markup in Java; templates use {@code ${@dates.minute(x)}}.
 */
public interface ViewerTimes {

	/** To the minute, with the zone's name; empty for none. */
	String minute(@Nullable Instant instant);

	/** The day (yyyy-MM-dd) in the viewer's zone; empty for none. */
	String day(@Nullable Instant instant);

}
