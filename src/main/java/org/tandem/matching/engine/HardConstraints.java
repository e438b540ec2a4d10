package org.tandem.matching.engine;

import org.jspecify.annotations.Nullable;

/** The hard constraints checked for one compiled provider against one compiled request, as a set of bits. */
final class HardConstraints {

	/** The enum's values, copied once: {@code values()} copies its array at every call, in the hot loops too. */
	static final Constraint[] CONSTRAINTS = Constraint.values();

	private HardConstraints() {
	}

	/**
	 * The bits ({@link Constraint#bit()}) of every constraint the provider fails; 0 when they meet them all.
	 * @param index the provider's place in the pool
	 * @param today the first day a dated pause must leave free, as an epoch day
	 */
	static int failures(CompiledProvider p, CompiledNeeds n, int index, long today) {
		int failed = 0;
		if (!p.standingOk) {
			failed |= Constraint.STANDING.bit();
		}
		if (p.pausedStanding || pausedUntil(p, n.startBy, today)) {
			failed |= Constraint.PAUSED.bit();
		}
		if (p.open >= p.max) {
			failed |= Constraint.CAPACITY.bit();
		}
		if (!n.interpretation && n.languageCount > 0 && !Vocabulary.intersects(p.languages, n.languages)) {
			failed |= Constraint.LANGUAGE.bit();
		}
		for (int k = 0; k < n.services.length; k++) {
			if (n.must[k] && (n.services[k] < 0 || p.depth[n.services[k]] == 0)) {
				failed |= Constraint.SERVICES.bit();
				break;
			}
		}
		if (Vocabulary.has(p.sectors, n.sector) || conflicts(p, n.organization)) {
			failed |= Constraint.CONFLICT.bit();
		}
		if (n.excluded[index]) {
			failed |= Constraint.EXCLUDED.bit();
		}
		if (Vocabulary.intersects(p.jurisdictions, n.excludedJurisdictions)) {
			failed |= Constraint.JURISDICTION.bit();
		}
		if (n.channels != 0 && (p.channels & n.channels) == 0) {
			failed |= Constraint.CHANNEL.bit();
		}
		return failed;
	}

	/** Whether dated pauses cover every day from today to the last day the work can start. */
	private static boolean pausedUntil(CompiledProvider p, long startBy, long today) {
		long day = today;
		for (int k = 0; k < p.pauseStarts.length && day <= startBy; k++) {
			if (p.pauseStarts[k] > day) {
				return false;
			}
			day = Math.max(day, p.pauseEnds[k] + 1);
		}
		return day > startBy;
	}

	private static boolean conflicts(CompiledProvider p, @Nullable String organization) {
		if (organization == null) {
			return false;
		}
		for (String declared : p.conflicts) {
			// both are padded with spaces, so containment is by whole words; very short names only match exactly
			if (declared.equals(organization) || declared.length() >= 6 && organization.contains(declared)
					|| organization.length() >= 6 && declared.contains(organization)) {
				return true;
			}
		}
		return false;
	}

}
