package org.tandem.matching.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.matching.engine.Channel;
import org.tandem.matching.engine.Fee;
import org.tandem.matching.engine.Importance;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * A request's needs profile for matching, as staff refined it from the needs assessment. Belongs to the request:
 * sealed under its keys and purged with it.
 */
@Table("match_needs")
public class MatchNeeds {

	@Id
	@DataOwner
	private final UUID requestId;

	private final String services;

	private final String languages;

	private final boolean interpretation;

	@Sealed(KeyPurpose.IDENTIFYING)
	private final @Nullable SealedText timeZone;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText communities;

	private final Fee budget;

	private final LocalDate startBy;

	private final String channels;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText excludedProviders;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText excludedJurisdictions;

	private final UUID updatedBy;

	private final Instant updatedAt;

	@Version
	private final @Nullable Long version;

	@PersistenceCreator
	MatchNeeds(UUID requestId, String services, String languages, boolean interpretation,
			@Nullable SealedText timeZone, @Nullable SealedText communities, Fee budget, LocalDate startBy, String channels, @Nullable SealedText excludedProviders,
			@Nullable SealedText excludedJurisdictions, UUID updatedBy, Instant updatedAt, @Nullable Long version) {
		this.requestId = requestId;
		this.services = services;
		this.languages = languages;
		this.interpretation = interpretation;
		this.timeZone = timeZone;
		this.communities = communities;
		this.budget = budget;
		this.startBy = startBy;
		this.channels = channels;
		this.excludedProviders = excludedProviders;
		this.excludedJurisdictions = excludedJurisdictions;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A profile with the given values, replacing {@code previous} (whose version it carries) if there is one. */
	static MatchNeeds of(UUID requestId, Profile profile, UUID actor, Instant now, @Nullable Long version) {
		return new MatchNeeds(requestId,
				profile.services().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().name())
					.collect(Collectors.joining(",")),
				String.join(",", profile.languages()), profile.interpretation(),
				profile.timeZone() == null ? null : SealedText.of(profile.timeZone()), sealed(profile.communities()),
				profile.budget(), profile.startBy(),
				profile.channels().stream().map(Enum::name).collect(Collectors.joining(",")),
				sealed(profile.excludedProviders().stream().map(UUID::toString).toList()),
				sealed(profile.excludedJurisdictions()), actor, now, version);
	}

	private static @Nullable SealedText sealed(Collection<String> values) {
		return values.isEmpty() ? null : SealedText.of(String.join(",", values));
	}

	public UUID requestId() {
		return requestId;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public UUID updatedBy() {
		return updatedBy;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public Profile profile() {
		Map<String, Importance> needed = new LinkedHashMap<>();
		for (String part : split(services)) {
			int colon = part.indexOf(':');
			needed.put(part.substring(0, colon), Importance.valueOf(part.substring(colon + 1)));
		}
		Set<Channel> channelSet = EnumSet.noneOf(Channel.class);
		split(channels).forEach(c -> channelSet.add(Channel.valueOf(c)));
		String zone = SealedText.readable(timeZone);
		return new Profile(needed, split(languages), interpretation, zone, new LinkedHashSet<>(reveal(communities)),
				budget, startBy, channelSet,
				new LinkedHashSet<>(reveal(excludedProviders).stream().map(UUID::fromString).toList()),
				new LinkedHashSet<>(reveal(excludedJurisdictions)));
	}

	private static List<String> reveal(@Nullable SealedText text) {
		return text == null || text.isDestroyed() ? List.of() : split(text.reveal());
	}

	private static List<String> split(@Nullable String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	/**
	 * The profile's values.
	 *
	 * @param services taxonomy codes and how badly each is needed, in order
	 * @param timeZone an IANA zone id, if known
	 * @param budget the most the organization can pay
	 * @param startBy the last day the work can start
	 * @param channels the channels the organization can use; empty for "through Tandem only"
	 */
	public record Profile(Map<String, Importance> services, List<String> languages, boolean interpretation,
			@Nullable String timeZone, Set<String> communities, Fee budget, LocalDate startBy, Set<Channel> channels,
			Set<UUID> excludedProviders, Set<String> excludedJurisdictions) {

		public Profile {
			services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
			languages = List.copyOf(languages);
			communities = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(communities));
			channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
			excludedProviders = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(excludedProviders));
			excludedJurisdictions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(excludedJurisdictions));
		}

	}

}
