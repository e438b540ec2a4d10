package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.tandem.platform.web.IcuMessageSource;
import org.tandem.platform.web.Languages;

/**
 * Keeps the languages whole: every bundle has exactly the keys of every other, every message parses, no template
 * holds text that is not a message, and every message key a template names exists.
 */
class I18nTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** The bundles, one per module, each a file per language ({@code spring.messages.basename}). */
	static final List<String> BASENAMES = List.of("messages", "organization", "privacy", "intake", "directory",
			"matching", "handoff", "engagement", "cohort", "audit", "evaluation");

	/** Every message of a language, across the modules' bundles; a key may be defined in one bundle only. */
	static Properties bundle(String code) throws IOException {
		Properties all = new Properties();
		for (String basename : BASENAMES) {
			Path file = BUNDLES.resolve(code.equals("en") ? basename + ".properties" : basename + "_" + code + ".properties");
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			for (String key : properties.stringPropertyNames()) {
				assertThat(all.containsKey(key)).as(file + " redefines " + key).isFalse();
			}
			all.putAll(properties);
		}
		return all;
	}

	@Test
	void theApplicationLoadsEveryBundle() throws IOException {
		String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
		assertThat(yaml).contains("basename: " + String.join(",", BASENAMES.stream().map(b -> "i18n/" + b).toList()));
		try (Stream<Path> files = Files.list(BUNDLES)) {
			assertThat(files.map(f -> f.getFileName().toString().replaceFirst("(_[a-z]{2})?\\.properties$", ""))
				.distinct()
				.sorted()
				.toList()).containsExactlyInAnyOrderElementsOf(BASENAMES);
		}
	}

	@Test
	void everyLanguageHasEveryKeyAndEveryMessageParses() throws IOException {
		Properties englishMessages = bundle("en");
		Set<String> english = englishMessages.stringPropertyNames();
		assertThat(english).hasSizeGreaterThan(200);
		for (var language : Languages.SUPPORTED) {
			Properties messages = bundle(language.code());
			assertThat(new TreeSet<>(messages.stringPropertyNames())).as(language.code())
				.isEqualTo(new TreeSet<>(english));
			for (String key : english) {
				String value = messages.getProperty(key);
				assertThat(value).as(language.code() + " " + key).isNotBlank().doesNotContain("'");
				// parsed the way the application formats it (ICU, IcuMessageSource); a syntax error fails here
				new com.ibm.icu.text.MessageFormat(value, IcuMessageSource.formattingLocale(language.locale()));
				assertThat(MessagePlurals.arguments(value)).as(language.code() + " " + key)
					.isEqualTo(MessagePlurals.arguments(englishMessages.getProperty(key)));
			}
		}
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				boolean translated = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:errors") || element.hasAttr("th:replace") || element.hasAttr("th:insert");
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank() && !translated && !text.text().strip().matches("[\\p{Punct}·:|]+")) {
						problems.add(TEMPLATES.relativize(template) + ": \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : List.of("placeholder", "title", "alt", "aria-label", "value", "content")) {
					String value = element.attr(attribute);
					if (!value.isBlank() && value.matches(".*\\p{L}{3,}.*") && !allowedLiteral(element, attribute)) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + value + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static boolean allowedLiteral(Element element, String attribute) {
		// Machine values, not text for people: meta tags, form values that are codes, hidden fields.
		return element.tagName().equals("meta") || element.attr("type").equals("hidden")
				|| (attribute.equals("value") && element.tagName().equals("input"));
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Set<String> english = bundle("en").stringPropertyNames();
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = key.matcher(Files.readString(template));
			while (m.find()) {
				if (!english.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void rolesAndAuditEventsHaveNamesInEveryLanguage() throws IOException {
		for (var language : Languages.SUPPORTED) {
			Properties messages = bundle(language.code());
			for (Role role : Role.values()) {
				assertThat(messages.getProperty(role.messageKey())).as(role.name()).isNotBlank();
			}
			for (var kind : org.tandem.account.domain.SecurityEventKind.values()) {
				assertThat(messages.getProperty("audit.kind." + kind.name())).as(kind.name()).isNotBlank();
			}
		}
		assertThat(Locale.forLanguageTag("ar")).isEqualTo(Languages.find("ar").orElseThrow().locale());
	}

	/**
	 * Keys built at run time from a value escape the template check above: every enum in Tandem that names its own
	 * message ({@code messageKey()}) must have it in every language, as must every access-token scope.
	 */
	@Test
	void everyEnumThatNamesItsMessageHasItInEveryLanguage() throws Exception {
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(Enum.class));
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (var language : Languages.SUPPORTED) {
			Properties messages = bundle(language.code());
			for (var definition : scanner.findCandidateComponents("org.tandem")) {
				Class<?> type = Class.forName(definition.getBeanClassName());
				java.lang.reflect.Method messageKey;
				try {
					messageKey = type.getMethod("messageKey");
				}
				catch (NoSuchMethodException notNamed) {
					continue;
				}
				messageKey.setAccessible(true);
				for (Object constant : type.getEnumConstants()) {
					String key = (String) messageKey.invoke(constant);
					checked++;
					if (messages.getProperty(key) == null || messages.getProperty(key).isBlank()) {
						missing.add(language.code() + ": " + type.getSimpleName() + "." + constant + " -> " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(checked).as("enums found").isGreaterThan(100);
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

}
