package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.platform.Regions;
import org.tandem.support.TestDatabase;

/**
 * V18 turns the counters kept one row per confirmed handoff (month, sub-region, services, exact days and offers) into
 * coarse cells with a count, on H2 and PostgreSQL: rows written in the old form before the migration come out as
 * the application would count them now (the M49 region of every sub-region, the main group of every service), and
 * rows falling into the same cell merge.
 */
class HandoffCountersMigrationTests {

	private final Regions regions = new Regions();

	private final ServiceTaxonomy taxonomy = new ServiceTaxonomy();

	private final List<Runnable> cleanUp = new ArrayList<>();

	@AfterEach
	void dropDatabase() {
		cleanUp.forEach(Runnable::run);
	}

	@Test
	void oldCountersBecomeCoarseCellsAndMergeWhenTheyCollapse() {
		DataSource database = freshDatabase();
		// every migration before V18, whatever their numbers
		MigrationVersion v18 = MigrationVersion.fromVersion("18");
		MigrationVersion before = Arrays.stream(flyway(database, "latest").info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(v18) < 0)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		flyway(database, before.getVersion()).migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		Map<String, Integer> expected = new TreeMap<>();

		// every sub-region, each in a year of its own: it counts in its M49 region
		int year = 2000;
		for (Regions.Region region : regions.all()) {
			old(jdbc, year + "-02", region.key(), "TRAINING", 3, 1, false);
			expected.merge(cell(year + "-01-01", region.group(), "PREVENT", "0-7", "1", false), 1, Integer::sum);
			year++;
		}
		old(jdbc, "1990-12", "unknown", "TRAINING", 3, 1, false);
		expected.merge(cell("1990-10-01", "UNKNOWN", "PREVENT", "0-7", "1", false), 1, Integer::sum);
		// every service of the taxonomy: it counts in its group
		year = 1950;
		for (ServiceTaxonomy.Service service : taxonomy.all()) {
			old(jdbc, year + "-11", "SOUTH_AMERICA", service.code(), 15, 2, true);
			expected.merge(cell(year + "-10-01", "AMERICAS", service.group(), "8-30", "2", true), 1, Integer::sum);
			year++;
		}
		// several services: the group holding most of them, a tie going to the taxonomy's first; none: unknown
		year = 1940;
		for (String services : List.of("INCIDENT_RESPONSE,TRAINING", "DIGITAL_FORENSICS,INCIDENT_RESPONSE,TRAINING",
				"SECURITY_AUDIT,LEGAL_SUPPORT,PHYSICAL_SECURITY", "")) {
			old(jdbc, year + "-08", "EASTERN_AFRICA", services, 8, 4, false);
			String group = taxonomy.mainGroup(services.isEmpty() ? List.of() : List.of(services.split(",")));
			expected.merge(cell(year + "-07-01", "AFRICA", group, "8-30", "3+", false), 1, Integer::sum);
			year++;
		}
		assertThat(expected.values()).containsOnly(1);
		// three handoffs of one quarter, two European sub-regions, two preventive services, long and several offers:
		// one cell counting three; the next quarter apart
		old(jdbc, "2030-04", "WESTERN_EUROPE", "ACCOUNT_SECURITY", 40, 3, true);
		old(jdbc, "2030-05", "NORTHERN_EUROPE", "DEVICE_SECURITY", 100, 5, true);
		old(jdbc, "2030-06", "WESTERN_EUROPE", "DEVICE_SECURITY,ACCOUNT_SECURITY", 31, 3, true);
		old(jdbc, "2030-07", "WESTERN_EUROPE", "ACCOUNT_SECURITY", 40, 3, true);
		expected.put(cell("2030-04-01", "EUROPE", "PREVENT", "31+", "3+", true), 3);
		expected.put(cell("2030-07-01", "EUROPE", "PREVENT", "31+", "3+", true), 1);
		long oldRows = jdbc.sql("select count(*) from handoff_tally").query(Long.class).single();

		flyway(database, "18").migrate();

		Map<String, Integer> converted = new TreeMap<>();
		jdbc.sql("""
				select quarter_start, region_group, service_group, days_bucket, offers_bucket, anonymous, handoffs
				from handoff_tally""")
			.query((rs, n) -> converted.put(cell(rs.getObject("quarter_start", LocalDate.class).toString(),
					rs.getString("region_group"), rs.getString("service_group"), rs.getString("days_bucket"),
					rs.getString("offers_bucket"), rs.getBoolean("anonymous")), rs.getInt("handoffs")))
			.list();
		assertThat(converted).isEqualTo(expected);
		assertThat(converted.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(oldRows);
		// nothing of the old form is left
		assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'handoff_tally_v13'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from handoff_outcome_tally").query(Long.class).single()).isZero();
	}

	private static String cell(String quarter, String region, String services, String days, String offers,
			boolean anonymous) {
		return String.join("|", quarter, region, services, days, offers, String.valueOf(anonymous));
	}

	private static void old(JdbcClient jdbc, String month, String region, String services, int days, int offers,
			boolean anonymous) {
		jdbc.sql("""
				insert into handoff_tally (id, confirmed_month, region, services, days_to_confirm, offers_made, anonymous)
				values (:id, :month, :region, :services, :days, :offers, :anonymous)""")
			.param("id", UUID.randomUUID())
			.param("month", month)
			.param("region", region)
			.param("services", services)
			.param("days", days)
			.param("offers", offers)
			.param("anonymous", anonymous)
			.update();
	}

	private static Flyway flyway(DataSource database, String target) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load();
	}

	/** An empty database of its own: in-memory H2, or a new PostgreSQL database dropped after the test. */
	private DataSource freshDatabase() {
		String name = "tandem_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (!TestDatabase.postgres()) {
			return new DriverManagerDataSource("jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		}
		String admin = TestDatabase.adminUrl();
		execute(admin, "create database " + name);
		cleanUp.add(() -> execute(admin, "drop database if exists " + name + " with (force)"));
		return new DriverManagerDataSource(TestDatabase.withDatabase(admin, name));
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
