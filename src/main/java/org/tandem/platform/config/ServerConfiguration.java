package org.tandem.platform.config;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A bounded pool of request threads, one per processor (at least two) unless {@code TANDEM_WORKER_THREADS} says
 * otherwise. Bounding concurrency keeps the slowest requests fast on a small machine and caps the memory that
 * concurrent Argon2id checks take (19 MiB each); see ADR 0009.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

	@Bean
	TomcatConnectorCustomizer boundedRequestThreads(@Value("${tandem.worker-threads:0}") int configured) {
		int threads = configured > 0 ? configured : Math.max(2, Runtime.getRuntime().availableProcessors());
		return connector -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(threads);
				protocol.setMinSpareThreads(threads);
			}
		};
	}

}
