package org.tandem.audit.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's rows as an import reads and writes them. Every value an import compares is put in one flat snapshot
 * per item (field name to text; a translated text's field carries its language), so the stored item and the read one
 * are compared field by field and the report says which fields changed.
 */
@Component
class CatalogRows {

	private final JdbcClient jdbc;

	CatalogRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(UUID id, String slug, boolean retired, Map<String, String> snapshot) {
	}

	record Catalog(UUID id, int version, String contentVersion) {
	}

	Optional<Catalog> catalog(String name) {
		return jdbc.sql("select id, current_version, content_version from catalog where name = :name")
			.param("name", name)
			.query((rs, n) -> new Catalog(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	static Map<String, String> snapshot(CatalogItem.Activity a) {
		Map<String, String> snapshot = new TreeMap<>();
		snapshot.put("position", String.valueOf(a.position()));
		snapshot.put("approaches", joined(a.approaches()));
		snapshot.put("remote_options", joined(a.remoteOptions()));
		snapshot.put("skills_required", String.join(",", a.skillsRequired()));
		snapshot.put("skills_trained", String.join(",", a.skillsTrained()));
		snapshot.put("time_required_minutes", a.minutes() == null ? "" : a.minutes().toString());
		snapshot.put("organization_size_under",
				a.organizationSizeUnder() == null ? "" : a.organizationSizeUnder().toString());
		snapshot.put("authors", a.authors());
		texts(snapshot, a.texts());
		return snapshot;
	}

	static Map<String, String> snapshot(CatalogItem.Method m) {
		Map<String, String> snapshot = new TreeMap<>();
		snapshot.put("position", String.valueOf(m.position()));
		snapshot.put("authors", m.authors());
		snapshot.put("activities", String.join(",", m.activities()));
		texts(snapshot, m.texts());
		return snapshot;
	}

	private static void texts(Map<String, String> snapshot, Map<String, Map<String, String>> texts) {
		texts.forEach((language, fields) -> fields.forEach(
				(field, value) -> snapshot.put(language.equals("en") ? field : field + "[" + language + "]", value)));
	}

	static String joined(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	Map<String, Stored> activities(UUID catalog) {
		Map<UUID, Map<String, Map<String, String>>> texts = texts("catalog_activity_text", "activity_id",
				"catalog_activity", catalog, CatalogItem.ACTIVITY_TEXTS);
		Map<String, Stored> stored = new HashMap<>();
		jdbc.sql("""
				select id, slug, position, approaches, remote_options, skills_required, skills_trained, minutes,
				       organization_size_under, authors, retired
				from catalog_activity where catalog_id = :c""").param("c", catalog).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			CatalogItem.Activity activity = new CatalogItem.Activity(rs.getString("slug"), "", rs.getInt("position"),
					CatalogStore.enums(rs.getString("approaches"), Approach.class),
					CatalogStore.enums(rs.getString("remote_options"), RemoteOption.class),
					List.copyOf(CatalogStore.slugs(rs.getString("skills_required"))),
					List.copyOf(CatalogStore.slugs(rs.getString("skills_trained"))),
					rs.getObject("minutes", Integer.class), rs.getObject("organization_size_under", Integer.class),
					rs.getString("authors"), texts.getOrDefault(id, Map.of()));
			return new Stored(id, activity.slug(), rs.getBoolean("retired"), snapshot(activity));
		}).list().forEach(s -> stored.put(s.slug(), s));
		return stored;
	}

	Map<String, Stored> methods(UUID catalog) {
		Map<UUID, Map<String, Map<String, String>>> texts = texts("catalog_method_text", "method_id", "catalog_method",
				catalog, CatalogItem.METHOD_TEXTS);
		Map<UUID, List<String>> listed = new HashMap<>();
		jdbc.sql("""
				select x.method_id, a.slug from catalog_method_activity x
				join catalog_activity a on a.id = x.activity_id
				where a.catalog_id = :c order by x.position""")
			.param("c", catalog)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> listed.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		Map<String, Stored> stored = new HashMap<>();
		jdbc.sql("select id, slug, position, authors, retired from catalog_method where catalog_id = :c")
			.param("c", catalog)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				CatalogItem.Method method = new CatalogItem.Method(rs.getString("slug"), "", rs.getInt("position"),
						rs.getString("authors"), listed.getOrDefault(id, List.of()), texts.getOrDefault(id, Map.of()));
				return new Stored(id, method.slug(), rs.getBoolean("retired"), snapshot(method));
			})
			.list()
			.forEach(s -> stored.put(s.slug(), s));
		return stored;
	}

	private Map<UUID, Map<String, Map<String, String>>> texts(String table, String key, String itemTable,
			UUID catalog, List<String> fields) {
		String columns = fields.stream().map(CatalogStore::column).collect(Collectors.joining(", "));
		Map<UUID, Map<String, Map<String, String>>> texts = new HashMap<>();
		jdbc.sql("select t." + key + ", t.language, " + columns + " from " + table + " t join " + itemTable
				+ " i on i.id = t." + key + " where i.catalog_id = :c")
			.param("c", catalog)
			.query((rs, n) -> {
				Map<String, String> values = new LinkedHashMap<>();
				for (String field : fields) {
					String value = rs.getString(CatalogStore.column(field));
					if (value != null) {
						values.put(field, value);
					}
				}
				texts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeMap<>()).put(rs.getString(2), values);
				return 0;
			})
			.list();
		return texts;
	}

	UUID saveCatalog(String name, @Nullable Catalog existing, int version, CatalogItem.Credit credit) {
		if (existing == null) {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into catalog (id, name, current_version, title, source, licence, content_version, authors)
					values (:id, :name, :version, :title, :source, :licence, :cv, :authors)""")
				.param("id", id)
				.param("name", name)
				.param("version", version)
				.params(credit(credit))
				.update();
			return id;
		}
		jdbc.sql("""
				update catalog set current_version = :version, title = :title, source = :source, licence = :licence,
				       content_version = :cv, authors = :authors
				where id = :id""").param("id", existing.id()).param("version", version).params(credit(credit)).update();
		return existing.id();
	}

	private static Map<String, Object> credit(CatalogItem.Credit credit) {
		return Map.of("title", credit.title(), "source", credit.source(), "licence", credit.licence(), "cv",
				credit.version(), "authors", credit.authors());
	}

	void saveImport(UUID catalog, int version, CatalogItem.Credit credit, @Nullable UUID by, Instant at,
			ImportReport report, int methods, int activities) {
		jdbc.sql("""
				insert into catalog_import (id, catalog_id, version, title, source, licence, content_version, authors,
				       imported_by, imported_at, methods, activities, added, changed, unchanged, retired)
				values (:id, :catalog, :version, :title, :source, :licence, :cv, :authors, :by, :at, :methods,
				       :activities, :added, :changed, :unchanged, :retired)""")
			.param("id", UUID.randomUUID())
			.param("catalog", catalog)
			.param("version", version)
			.params(credit(credit))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("methods", methods)
			.param("activities", activities)
			.param("added", (int) report.added())
			.param("changed", (int) report.changed())
			.param("unchanged", (int) report.unchanged())
			.param("retired", (int) report.retired())
			.update();
	}

	void saveActivity(UUID catalog, UUID id, boolean exists, CatalogItem.Activity a, int version) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", id);
		values.put("catalog", catalog);
		values.put("slug", a.slug());
		values.put("position", a.position());
		values.put("approaches", joined(a.approaches()));
		values.put("remote", joined(a.remoteOptions()));
		values.put("required", String.join(",", a.skillsRequired()));
		values.put("trained", String.join(",", a.skillsTrained()));
		values.put("minutes", a.minutes());
		values.put("size", a.organizationSizeUnder());
		values.put("authors", a.authors());
		values.put("version", version);
		jdbc.sql(exists ? """
				update catalog_activity set position = :position, approaches = :approaches, remote_options = :remote,
				       skills_required = :required, skills_trained = :trained, minutes = :minutes,
				       organization_size_under = :size, authors = :authors, retired = false, changed_in = :version
				where id = :id and catalog_id = :catalog and slug = :slug""" : """
				insert into catalog_activity (id, catalog_id, slug, position, approaches, remote_options,
				       skills_required, skills_trained, minutes, organization_size_under, authors, retired, changed_in)
				values (:id, :catalog, :slug, :position, :approaches, :remote, :required, :trained, :minutes, :size,
				       :authors, false, :version)""").paramSource(values).update();
		saveTexts("catalog_activity_text", "activity_id", id, a.texts(), CatalogItem.ACTIVITY_TEXTS);
	}

	void saveMethod(UUID catalog, UUID id, boolean exists, CatalogItem.Method m, Map<String, UUID> activityIds,
			int version) {
		Map<String, Object> values = Map.of("id", id, "catalog", catalog, "slug", m.slug(), "position", m.position(),
				"authors", m.authors(), "version", version);
		jdbc.sql(exists ? """
				update catalog_method set position = :position, authors = :authors, retired = false,
				       changed_in = :version
				where id = :id""" : """
				insert into catalog_method (id, catalog_id, slug, position, authors, retired, changed_in)
				values (:id, :catalog, :slug, :position, :authors, false, :version)""").params(values).update();
		saveTexts("catalog_method_text", "method_id", id, m.texts(), CatalogItem.METHOD_TEXTS);
		jdbc.sql("delete from catalog_method_activity where method_id = :id").param("id", id).update();
		int position = 0;
		for (String slug : m.activities()) {
			jdbc.sql("insert into catalog_method_activity (method_id, activity_id, position) values (:m, :a, :p)")
				.param("m", id)
				.param("a", activityIds.get(slug))
				.param("p", position++)
				.update();
		}
	}

	void retire(String table, UUID id, int version) {
		jdbc.sql("update " + table + " set retired = true, changed_in = :version where id = :id")
			.param("id", id)
			.param("version", version)
			.update();
	}

	void saveSkills(UUID catalog, Map<String, Map<String, String>> skills) {
		jdbc.sql("delete from catalog_skill where catalog_id = :c").param("c", catalog).update();
		skills.forEach((slug, titles) -> titles.forEach((language, title) -> jdbc
			.sql("insert into catalog_skill (catalog_id, slug, language, title) values (:c, :slug, :lang, :title)")
			.param("c", catalog)
			.param("slug", slug)
			.param("lang", language)
			.param("title", title)
			.update()));
	}

	private void saveTexts(String table, String key, UUID id, Map<String, Map<String, String>> texts,
			List<String> fields) {
		jdbc.sql("delete from " + table + " where " + key + " = :id").param("id", id).update();
		String columns = fields.stream().map(CatalogStore::column).collect(Collectors.joining(", "));
		String names = fields.stream().map(f -> ":" + CatalogStore.column(f)).collect(Collectors.joining(", "));
		texts.forEach((language, values) -> {
			Map<String, Object> params = new HashMap<>();
			params.put("id", id);
			params.put("lang", language);
			for (String field : fields) {
				params.put(CatalogStore.column(field), values.get(field));
			}
			params.put("search", searchText(values, fields));
			jdbc.sql("insert into " + table + " (" + key + ", language, " + columns + ", search_text) values (:id, :lang, "
					+ names + ", :search)")
				.paramSource(params)
				.update();
		});
	}

	/** Every text of one language, lower-cased, for the catalog's search. */
	static String searchText(Map<String, String> values, List<String> fields) {
		return fields.stream()
			.map(values::get)
			.filter(v -> v != null)
			.collect(Collectors.joining("\n"))
			.toLowerCase(Locale.ROOT);
	}

}
