package org.tandem.platform;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Country names in the reader's language, from the JDK's own data (no list kept by hand). */
@Component("countries")
public class Countries {

	public List<Country> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	public String name(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}

	public record Country(String code, String name) {
	}

}
