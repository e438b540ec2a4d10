package org.tandem.platform.config;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the embedded database an absolute address inside the data directory, so that {@code TANDEM_DATA_DIR} may be
 * relative ({@code tandem-data}) or absolute ({@code /var/lib/tandem}). H2 refuses implicitly relative paths, and
 * simply prefixing {@code ./} would turn an absolute directory into a relative one. {@code application.yml} uses the
 * result only when {@code TANDEM_DATABASE_URL} is not set.
 */
class EmbeddedDatabaseLocation implements EnvironmentPostProcessor {

	static final String PROPERTY = "tandem.database.embedded-url";

	/**
	 * {@code WRITE_DELAY=0}: a commit is written to the file before it returns. H2's default keeps commits in memory
	 * for up to half a second, and a killed process would lose requests it had already acknowledged.
	 * {@code DB_CLOSE_ON_EXIT=FALSE}: the connection pool closes the database when Tandem stops, after the requests
	 * still running have finished; H2's own shutdown hook would close it under them.
	 */
	private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
			+ ";DB_CLOSE_ON_EXIT=FALSE";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String dir = environment.getProperty("tandem.data-dir", "tandem-data");
		String url = "jdbc:h2:file:" + Path.of(dir).toAbsolutePath().normalize().resolve("tandem") + OPTIONS;
		environment.getPropertySources().addLast(new MapPropertySource("tandemEmbeddedDatabase", Map.of(PROPERTY, url)));
	}

}
