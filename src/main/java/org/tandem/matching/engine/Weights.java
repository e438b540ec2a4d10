package org.tandem.matching.engine;

import java.util.EnumMap;
import java.util.Map;

/** How much each {@link Component} counts, 0 to {@link #MAX} each; at least one must count. */
public record Weights(Map<Component, Integer> values) {

	public static final int MAX = 100;

	public Weights {
		EnumMap<Component, Integer> copy = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			Integer w = values.get(c);
			if (w == null || w < 0 || w > MAX) {
				throw new IllegalArgumentException("weight of " + c + " must be 0 to " + MAX);
			}
			copy.put(c, w);
		}
		if (copy.values().stream().allMatch(w -> w == 0)) {
			throw new IllegalArgumentException("at least one weight must be above 0");
		}
		values = java.util.Collections.unmodifiableMap(copy);
	}

	public static Weights defaults() {
		EnumMap<Component, Integer> values = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			values.put(c, c.defaultWeight());
		}
		return new Weights(values);
	}

	public int of(Component component) {
		return values.get(component);
	}

}
