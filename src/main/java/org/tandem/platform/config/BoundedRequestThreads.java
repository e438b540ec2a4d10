package org.tandem.platform.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A bounded pool of request threads, one per processor (at least two) unless {@code TANDEM_WORKER_THREADS} says
 * otherwise. Bounding concurrency keeps the slowest requests fast on a small machine and caps the memory that
 * concurrent Argon2id checks take (19 MiB each); see ADR 0009. Set through Spring Boot's own Tomcat properties, which
 * Boot applies to the pool it creates (a customizer of the connector would be overridden by them);
 * ServerThreadsTests checks the running server.
 */
class BoundedRequestThreads implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int configured = environment.getProperty("tandem.worker-threads", Integer.class, 0);
		int threads = configured > 0 ? configured : Math.max(2, Runtime.getRuntime().availableProcessors());
		environment.getPropertySources()
			.addLast(new MapPropertySource("tandemRequestThreads", Map.of("server.tomcat.threads.max", threads,
					"server.tomcat.threads.min-spare", threads)));
	}

}
