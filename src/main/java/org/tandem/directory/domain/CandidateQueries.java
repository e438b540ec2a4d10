package org.tandem.directory.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.directory.Community;
import org.tandem.directory.ContactChannel;
import org.tandem.directory.Fee;
import org.tandem.directory.ProviderCandidate;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.ServiceDepth;
import org.tandem.organization.OrganizationKind;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.Sealer;

/**
 * Reads providers as matching sees them ({@link ProviderCandidate}) straight from the tables: loading each aggregate
 * would cost six queries a provider.
 */
@Component
class CandidateQueries {

	private final JdbcClient jdbc;

	private final Sealer sealer;

	CandidateQueries(JdbcClient jdbc, Sealer sealer) {
		this.sealer = sealer;
		this.jdbc = jdbc;
	}

	/**
	 * Every provider in service or able to return to it, read in six queries whatever their number (loading each
	 * aggregate would cost six queries a provider). Contact details are never opened, only whether they exist; the
	 * declared conflicting organizations are opened with each provider's key.
	 */
	List<ProviderCandidate> candidates() {
		return read("status in ('VETTED', 'ACTIVE', 'PAUSED')", Map.of());
	}

	Optional<ProviderCandidate> find(UUID id) {
		return read("id = :id and status <> 'OFFBOARDED'", Map.of("id", id)).stream().findFirst();
	}

	/** The providers matching a condition on the provider table, each with its rows, in six queries. */
	private List<ProviderCandidate> read(String condition, Map<String, ?> params) {
		String inPool = "select id from provider where " + condition;
		Map<UUID, Map<String, ServiceDepth>> services = new HashMap<>();
		jdbc.sql("select provider_id, service, depth from provider_service where provider_id in (" + inPool + ")")
			.params(params)
			.query(rs -> {
				services.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
					.put(rs.getString(2), ServiceDepth.valueOf(rs.getString(3)));
			});
		Map<UUID, Set<String>> languages = new HashMap<>();
		jdbc.sql("select provider_id, language, level from provider_language where provider_id in (" + inPool + ")")
			.params(params)
			.query(rs -> {
				if (LanguageLevel.valueOf(rs.getString(3)).compareTo(LanguageLevel.WORKING) >= 0) {
					languages.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
				}
			});
		Map<UUID, Set<String>> remote = new HashMap<>();
		Map<UUID, Set<String>> inPerson = new HashMap<>();
		jdbc.sql("select provider_id, country, mode from provider_country where provider_id in (" + inPool + ")")
			.params(params)
			.query(rs -> {
				(CountryMode.valueOf(rs.getString(3)) == CountryMode.IN_PERSON ? inPerson : remote)
					.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
					.add(rs.getString(2).strip());
			});
		Map<UUID, Set<Community>> communities = new HashMap<>();
		jdbc.sql("select provider_id, community from provider_community where provider_id in (" + inPool + ")")
			.params(params)
			.query(rs -> {
				communities.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Community.class))
					.add(Community.valueOf(rs.getString(2)));
			});
		Map<UUID, List<ProviderCandidate.Pause>> pauses = new HashMap<>();
		jdbc.sql("select provider_id, starts_on, ends_on from provider_pause where provider_id in (" + inPool
				+ ") order by provider_id, position")
			.params(params)
			.query(rs -> {
				pauses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new ProviderCandidate.Pause(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
			});
		return jdbc.sql("""
				select id, reference, display_name, status, vetted_until, max_engagements, open_engagements,
				  residence_country, jurisdictions, contact_signal is not null as has_signal,
				  contact_phone is not null as has_phone, openpgp_fingerprint, conflict_organizations,
				  conflict_sectors, time_zone, response_time, fees, remote_anywhere
				from provider where\s""" + condition).params(params).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			Set<String> jurisdictions = new HashSet<>();
			String others = rs.getString("jurisdictions");
			if (!others.isEmpty()) {
				jurisdictions.addAll(List.of(others.split(",")));
			}
			jurisdictions.add(rs.getString("residence_country").strip());
			Set<ContactChannel> channels = EnumSet.of(ContactChannel.EMAIL);
			if (rs.getBoolean("has_signal")) {
				channels.add(ContactChannel.SIGNAL);
			}
			if (rs.getString("openpgp_fingerprint") != null) {
				channels.add(ContactChannel.ENCRYPTED_EMAIL);
			}
			if (rs.getBoolean("has_phone")) {
				channels.add(ContactChannel.PHONE);
			}
			java.time.OffsetDateTime until = rs.getObject("vetted_until", java.time.OffsetDateTime.class);
			return new ProviderCandidate(id, rs.getString("reference"), rs.getString("display_name"),
					ProviderStatus.valueOf(rs.getString("status")), until == null ? null : until.toInstant(),
					pauses.getOrDefault(id, List.of()), rs.getInt("max_engagements"), rs.getInt("open_engagements"),
					services.getOrDefault(id, Map.of()), languages.getOrDefault(id, Set.of()),
					remote.getOrDefault(id, Set.of()), inPerson.getOrDefault(id, Set.of()),
					rs.getBoolean("remote_anywhere"), communities.getOrDefault(id, Set.of()), jurisdictions, channels,
					conflicts(id, rs.getBytes("conflict_organizations")), names(rs.getString("conflict_sectors"), OrganizationKind.class),
					rs.getString("time_zone"), ResponseTime.valueOf(rs.getString("response_time")).hours(),
					names(rs.getString("fees"), Fee.class));
		}).list();
	}

	private List<String> conflicts(UUID provider, byte @Nullable [] sealed) {
		if (sealed == null) {
			return List.of();
		}
		return sealer.open(new Place("provider", "conflict_organizations", provider.toString(), provider),
				KeyPurpose.IDENTIFYING, sealed)
			.map(bytes -> split(new String(bytes, StandardCharsets.UTF_8)))
			.orElse(List.of());
	}

	private static <E extends Enum<E>> Set<E> names(String stored, Class<E> type) {
		return ProviderCodes.decodeNames(stored, type);
	}

	private static List<String> split(String declared) {
		return Arrays.stream(declared.split("[\\n;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
