package org.tandem.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a hub may set, bound from {@code TANDEM_*} environment variables or {@code tandem.*} properties.
 * See {@code docs/configuration.md}; each component here is documented there.
 */
@ConfigurationProperties("tandem")
public record TandemProperties(
		@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("tandem-data") Path dataDir,
		@DefaultValue("false") boolean demo,
		@DefaultValue("Tandem") String hubName,
		@DefaultValue Session session,
		@DefaultValue Login login,
		@DefaultValue Links links,
		@DefaultValue Mail mail) {

	/** Whether Tandem is served over HTTPS, which decides secure cookies and their {@code __Host-} prefix. */
	public boolean secure() {
		return publicUrl.startsWith("https://");
	}

	/** The host name passkeys are bound to (the WebAuthn relying-party id). */
	public String host() {
		return java.net.URI.create(publicUrl).getHost();
	}

	/** An absolute link to a path of this instance. */
	public String link(String path) {
		String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		return base + path;
	}

	public record Session(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {
	}

	/** Login throttling: after {@code maxFailures} failures within {@code window}, the account waits {@code lockout}. */
	public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("1m") Duration window,
			@DefaultValue("5m") Duration lockout) {
	}

	public record Links(@DefaultValue("72h") Duration invitationTtl, @DefaultValue("1h") Duration passwordResetTtl) {
	}

	public record Mail(@DefaultValue("tandem@localhost") String from, @DefaultValue("30s") Duration pollInterval) {
	}

}
