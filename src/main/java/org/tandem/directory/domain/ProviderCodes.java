package org.tandem.directory.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.tandem.directory.ServiceDepth;

/**
 * How the provider's small sets are stored in one column each: enum names joined by commas, and services as
 * {@code CODE=DEPTH} pairs, always sorted, so that equal sets are equal strings.
 */
final class ProviderCodes {

	private ProviderCodes() {
	}

	static String encodeServices(Map<String, ServiceDepth> services) {
		return new TreeMap<>(services).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue().name())
			.collect(Collectors.joining(","));
	}

	static Map<String, ServiceDepth> decodeServices(String stored) {
		Map<String, ServiceDepth> decoded = new HashMap<>();
		for (String pair : stored.split(",")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				decoded.put(pair.substring(0, eq), ServiceDepth.valueOf(pair.substring(eq + 1)));
			}
		}
		return decoded;
	}

	static String encodeNames(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> decodeNames(String stored, Class<E> type) {
		return stored.isEmpty() ? EnumSet.noneOf(type)
				: Arrays.stream(stored.split(","))
					.map(name -> Enum.valueOf(type, name))
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
	}

}
