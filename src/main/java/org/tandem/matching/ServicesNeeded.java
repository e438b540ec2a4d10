package org.tandem.matching;

import java.util.List;
import java.util.UUID;

/**
 * Which services a request needs, as matching weighs them: its needs profile (the one staff saved, or the default
 * taken from the assessment, where every assessed service is a must). Codes of the directory's services taxonomy,
 * in its order. What an offer tells the provider.
 */
public interface ServicesNeeded {

	/** The request's services: those it must have and those that would help; both empty for an unknown request. */
	Needed of(UUID requestId);

	/**
	 * @param needed the services the request must have (a provider lacking one is excluded)
	 * @param helpful the services that would help (they only add to the score)
	 */
	record Needed(List<String> needed, List<String> helpful) {

		public Needed {
			needed = List.copyOf(needed);
			helpful = List.copyOf(helpful);
		}

	}

}
