package org.tandem.matching.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The codes a pool's providers use, one vocabulary a kind, so that a provider's sets and a request's needs become bit
 * masks over the same numbering. Countries are one vocabulary for remote, in-person and jurisdiction alike.
 */
record PoolVocabularies(Vocabulary languages, Vocabulary countries, Vocabulary regions, Vocabulary communities,
		Vocabulary services, Vocabulary sectors) {

	static PoolVocabularies of(List<ProviderFacts> providers) {
		Set<String> allCountries = new HashSet<>();
		providers.forEach(p -> {
			allCountries.addAll(p.remoteCountries());
			allCountries.addAll(p.inPersonCountries());
			allCountries.addAll(p.jurisdictions());
		});
		return new PoolVocabularies(vocabulary(providers, ProviderFacts::fluentLanguages), new Vocabulary(allCountries),
				vocabulary(providers, ProviderFacts::regions), vocabulary(providers, ProviderFacts::communities),
				vocabulary(providers, p -> p.services().keySet()), vocabulary(providers, ProviderFacts::conflictSectors));
	}

	private static Vocabulary vocabulary(List<ProviderFacts> providers,
			Function<ProviderFacts, Collection<String>> values) {
		Set<String> all = new HashSet<>();
		providers.forEach(p -> all.addAll(values.apply(p)));
		return new Vocabulary(all);
	}

}
