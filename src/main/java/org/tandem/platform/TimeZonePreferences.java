package org.tandem.platform;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The time zone a signed-in person chose to read times in (staff, providers, anyone with an account). The account
 * module keeps it; pages read it through {@code Dates}. Requesters have no account: they read UTC.
 */
public interface TimeZonePreferences {

	/** The zone chosen, if any (one of {@link TimeZones#IDS}). */
	Optional<ZoneId> zoneOf(UUID accountId);

	/** Sets or clears (null) the zone; the id must be one of {@link TimeZones#IDS}. */
	void choose(UUID accountId, @org.jspecify.annotations.Nullable String zoneId);

}
