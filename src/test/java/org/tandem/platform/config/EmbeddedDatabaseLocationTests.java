package org.tandem.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabaseLocationTests {

	@Test
	void anAbsoluteDataDirectoryStaysAbsolute() {
		assertThat(urlFor("/var/lib/tandem")).startsWith("jdbc:h2:file:/var/lib/tandem/tandem;MODE=PostgreSQL;");
	}

	@Test
	void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectory() {
		String expected = Path.of("tandem-data").toAbsolutePath().resolve("tandem").toString();
		assertThat(urlFor("tandem-data")).startsWith("jdbc:h2:file:" + expected + ";");
		assertThat(urlFor(null)).startsWith("jdbc:h2:file:" + expected + ";");
	}

	private static String urlFor(String dataDir) {
		StandardEnvironment environment = new StandardEnvironment();
		if (dataDir != null) {
			environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("tandem.data-dir", dataDir)));
		}
		new EmbeddedDatabaseLocation().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(EmbeddedDatabaseLocation.PROPERTY);
	}

}
