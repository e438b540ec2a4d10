package org.tandem.matching.engine;

/** The soft score of one compiled provider for one compiled request: the weighted mean of the components, 0 to 1000. */
final class Scoring {

	/** The enum's values, copied once: {@code values()} copies its array at every call, in the hot loops too. */
	static final Component[] COMPONENTS = Component.values();

	private static final double CAN_DO_VALUE = 0.6;

	private static final int WORKING_DAY_MINUTES = 8 * 60;

	private Scoring() {
	}

	static int score(CompiledProvider p, CompiledNeeds n) {
		long weighted = 0;
		long total = 0;
		for (Component c : COMPONENTS) {
			int w = n.weights[c.ordinal()];
			if (w == 0) {
				continue;
			}
			int value = value(c, p, n);
			if (value < 0) {
				continue;
			}
			weighted += (long) w * value;
			total += w;
		}
		return total == 0 ? 0 : (int) ((weighted + total / 2) / total);
	}

	/** A component's value for a provider, 0 to 1000, or -1 when it does not apply to the request. */
	static int value(Component c, CompiledProvider p, CompiledNeeds n) {
		return switch (c) {
			case COVERAGE -> {
				if (n.services.length == 0) {
					yield -1;
				}
				double sum = 0;
				for (int k = 0; k < n.services.length; k++) {
					int depth = n.services[k] < 0 ? 0 : p.depth[n.services[k]];
					sum += n.serviceWeights[k] * (depth == 2 ? 1 : depth == 1 ? CAN_DO_VALUE : 0);
				}
				yield (int) Math.round(1000 * sum / n.serviceWeightTotal);
			}
			case REGION -> {
				if (!n.hasCountry) {
					yield -1;
				}
				if (Vocabulary.has(p.inPerson, n.country)) {
					yield 1000;
				}
				if (Vocabulary.has(p.remote, n.country)) {
					yield 800;
				}
				if (Vocabulary.has(p.regions, n.region)) {
					yield 500;
				}
				yield p.anywhere ? 300 : 0;
			}
			case COMMUNITY -> n.communityCount == 0 ? -1
					: 1000 * Vocabulary.common(p.communities, n.communities) / n.communityCount;
			case TIME_ZONE -> {
				if (!n.hasZone) {
					yield -1;
				}
				int apart = hoursApartMinutes(p.offsetMinutes, n.offsetMinutes);
				yield Math.max(0, 1000 - 1000 * apart / WORKING_DAY_MINUTES);
			}
			case RESPONSE -> p.responseHours <= n.responseHours ? 1000 : 1000 * n.responseHours / p.responseHours;
			case FEE -> {
				int above = p.cheapestFee - n.budget;
				yield above <= 0 ? 1000 : above == 1 ? 500 : 0;
			}
			case LOAD -> p.max <= 0 ? 0 : 1000 * (p.max - p.open) / p.max;
			case UNDERSERVED -> n.underserved ? 1000 : 0;
		};
	}

	/** How far apart two offsets are around the clock, in minutes, at most twelve hours. */
	static int hoursApartMinutes(int a, int b) {
		int d = Math.abs(a - b) % (24 * 60);
		return Math.min(d, 24 * 60 - d);
	}

}
