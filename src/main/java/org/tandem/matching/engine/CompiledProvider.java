package org.tandem.matching.engine;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One provider's facts compiled against a pool's vocabularies at a moment: sets as bit masks, pauses as epoch days,
 * the time zone as an offset, so that checking and scoring allocate nothing.
 */
final class CompiledProvider {

	final boolean standingOk;

	final boolean pausedStanding;

	final long[] pauseStarts;

	final long[] pauseEnds;

	final int max;

	final int open;

	final long[] languages;

	final byte[] depth;

	final long[] remote;

	final long[] inPerson;

	final boolean anywhere;

	final long[] regions;

	final long[] communities;

	final long[] jurisdictions;

	final int channels;

	final String[] conflicts;

	final long[] sectors;

	final int offsetMinutes;

	final int responseHours;

	final int cheapestFee;

	CompiledProvider(ProviderFacts p, PoolVocabularies v, Instant at) {
		Instant until = p.vettedUntil();
		this.standingOk = p.standing() != Standing.NOT_ACTIVE && until != null && until.isAfter(at);
		this.pausedStanding = p.standing() == Standing.PAUSED;
		List<ProviderFacts.DatedPause> pauses = p.pauses()
			.stream()
			.sorted(Comparator.comparing(ProviderFacts.DatedPause::startsOn))
			.toList();
		this.pauseStarts = pauses.stream().mapToLong(d -> d.startsOn().toEpochDay()).toArray();
		this.pauseEnds = pauses.stream().mapToLong(d -> d.endsOn().toEpochDay()).toArray();
		this.max = p.maxEngagements();
		this.open = p.openEngagements();
		this.languages = v.languages().mask(p.fluentLanguages());
		this.depth = new byte[v.services().size()];
		p.services()
			.forEach((code, d) -> depth[v.services().indexOf(code)] = (byte) (d == Depth.SPECIALIST ? 2 : 1));
		this.remote = v.countries().mask(p.remoteCountries());
		this.inPerson = v.countries().mask(p.inPersonCountries());
		this.anywhere = p.remoteAnywhere();
		this.regions = v.regions().mask(p.regions());
		this.communities = v.communities().mask(p.communities());
		this.jurisdictions = v.countries().mask(p.jurisdictions());
		this.channels = Channel.mask(p.channels());
		this.conflicts = p.conflictOrganizations()
			.stream()
			.map(CompiledProvider::normalizeName)
			.filter(Objects::nonNull)
			.toArray(String[]::new);
		this.sectors = v.sectors().mask(p.conflictSectors());
		this.offsetMinutes = offsetMinutes(p.timeZone(), at);
		this.responseHours = Math.max(1, p.responseHours());
		this.cheapestFee = p.fees().stream().mapToInt(Enum::ordinal).min().orElse(Fee.PAID.ordinal());
	}

	/** Lower case, accents and punctuation dropped, single spaces, padded with a space on each side. */
	static @Nullable String normalizeName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return plain.isEmpty() ? null : " " + plain + " ";
	}

	/** The zone's offset from UTC at the moment, in minutes; 0 for no zone or an unknown one. */
	static int offsetMinutes(@Nullable String zone, Instant at) {
		if (zone == null) {
			return 0;
		}
		try {
			return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
		}
		catch (DateTimeException e) {
			return 0;
		}
	}

}
