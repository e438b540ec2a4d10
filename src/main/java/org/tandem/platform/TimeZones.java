package org.tandem.platform;

import java.text.Collator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

/**
 * The time zones people pick from, and the one owner of what a valid zone is. Stored values are IANA ids
 * ({@code Europe/Paris}, or {@code UTC}).
 * <p>
 * What is offered: the current zones only, one per location, under their current IANA name (ICU4J's canonical
 * location zones mapped to IANA's preferred id, so {@code America/Argentina/Buenos_Aires} and not its old alias
 * {@code America/Buenos_Aires}), that the JDK can also compute, plus {@code UTC}. What is accepted: any of those and
 * any old alias of one of them, so a value stored before keeps validating and showing.
 * <p>
 * How to use it on a page (the controller or a template):
 * <ul>
 * <li>{@link #options(Locale, String)} gives {@link Option}s (id and a readable label in the page's language, such as
 * "(UTC+01:00) Paris — Central European Time"), sorted by standard offset, then by label; the zones of the given
 * country (ISO 3166-1 alpha-2, may be null) come first within their offset.</li>
 * <li>{@link #suggested(String)} is the zone to preselect when nothing was chosen and the country is known (null
 * when the country has none or is unknown).</li>
 * <li>{@link #selectable(String)} turns a stored value into the option value that shows it selected: an old alias
 * becomes its current id, an unknown value stays as it is (the form then says it is not a known zone).</li>
 * <li>{@link #known(String)} validates what was posted.</li>
 * </ul>
 */
public final class TimeZones {

	/** The zone offered for "no particular place". */
	public static final String UTC = "UTC";

	/** The ids offered, sorted by name; each is its own current IANA id. */
	public static final List<String> IDS = ids();

	private static final Set<String> CURRENT = Set.copyOf(IDS);

	/**
	 * The zone to suggest for the countries whose several zones leave no obvious first: the capital's or the most
	 * populous one. A country with one zone (most of them) needs no entry.
	 */
	private static final Map<String, String> MAIN_ZONE = Map.ofEntries(Map.entry("AR", "America/Argentina/Buenos_Aires"),
			Map.entry("AU", "Australia/Sydney"), Map.entry("BR", "America/Sao_Paulo"),
			Map.entry("CA", "America/Toronto"), Map.entry("CD", "Africa/Kinshasa"), Map.entry("CL", "America/Santiago"),
			Map.entry("CN", "Asia/Shanghai"), Map.entry("CY", "Asia/Nicosia"), Map.entry("DE", "Europe/Berlin"),
			Map.entry("EC", "America/Guayaquil"), Map.entry("ES", "Europe/Madrid"), Map.entry("FM", "Pacific/Pohnpei"),
			Map.entry("GL", "America/Nuuk"), Map.entry("ID", "Asia/Jakarta"), Map.entry("KI", "Pacific/Tarawa"),
			Map.entry("KZ", "Asia/Almaty"), Map.entry("MH", "Pacific/Majuro"), Map.entry("MN", "Asia/Ulaanbaatar"),
			Map.entry("MX", "America/Mexico_City"), Map.entry("MY", "Asia/Kuala_Lumpur"),
			Map.entry("NZ", "Pacific/Auckland"), Map.entry("PF", "Pacific/Tahiti"), Map.entry("PG", "Pacific/Port_Moresby"),
			Map.entry("PS", "Asia/Hebron"), Map.entry("PT", "Europe/Lisbon"), Map.entry("RU", "Europe/Moscow"),
			Map.entry("UA", "Europe/Kyiv"), Map.entry("UM", "Pacific/Midway"), Map.entry("US", "America/New_York"),
			Map.entry("UZ", "Asia/Tashkent"), Map.entry("AQ", "Antarctica/McMurdo"));

	private static final Map<Locale, List<Option>> BY_LOCALE = new ConcurrentHashMap<>();

	private TimeZones() {
	}

	/** Whether a posted or stored value is a zone: a current one, or an old alias of one. */
	public static boolean known(@Nullable String id) {
		return id != null && (CURRENT.contains(id) || CURRENT.contains(current(id)));
	}

	/** The current IANA id for a zone id (itself when current, or unknown to ICU). */
	public static String current(String id) {
		if (id.equals(UTC) || id.equals("Etc/UTC")) {
			return UTC;
		}
		String canonical = TimeZone.getCanonicalID(id);
		if (canonical == null) {
			return id;
		}
		String iana = TimeZone.getIanaID(canonical);
		return iana == null || iana.equals(TimeZone.UNKNOWN_ZONE_ID) ? id : iana;
	}

