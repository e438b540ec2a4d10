package org.tandem.matching;

import java.util.List;
import java.util.UUID;

/**
 * Matching's door: what other modules may read of it. Today that is which services a request needs, as matching
 * weighs them: its needs profile (the one staff saved, or the default taken from the assessment, where every assessed
 * service is a must), in codes of the directory's services taxonomy, in its order; what an offer tells the provider.
 * Matching's one effect on other modules is the {@link ProvidersChosen} event.
 */
public interface Matching {

	/** The request's services: those it must have and those that would help; both empty for an unknown request. */
	Needed servicesNeeded(UUID requestId);

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
