package org.tandem.directory.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.tandem.support.Weighted;
import org.jspecify.annotations.Nullable;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Community;
import org.tandem.directory.domain.CountryMode;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.domain.LanguageLevel;
import org.tandem.directory.domain.ProviderKind;
import org.tandem.directory.domain.ResponseTime;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.platform.WorkingLanguages;
import org.tandem.platform.web.Language;
import org.tandem.platform.web.Languages;

/**
 * Made-up providers for benchmarks, written straight into the directory's tables (V9) in batches, in one
 * transaction. The same seed gives the same providers. They are spread as a real network would be: most active,
 * languages and countries skewed towards the common ones, some remote anywhere, some paused today, some full. Sealed
 * columns (contact details, OpenPGP key, referees) hold random bytes of a ciphertext's size, which searches never
 * read but which make the rows as wide as real ones.
 */
final class SyntheticProviders {

	private static final Weighted<ProviderStatus> STATUSES = Weighted.of(
			List.of(ProviderStatus.ACTIVE, ProviderStatus.PAUSED, ProviderStatus.VETTED, ProviderStatus.UNDER_REVIEW,
					ProviderStatus.APPLICANT, ProviderStatus.OFFBOARDED),
			60, 10, 10, 10, 5, 5);

	private static final Weighted<String> SERVICES = Weighted.uniform(
			new ServiceTaxonomy().all().stream().map(ServiceTaxonomy.Service::code).toList());

	/** The working languages, listed most common first (en, es, fr, pt, ar, …). */
	private static final Weighted<String> LANGUAGES = Weighted.zipf(WorkingLanguages.CODES);

	private static final Weighted<String> COUNTRIES = Weighted.zipf(countriesMostServedFirst());

	private static final Weighted<Community> COMMUNITIES = Weighted.uniform(List.of(Community.values()));

	private static final List<String> PAGE_LANGUAGES = Languages.SUPPORTED.stream().map(Language::code).toList();

	private static final List<String> FIRST_NAMES = List.of("Ana", "Bruno", "Camila", "Dmytro", "Elif", "Fatima",
			"Gabriel", "Hana", "Ibrahim", "Joana", "Kwame", "Lina", "Mateo", "Nadia", "Omar", "Priya", "Quang", "Rosa",
			"Samir", "Tendai", "Ugne", "Valeria", "Wanjiru", "Xochitl", "Yusuf", "Zeynep");

	private static final List<String> LAST_NAMES = List.of("Achieng", "Bakr", "Castillo", "Demir", "Eze", "Ferreira",
			"Gomez", "Haddad", "Ivanova", "Jimenez", "Kamau", "Lopez", "Mensah", "Nguyen", "Okafor", "Pereira",
			"Quispe", "Rahman", "Silva", "Tkachenko", "Usman", "Vargas", "Wong", "Xavier", "Yilmaz", "Zapata");

	private static final List<String> FIRM_WORDS = List.of("Digital Security Collective", "Security Lab",
			"Cyber Defence", "Safe Tech", "Rights Tech", "Help Desk");

	private static final String EXPERTISE = "Security audits, training and incident response for newsrooms and "
			+ "human-rights organizations. ";

	private static final String RETENTION = "CONTACT_DETAILS=DAYS_30,CASE_NOTES=DAYS_30,DEVICE_DATA=DAYS_30,"
			+ "REPORTS=DAYS_30,COMMUNICATIONS=DAYS_30";

	private final Random random;

	private final LocalDate today;

	private final Table provider = new Table("provider");

	private final Table service = new Table("provider_service");

	private final Table language = new Table("provider_language");

	private final Table country = new Table("provider_country");

	private final Table community = new Table("provider_community");

	private final Table pause = new Table("provider_pause");

	private SyntheticProviders(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
	}

	/** Writes {@code count} providers made from {@code seed}, with pauses dated around {@code today}. */
	static void insert(DataSource dataSource, int count, long seed, LocalDate today) {
		SyntheticProviders providers = new SyntheticProviders(seed, today);
		for (int i = 0; i < count; i++) {
			providers.add(i);
		}
		providers.write(dataSource);
	}

	private void add(int number) {
		UUID id = new UUID(random.nextLong(), random.nextLong());
		List<String> countries = List.copyOf(COUNTRIES.distinct(random, 1 + random.nextInt(8)));
		addProvider(id, String.format(Locale.ROOT, "P-%06d", number), countries.getFirst());
		for (String code : SERVICES.distinct(random, 1 + random.nextInt(6))) {
			ServiceDepth depth = random.nextInt(10) < 3 ? ServiceDepth.SPECIALIST : ServiceDepth.CAN_DO;
			service.add("provider_id", id, "service", code, "depth", depth.name());
		}
		for (String code : LANGUAGES.distinct(random, 1 + random.nextInt(4))) {
			language.add("provider_id", id, "language", code, "level", pick(List.of(LanguageLevel.values())).name());
		}
		for (String code : countries) {
			CountryMode mode = random.nextInt(10) < 7 ? CountryMode.REMOTE : CountryMode.IN_PERSON;
			country.add("provider_id", id, "country", code, "mode", mode.name());
		}
		for (Community served : COMMUNITIES.distinct(random, random.nextInt(4))) {
			community.add("provider_id", id, "community", served.name());
		}
		addPause(id);
	}