	/** The value that shows a stored zone selected among the {@link #options}: its current id if known. */
	public static String selectable(@Nullable String id) {
		if (id == null || id.isEmpty()) {
			return "";
		}
		return known(id) ? current(id) : id;
	}

	/** The zones offered, labelled in the given language, sorted by offset; the country's own zones first. */
	public static List<Option> options(Locale locale, @Nullable String countryCode) {
		// one list per language (the pages come in languages, not regional variants): the cache stays that small
		List<Option> all = BY_LOCALE.computeIfAbsent(Locale.of(locale.getLanguage()), TimeZones::labelled);
		Set<String> local = zonesOf(countryCode);
		if (local.isEmpty()) {
			return all;
		}
		List<Option> sorted = new ArrayList<>(all);
		sorted.sort(Comparator.comparingInt(Option::standardOffsetMinutes)
			.thenComparing(o -> !local.contains(o.id())));
		return sorted;
	}

	/** The readable name of a zone in the given language; the id itself for a value that is not a zone. */
	public static String label(@Nullable String id, Locale locale) {
		if (id == null || id.isEmpty()) {
			return "";
		}
		if (!known(id)) {
			return id;
		}
		String wanted = current(id);
		return options(locale, null).stream()
			.filter(o -> o.id().equals(wanted))
			.map(Option::label)
			.findFirst()
			.orElse(id);
	}

	/**
	 * The zone to preselect for a country when nothing was chosen: its only zone, or its main one when it has
	 * several; null for no country or one without a zone.
	 */
	public static @Nullable String suggested(@Nullable String countryCode) {
		Set<String> zones = zonesOf(countryCode);
		if (zones.isEmpty()) {
			return null;
		}
		String main = MAIN_ZONE.get(countryCode);
		if (main != null && zones.contains(main)) {
			return main;
		}
		return zones.iterator().next();
	}

	private static Set<String> zonesOf(@Nullable String countryCode) {
		if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
			return Set.of();
		}
		Set<String> zones = new LinkedHashSet<>();
		for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, countryCode, null)) {
			String iana = current(id);
			if (CURRENT.contains(iana)) {
				zones.add(iana);
			}
		}
		return zones;
	}

	private static List<String> ids() {
		Set<String> jdk = ZoneId.getAvailableZoneIds();
		Set<String> ids = new java.util.TreeSet<>();
		for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
			String iana = current(id);
			if (jdk.contains(iana)) {
				ids.add(iana);
			}
		}
		ids.add(UTC);
		return List.copyOf(ids);
	}

	private static List<Option> labelled(Locale locale) {
		ULocale uLocale = ULocale.forLocale(locale);
		TimeZoneNames names = TimeZoneNames.getInstance(uLocale);
		TimeZoneFormat format = TimeZoneFormat.getInstance(uLocale);
		boolean rightToLeft = uLocale.isRightToLeft();
		long now = Instant.now().toEpochMilli();
		List<Option> options = new ArrayList<>();
		for (String id : IDS) {
			TimeZone zone = TimeZone.getTimeZone(id);
			int offset = zone.getRawOffset() / 60_000;
			String place;
			String name;
			if (id.equals(UTC)) {
				place = UTC;
				String utc = names.getDisplayName("Etc/UTC", TimeZoneNames.NameType.LONG_STANDARD, now);
				name = utc == null ? UTC : utc;
			}
			else {
				String city = names.getExemplarLocationName(TimeZone.getCanonicalID(id));
				place = city == null ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : city;
				name = format.format(TimeZoneFormat.Style.GENERIC_LONG, zone, now);
			}
			String utcOffset = utcOffset(offset);
			// the offset keeps its left-to-right order inside right-to-left text
			String shown = rightToLeft ? "\u2066" + utcOffset + "\u2069" : utcOffset;
			String label = name.equals(place) ? "(" + shown + ") " + place : "(" + shown + ") " + place + " — " + name;
			options.add(new Option(id, label, offset));
		}
		Collator collator = Collator.getInstance(locale);
		options.sort(Comparator.comparingInt(Option::standardOffsetMinutes).thenComparing(Option::label, collator));
		return List.copyOf(options);
	}

	private static String utcOffset(int minutes) {
		int abs = Math.abs(minutes);
		return String.format(Locale.ROOT, "UTC%s%02d:%02d", minutes < 0 ? "-" : "+", abs / 60, abs % 60);
	}

	/**
	 * A zone as offered: its IANA id (the value posted and stored), its label in the page's language, and its
	 * standard (winter) offset from UTC in minutes, by which the list is sorted.
	 */
	public record Option(String id, String label, int standardOffsetMinutes) {
	}

}
