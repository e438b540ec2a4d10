package org.tandem.audit.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.Markdown;

/**
 * Reads a catalog's files in SAFETAG's format into methods, activities and skills. English is the {@code content/}
 * folder and decides everything but the texts; translations in {@code locales/<lang>/content/} add texts under the same
 * file names. List values (approaches, remote options, skills, a method's activities) are slugs or titles, matched
 * through the {@code approaches/}, {@code remote-options/} and {@code skills/} files and the activities' titles, in
 * English or (in a translation) in that locale.
 */
final class CatalogParser {

	/** Tandem's languages other than English; a locale folder maps to one of them (pt_BR to pt) or is left out. */
	static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");

	private static final Set<String> ACTIVITY_FIELDS = Set.of("position", "approaches", "remote_options",
			"skills_required", "skills_trained", "time_required_minutes", "organization_size_under", "authors");

	private static final Set<String> METHOD_FIELDS = Set.of("position", "activities", "authors");

	private static final int MAX_TITLE = 200;

	private static final int MAX_LIST = 50;

	private final CatalogFiles files;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<String, Map<String, String>> skills = new TreeMap<>();

	private CatalogParser(CatalogFiles files) {
		this.files = files;
	}

	static CatalogItem.Parsed parse(CatalogFiles files, String catalogName) {
		return new CatalogParser(files).parse(catalogName);
	}

	/** The Tandem language of a locale folder's name, if Tandem shows it. */
	static Optional<String> language(String folder) {
		String code = folder.toLowerCase(Locale.ROOT).replace('-', '_');
		String base = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
		return LANGUAGES.contains(base) && !base.equals("en") ? Optional.of(base) : Optional.empty();
	}

	private CatalogItem.Parsed parse(String catalogName) {
		CatalogItem.Credit credit = credit(catalogName);
		// what list values may name, English: slug -> title
		Map<String, String> approachTitles = titles("content/approaches/");
		Map<String, String> remoteTitles = titles("content/remote-options/");
		Map<String, String> skillTitles = titles("content/skills/");
		skillTitles.forEach((slug, title) -> skills.computeIfAbsent(slug, s -> new TreeMap<>()).put("en", title));

		Map<String, CatalogItem.Activity> activities = new TreeMap<>();
		for (String file : folder("content/activities/")) {
			activity(file, approachTitles, remoteTitles, skillTitles).ifPresent(a -> activities.put(a.slug(), a));
		}
		Map<String, String> activityByTitle = new HashMap<>();
		activities.values()
			.forEach(a -> activityByTitle.put(key(a.texts().get("en").get("title")), a.slug()));
		Map<String, CatalogItem.Method> methods = new TreeMap<>();
		for (String file : folder("content/methods/")) {
			method(file, activities, activityByTitle).ifPresent(m -> methods.put(m.slug(), m));
		}
		translations(activities, methods, approachTitles, remoteTitles, activityByTitle);
		return new CatalogItem.Parsed(credit, activities, methods, skills, List.copyOf(problems));
	}

	private CatalogItem.Credit credit(String catalogName) {
		String text = files.texts().get("catalog.yml");
		if (text == null) {
			return new CatalogItem.Credit(catalogName, "", "", "", "");
		}
		FrontMatter.Read read = FrontMatter.of("catalog.yml", text, true);
		if (read.fields() == null) {
			problems.add(read.problem());
			return new CatalogItem.Credit(catalogName, "", "", "", "");
		}
		Map<String, Object> fields = read.fields();
		Object licence = fields.containsKey("licence") ? fields.get("licence") : fields.get("license");
		return new CatalogItem.Credit(bounded(FrontMatter.text(fields.get("title")).orElse(catalogName), 200),
				bounded(FrontMatter.text(fields.get("source")).orElse(""), 500),
				bounded(FrontMatter.text(licence).orElse(""), 200),
				bounded(FrontMatter.text(fields.get("version")).orElse(""), 40),
				bounded(FrontMatter.authors(fields.get("authors")), 2000));
	}

