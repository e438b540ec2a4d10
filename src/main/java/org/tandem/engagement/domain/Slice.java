package org.tandem.engagement.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A bounded part of a list that can grow (meetings, decisions, messages), and the key to ask for the part before it
 * ({@code null} when nothing comes before).
 */
public record Slice<T>(List<T> items, @Nullable String before) {

	public Slice {
		items = List.copyOf(items);
	}

	/** Splits a key made by {@link #key}; null when it is not one, which starts from the newest. */
	static String @Nullable [] parts(@Nullable String key) {
		if (key == null) {
			return null;
		}
		String[] parts = key.split("_", 2);
		return parts.length == 2 && key.length() <= 80 ? parts : null;
	}

	static String key(Object first, Object id) {
		return first + "_" + id;
	}

}
