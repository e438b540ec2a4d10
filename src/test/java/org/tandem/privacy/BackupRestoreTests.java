package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tandem.TandemApplication;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.support.TestDatabase;

/**
 * A database backup taken before a purge, restored after it, does not bring the purged data back: the keys were
 * never in the backup, and Tandem started on the restored database deletes the returned rows again (ADR 0010).
 */
@SpringBootTest
class BackupRestoreTests {

	@Autowired
	OrganizationService organizations;

	@Autowired
	PurgeService purges;

	@Autowired
	Sealer sealer;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Test
	void aBackupTakenBeforeAPurgeCannotBringTheDataBack() throws Exception {
		Organization purged = organizations.create(PrivacyCoreTests.profile("Purged " + UUID.randomUUID()));
		Organization live = organizations.create(PrivacyCoreTests.profile("Live " + UUID.randomUUID()));
		Path backup = Files.createTempFile(dataDir, "backup-", ".sql");
		String restoredUrl = null;
		try {
			takeBackup(backup);
			purges.purge(purged.id(), org.tandem.privacy.PurgeReason.ORGANIZATION_REQUEST);
			restoredUrl = restoreIntoFreshDatabase(backup);

			// The restored database holds the purged organization's ciphertext again, but nothing opens it.
			JdbcClient restored = JdbcClient.create(dataSource(restoredUrl));
			assertThat(open(restored, purged.id())).isEmpty();
			assertThat(open(restored, live.id())).contains(live.name());

			// Tandem started on the restored database deletes what the backup brought back, and keeps the rest.
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TandemApplication.class)
				.run("--tandem.test.keep-database=true", "--spring.datasource.url=" + restoredUrl,
						"--spring.datasource.username=" + (TestDatabase.postgres() ? "" : "sa"),
						"--spring.datasource.password=", "--tandem.data-dir=" + dataDir, "--server.port=0",
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=1")) {
				OrganizationService again = app.getBean(OrganizationService.class);
				assertThat(again.page("").organizations()).extracting(Organization::id).contains(live.id()).doesNotContain(purged.id());
				assertThat(again.get(live.id()).name()).isEqualTo(live.name());
				assertThat(app.getBean(PurgeService.class).receiptFor(purged.id())).hasValueSatisfying(receipt -> {
					assertThat(receipt.reason()).isEqualTo("restore");
					assertThat(receipt.complete()).isTrue();
				});
			}
			assertThat(restored.sql("select count(*) from organization where id = :id")
				.param("id", purged.id())
				.query(Long.class)
				.single()).isZero();
		}
		finally {
			Files.deleteIfExists(backup);
			if (restoredUrl != null && TestDatabase.postgres()) {
				execute(TestDatabase.adminUrl(), "drop database if exists " + databaseName(restoredUrl) + " with (force)");
			}
		}
	}

	private Optional<String> open(JdbcClient database, UUID id) {
		byte[] name = database.sql("select name from organization where id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
		return sealer.open(new Place("organization", "name", id.toString(), id), KeyPurpose.IDENTIFYING, name)
			.map(bytes -> new String(bytes, StandardCharsets.UTF_8));
	}

	private void takeBackup(Path file) throws Exception {
		if (TestDatabase.postgres()) {
			run(List.of("pg_dump", "--no-owner", "--no-privileges", "-f", file.toString(), "-d", TestDatabase.conninfo(url)));
		}
		else {
			jdbc.sql("script to '" + file + "'").query().listOfRows();
		}
	}

	private String restoreIntoFreshDatabase(Path file) throws Exception {
		String name = "tandem_restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (TestDatabase.postgres()) {
			execute(TestDatabase.adminUrl(), "create database " + name);
			String restored = TestDatabase.withDatabase(TestDatabase.adminUrl(), name);
			run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", file.toString(), "-d", TestDatabase.conninfo(restored)));
			return restored;
		}
		String restored = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		JdbcClient.create(dataSource(restored)).sql("runscript from '" + file + "'").update();
		return restored;
	}

	private static DriverManagerDataSource dataSource(String url) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
		if (url.startsWith("jdbc:h2:")) {
			dataSource.setUsername("sa");
			dataSource.setPassword("");
		}
		return dataSource;
	}


	private static String databaseName(String jdbcUrl) {
		return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.createStatement().execute(sql);
		}
	}

}
