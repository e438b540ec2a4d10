package org.tandem.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * World regions as the UN's M49 geographic sub-regions (Eastern Africa, South America, South-eastern Asia…), each
 * with its countries, shipped as data in {@code platform/regions.csv} and named in the message bundles
 * ({@code region.<key>}). Every country the JDK knows belongs to exactly one region, and every region to one of the
 * five M49 regions that group them ({@link #GROUPS}): counters kept for reports use the group, which points at fewer
 * organizations than a sub-region.
 */
@Component("regions")
public class Regions {

	private static final String RESOURCE = "platform/regions.csv";

	/** The order regions are offered in: by continent, as the UN lists them. */
	private static final List<String> ORDER = List.of("NORTHERN_AFRICA", "EASTERN_AFRICA", "MIDDLE_AFRICA",
			"SOUTHERN_AFRICA", "WESTERN_AFRICA", "CARIBBEAN", "CENTRAL_AMERICA", "SOUTH_AMERICA", "NORTHERN_AMERICA",
			"CENTRAL_ASIA", "EASTERN_ASIA", "SOUTH_EASTERN_ASIA", "SOUTHERN_ASIA", "WESTERN_ASIA", "EASTERN_EUROPE",
			"NORTHERN_EUROPE", "SOUTHERN_EUROPE", "WESTERN_EUROPE", "AUSTRALIA_AND_NEW_ZEALAND", "MELANESIA",
			"MICRONESIA", "POLYNESIA");

	/**
	 * The M49 regions that group the sub-regions (Africa 002, Americas 019, Asia 142, Europe 150, Oceania 009), each
	 * with its sub-regions in {@link #ORDER}.
	 */
	public static final Map<String, List<String>> GROUPS = groups();

	/** The group of no country, or of one the data does not know. */
	public static final String UNKNOWN = "UNKNOWN";

	private final Map<String, Region> byKey;

	private final Map<String, String> regionOfCountry;

	public Regions() {
		Map<String, Set<String>> countries = new LinkedHashMap<>();
		Map<String, String> m49 = new LinkedHashMap<>();
		Map<String, String> regionOf = new LinkedHashMap<>();
		for (String[] row : rows()) {
			countries.computeIfAbsent(row[2], k -> new TreeSet<>()).add(row[0]);
			m49.put(row[2], row[1]);
			regionOf.put(row[0], row[2]);
		}
		Map<String, Region> regions = new LinkedHashMap<>();
		if (!Set.copyOf(ORDER).equals(countries.keySet())) {
			throw new IllegalStateException(RESOURCE + " must use exactly the regions " + ORDER);
		}
		ORDER.forEach(key -> regions.put(key,
				new Region(key, m49.get(key), Collections.unmodifiableSet(countries.get(key)), groupOfRegion(key))));
		this.byKey = Collections.unmodifiableMap(regions);
		this.regionOfCountry = Collections.unmodifiableMap(regionOf);
	}

	public List<Region> all() {
		return List.copyOf(byKey.values());
	}

	public Optional<Region> get(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** The region a country (ISO 3166-1 alpha-2) belongs to. */
	public Optional<Region> of(String country) {
		return Optional.ofNullable(regionOfCountry.get(country)).map(byKey::get);
	}

	/** The group of the country's region ({@code AMERICAS} for Mexico), or {@code UNKNOWN} for none or an unknown one. */
	public String groupOf(@Nullable String country) {
		return country == null ? UNKNOWN : of(country).map(Region::group).orElse(UNKNOWN);
	}

	/**
	 * A region: its stable key (such as {@code SOUTH_AMERICA}), its M49 code, its countries, and the M49 region that
	 * groups it (such as {@code AMERICAS}).
	 */
	public record Region(String key, String m49, Set<String> countries, String group) {

		public String messageKey() {
			return "region." + key.toLowerCase(Locale.ROOT);
		}

	}

	private static String groupOfRegion(String region) {
		return GROUPS.entrySet()
			.stream()
			.filter(group -> group.getValue().contains(region))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No M49 region groups " + region));
	}

	private static Map<String, List<String>> groups() {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		groups.put("AFRICA", ORDER.subList(0, 5));
		groups.put("AMERICAS", ORDER.subList(5, 9));
		groups.put("ASIA", ORDER.subList(9, 14));
		groups.put("EUROPE", ORDER.subList(14, 18));
		groups.put("OCEANIA", ORDER.subList(18, 22));
		return Collections.unmodifiableMap(groups);
	}

	private static List<String[]> rows() {
		var stream = Objects.requireNonNull(Regions.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE);
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("country,")) {
					continue;
				}
				String[] cells = line.split(",");
				if (cells.length != 3 || !cells[0].matches("[A-Z]{2}") || !cells[2].matches("[A-Z_]+")) {
					throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
				}
				rows.add(cells);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

}
