package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Never a league table (issue 24): no page, export or API of the evaluation module ranks or compares organizations.
 * This scans what exists instead of a list kept by hand, and names the offending place:
 * <ul>
 * <li>the SQL of the module (its Java sources and its migrations): no {@code order by} on a score, an average, a
 * change, a light, a result or a figure in a query that reaches organizations (organizations, engagements, cohorts,
 * plans, members);</li>
 * <li>its Java: no sorting, maximum or minimum by such a value ({@code sorted}, {@code Comparator},
 * {@code Collections.max}),
 * unless the line (or the one above) says why it is not one with {@value #NOT_A_LEAGUE_TABLE} — e.g. the outcomes of
 * one organization's own plan;</li>
 * <li>its routes: no path that ranks or compares, no parameter (request parameter or form field) that sorts or
 * ranks;</li>
 * <li>its templates: no numbered iteration over organizations ({@code iter.count}, {@code iter.index}), no sorting
 * in a template, and no message key of the module about ranks, positions or leagues.</li>
 * </ul>
 */
class NoLeagueTableTests {

	static final String NOT_A_LEAGUE_TABLE = "not-a-league-table:";

	private static final Path JAVA = Path.of("src/main/java/org/tandem/evaluation");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration/evaluation");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/evaluation");

	private static final Path BUNDLE = Path.of("src/main/resources/i18n/evaluation.properties");

	/** Values that say how well an organization did. */
	private static final Pattern RESULT = Pattern.compile(
			"(?i)score|average|avg\\b|\\bmean\\b|\\bchange\\b|_change|change_|delta|light|result|rating|potential|progress"
					+ "|improve|efficacy|satisf|useful|recommend|rank|percent|grade");

	/** What a query reaches when it is about organizations. */
	private static final Pattern ORGANIZATIONS = Pattern.compile(
			"(?i)organi[sz]ation|engagement|cohort|plan|member|provider|participant");

	private static final Pattern ORDER_BY = Pattern.compile("(?i)order\\s+by\\s+(.{1,200}?)(?=\"|;|\\bfetch\\b|\\blimit\\b|\\boffset\\b|\\)\\s*$|$)",
			Pattern.MULTILINE);

	private static final Pattern SORTING = Pattern.compile(
			"sorted\\(|\\.sort\\(|Comparator\\.|reversed\\(|\\.(max|min)\\(\\s*Comparator|Collections\\.(max|min)\\(");

	private static final Pattern RANKING_WORDS = Pattern.compile(
			"(?i)(^|[/\\-_.{])(rank\\w*|league\\w*|leader\\w*|top|best|worst|compar\\w*|versus|podium)($|[/\\-_.}?])");

	private static final Pattern SORT_PARAMETER = Pattern.compile(
			"(?i)^(sort\\w*|order_?by|rank\\w*|compar\\w*|top|best|worst)$");

	@Test
	void noQueryOfTheModuleOrdersOrganizationsByAResult() {
		List<String> offending = new ArrayList<>();
		Stream.concat(files(JAVA, ".java").stream(), files(MIGRATIONS, ".sql").stream()).forEach(file -> {
			String text = read(file);
			Matcher order = ORDER_BY.matcher(text);
			while (order.find()) {
				String expression = order.group(1);
				String query = enclosingQuery(text, order.start());
				if (RESULT.matcher(expression).find() && ORGANIZATIONS.matcher(query).find()) {
					offending.add(place(file, text, order.start()) + " order by " + expression.strip());
				}
			}
		});
		assertThat(offending).as("queries ordering organizations by a result (never a league table)").isEmpty();
	}

	@Test
	void noJavaOfTheModuleSortsByAResultWithoutSayingWhyItIsNoLeagueTable() {
		List<String> offending = new ArrayList<>();
		for (Path file : files(JAVA, ".java")) {
			List<String> lines = read(file).lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (!SORTING.matcher(line).find() || !RESULT.matcher(line).find()) {
					continue;
				}
				boolean explained = line.contains(NOT_A_LEAGUE_TABLE)
						|| (i > 0 && lines.get(i - 1).contains(NOT_A_LEAGUE_TABLE));
				if (!explained) {
					offending.add(file + ":" + (i + 1) + " " + line.strip());
				}
			}
		}
		assertThat(offending).as("sorting by a result (say why with '" + NOT_A_LEAGUE_TABLE + "' if it is "
				+ "about one organization)").isEmpty();
	}

	@Test
	void noRouteOfTheModuleRanksComparesOrSorts() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> offending = new ArrayList<>();
		int routes = 0;
		for (var candidate : scanner.findCandidateComponents("org.tandem.evaluation")) {
			Class<?> controller = Class.forName(candidate.getBeanClassName());
			List<String> prefixes = paths(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
			for (Method method : controller.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				if (mapping == null) {
					continue;
				}
				routes++;
				String where = controller.getSimpleName() + "." + method.getName();
				for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
					for (String path : paths(mapping).isEmpty() ? List.of("") : paths(mapping)) {
						if (RANKING_WORDS.matcher(prefix + path).find()) {
							offending.add(where + " path " + prefix + path);
						}
					}
				}
				for (String param : mapping.params()) {
					if (SORT_PARAMETER.matcher(param.split("[=!]")[0]).find()) {
						offending.add(where + " params " + param);
					}
				}
				for (Parameter parameter : method.getParameters()) {
					offending.addAll(sortingInputs(where, parameter));
				}
			}
		}
		assertThat(routes).as("the scan sees the module's routes").isPositive();
		assertThat(offending).as("routes that rank, compare or sort").isEmpty();
	}

	@Test
	void noTemplateOfTheModuleNumbersOrSortsOrganizations() {
		Pattern each = Pattern.compile("th:each=\"\\s*(\\w+)\\s*(?:,\\s*(\\w+))?\\s*:\\s*([^\"]*)\"");
		List<String> offending = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String text = read(file);
			Matcher loop = each.matcher(text);
			while (loop.find()) {
				String status = loop.group(2);
				String iterable = loop.group(3);
				if (iterable.contains("#lists.sort") || iterable.contains(".sort(") || iterable.contains("sorted")) {
					offending.add(place(file, text, loop.start()) + " sorts in a template: " + loop.group());
				}
				if (status != null && ORGANIZATIONS.matcher(iterable).find()
						&& Pattern.compile("\\b" + status + "\\.(count|index)").matcher(text).find()) {
					offending.add(place(file, text, loop.start()) + " numbers organizations: " + loop.group());
				}
			}
			Matcher key = Pattern.compile("#\\{([\\w.]+)").matcher(text);
			while (key.find()) {
				if (Pattern.compile("(?i)rank|league|leader|position|podium").matcher(key.group(1)).find()) {
					offending.add(place(file, text, key.start()) + " " + key.group(1));
				}
			}
		}
		Properties bundle = new Properties();
		try (var in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
			bundle.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		bundle.stringPropertyNames().stream()
			.filter(name -> Pattern.compile("(?i)rank|league|leader|podium").matcher(name).find())
			.forEach(name -> offending.add(BUNDLE + " " + name));
		assertThat(files(TEMPLATES, ".html")).as("the scan sees the module's templates").isNotEmpty();
		assertThat(offending).as("templates ranking organizations").isEmpty();
	}

	private static List<String> sortingInputs(String where, Parameter parameter) {
		List<String> offending = new ArrayList<>();
		RequestParam param = parameter.getAnnotation(RequestParam.class);
		if (param != null) {
			String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
					: parameter.getName();
			if (SORT_PARAMETER.matcher(name).find()) {
				offending.add(where + " parameter " + name);
			}
		}
		if (parameter.getType().isRecord() && parameter.getType().getName().startsWith("org.tandem.evaluation")) {
			for (RecordComponent component : parameter.getType().getRecordComponents()) {
				if (SORT_PARAMETER.matcher(component.getName()).find()) {
					offending.add(where + " form field " + component.getName());
				}
			}
		}
		return offending;
	}

	private static List<String> paths(RequestMapping mapping) {
		if (mapping == null) {
			return List.of();
		}
		List<String> paths = new ArrayList<>(List.of(mapping.path()));
		paths.addAll(List.of(mapping.value()));
		return paths.stream().distinct().toList();
	}

	/** The SQL text around a position: the text block or the string it stands in (a migration: its statement). */
	private static String enclosingQuery(String text, int at) {
		int open = text.lastIndexOf("\"\"\"", at);
		int close = text.indexOf("\"\"\"", at);
		if (open >= 0 && close >= 0 && (text.substring(open + 3, at).chars().filter(c -> c == '"').count() == 0)) {
			return text.substring(open, close);
		}
		int start = Math.max(text.lastIndexOf(';', at), Math.max(text.lastIndexOf('(', at) - 400, 0));
		int end = text.indexOf(';', at);
		return text.substring(start, end < 0 ? text.length() : end);
	}

	private static String place(Path file, String text, int at) {
		return file + ":" + (text.substring(0, at).lines().count());
	}

	private static List<Path> files(Path root, String suffix) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
