package org.tandem.handoff.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.directory.ServiceGroups;
import org.tandem.platform.Regions;

/**
 * The coarse values counters keep instead of exact ones, so that a cell points at a group rather than at one
 * organization: the quarter instead of the day or month, the M49 region instead of the country or sub-region, the
 * main service group instead of the services, and buckets of days and offers.
 */
@Component
class Coarse {

	private final Regions regions;

	private final ServiceGroups serviceGroups;

	Coarse(Regions regions, ServiceGroups serviceGroups) {
		this.regions = regions;
		this.serviceGroups = serviceGroups;
	}

	/** The M49 region of a country (AMERICAS for Mexico), or UNKNOWN. */
	String regionGroup(@Nullable String country) {
		return regions.groupOf(country);
	}

	/** The group holding most of the services (a tie goes to the taxonomy's first), or UNKNOWN. */
	String serviceGroup(Collection<String> services) {
		return serviceGroups.mainGroup(services);
	}

	/** The first day of the quarter (UTC) an instant falls in. */
	static LocalDate quarterStart(Instant at) {
		LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
		return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
	}

	/** Days from the first offer to confirmed contact: {@code 0-7}, {@code 8-30} or {@code 31+}. */
	static String daysBucket(int days) {
		return days <= 7 ? "0-7" : days <= 30 ? "8-30" : "31+";
	}

	/** Offers sent before one led to contact: {@code 1}, {@code 2} or {@code 3+}. */
	static String offersBucket(int offers) {
		return offers <= 1 ? "1" : offers == 2 ? "2" : "3+";
	}

}
