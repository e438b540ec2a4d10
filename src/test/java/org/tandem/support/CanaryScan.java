package org.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The canary scan: reads the raw bytes of everything Tandem writes (the H2 file; for PostgreSQL a pg_dump, and its
 * data directory and write-ahead log when this process can read them; the data directory; the temporary directory)
 * for markers that must never be stored in plain text. Needs the file database ({@code tandem.test.file-database}).
 */
public final class CanaryScan {

	private final JdbcClient jdbc;

	private final Path dataDir;

	private final String url;

	public CanaryScan(JdbcClient jdbc, Path dataDir, String url) {
		this.jdbc = jdbc;
		this.dataDir = dataDir;
		this.url = url;
	}

	/** A new marker, remembered in the list. */
	public static String marker(List<String> markers) {
		String marker = LogLeakWatcher.CANARY + UUID.randomUUID();
		markers.add(marker);
		return marker;
	}

	/**
	 * On PostgreSQL the scan reads the write-ahead log written during the test. A recycled segment keeps what an
	 * earlier test wrote beyond the point being written (other tests leave mail addresses in the outbox, in the clear
	 * by design), so segments are zero-filled instead of recycled and the test starts on a new one.
	 */
	public void freshWriteAheadLog() {
		if (TestDatabase.postgres()) {
			jdbc.sql("alter system set wal_recycle = off").update();
			jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
			jdbc.sql("checkpoint").update();
			jdbc.sql("select pg_switch_wal()").query(String.class).single();
		}
	}

	private void checkpoint() {
		if (TestDatabase.postgres()) {
			jdbc.sql("vacuum").update();
			jdbc.sql("checkpoint").update();
		}
		else {
			jdbc.sql("checkpoint sync").update();
		}
	}

	/** Checkpoints the database, then reads everything it and Tandem wrote since then for the markers. */
	public void assertNoMarkerAnywhere(List<String> markers, Instant since) throws Exception {
		checkpoint();
		List<Path> scanned = new ArrayList<>();
		scan(dataDir, markers, Instant.EPOCH, scanned, true);
		scan(Path.of(System.getProperty("java.io.tmpdir")), markers, since, scanned, true);
		if (TestDatabase.postgres()) {
			Path dump = Files.createTempFile("tandem-canary-", ".sql");
			try {
				Process process = new ProcessBuilder("pg_dump", "-f", dump.toString(), "-d", TestDatabase.conninfo(url))
					.redirectErrorStream(true)
					.start();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertThat(process.waitFor()).as(output).isZero();
				scanFile(dump, markers, true);
				scanned.add(dump);
			}
			finally {
				Files.deleteIfExists(dump);
			}
			String directory = jdbc.sql("show data_directory").query(String.class).single();
			Path pgData = Path.of(directory);
			if (Files.isReadable(pgData)) {
				// The server's log and files hold every database on it, among them those of tests running at the
				// same time, whose values use the same prefix: there only this test's own markers are looked for
				// (its own database is checked for the prefix itself, in the dump above).
				scan(pgData.resolve("pg_wal"), markers, since, scanned, false);
				scan(pgData.resolve("base"), markers, since, scanned, false);
			}
		}
		else {
			assertThat(scanned).anyMatch(p -> p.getFileName().toString().equals("tandem.mv.db"));
		}
		assertThat(scanned).isNotEmpty();
	}

	/** {@code own}: the files hold only what this test wrote, so no value with the canary's prefix may be there. */
	private static void scan(Path root, List<String> markers, Instant since, List<Path> scanned, boolean own)
			throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		for (Path file : files(root)) {
			try {
				if (Files.getLastModifiedTime(file).compareTo(FileTime.from(since)) < 0 || Files.size(file) > 64_000_000) {
					continue;
				}
				scanFile(file, markers, own);
				scanned.add(file);
			}
			catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException gone) {
				// removed meanwhile, or another user's file in the shared temporary directory
			}
		}
	}

	/**
	 * The regular files under a folder. A folder that vanishes or cannot be read while it is walked (another test
	 * run's temporary folder in the shared temporary directory) is passed over rather than ending the scan.
	 */
	private static List<Path> files(Path root) throws IOException {
		List<Path> files = new java.util.ArrayList<>();
		Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {

			@Override
			public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
				if (attributes.isRegularFile()) {
					files.add(file);
				}
				return java.nio.file.FileVisitResult.CONTINUE;
			}

			@Override
			public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException failure) {
				return java.nio.file.FileVisitResult.CONTINUE;
			}

			@Override
			public java.nio.file.FileVisitResult postVisitDirectory(Path directory, IOException failure) {
				return java.nio.file.FileVisitResult.CONTINUE;
			}

		});
		return files;
	}

	private static void scanFile(Path file, List<String> markers, boolean own) throws IOException {
		String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
		String utf16 = new String(Files.readAllBytes(file), StandardCharsets.UTF_16LE);
		for (String marker : markers) {
			assertThat(content.contains(marker) || utf16.contains(marker)).as(marker + " in " + file).isFalse();
		}
		if (own) {
			assertThat(content).as(file.toString()).doesNotContain(LogLeakWatcher.CANARY);
		}
	}


}