	private static String bounded(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	private Optional<CatalogItem.Activity> activity(String file, Map<String, String> approachTitles,
			Map<String, String> remoteTitles, Map<String, String> skillTitles) {
		Map<String, Object> fields = read(file);
		if (fields == null) {
			return Optional.empty();
		}
		unknownFields(file, fields, CatalogItem.ACTIVITY_TEXTS, ACTIVITY_FIELDS);
		int before = errors();
		Map<String, String> texts = texts(file, fields, CatalogItem.ACTIVITY_TEXTS);
		Integer position = number(file, fields, "position");
		Integer minutes = number(file, fields, "time_required_minutes");
		Integer size = number(file, fields, "organization_size_under");
		Set<Approach> approaches = EnumSet.noneOf(Approach.class);
		for (String value : limited(file, fields, "approaches")) {
			Approach approach = approach(matched(value, approachTitles));
			if (approach == null) {
				problems.add(ImportProblem.warning(file, "unknownApproach", value));
			}
			else {
				approaches.add(approach);
			}
		}
		Set<RemoteOption> remote = EnumSet.noneOf(RemoteOption.class);
		for (String value : limited(file, fields, "remote_options")) {
			RemoteOption option = remoteOption(matched(value, remoteTitles));
			if (option == null) {
				problems.add(ImportProblem.warning(file, "unknownRemoteOption", value));
			}
			else {
				remote.add(option);
			}
		}
		List<String> required = skills(file, limited(file, fields, "skills_required"), skillTitles);
		List<String> trained = skills(file, limited(file, fields, "skills_trained"), skillTitles);
		if (errors() > before) {
			return Optional.empty();
		}
		return Optional.of(new CatalogItem.Activity(slug(file), file, position == null ? 0 : position, approaches, remote,
				required, trained, minutes, size, bounded(FrontMatter.authors(fields.get("authors")), 2000),
				new TreeMap<>(Map.of("en", texts))));
	}

	private Optional<CatalogItem.Method> method(String file, Map<String, CatalogItem.Activity> activities,
			Map<String, String> activityByTitle) {
		Map<String, Object> fields = read(file);
		if (fields == null) {
			return Optional.empty();
		}
		unknownFields(file, fields, CatalogItem.METHOD_TEXTS, METHOD_FIELDS);
		int before = errors();
		Map<String, String> texts = texts(file, fields, CatalogItem.METHOD_TEXTS);
		Integer position = number(file, fields, "position");
		List<String> listed = new ArrayList<>();
		for (String value : FrontMatter.list(fields.get("activities"))) {
			String slug = activities.containsKey(value) ? value : activityByTitle.get(key(value));
			if (slug == null && unreadable(value)) {
				continue; // its file is there, with its own error
			}
			if (slug == null) {
				problems.add(ImportProblem.error(file, null, "unknownActivity", bounded(value, 200)));
			}
			else if (!listed.contains(slug)) {
				listed.add(slug);
			}
		}
		if (errors() > before) {
			return Optional.empty();
		}
		return Optional.of(new CatalogItem.Method(slug(file), file, position == null ? 0 : position,
				bounded(FrontMatter.authors(fields.get("authors")), 2000), listed, new TreeMap<>(Map.of("en", texts))));
	}

	private void translations(Map<String, CatalogItem.Activity> activities, Map<String, CatalogItem.Method> methods,
			Map<String, String> approachTitles, Map<String, String> remoteTitles, Map<String, String> activityByTitle) {
		Set<String> folders = new LinkedHashSet<>();
		for (String name : files.texts().keySet()) {
			String[] parts = name.split("/");
			if (parts.length > 3 && parts[0].equals("locales") && parts[2].equals("content")) {
				folders.add(parts[1]);
			}
		}
		for (String folder : folders) {
			Optional<String> language = language(folder);
			if (language.isEmpty()) {
				problems.add(ImportProblem.warning("locales/" + folder + "/", "unknownLanguage", folder));
				continue;
			}
			String lang = language.get();
			String root = "locales/" + folder + "/content/";
			Map<String, String> localApproaches = titles(root + "approaches/");
			Map<String, String> localRemote = titles(root + "remote-options/");
			titles(root + "skills/").forEach((slug, title) -> {
				if (skills.containsKey(slug)) {
					skills.get(slug).put(lang, title);
				}
			});
			Map<String, String> localActivityTitles = new HashMap<>(activityByTitle);
			for (String file : folder(root + "activities/")) {
				CatalogItem.Activity activity = activities.get(slug(file));
				Map<String, Object> fields = translated(file, activity == null, CatalogItem.ACTIVITY_TEXTS,
						ACTIVITY_FIELDS);
				if (fields == null || activity == null) {
					continue;
				}
				Map<String, String> texts = texts(file, fields, CatalogItem.ACTIVITY_TEXTS);
				activity.texts().put(lang, texts);
				localActivityTitles.put(key(texts.get("title")), activity.slug());
				matchBack(file, fields.get("approaches"), localApproaches, approachTitles, "unknownApproach");
				matchBack(file, fields.get("remote_options"), localRemote, remoteTitles, "unknownRemoteOption");
			}
			for (String file : folder(root + "methods/")) {
				CatalogItem.Method method = methods.get(slug(file));
				Map<String, Object> fields = translated(file, method == null, CatalogItem.METHOD_TEXTS, METHOD_FIELDS);
				if (fields == null || method == null) {
					continue;
				}
				method.texts().put(lang, texts(file, fields, CatalogItem.METHOD_TEXTS));
				for (String value : FrontMatter.list(fields.get("activities"))) {
					if (!localActivityTitles.containsKey(key(value)) && !activities.containsKey(value)) {
						problems.add(ImportProblem.warning(file, "unmatchedActivity", bounded(value, 200)));
					}
				}
			}
		}
	}

	private @Nullable Map<String, Object> translated(String file, boolean orphan, List<String> textFields,
			Set<String> others) {
		Map<String, Object> fields = read(file);
		if (fields == null) {
			return null;
		}
		if (orphan) {
			problems.add(ImportProblem.warning(file, "noEnglish", slug(file)));
			return null;
		}
		unknownFields(file, fields, textFields, others);
		if (FrontMatter.text(fields.get("title")).isEmpty()) {
			problems.add(ImportProblem.warning(file, "translationWithoutTitle", slug(file)));
			return null;
		}
		return fields;
	}

	/** A translated list value must be a title of this locale's files, or an English title or slug. */
	private void matchBack(String file, @Nullable Object value, Map<String, String> local, Map<String, String> english,
			String code) {
		for (String item : FrontMatter.list(value)) {
			if (matched(item, local) == null && matched(item, english) == null && !english.containsKey(item)) {
				problems.add(ImportProblem.warning(file, code, bounded(item, 200)));
			}
		}
	}

	private @Nullable Map<String, Object> read(String file) {
		FrontMatter.Read read = FrontMatter.of(file, files.texts().get(file), false);
		if (read.problem() != null) {
			problems.add(read.problem());
		}
		return read.fields();
	}

	/** An activity named by the slug of a file that is there but could not be read. */
	private boolean unreadable(String value) {
		return folder("content/activities/").stream().anyMatch(file -> slug(file).equals(value));
	}

	private int errors() {
		return (int) problems.stream().filter(ImportProblem::error).count();
	}

	private void unknownFields(String file, Map<String, Object> fields, List<String> texts, Set<String> others) {
		for (String field : fields.keySet()) {
			if (!texts.contains(field) && !others.contains(field)) {
				problems.add(ImportProblem.warning(file, "unknownField", bounded(field, 80)));
			}
		}
	}

	private Map<String, String> texts(String file, Map<String, Object> fields, List<String> names) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String name : names) {
			Optional<String> text = FrontMatter.text(fields.get(name));
			if (text.isEmpty()) {
				continue;
			}
			int max = name.equals("title") ? MAX_TITLE : Markdown.LIMIT;
			if (text.get().length() > max) {
				problems.add(ImportProblem.error(file, null, "tooLong", name));
				continue;
			}
			texts.put(name, text.get());
		}
		if (!texts.containsKey("title")) {
			problems.add(ImportProblem.error(file, null, "missingField", "title"));
		}
		return texts;
	}

	private @Nullable Integer number(String file, Map<String, Object> fields, String name) {
		Object value = fields.get(name);
		if (value == null) {
			return null;
		}
		try {
			long number = value instanceof Number n && !(value instanceof Double) ? n.longValue()
					: Long.parseLong(String.valueOf(value).strip());
			if (number >= 0 && number <= 1_000_000) {
				return (int) number;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(ImportProblem.error(file, null, "notANumber", name));
		return null;
	}

	private List<String> limited(String file, Map<String, Object> fields, String name) {
		List<String> values = FrontMatter.list(fields.get(name));
		if (values.size() > MAX_LIST) {
			problems.add(ImportProblem.error(file, null, "tooLong", name));
			return List.of();
		}
		return values;
	}

	private List<String> skills(String file, List<String> values, Map<String, String> titles) {
		List<String> slugs = new ArrayList<>();
		for (String value : values) {
			String slug = matched(value, titles);
			if (slug == null) {
				slug = slugOf(value);
				problems.add(ImportProblem.warning(file, "unknownSkill", bounded(value, 200)));
				skills.computeIfAbsent(slug, s -> new TreeMap<>()).putIfAbsent("en", bounded(value, MAX_TITLE));
			}
			if (!slug.isEmpty() && !slugs.contains(slug)) {
				slugs.add(slug);
			}
		}
		return slugs;
	}

	/** The slug a value names: a file's slug itself, or the slug of the file with this title. */
	private static @Nullable String matched(String value, Map<String, String> titles) {
		if (titles.containsKey(value)) {
			return value;
		}
		String wanted = key(value);
		for (Map.Entry<String, String> entry : titles.entrySet()) {
			if (key(entry.getKey()).equals(wanted) || key(entry.getValue()).equals(wanted)) {
				return entry.getKey();
			}
		}
		return null;
	}

	static @Nullable Approach approach(@Nullable String slug) {
		if (slug == null) {
			return null;
		}
		String k = slugOf(slug);
		if (k.startsWith("interpersonal")) {
			return Approach.INTERPERSONAL;
		}
		if (k.startsWith("research")) {
			return Approach.RESEARCH;
		}
		if (k.startsWith("technical")) {
			return Approach.TECHNICAL;
		}
		return null;
	}

	/** Known slugs and titles: none/not-remote, with-support, partial/partly, complete/full/fully. */
	static @Nullable RemoteOption remoteOption(@Nullable String slug) {
		if (slug == null) {
			return null;
		}
		String k = slugOf(slug);
		if (k.equals("none") || k.equals("no") || k.startsWith("not-remote")) {
			return RemoteOption.NOT_REMOTE;
		}
		if (k.contains("support")) {
			return RemoteOption.WITH_SUPPORT;
		}
		if (k.startsWith("part")) {
			return RemoteOption.PARTLY;
		}
		if (k.startsWith("full") || k.startsWith("complete")) {
			return RemoteOption.FULLY;
		}
		return null;
	}

	/** slug -> title of the files in a folder (title from the front matter, or the slug when it has none). */
	private Map<String, String> titles(String folder) {
		Map<String, String> titles = new TreeMap<>();
		for (String file : folder(folder)) {
			FrontMatter.Read read = FrontMatter.of(file, files.texts().get(file), false);
			if (read.problem() != null) {
				problems.add(read.problem());
				continue;
			}
			titles.put(slug(file), bounded(FrontMatter.text(read.fields().get("title")).orElse(slug(file)), MAX_TITLE));
		}
		return titles;
	}

	private List<String> folder(String prefix) {
		return files.texts()
			.keySet()
			.stream()
			.filter(name -> name.startsWith(prefix) && name.endsWith(".md") && name.indexOf('/', prefix.length()) < 0)
			.toList();
	}

	static String slug(String file) {
		String name = file.substring(file.lastIndexOf('/') + 1);
		return slugOf(name.substring(0, name.length() - 3));
	}

	static String slugOf(String text) {
		String slug = text.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() > 120 ? slug.substring(0, 120) : slug;
	}

	private static String key(@Nullable String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

}
