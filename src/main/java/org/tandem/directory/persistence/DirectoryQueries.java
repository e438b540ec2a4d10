package org.tandem.directory.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.directory.domain.DirectorySearch.Filter;
import org.tandem.directory.domain.ProviderKind;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.Regions;

/**
 * The staff directory and the public listing, read from clear columns only. Each filter is an uncorrelated
 * {@code p.id in (select provider_id …)} on an indexed child table: PostgreSQL plans it as the same semi-join as an
 * {@code exists}, and H2 runs it once per search where it would run an {@code exists} once per provider. The
 * filters, the order by name and id and the count are worked out in one pass over the narrow entries of the covering
 * indexes on {@code provider} (V10); only the page's 25 rows are read whole, and their services and languages come
 * in two more queries. With 10,000 providers a search takes a few milliseconds (docs/performance.md).
 */
@Repository
public class DirectoryQueries {

	private static final String COLUMNS = "p.id, p.reference, p.display_name, p.kind, p.status, p.residence_country, "
			+ "p.max_engagements, p.open_engagements, p.vetted_until, p.public_summary, p.public_contact, p.website, "
			+ "p.remote_anywhere";

	private final JdbcClient jdbc;

	private final Regions regions;

	DirectoryQueries(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	public DirectorySearch.Page search(Filter filter, LocalDate today) {
		Map<String, Object> params = new LinkedHashMap<>();
		Found found = find(where(filter, today, params), params, filter.page());
		Children children = children(found.ids(), false);
		return new DirectorySearch.Page(found.rows().stream().map(row -> row(row, children)).toList(), found.total(),
				filter.page());
	}

	/** Active, opted-in providers only, showing only what they chose to publish. */
	public DirectorySearch.PublicPage listing(Filter filter, LocalDate today) {
		Filter active = filter.activeOnly();
		Map<String, Object> params = new LinkedHashMap<>();
		Found found = find(where(active, today, params) + " and p.listed = true", params, filter.page());
		Children children = children(found.ids(), true);
		List<DirectorySearch.PublicEntry> entries = new ArrayList<>();
		for (Base row : found.rows()) {
			entries.add(new DirectorySearch.PublicEntry(row.displayName(), row.kind(), row.publicSummary(),
					row.publicContact(), row.website(), children.services(row.id()), children.languages(row.id()),
					children.countries(row.id()), row.remoteAnywhere()));
		}
		return new DirectorySearch.PublicPage(entries, found.total(), filter.page());
	}

	/** The status of a provider, read without opening anything; null if there is none. */
	public @Nullable ProviderStatus status(UUID id) {
		return jdbc.sql("select status from provider where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(ProviderStatus::valueOf)
			.orElse(null);
	}

	/** Vetted, active and paused providers whose vetting ends before {@code until}, soonest first (at most 50). */
	public List<DirectorySearch.Row> vettingEndingBefore(Instant until) {
		List<Base> rows = jdbc.sql("select " + COLUMNS + " from provider p where p.status in ('VETTED', 'ACTIVE', 'PAUSED') "
				+ "and p.vetted_until < :until order by p.vetted_until, p.id fetch first 50 rows only")
			.param("until", java.sql.Timestamp.from(until))
			.query(DirectoryQueries::base)
			.list();
		Children children = children(rows.stream().map(Base::id).toList(), false);
		return rows.stream().map(row -> row(row, children)).toList();
	}

	/** How many providers {@link #vettingEndingBefore} would list without its limit, counted up to 1001. */
	public long countVettingEndingBefore(Instant until) {
		return OverviewFigure.boundedCount(jdbc, "provider p where p.status in ('VETTED', 'ACTIVE', 'PAUSED') "
				+ "and p.vetted_until < :until", Map.of("until", java.sql.Timestamp.from(until)));
	}

	private static DirectorySearch.Row row(Base row, Children children) {
		return new DirectorySearch.Row(row.id(), row.reference(), row.displayName(), row.kind(), row.status(),
				row.residenceCountry(), children.services(row.id()), children.languages(row.id()),
				Math.max(0, row.maxEngagements() - row.openEngagements()), row.vettedUntil());
	}

	/**
	 * The page of providers in name order and how many match in all, counted in the same pass
	 * ({@code count(*) over ()} comes before the offset). The inner query picks the page on index entries, the outer
	 * one reads its rows whole. Past the last page no row carries the count, so it is counted on its own.
	 */
	private Found find(String where, Map<String, Object> params, int page) {
		List<Counted> rows = jdbc.sql("select " + COLUMNS + ", hit.total from (select p.id, p.display_name, "
				+ "count(*) over () as total from provider p where " + where + " order by p.display_name, p.id offset "
				+ (long) page * DirectorySearch.PAGE_SIZE + " rows fetch next " + DirectorySearch.PAGE_SIZE
				+ " rows only) hit join provider p on p.id = hit.id order by hit.display_name, hit.id")
			.params(params)
			.query((ResultSet rs, int n) -> new Counted(base(rs, n), rs.getLong("total")))
			.list();
		if (!rows.isEmpty()) {
			return new Found(rows.stream().map(Counted::row).toList(), rows.getFirst().total());
		}
		long total = page == 0 ? 0
				: jdbc.sql("select count(*) from provider p where " + where).params(params).query(Long.class).single();
		return new Found(List.of(), total);
	}

	private String where(Filter filter, LocalDate today, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (filter.status() == null) {
			sql.append("p.status <> 'OFFBOARDED'");
		}
		else {
			sql.append("p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.service() != null) {
			sql.append(" and p.id in (select s.provider_id from provider_service s where s.service = :service");
			if (filter.specialist()) {
				sql.append(" and s.depth = 'SPECIALIST'");
			}
			sql.append(")");
			params.put("service", filter.service());
		}
		if (filter.language() != null) {
			sql.append(" and p.id in (select l.provider_id from provider_language l where l.language = :language)");
			params.put("language", filter.language());
		}
		if (filter.country() != null) {
			sql.append(" and (p.remote_anywhere = true or p.id in (select c.provider_id from provider_country c "
					+ "where c.country = :country))");
			params.put("country", filter.country());
		}
		if (filter.region() != null) {
			regions.get(filter.region()).ifPresent(region -> {
				sql.append(" and (p.remote_anywhere = true or p.id in (select r.provider_id from provider_country r "
						+ "where r.country in (:regionCountries)))");
				params.put("regionCountries", List.copyOf(region.countries()));
			});
		}
		if (filter.community() != null) {
			sql.append(" and p.id in (select m.provider_id from provider_community m where m.community = :community)");
			params.put("community", filter.community().name());
		}
		if (filter.query() != null) {
			search(filter.query(), sql, params);
		}
		if (filter.freeCapacity()) {
			sql.append(" and p.status = 'ACTIVE' and p.max_engagements > p.open_engagements and p.id not in "
					+ "(select z.provider_id from provider_pause z where z.starts_on <= :today and z.ends_on >= :today)");
			params.put("today", Date.valueOf(today));
		}
		return sql.toString();
	}

	/**
	 * A reference (exact, on its unique index) or the start of each word typed (a prefix range on the name words'
	 * index, V19): "digi def" finds "Digital Defenders".
	 */
	private static void search(String query, StringBuilder sql, Map<String, Object> params) {
		List<String> words = ProviderNameIndex.words(query).stream().limit(5).toList();
		String compact = query.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
		String reference = compact.matches("P?[0-9A-Z]{6}") ? "P-" + compact.substring(compact.length() - 6) : null;
		List<String> parts = new ArrayList<>();
		if (reference != null) {
			parts.add("p.reference = :queryReference");
			params.put("queryReference", reference);
		}
		if (!words.isEmpty()) {
			StringBuilder byName = new StringBuilder("(1 = 1");
			for (int i = 0; i < words.size(); i++) {
				byName.append(" and p.id in (select t").append(i).append(".provider_id from provider_name_token t")
					.append(i).append(" where t").append(i).append(".token like :word").append(i).append(")");
				// words hold letters and digits only: nothing in them is a pattern character
				params.put("word" + i, words.get(i) + "%");
			}
			parts.add(byName.append(")").toString());
		}
		sql.append(parts.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", parts) + ")");
	}

	private Children children(Collection<UUID> ids, boolean withCountries) {
		Children children = new Children(new HashMap<>(), new HashMap<>(), new HashMap<>());
		if (ids.isEmpty()) {
			return children;
		}
		jdbc.sql("select provider_id, service from provider_service where provider_id in (:ids)")
			.param("ids", ids)
			.query((ResultSet rs, int n) -> children.services.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		jdbc.sql("select provider_id, language from provider_language where provider_id in (:ids)")
			.param("ids", ids)
			.query((ResultSet rs, int n) -> children.languages.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>()).add(rs.getString(2)))
			.list();
		if (withCountries) {
			jdbc.sql("select provider_id, country from provider_country where provider_id in (:ids)")
				.param("ids", ids)
				.query((ResultSet rs, int n) -> children.countries.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>()).add(rs.getString(2).trim()))
				.list();
		}
		return children;
	}

	private static Base base(ResultSet rs, int n) throws SQLException {
		java.sql.Timestamp until = rs.getTimestamp("vetted_until");
		return new Base(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("display_name"),
				ProviderKind.valueOf(rs.getString("kind")), ProviderStatus.valueOf(rs.getString("status")),
				rs.getString("residence_country").trim(), rs.getInt("max_engagements"), rs.getInt("open_engagements"),
				until == null ? null : until.toInstant(), rs.getString("public_summary"), rs.getString("public_contact"),
				rs.getString("website"), rs.getBoolean("remote_anywhere"));
	}

	private record Found(List<Base> rows, long total) {

		List<UUID> ids() {
			return rows.stream().map(Base::id).toList();
		}

	}

	private record Counted(Base row, long total) {
	}

	private record Base(UUID id, String reference, String displayName, ProviderKind kind, ProviderStatus status,
			String residenceCountry, int maxEngagements, int openEngagements, @Nullable Instant vettedUntil,
			@Nullable String publicSummary, @Nullable String publicContact, @Nullable String website,
			boolean remoteAnywhere) {
	}

	private record Children(Map<UUID, TreeSet<String>> services, Map<UUID, TreeSet<String>> languages,
			Map<UUID, TreeSet<String>> countries) {

		List<String> services(UUID id) {
			return List.copyOf(services.getOrDefault(id, new TreeSet<>()));
		}

		List<String> languages(UUID id) {
			return List.copyOf(languages.getOrDefault(id, new TreeSet<>()));
		}

		List<String> countries(UUID id) {
			return List.copyOf(countries.getOrDefault(id, new TreeSet<>()));
		}

	}

}
