package org.tandem.platform;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Country names in the reader's language, from the JDK's own data (no list kept by hand). */
@Component("countries")
public class Countries {

	/** More than the languages Tandem ships: a page's locale comes from those, so this never fills. */
	private static final int MAX_LANGUAGES = 32;

	private final Regions regions;

	private final java.util.Map<Locale, List<Country>> sorted = new java.util.concurrent.ConcurrentHashMap<>();

	public Countries(Regions regions) {
		this.regions = regions;
	}

	/**
	 * Every country in the reader's language, sorted as that language sorts: worked out once per language (sorting
	 * 250 names with a collator on each page view was a seventh of the staff queue's time), and kept for the few
	 * languages pages are shown in.
	 */
	public List<Country> all(Locale locale) {
		List<Country> known = sorted.get(locale);
		if (known != null) {
			return known;
		}
		Collator collator = Collator.getInstance(locale);
		List<Country> countries = Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
		if (sorted.size() < MAX_LANGUAGES) {
			sorted.putIfAbsent(locale, countries);
		}
		return countries;
	}

	public String name(String code, Locale locale) {
		return Locale.of("", code).getDisplayCountry(locale);
	}

	/** The names of these countries as a list in the reader's language ("France, Lebanon and Peru"). */
	public String names(Collection<String> codes, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<String> names = codes.stream().map(code -> name(code, locale)).sorted(collator).toList();
		return ListFormatter.getInstance(ULocale.forLocale(locale)).format(names);
	}

	/**
	 * Every country under its world region, in the regions' order, for a list of checkboxes: each group says whether
	 * it holds a chosen country (and is then shown unfolded).
	 */
	public List<RegionGroup> byRegion(Locale locale, @Nullable Collection<String> selected) {
		Set<String> chosen = selected == null ? Set.of() : Set.copyOf(selected);
		Collator collator = Collator.getInstance(locale);
		List<RegionGroup> groups = new ArrayList<>();
		for (Regions.Region region : regions.all()) {
			List<Choice> countries = region.countries()
				.stream()
				.map(code -> new Choice(code, name(code, locale), chosen.contains(code)))
				.sorted(Comparator.comparing(Choice::name, collator))
				.toList();
			groups.add(new RegionGroup(region.messageKey(), countries, countries.stream().anyMatch(Choice::chosen)));
		}
		return groups;
	}

	public record Country(String code, String name) {
	}

	/** A country offered with a checkbox, ticked or not. */
	public record Choice(String code, String name, boolean chosen) {
	}

	/** A world region's countries; open when one of them is chosen. */
	public record RegionGroup(String messageKey, List<Choice> countries, boolean open) {
	}

}
