package org.tandem.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Countries;
import org.tandem.platform.LanguageNames;
import org.tandem.platform.Regions;

/**
 * The long choices' markup: the first option chooses nothing and carries the page's own text, escaped; every country
 * or language follows in the reader's language; the chosen value, and only it, is marked, whatever was chosen before
 * from the same cached options.
 */
class SelectOptionsTests {

	private final SelectOptions options = new SelectOptions(new Countries(new Regions()), new LanguageNames());

	@Test
	void everyCountryFollowsTheEscapedFirstOptionAndOnlyTheChosenOneIsMarked() {
		Elements first = parse(options.countries(Locale.FRENCH, "<Aucun> & \"tous\"", "KE"));
		assertThat(first).hasSize(Locale.getISOCountries().length + 1);
		assertThat(first.getFirst().attr("value")).isEmpty();
		assertThat(first.getFirst().text()).isEqualTo("<Aucun> & \"tous\"");
		assertThat(first.getFirst().hasAttr("selected")).isFalse();
		assertThat(first.select("option[selected]")).extracting(Element::val).containsExactly("KE");
		assertThat(first.select("option[value=DE]").text()).isEqualTo("Allemagne");

		// the same cached options, another choice: the mark moves, nothing of the first choice stays
		Elements second = parse(options.countries(Locale.FRENCH, "Aucun", "LB"));
		assertThat(second.select("option[selected]")).extracting(Element::val).containsExactly("LB");
		Elements none = parse(options.countries(Locale.FRENCH, "Aucun", null));
		assertThat(none.select("option[selected]")).extracting(Element::val).containsExactly("");
	}

	@Test
	void languagesComeInTheOrderGivenNamedInTheReadersLanguage() {
		Elements arabic = parse(options.languages(List.of("sw", "ar", "en"), Locale.forLanguageTag("ar"), "أي لغة", "ar"));
		assertThat(arabic).extracting(Element::val).containsExactly("", "sw", "ar", "en");
		assertThat(arabic.select("option[value=ar]").text()).isEqualTo("العربية");
		assertThat(arabic.select("option[selected]")).extracting(Element::val).containsExactly("ar");
		// a value that is none of them marks nothing
		assertThat(parse(options.languages(List.of("sw"), Locale.ENGLISH, "Any", "xx")).select("option[selected]"))
			.isEmpty();
	}

	private static Elements parse(String markup) {
		return Jsoup.parse("<select>" + markup + "</select>").select("option");
	}

}
