package org.tandem.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.TandemProperties;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/** The clock, the data directory and the cluster-wide job lock. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/** The data directory (embedded database, later keys and files), readable by the owner only. */
	@Bean
	DataDirectory dataDirectory(TandemProperties properties) {
		Path dir = properties.dataDir().toAbsolutePath();
		try {
			if (!Files.exists(dir)) {
				Files.createDirectories(dir);
			}
			if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot prepare the data directory " + dir, e);
		}
		return new DataDirectory(dir);
	}

	record DataDirectory(Path path) {
	}

}
