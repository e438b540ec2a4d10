package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.tandem.platform.web.IcuMessageSource;
import org.tandem.platform.web.Languages;

import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;

/**
 * Messages are formatted by ICU: counts choose their words by each language's CLDR plural rules (Arabic's six
 * categories included), numbers use the language's separators with Latin digits, and text without arguments is shown
 * as written.
 */
class MessageFormattingTests {

	static final Locale EN = Locale.ENGLISH;

	static final Locale AR = Locale.forLanguageTag("ar");

	static String render(Locale locale, String key, Object... arguments) throws IOException {
		Properties bundle = I18nTests.bundle(locale.getLanguage());
		String pattern = bundle.getProperty(key);
		assertThat(pattern).as(key).isNotNull();
		return IcuMessageSource.format(pattern, arguments, locale);
	}

	@Test
	void everyPluralHasTheCasesItsLanguageNeeds() throws IOException {
		Map<String, String> problems = new TreeMap<>();
		int plurals = 0;
		for (var language : Languages.SUPPORTED) {
			Set<String> categories = PluralRules.forLocale(ULocale.forLocale(language.locale())).getKeywords();
			Properties messages = I18nTests.bundle(language.code());
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				// a count is chosen by plural rules, not by ChoiceFormat ranges that know only English
				if (MessagePlurals.argumentTypes(message).contains(ArgType.CHOICE)) {
					problems.put(language.code() + " " + key, "uses choice instead of plural");
				}
				for (Set<String> cases : MessagePlurals.pluralCases(message)) {
					plurals++;
					Set<String> missing = new HashSet<>(categories);
					missing.removeAll(cases);
					if (!missing.isEmpty()) {
						problems.put(language.code() + " " + key, "lacks " + missing);
					}
					List<String> unknown = new ArrayList<>();
					for (String c : cases) {
						if (!c.startsWith("=") && !categories.contains(c)) {
							unknown.add(c);
						}
					}
					if (!unknown.isEmpty()) {
						problems.put(language.code() + " " + key, "has cases its language never selects " + unknown);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(plurals).isGreaterThan(100);
		// Arabic needs all six
		assertThat(PluralRules.forLocale(ULocale.forLocale(AR)).getKeywords()).containsExactlyInAnyOrder("zero", "one",
				"two", "few", "many", "other");
	}

	@Test
	void englishCountsChooseSingularOrPlural() throws IOException {
		assertThat(List.of(0, 1, 2, 3, 11, 100).stream().map(n -> {
			try {
				return render(EN, "intake.queue.olderThan", n);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}).toList()).containsExactly("Older than 0 days", "Older than 1 day", "Older than 2 days", "Older than 3 days",
				"Older than 11 days", "Older than 100 days");
		assertThat(render(EN, "matching.candidates.summary", 1, 0))
			.isEqualTo("1 provider meets every constraint; 0 are excluded.");
		assertThat(render(EN, "matching.candidates.summary", 2, 1))
			.isEqualTo("2 providers meet every constraint; 1 is excluded.");
		assertThat(render(EN, "intake.queue.emergencies", 1)).isEqualTo("emergency");
		assertThat(render(EN, "intake.queue.emergencies", 11)).isEqualTo("emergencies");
		assertThat(render(EN, "directory.listing.count", 0)).isEqualTo("No provider");
		assertThat(render(EN, "directory.listing.count", 1)).isEqualTo("One provider");
		assertThat(render(EN, "directory.listing.count", 1234)).isEqualTo("1,234 providers");
		assertThat(render(EN, "mail.waiting", 1)).isEqualTo("1 mail waits to be sent.");
		assertThat(render(EN, "tokens.days", 1)).isEqualTo("1 day");
		assertThat(render(EN, "matching.why.load", 1, 1)).isEqualTo("1 of 1 slot free.");
		assertThat(render(EN, "matching.why.load", 0, 3)).isEqualTo("0 of 3 slots free.");
		assertThat(render(EN, "intake.status.idle.rule", 1, "2026-12-05"))
			.startsWith("If nobody acts on this request, neither you nor the hub, for <bdi>1</bdi> day, it is destroyed");
	}

	@Test
	void arabicCountsUseAllSixForms() throws IOException {
		Map<Integer, String> olderThan = new TreeMap<>();
		for (int n : new int[] { 0, 1, 2, 3, 11, 100 }) {
			olderThan.put(n, render(AR, "intake.queue.olderThan", n));
		}
		assertThat(olderThan).containsExactlyEntriesOf(new TreeMap<>(Map.of(0, "أقدم من 0 يوم", 1, "أقدم من يوم واحد", 2,
				"أقدم من يومين", 3, "أقدم من 3 أيام", 11, "أقدم من 11 يومًا", 100, "أقدم من 100 يوم")));
		assertThat(render(AR, "matching.candidates.summary", 1, 2)).isEqualTo("يستوفي مقدّم خدمة واحد كل القيود؛ واستُبعِد اثنان.");
		assertThat(render(AR, "matching.candidates.summary", 0, 0)).isEqualTo("لا يستوفي أي مقدّم خدمة كل القيود؛ ولم يُستبعَد أحد.");
		assertThat(render(AR, "directory.listing.count", 5)).isEqualTo("5 مقدّمي خدمة");
		assertThat(render(AR, "tokens.days", 2)).isEqualTo("يومان");
	}

	@Test
	void otherLanguagesFollowTheirOwnRules() throws IOException {
		// French and Portuguese (CLDR) put 0 with 1; Spanish does not
		assertThat(render(Locale.FRENCH, "intake.queue.olderThan", 0)).isEqualTo("Plus de 0 jour");
		assertThat(render(Locale.FRENCH, "intake.queue.olderThan", 2)).isEqualTo("Plus de 2 jours");
		assertThat(render(Locale.forLanguageTag("es"), "intake.queue.olderThan", 0)).isEqualTo("Más de 0 días");
		assertThat(render(Locale.forLanguageTag("es"), "intake.queue.olderThan", 1)).isEqualTo("Más de 1 día");
		assertThat(render(Locale.forLanguageTag("pt"), "matching.batch.appliedDone", 1)).isEqualTo("1 pedido pareado.");
		assertThat(render(Locale.FRENCH, "mail.deadLetters", 1_000_000))
			.isEqualTo("1\u202f000\u202f000 d’e-mails ont échoué trop souvent.");
	}

	@Test
	void numbersUseTheLanguagesSeparatorsWithLatinDigits() {
		assertThat(IcuMessageSource.format("{0}", new Object[] { 1234567 }, EN)).isEqualTo("1,234,567");
		assertThat(IcuMessageSource.format("{0}", new Object[] { 1234567 }, Locale.FRENCH)).isEqualTo("1\u202f234\u202f567");
		// Arabic: Latin digits, the digits dates, references and phone numbers are written in
		assertThat(IcuMessageSource.format("{0}", new Object[] { 1234567 }, AR)).isEqualTo("1,234,567")
			.doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
		assertThat(IcuMessageSource.formattingLocale(AR).getKeywordValue("numbers")).isEqualTo("latn");
	}

	@Test
	void textWithoutArgumentsIsShownAsWritten() {
		assertThat(IcuMessageSource.format("L’accès d’aujourd’hui #1 : 100 %", null, Locale.FRENCH))
			.isEqualTo("L’accès d’aujourd’hui #1 : 100 %");
		// ICU's DOUBLE_OPTIONAL apostrophes: a lone one stays, a doubled one is one, a quoted brace is literal
		assertThat(IcuMessageSource.format("it's {0}", new Object[] { "x" }, EN)).isEqualTo("it's x");
		assertThat(IcuMessageSource.format("l''{0}", new Object[] { "x" }, Locale.FRENCH)).isEqualTo("l'x");
		assertThat(IcuMessageSource.format("'{'0'}' {0}", new Object[] { "x" }, EN)).isEqualTo("{0} x");
		assertThatThrownBy(() -> IcuMessageSource.format("{0, plural, one {#}", new Object[] { 1 }, EN))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
