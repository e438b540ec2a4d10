package org.tandem.matching.engine;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * One request's needs and the weights compiled against a pool: the same bit masks and numbers as
 * {@link CompiledProvider}, so that each comparison is a few machine words.
 */
final class CompiledNeeds {

	final Needs needs;

	final int[] weights = new int[Scoring.COMPONENTS.length];

	final long[] languages;

	final int languageCount;

	final boolean interpretation;

	final int[] services;

	final int[] serviceWeights;

	final boolean[] must;

	final int serviceWeightTotal;

	final boolean hasCountry;

	final int country;

	final int region;

	final long[] communities;

	final int communityCount;

	final boolean hasZone;

	final int offsetMinutes;

	final int responseHours;

	final int budget;

	final long startBy;

	final boolean[] excluded;

	final long[] excludedJurisdictions;

	final int channels;

	final @Nullable String organization;

	final int sector;

	final boolean underserved;

	/**
	 * @param poolSize how many providers the pool holds
	 * @param indexOf a provider's place in the pool, or -1 if it holds no such provider
	 */
	CompiledNeeds(Needs needs, Weights w, PoolVocabularies v, Instant at, int poolSize,
			ToIntFunction<UUID> indexOf) {
		this.needs = needs;
		for (Component c : Scoring.COMPONENTS) {
			weights[c.ordinal()] = w.of(c);
		}
		this.languages = v.languages().mask(needs.languages());
		this.languageCount = needs.languages().size();
		this.interpretation = needs.interpretation();
		int size = needs.services().size();
		this.services = new int[size];
		this.serviceWeights = new int[size];
		this.must = new boolean[size];
		int k = 0;
		int total = 0;
		for (Map.Entry<String, Importance> e : needs.services().entrySet()) {
			services[k] = v.services().indexOf(e.getKey());
			serviceWeights[k] = e.getValue().weight();
			must[k] = e.getValue() == Importance.MUST;
			total += serviceWeights[k];
			k++;
		}
		this.serviceWeightTotal = total;
		this.hasCountry = needs.country() != null;
		this.country = needs.country() == null ? -1 : v.countries().indexOf(needs.country());
		this.region = needs.region() == null ? -1 : v.regions().indexOf(needs.region());
		this.communities = v.communities().mask(needs.communities());
		this.communityCount = needs.communities().size();
		this.hasZone = needs.timeZone() != null;
		this.offsetMinutes = CompiledProvider.offsetMinutes(needs.timeZone(), at);
		this.responseHours = needs.responseHours();
		this.budget = needs.budget().ordinal();
		this.startBy = needs.startBy().toEpochDay();
		this.excluded = new boolean[poolSize];
		for (UUID id : needs.excludedProviders()) {
			int i = indexOf.applyAsInt(id);
			if (i >= 0) {
				excluded[i] = true;
			}
		}
		this.excludedJurisdictions = v.countries().mask(needs.excludedJurisdictions());
		this.channels = Channel.mask(needs.channels());
		this.organization = CompiledProvider.normalizeName(needs.organizationName());
		this.sector = needs.sector() == null ? -1 : v.sectors().indexOf(needs.sector());
		this.underserved = needs.underserved();
	}

}
