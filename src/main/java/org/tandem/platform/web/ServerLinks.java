package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.TandemProperties;

/**
 * Builds links from {@code TANDEM_PUBLIC_URL} when it is set. Without it, mail gets {@code http://localhost} and the
 * port the server actually listens on (known once it has started), and a page gets the address its request came to.
 */
@Component
class ServerLinks implements AbsoluteLinks {

	private static final Logger log = LoggerFactory.getLogger(ServerLinks.class);

	private final TandemProperties properties;

	private final Environment environment;

	ServerLinks(TandemProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public boolean publicUrlSet() {
		return properties.hasPublicUrl();
	}

	@Override
	public String mailBase() {
		String publicUrl = properties.publicUrl();
		if (publicUrl != null) {
			return publicUrl;
		}
		// local.server.port is the port in use once the server has started (TANDEM_PORT=0 picks a free one).
		Integer port = environment.getProperty("local.server.port", Integer.class,
				environment.getProperty("server.port", Integer.class, 8080));
		return port > 0 ? "http://localhost:" + port : "http://localhost";
	}

	@Override
	public String forPage(HttpServletRequest request, String path) {
		String publicUrl = properties.publicUrl();
		if (publicUrl != null) {
			return publicUrl + path;
		}
		// The request's scheme, host and port are those the proxy forwarded when server.forward-headers-strategy
		// trusts it (Tomcat's RemoteIpValve has already applied them), else those the browser used.
		return ServletUriComponentsBuilder.fromContextPath(request).path(path).build().toUriString();
	}

	/** Said once at every start without a public address: no account, no address, only the setting to fix. */
	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutPublicUrl() {
		if (!publicUrlSet()) {
			log.warn("TANDEM_PUBLIC_URL is not set: links in mail cannot point to the address people use and point to {}"
					+ " instead, which works only on this server. Staff and administrators see a notice until it is set.",
					mailBase());
		}
	}

}