	private void addProvider(UUID id, String reference, String residence) {
		ProviderKind kind = random.nextInt(4) == 0 ? ProviderKind.FIRM : ProviderKind.INDIVIDUAL;
		ProviderStatus status = STATUSES.next(random);
		boolean listed = status == ProviderStatus.ACTIVE && random.nextBoolean();
		boolean openpgp = random.nextInt(10) < 7;
		int maxEngagements = random.nextInt(6);
		OffsetDateTime applied = today.minusDays(30 + random.nextInt(900)).atStartOfDay().atOffset(ZoneOffset.UTC);
		OffsetDateTime vetted = status.isVetted() || status == ProviderStatus.OFFBOARDED
				? applied.plusDays(7 + random.nextInt(60)) : null;
		provider.add("id", id, "reference", reference, "kind", kind.name(), "status", status.name(),
				"display_name", displayName(kind), "language", pick(PAGE_LANGUAGES), "expertise", expertise(),
				"website", random.nextInt(3) == 0 ? "https://example.org/" + reference.toLowerCase(Locale.ROOT) : null,
				"residence_country", residence, "jurisdictions", residence,
				"contact_email", sealed(80), "contact_signal", random.nextBoolean() ? sealed(60) : null,
				"openpgp_key", openpgp ? sealed(700 + random.nextInt(2500)) : null,
				"openpgp_fingerprint", openpgp ? HexFormat.of().formatHex(sealed(20)) : null,
				"referees", sealed(120 + random.nextInt(400)), "conflict_sectors", "", "retention_practice", RETENTION,
				"time_zone", "UTC", "max_engagements", maxEngagements,
				"open_engagements", random.nextInt(maxEngagements + 1), "hours_per_month", 5 + random.nextInt(36),
				"fees", "PRO_BONO", "response_time", responseTime(id).name(),
				"remote_anywhere", random.nextInt(10) == 0, "listed", listed,
				"public_summary", listed ? "Digital security help for journalists and defenders." : null,
				"public_contact", listed ? "https://example.org/contact" : null, "applied_at", applied,
				"vetted_at", vetted, "vetted_until", vetted == null ? null : vetted.plusYears(2), "updated_at", applied,
				"version", 0);
	}

	/** Spread over every value from the provider's id, so the random draws, and the data made, stay as they were. */
	private static ResponseTime responseTime(UUID id) {
		ResponseTime[] values = ResponseTime.values();
		return values[Math.floorMod(id.hashCode(), values.length)];
	}

	/** One provider in five has a dated pause: half of them cover today, the others are still to come. */
	private void addPause(UUID id) {
		int draw = random.nextInt(10);
		if (draw == 0) {
			addPause(id, today.minusDays(random.nextInt(10)), today.plusDays(random.nextInt(20)));
		}
		else if (draw == 1) {
			LocalDate start = today.plusDays(5 + random.nextInt(60));
			addPause(id, start, start.plusDays(random.nextInt(30)));
		}
	}

	private void addPause(UUID id, LocalDate startsOn, LocalDate endsOn) {
		pause.add("provider_id", id, "position", 0, "starts_on", startsOn, "ends_on", endsOn);
	}

	/** What applicants write about their work: a sentence to a long paragraph. */
	private String expertise() {
		return EXPERTISE.repeat(1 + random.nextInt(12)).strip();
	}

	private String displayName(ProviderKind kind) {
		String last = pick(LAST_NAMES);
		return kind == ProviderKind.FIRM ? last + " " + pick(FIRM_WORDS) : pick(FIRST_NAMES) + " " + last;
	}

	/** Random bytes standing for a ciphertext. */
	private byte[] sealed(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** The parent table first, so that every child row finds its provider. */
	private void write(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			for (Table table : List.of(provider, service, language, country, community, pause)) {
				table.write(connection);
			}
			connection.commit();
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A few countries where civil society most often asks for help, then every other ISO country. */
	private static List<String> countriesMostServedFirst() {
		List<String> first = List.of("MX", "BR", "CO", "UA", "KE", "PH", "IN", "TR", "NG", "GT", "VE", "LB", "PK", "BD",
				"ZW", "MM", "BY", "RU", "ET", "HN");
		return Stream.concat(first.stream(), Arrays.stream(Locale.getISOCountries()).filter(c -> !first.contains(c)))
			.toList();
	}

	/** The rows of one table, each given as column names and values in the same order, inserted in batches. */
	private record Table(String name, List<Map<String, @Nullable Object>> rows) {

		private static final int BATCH = 1000;

		Table(String name) {
			this(name, new ArrayList<>());
		}

		void add(@Nullable Object... columnsAndValues) {
			Map<String, @Nullable Object> row = new LinkedHashMap<>();
			for (int i = 0; i < columnsAndValues.length; i += 2) {
				row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
			}
			rows.add(row);
		}

		void write(Connection connection) throws SQLException {
			if (rows.isEmpty()) {
				return;
			}
			Set<String> columns = rows.getFirst().keySet();
			String insert = "insert into " + name + " (" + String.join(", ", columns) + ") values ("
					+ "?, ".repeat(columns.size() - 1) + "?)";
			try (PreparedStatement statement = connection.prepareStatement(insert)) {
				for (int i = 0; i < rows.size(); i++) {
					int column = 1;
					for (Object value : rows.get(i).values()) {
						statement.setObject(column++, value);
					}
					statement.addBatch();
					if ((i + 1) % BATCH == 0 || i + 1 == rows.size()) {
						statement.executeBatch();
					}
				}
			}
		}

	}

}
