package org.tandem.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a hub may set, bound from {@code TANDEM_*} environment variables or {@code tandem.*} properties.
 * See {@code docs/configuration.md}; each component here is documented there.
 */
@ConfigurationProperties("tandem")
public record TandemProperties(
		@Nullable String publicUrl,
		@DefaultValue("tandem-data") Path dataDir,
		@DefaultValue("false") boolean demo,
		@DefaultValue("Tandem") String hubName,
		@DefaultValue Session session,
		@DefaultValue Login login,
		@DefaultValue Links links,
		@DefaultValue Mail mail) {

	/**
	 * The public address ({@code TANDEM_PUBLIC_URL}) without a trailing slash, or null when it is not set (a blank
	 * value counts as not set). Anything but an absolute {@code http(s)://} address stops the start: a wrong one
	 * would only show later, in links that do not work.
	 */
	public TandemProperties {
		if (publicUrl != null && publicUrl.isBlank()) {
			publicUrl = null;
		}
		if (publicUrl != null) {
			publicUrl = publicUrl.strip().replaceAll("/+$", "");
			if (!publicUrl.matches("(?i)https?://[^/?#\\s]+(/[^?#\\s]*)?") || hostOf(publicUrl) == null) {
				throw new IllegalArgumentException(
						"TANDEM_PUBLIC_URL must be an absolute http:// or https:// address, such as https://help.example.org");
			}
		}
	}

	/** Whether {@code TANDEM_PUBLIC_URL} is set; without it, links in mail cannot point to the address people use. */
	public boolean hasPublicUrl() {
		return publicUrl != null;
	}

	/** Whether Tandem is served over HTTPS, which decides secure cookies and their {@code __Host-} prefix. */
	public boolean secure() {
		return publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, 8);
	}

	/** The host name passkeys are bound to (the WebAuthn relying-party id): the public address's, or localhost. */
	public String host() {
		String host = publicUrl == null ? null : hostOf(publicUrl);
		return host == null ? "localhost" : host;
	}

	private static @Nullable String hostOf(String url) {
		try {
			return URI.create(url).getHost();
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
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
