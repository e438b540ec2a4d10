package org.tandem.platform;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The time zones people pick from: region-based IANA zones ("Europe/Paris") and UTC, sorted. */
public final class TimeZones {

	public static final List<String> IDS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(z -> z.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Antarctica)/.+")
				|| z.equals("UTC"))
		.sorted()
		.toList();

	private static final Set<String> KNOWN = Set.copyOf(IDS);

	private TimeZones() {
	}

	public static boolean known(String id) {
		return KNOWN.contains(id);
	}

}
