package org.tandem.matching.engine;

import java.util.List;

/**
 * A provider who meets every hard constraint, with the score (0 to 1000), each component's part in it and the
 * explanation.
 */
public record Recommendation(ProviderFacts provider, int score, List<Part> parts, List<Reason> reasons) {

	public Recommendation {
		parts = List.copyOf(parts);
		reasons = List.copyOf(reasons);
	}

	/**
	 * One component's part: its weight, its value (0 to 1000) and the points it adds to the score. Components that do
	 * not apply to the request are not listed.
	 */
	public record Part(Component component, int weight, int value, int points) {
	}

}
