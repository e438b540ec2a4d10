package org.tandem.matching.engine;

import java.util.List;
import java.util.Map;

/**
 * The result of ranking a pool for one request: the best candidates, best first, and how many of the pool each
 * constraint excluded. The excluded providers themselves are listed on demand ({@link ProviderPool#exclusions}).
 */
public record Ranking(List<Recommendation> recommendations, int feasible, int excluded,
		Map<Constraint, Integer> excludedBy) {

	public Ranking {
		recommendations = List.copyOf(recommendations);
		excludedBy = Map.copyOf(excludedBy);
	}

}
