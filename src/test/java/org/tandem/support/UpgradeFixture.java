package org.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

/**
 * An earlier release's hub, made ready for the current release to open: the database migrated to that release's
 * schema and filled with its rows, and its data folder (keys) copied. The fixtures live under
 * {@code src/test/resources/upgrade/<release>/}, written by {@code UpgradeFixtureWriter} in that release.
 */
public final class UpgradeFixture {

	private UpgradeFixture() {
	}

	/** The schema version each fixture was taken at. */
	static String schemaVersion(String release) {
		return switch (release) {
			case "v21" -> "21";
			default -> throw new IllegalArgumentException("No upgrade fixture " + release);
		};
	}

	/** The fixture's folder. */
	public static Path folder(String release) {
		try {
			return Path.of(UpgradeFixture.class.getResource("/upgrade/" + release + "/requests.txt").toURI()).getParent();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One line of the fixture's index: a request at some stage, and how to open its status page. */
	public record Request(String name, java.util.UUID id, String path, String code, String status, String stage) {
	}

	public static List<Request> requests(String release) {
		try {
			return Files.readAllLines(folder(release).resolve("requests.txt")).stream()
				.filter(line -> !line.isBlank())
				.map(line -> line.split(" "))
				.map(f -> new Request(f[0], java.util.UUID.fromString(f[1]), f[2], f[3], f[4], f[5]))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void prepare(String release, String url, String user, String password, Path dataDir) {
		Path folder = folder(release);
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration")
			.target(schemaVersion(release))
			.load()
			.migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			DatabaseSnapshot.load(connection, folder.resolve("database.snapshot"));
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		copy(folder.resolve("data"), dataDir);
	}

	/** Copies a folder's files into another, readable by their owner only, as Tandem keeps its data folder. */
	public static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
					Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
				}
				else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
					Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
