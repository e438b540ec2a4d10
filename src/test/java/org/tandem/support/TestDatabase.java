package org.tandem.support;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a database of its own: an in-memory H2 database by default, or a fresh PostgreSQL
 * database when the tests run with {@code -Dtandem.test.database=postgres} (the Maven profile {@code postgres}, active
 * when {@code TANDEM_TEST_POSTGRES_URL} is set). Contexts never share data, so test classes can run in any order.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final List<String> CREATED = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
	}

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("tandem.test.database"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getProperty("tandem.test.keep-database", Boolean.class, false)) {
			return; // a test starts a second instance on a database it prepared itself
		}
		Map<String, Object> properties = new HashMap<>();
		java.nio.file.Path dataDir;
		try {
			dataDir = Files.createTempDirectory("tandem-test-");
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		String name = "tandem_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		if (postgres()) {
			String adminUrl = adminUrl();
			execute(adminUrl, "create database " + name);
			CREATED.add(name);
			properties.put("spring.datasource.url", withDatabase(adminUrl, name));
		}
		else {
			// An H2 file in the data directory when a test reads the database's bytes (CanaryTests).
			boolean file = context.getEnvironment().getProperty("tandem.test.file-database", Boolean.class, false);
			// tandem.test.shared-database: another process (a second instance under test) opens the same file
			boolean shared = context.getEnvironment().getProperty("tandem.test.shared-database", Boolean.class, false);
			properties.put("spring.datasource.url", (file ? "jdbc:h2:file:" + dataDir + "/tandem" : "jdbc:h2:mem:" + name)
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
					+ (file && shared ? ";AUTO_SERVER=TRUE" : ""));
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
		}
		if (postgres()) {
			// Many contexts live side by side in the test run's context cache: on PostgreSQL each keeps one idle
			// connection, not ten, so that the server's connection limit (100 by default) holds for all of them.
			properties.put("spring.datasource.hikari.minimum-idle", 1);
			properties.put("spring.datasource.hikari.idle-timeout", 20_000);
		}
		// Requests from tests claim an address of their own, so LogLeakWatcher can tell if one reaches a log.
		properties.put("server.forward-headers-strategy", "native");
		// tandem.test.no-smtp: an instance started without an SMTP server
		boolean smtp = !context.getEnvironment().getProperty("tandem.test.no-smtp", Boolean.class, false);
		properties.put("spring.mail.host", smtp ? "127.0.0.1" : "");
		properties.put("spring.mail.port", TestMail.port());
		properties.put("tandem.mail.poll-interval", "300ms");
		properties.put("tandem.mail.initial-delay", "300ms");
		properties.put("tandem.data-dir", dataDir.toString());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tandem-test-database", properties));
		// tandem.test.upgrade-from: the database and data folder an earlier release left (an upgrade fixture)
		String fixture = context.getEnvironment().getProperty("tandem.test.upgrade-from");
		if (fixture != null) {
			UpgradeFixture.prepare(fixture, context.getEnvironment().getProperty("spring.datasource.url"),
					context.getEnvironment().getProperty("spring.datasource.username"),
					context.getEnvironment().getProperty("spring.datasource.password"), dataDir);
		}
	}

	/** The PostgreSQL server to create test databases on, e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres */
	public static String adminUrl() {
		String url = System.getProperty("tandem.test.postgres.url", System.getenv("TANDEM_TEST_POSTGRES_URL"));
		if (url == null || url.isBlank() || url.startsWith("${")) {
			throw new IllegalStateException("Set TANDEM_TEST_POSTGRES_URL to run the tests on PostgreSQL");
		}
		return url;
	}

	/** libpq's connection string (for pg_dump and psql) for a JDBC URL such as jdbc:postgresql://host:5432/db?user=u. */
	public static String conninfo(String jdbcUrl) {
		java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
		StringBuilder conninfo = new StringBuilder("host=" + uri.getHost() + " port="
				+ (uri.getPort() < 0 ? 5432 : uri.getPort()) + " dbname=" + uri.getPath().substring(1));
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] kv = pair.split("=", 2);
				if (kv[0].equals("user") || kv[0].equals("password")) {
					conninfo.append(' ').append(kv[0]).append('=').append(kv.length > 1 ? kv[1] : "");
				}
			}
		}
		return conninfo.toString();
	}

	public static String withDatabase(String url, String database) {
		return url.replaceFirst("(jdbc:postgresql://[^/?]+)/[^?]*", "$1/" + database);
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL test database: " + e.getMessage(), e);
		}
	}

	private static void dropCreated() {
		for (String name : CREATED) {
			try {
				execute(adminUrl(), "drop database if exists " + name + " with (force)");
			}
			catch (RuntimeException ignored) {
				// Best effort at shutdown: a left-over test database is harmless.
			}
		}
	}

}
