package org.tandem.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The request threads are bounded as ADR 0009 says, whatever Spring Boot's own Tomcat defaults are. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tandem.worker-threads=3")
class ServerThreadsTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void tomcatRunsAtMostTheConfiguredNumberOfRequestThreads() {
		var protocol = (AbstractProtocol<?>) ((TomcatWebServer) context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
		assertThat(protocol.getMaxThreads()).isEqualTo(3);
		if (protocol.getExecutor() instanceof org.apache.tomcat.util.threads.ThreadPoolExecutor pool) {
			assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
		}
	}

}
