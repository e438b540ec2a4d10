package org.tandem.audit.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogs: in the reader's language, or in English with {@code inEnglish} when an item has no text in it
 * (content in pt_BR is Tandem's {@code pt}). A catalog holds a few thousand activities at most, so the list is read
 * whole and filtered in memory, then cut at {@link #LIST_LIMIT}; the full-text search is a {@code like} over each
 * item's lower-cased search text in the reader's language (no index: a scan of a few thousand short rows).
 */
@Service
@Transactional(readOnly = true)
public class CatalogStore implements ActivityCatalog {

	public static final int LIST_LIMIT = 300;

	public static final int MAX_QUERY = 200;

	private static final String ACTIVITY_COLUMNS = """
			select a.id, c.name as catalog, a.slug, a.approaches, a.remote_options, a.skills_required,
			       a.skills_trained, a.minutes, a.organization_size_under, a.retired,
			       coalesce(r.title, e.title) as title,
			       case when r.activity_id is null then coalesce(e.short_summary, e.summary, '')
			            else coalesce(r.short_summary, r.summary, '') end as short_summary,
			       case when r.activity_id is null then true else false end as in_english
			from catalog_activity a
			join catalog c on c.id = a.catalog_id
			join catalog_activity_text e on e.activity_id = a.id and e.language = 'en'
			left join catalog_activity_text r on r.activity_id = a.id and r.language = :lang
			""";

	private final JdbcClient jdbc;

	CatalogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Tandem's language for a reader's locale: en, es, fr, pt or ar (English for any other). */
	static String language(Locale locale) {
		String language = locale.getLanguage();
		return CatalogParser.LANGUAGES.contains(language) ? language : "en";
	}

	@Override
	public List<CatalogActivity> activities(Locale locale) {
		return withMethods(jdbc.sql(ACTIVITY_COLUMNS + " where a.retired = false order by c.name, a.position, a.slug")
			.param("lang", language(locale))
			.query(CatalogStore::activity)
			.list(), null);
	}

	@Override
	public Optional<CatalogActivity> activity(UUID id, Locale locale) {
		List<CatalogActivity> found = jdbc.sql(ACTIVITY_COLUMNS + " where a.id = :id")
			.param("lang", language(locale))
			.param("id", id)
			.query(CatalogStore::activity)
			.list();
		return withMethods(found, id).stream().findFirst();
	}

	@Override
	public List<CatalogSkill> skills(Locale locale) {
		Map<String, CatalogSkill> bySlug = new LinkedHashMap<>();
		String lang = language(locale);
		jdbc.sql("select slug, title, language from catalog_skill where language in (:lang, 'en') order by slug")
			.param("lang", lang)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list()
			.forEach(row -> {
				if (row[2].equals(lang) || !bySlug.containsKey(row[0])) {
					bySlug.put(row[0], new CatalogSkill(row[0], row[1]));
				}
			});
		Collator collator = Collator.getInstance(locale);
		return bySlug.values().stream().sorted((a, b) -> collator.compare(a.title(), b.title())).toList();
	}

	/** The activities that pass every filter, by catalog and position; at most {@link #LIST_LIMIT}. */
	public CatalogView.ActivityList list(CatalogView.Filter filter, Locale locale) {
		Set<UUID> listed = filter.method() == null ? null
				: Set.copyOf(jdbc.sql("select activity_id from catalog_method_activity where method_id = :m")
					.param("m", filter.method())
					.query(UUID.class)
					.list());
		Set<UUID> found = searched(filter.query(), locale);
		List<CatalogActivity> matching = activities(locale).stream()
			.filter(a -> listed == null || listed.contains(a.id()))
			.filter(a -> found == null || found.contains(a.id()))
			.filter(a -> filter.approach() == null || a.approaches().contains(filter.approach()))
			.filter(a -> filter.remoteOption() == null || a.remoteOptions().contains(filter.remoteOption()))
			.filter(a -> filter.maxMinutes() == null || (a.minutes() != null && a.minutes() <= filter.maxMinutes()))
			.filter(a -> filter.organizationSize() == null || a.organizationSizeUnder() == null
					|| filter.organizationSize() < a.organizationSizeUnder())
			.filter(a -> filter.skill() == null || a.skillsRequired().contains(filter.skill())
					|| a.skillsTrained().contains(filter.skill()))
			.limit(LIST_LIMIT + 1L)
			.toList();
		return new CatalogView.ActivityList(matching.stream().limit(LIST_LIMIT).toList(), matching.size() > LIST_LIMIT);
	}

	private @Nullable Set<UUID> searched(@Nullable String query, Locale locale) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String words = query.strip().toLowerCase(Locale.ROOT);
		if (words.length() > MAX_QUERY) {
			words = words.substring(0, MAX_QUERY);
		}
		String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return Set.copyOf(jdbc.sql("""
				select a.id from catalog_activity a
				join catalog_activity_text e on e.activity_id = a.id and e.language = 'en'
				left join catalog_activity_text r on r.activity_id = a.id and r.language = :lang
				where a.retired = false and coalesce(r.search_text, e.search_text) like :pattern escape '\\'
				""").param("lang", language(locale)).param("pattern", pattern).query(UUID.class).list());
	}

	@Override
	public java.util.Map<String, String> methodTitles(String catalog, Locale locale) {
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		methods(locale).stream()
			.filter(method -> method.catalog().equals(catalog))
			.forEach(method -> titles.put(method.slug(), method.title()));
		return titles;
	}

	/** Every method that is not retired, by catalog and position. */
	public List<CatalogView.MethodSummary> methods(Locale locale) {
		return jdbc.sql(METHOD_COLUMNS + " where m.retired = false order by c.name, m.position, m.slug")
			.param("lang", language(locale))
			.query(CatalogStore::method)
			.list();
	}

	private static final String METHOD_COLUMNS = """
			select m.id, c.name as catalog, m.slug, m.retired, coalesce(r.title, e.title) as title,
			       case when r.method_id is null then coalesce(e.short_summary, e.summary, '')
			            else coalesce(r.short_summary, r.summary, '') end as short_summary,
			       case when r.method_id is null then true else false end as in_english,
			       (select count(*) from catalog_method_activity x where x.method_id = m.id) as activities
			from catalog_method m
			join catalog c on c.id = m.catalog_id
			join catalog_method_text e on e.method_id = m.id and e.language = 'en'
			left join catalog_method_text r on r.method_id = m.id and r.language = :lang
			""";

	/** An activity's page, retired or not. */
	public Optional<CatalogView.ActivityPage> activityPage(String catalog, String slug, Locale locale) {
		Optional<UUID> id = jdbc.sql("""
				select a.id from catalog_activity a join catalog c on c.id = a.catalog_id
				where c.name = :catalog and a.slug = :slug""")
			.param("catalog", catalog)
			.param("slug", slug)
			.query(UUID.class)
			.optional();
		return id.flatMap(found -> activity(found, locale)).map(activity -> {
			Map<String, String> texts = texts("catalog_activity_text", "activity_id", activity.id(),
					activity.inEnglish() ? "en" : language(locale), CatalogItem.ACTIVITY_TEXTS);
			List<CatalogView.MethodSummary> methods = jdbc.sql(METHOD_COLUMNS + """
					 where m.retired = false and m.id in (select method_id from catalog_method_activity
					 where activity_id = :id) order by m.position, m.slug""")
				.param("lang", language(locale))
				.param("id", activity.id())
				.query(CatalogStore::method)
				.list();
			Map<String, CatalogSkill> skills = skills(locale).stream()
				.collect(Collectors.toMap(CatalogSkill::slug, s -> s));
			return new CatalogView.ActivityPage(activity, texts, methods, named(activity.skillsRequired(), skills),
					named(activity.skillsTrained(), skills), credit(catalog, "catalog_activity", activity.id()));
		});
	}

	/** A method's page, with its activities (retired ones left out) in its order. */
	public Optional<CatalogView.MethodPage> methodPage(String catalog, String slug, Locale locale) {
		return jdbc.sql(METHOD_COLUMNS + " where c.name = :catalog and m.slug = :slug")
			.param("lang", language(locale))
			.param("catalog", catalog)
			.param("slug", slug)
			.query((rs, n) -> Map.entry(method(rs, n), rs.getBoolean("retired")))
			.optional()
			.map(found -> {
				CatalogView.MethodSummary method = found.getKey();
				Map<String, String> texts = texts("catalog_method_text", "method_id", method.id(),
						method.inEnglish() ? "en" : language(locale), CatalogItem.METHOD_TEXTS);
				List<UUID> order = jdbc.sql(
						"select activity_id from catalog_method_activity where method_id = :id order by position")
					.param("id", method.id())
					.query(UUID.class)
					.list();
				Map<UUID, CatalogActivity> byId = new HashMap<>();
				activities(locale).forEach(a -> byId.put(a.id(), a));
				List<CatalogActivity> activities = order.stream().map(byId::get).filter(a -> a != null).toList();
				return new CatalogView.MethodPage(method, texts, activities,
						credit(catalog, "catalog_method", method.id()), found.getValue());
			});
	}

	/** Every catalog with its imports, newest first. */
	public List<CatalogView.CatalogSummary> catalogs() {
		return jdbc.sql("select id, name from catalog order by name")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.stream()
			.map(c -> new CatalogView.CatalogSummary(c.getValue(), credit(c.getValue(), null, null),
					count("catalog_activity", c.getKey()), count("catalog_method", c.getKey()), imports(c.getKey())))
			.toList();
	}

	/** A catalog's credit (its own authors), if it exists. */
	public Optional<CatalogView.Credit> credit(String catalog) {
		return jdbc.sql("select name from catalog where name = :name")
			.param("name", catalog)
			.query(String.class)
			.optional()
			.map(name -> credit(name, null, null));
	}

	private int count(String table, UUID catalog) {
		return jdbc.sql("select count(*) from " + table + " where catalog_id = :c and retired = false")
			.param("c", catalog)
			.query(Integer.class)
			.single();
	}

	private List<CatalogView.ImportSummary> imports(UUID catalog) {
		return jdbc.sql("""
				select version, content_version, imported_by, imported_at, methods, activities, added, changed,
				       unchanged, retired
				from catalog_import where catalog_id = :c order by version desc""")
			.param("c", catalog)
			.query((rs, n) -> new CatalogView.ImportSummary(rs.getInt(1), rs.getString(2),
					rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6),
					rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
			.list();
	}

	private CatalogView.Credit credit(String catalog, @Nullable String table, @Nullable UUID item) {
		String itemAuthors = table == null ? ""
				: jdbc.sql("select authors from " + table + " where id = :id").param("id", item).query(String.class)
					.single();
		return jdbc.sql("""
				select name, title, source, licence, content_version, current_version, authors
				from catalog where name = :name""")
			.param("name", catalog)
			.query((rs, n) -> new CatalogView.Credit(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getInt(6),
					itemAuthors.isBlank() ? rs.getString(7) : itemAuthors))
			.single();
	}

	private Map<String, String> texts(String table, String key, UUID id, String language, List<String> fields) {
		String columns = fields.stream().map(CatalogStore::column).collect(Collectors.joining(", "));
		return jdbc.sql("select " + columns + " from " + table + " where " + key + " = :id and language = :lang")
			.param("id", id)
			.param("lang", language)
			.query((rs, n) -> {
				Map<String, String> texts = new LinkedHashMap<>();
				for (String field : fields) {
					String value = rs.getString(column(field));
					if (value != null) {
						texts.put(field, value);
					}
				}
				return texts;
			})
			.optional()
			.orElse(Map.of());
	}

	/** The column of a text field ({@code references} is a reserved word). */
	static String column(String field) {
		return field.equals("references") ? "reference_list" : field;
	}

	private static List<CatalogSkill> named(Set<String> slugs, Map<String, CatalogSkill> skills) {
		return slugs.stream().map(slug -> skills.getOrDefault(slug, new CatalogSkill(slug, slug))).toList();
	}

	private List<CatalogActivity> withMethods(List<CatalogActivity> activities, @Nullable UUID only) {
		if (activities.isEmpty()) {
			return activities;
		}
		Map<UUID, List<String>> methods = new HashMap<>();
		jdbc.sql("""
				select x.activity_id, m.slug from catalog_method_activity x join catalog_method m on m.id = x.method_id
				where m.retired = false""" + (only == null ? "" : " and x.activity_id = :id")
				+ " order by m.position, m.slug")
			.params(only == null ? Map.of() : Map.of("id", only))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(row -> methods.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue()));
		return activities.stream()
			.map(a -> new CatalogActivity(a.id(), a.catalog(), a.slug(), a.title(), a.shortSummary(),
					List.copyOf(methods.getOrDefault(a.id(), List.of())), a.approaches(), a.remoteOptions(),
					a.skillsRequired(), a.skillsTrained(), a.minutes(), a.organizationSizeUnder(), a.inEnglish(),
					a.retired()))
			.toList();
	}

	private static CatalogActivity activity(ResultSet rs, int n) throws SQLException {
		return new CatalogActivity(rs.getObject("id", UUID.class), rs.getString("catalog"), rs.getString("slug"),
				rs.getString("title"), rs.getString("short_summary"), List.of(),
				enums(rs.getString("approaches"), Approach.class), enums(rs.getString("remote_options"), RemoteOption.class),
				slugs(rs.getString("skills_required")), slugs(rs.getString("skills_trained")),
				(Integer) rs.getObject("minutes", Integer.class), (Integer) rs.getObject("organization_size_under", Integer.class),
				rs.getBoolean("in_english"), rs.getBoolean("retired"));
	}

	private static CatalogView.MethodSummary method(ResultSet rs, int n) throws SQLException {
		return new CatalogView.MethodSummary(rs.getObject("id", UUID.class), rs.getString("catalog"),
				rs.getString("slug"), rs.getString("title"), rs.getString("short_summary"), rs.getBoolean("in_english"),
				rs.getInt("activities"));
	}

	static <E extends Enum<E>> Set<E> enums(String joined, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : slugs(joined)) {
			Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).forEach(values::add);
		}
		return values;
	}

	static Set<String> slugs(String joined) {
		return joined.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(joined.split(",")));
	}

}
