package org.tandem.audit.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A catalog file's YAML front matter (between two {@code ---} lines at its top; a {@code .yml} file is all YAML), read
 * by SnakeYAML's safe constructor (plain maps, lists, strings and numbers; no types named by the document) with
 * limits: no duplicate keys, few aliases (no alias bombs), no recursive keys, bounded nesting and size.
 */
final class FrontMatter {

	private FrontMatter() {
	}

	/** The map, or a problem (bad YAML with its line in the file). */
	record Read(@Nullable Map<String, Object> fields, @Nullable ImportProblem problem) {
	}

	static Read of(String file, String text, boolean wholeFile) {
		String yaml;
		int firstLine;
		if (wholeFile) {
			yaml = text;
			firstLine = 1;
		}
		else {
			String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
			if (!body.startsWith("---")) {
				return new Read(null, ImportProblem.error(file, 1, "noFrontMatter", ""));
			}
			int start = body.indexOf('\n');
			int end = start < 0 ? -1 : closing(body, start + 1);
			if (end < 0) {
				return new Read(null, ImportProblem.error(file, 1, "noFrontMatter", ""));
			}
			yaml = body.substring(start + 1, end);
			firstLine = 2;
		}
		try {
			Object loaded = yaml().load(yaml);
			if (loaded == null) {
				return new Read(Map.of(), null);
			}
			if (!(loaded instanceof Map<?, ?> map)) {
				return new Read(null, ImportProblem.error(file, firstLine, "badYaml", ""));
			}
			Map<String, Object> fields = new LinkedHashMap<>();
			map.forEach((key, value) -> fields.put(String.valueOf(key), value));
			return new Read(fields, null);
		}
		catch (MarkedYAMLException e) {
			Integer line = e.getProblemMark() == null ? null : e.getProblemMark().getLine() + firstLine;
			return new Read(null, ImportProblem.error(file, line, "badYaml", shortly(e.getProblem())));
		}
		catch (YAMLException e) {
			return new Read(null, ImportProblem.error(file, null, "badYaml", ""));
		}
	}

	private static int closing(String body, int from) {
		int at = from;
		while (at < body.length()) {
			int next = body.indexOf('\n', at);
			String line = (next < 0 ? body.substring(at) : body.substring(at, next)).stripTrailing();
			if (line.equals("---") || line.equals("...")) {
				return at;
			}
			if (next < 0) {
				return -1;
			}
			at = next + 1;
		}
		return -1;
	}

	private static String shortly(@Nullable String problem) {
		if (problem == null) {
			return "";
		}
		return problem.length() > 120 ? problem.substring(0, 120) : problem;
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(CatalogFiles.MAX_FILE);
		return new Yaml(new SafeConstructor(options));
	}

	/** A value as text: a string as written, a list as a Markdown list, a number as its digits; none for null. */
	static Optional<String> text(@Nullable Object value) {
		if (value == null) {
			return Optional.empty();
		}
		if (value instanceof List<?> list) {
			String joined = list.stream()
				.map(item -> "- " + text(item).orElse("").strip().replace("\n", "\n  "))
				.collect(Collectors.joining("\n"));
			return joined.isBlank() ? Optional.empty() : Optional.of(joined);
		}
		if (value instanceof Map<?, ?> map) {
			return text(map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()).orElse("")).toList());
		}
		String text = String.valueOf(value);
		return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
	}

	/** A value as a list of short strings: a list's items, or a single value (comma-separated) as its parts. */
	static List<String> list(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> text(item).orElse("")).filter(s -> !s.isBlank()).toList();
		}
		return java.util.Arrays.stream(String.valueOf(value).split(","))
			.map(String::strip)
			.filter(s -> !s.isBlank())
			.toList();
	}

	/** Authors as one line: a list joined by commas. */
	static String authors(@Nullable Object value) {
		return String.join(", ", list(value));
	}

}
