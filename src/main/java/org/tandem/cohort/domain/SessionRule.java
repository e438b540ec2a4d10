package org.tandem.cohort.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.cohort.CohortSessions.Attendance;
import org.tandem.cohort.persistence.AttendanceRows;

/**
 * The programme's rule for each participant: at least {@value #MINIMUM} sessions attended, one of them a welcome and
 * onboarding session. Cancelled sessions do not count.
 */
public final class SessionRule {

	public static final int MINIMUM = 2;

	private SessionRule() {
	}

	/** The attendance of each organization then each provider given, in their order, from the cohort's rows. */
	public static List<Attendance> of(List<UUID> organizations, List<UUID> providers,
			List<AttendanceRows.Counted> rows) {
		Map<UUID, int[]> byOrganization = new LinkedHashMap<>();
		Map<UUID, int[]> byProvider = new LinkedHashMap<>();
		organizations.forEach(o -> byOrganization.put(o, new int[2]));
		providers.forEach(p -> byProvider.put(p, new int[2]));
		for (AttendanceRows.Counted row : rows) {
			int[] counts = row.organizationId() != null ? byOrganization.get(row.organizationId())
					: byProvider.get(row.providerId());
			if (counts != null) {
				counts[0]++;
				if (SessionKind.WELCOME_ONBOARDING.name().equals(row.kind())) {
					counts[1]++;
				}
			}
		}
		java.util.ArrayList<Attendance> result = new java.util.ArrayList<>();
		byOrganization.forEach((id, c) -> result.add(attendance(id, null, c)));
		byProvider.forEach((id, c) -> result.add(attendance(null, id, c)));
		return List.copyOf(result);
	}

	static boolean met(int attended, boolean onboarding) {
		return attended >= MINIMUM && onboarding;
	}

	private static Attendance attendance(@org.jspecify.annotations.Nullable UUID organization,
			@org.jspecify.annotations.Nullable UUID provider, int[] counts) {
		return new Attendance(organization, provider, counts[0], counts[1] > 0, met(counts[0], counts[1] > 0));
	}

}
