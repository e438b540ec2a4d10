package org.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh database for a JMH benchmark, with Tandem's real schema: an H2 file database in a temporary folder, opened
 * with the options the application uses, or a PostgreSQL database created afresh on the server named by
 * {@code BENCH_POSTGRES_URL}. Both are reached through a small HikariCP pool and migrated by Flyway, as at start-up.
 * Closing it closes the pool and deletes the database.
 */
public final class BenchmarkDatabase implements AutoCloseable {

	/** The server on which benchmark databases are created, unless BENCH_POSTGRES_URL names another. */
	private static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

	/** The options of the embedded URL in EmbeddedDatabaseLocation. */
	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

	private static final int POOL_SIZE = 4;

	private final HikariDataSource dataSource;

	private final Runnable delete;

	private BenchmarkDatabase(HikariDataSource dataSource, Runnable delete) {
		this.dataSource = dataSource;
		this.delete = delete;
	}

	/**
	 * @param kind {@code h2} or {@code postgres}
	 * @param name the PostgreSQL database to drop and create (tandem_bench_…); unused for H2
	 */
	public static BenchmarkDatabase open(String kind, String name) {
		BenchmarkDatabase database = switch (kind) {
			case "h2" -> h2();
			case "postgres" -> postgres(name);
			default -> throw new IllegalArgumentException("Not a benchmark database: " + kind);
		};
		Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration").load().migrate();
		return database;
	}

	public DataSource dataSource() {
		return dataSource;
	}

	/** Refreshes the planner's statistics after a bulk load, as autovacuum (PostgreSQL) or H2 would in time. */
	public void analyze() {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? "vacuum analyze"
					: "analyze");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		dataSource.close();
		delete.run();
	}

	private static BenchmarkDatabase h2() {
		Path folder;
		try {
			folder = Files.createTempDirectory("tandem-bench-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new BenchmarkDatabase(pool("jdbc:h2:file:" + folder.resolve("bench") + H2_OPTIONS, "sa"),
				() -> deleteFolder(folder));
	}

	private static BenchmarkDatabase postgres(String name) {
		String server = System.getenv().getOrDefault("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL);
		String drop = "drop database if exists " + name + " with (force)";
		execute(server, drop);
		execute(server, "create database " + name);
		return new BenchmarkDatabase(pool(TestDatabase.withDatabase(server, name), null), () -> execute(server, drop));
	}

	private static HikariDataSource pool(String url, @Nullable String user) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setMaximumPoolSize(POOL_SIZE);
		return new HikariDataSource(config);
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	private static void deleteFolder(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
