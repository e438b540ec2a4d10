package org.tandem.matching.engine;

import java.util.Locale;

/** How badly a request needs a service: a must is a hard constraint, a helpful one only adds to the score. */
public enum Importance {

	MUST(2), HELPFUL(1);

	private final int weight;

	Importance(int weight) {
		this.weight = weight;
	}

	int weight() {
		return weight;
	}

	public String messageKey() {
		return "matching.importance." + name().toLowerCase(Locale.ROOT);
	}

}
