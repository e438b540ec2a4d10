package org.tandem.matching.engine;

import java.util.List;

/**
 * One line of an explanation: a message key and its arguments, which are numbers or {@link Term}s the product turns
 * into names in the reader's language.
 */
public record Reason(String key, List<Object> args) {

	public Reason {
		args = List.copyOf(args);
	}

	static Reason of(String key, Object... args) {
		return new Reason(key, List.of(args));
	}

	/** Codes of one kind (services, languages, countries, ...), to be named and listed in the reader's language. */
	public record Term(Kind kind, List<String> codes) {

		public Term {
			codes = List.copyOf(codes);
		}

		static Term of(Kind kind, java.util.Collection<String> codes) {
			return new Term(kind, codes.stream().sorted().toList());
		}

		public enum Kind {

			SERVICE, LANGUAGE, COUNTRY, REGION, COMMUNITY, CHANNEL, FEE, SECTOR, TIME_ZONE

		}

	}

}
