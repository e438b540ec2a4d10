package org.tandem.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.tandem.intake.IntakeProperties;
import org.tandem.intake.domain.StatusLinks;
import org.tandem.platform.Secrets;
import org.tandem.platform.SharedSecrets;
import org.tandem.platform.TandemProperties;

/**
 * Remembers, for a while, that this browser gave the code for one status link: a cookie scoped to that link's path,
 * holding the MAC key's period, an expiry and a MAC over the link's digest and the expiry. The MAC key is one of the
 * {@link SharedSecrets}: sealed in the database, the same on every instance, so a requester sent to another instance
 * behind the proxy, or back after a restart, is still recognized. A new key is made every period (a day, or the
 * status session if longer); the previous one is still accepted, so a cookie stays good until its own expiry, which
 * falls within the next period. Nothing about the requester is kept.
 */
@Component
class StatusCookies {

	private final SharedSecrets.Purpose keys;

	private final SharedSecrets secrets;

	private final String name;

	private final boolean secure;

	private final IntakeProperties intake;

	private final Clock clock;

	StatusCookies(TandemProperties properties, IntakeProperties intake, SharedSecrets secrets, Clock clock) {
		Duration period = intake.statusSession().compareTo(Duration.ofDays(1)) > 0 ? intake.statusSession()
				: Duration.ofDays(1);
		this.keys = new SharedSecrets.Purpose("intake.status-cookie", period, 1);
		this.secrets = secrets;
		this.secure = properties.secure();
		this.name = (secure ? "__Secure-" : "") + "TANDEM_STATUS";
		this.intake = intake;
		this.clock = clock;
	}

	void issue(String token, HttpServletResponse response) {
		long expires = clock.instant().plus(intake.statusSession()).getEpochSecond();
		SharedSecrets.Secret key = secrets.current(keys);
		String value = key.period() + "." + expires + "." + mac(key.bytes(), token, expires);
		response.addHeader("Set-Cookie", cookie(token, value, intake.statusSession().toSeconds()).toString());
	}

	void clear(String token, HttpServletResponse response) {
		response.addHeader("Set-Cookie", cookie(token, "", 0).toString());
	}

	boolean vouchesFor(String token, HttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		for (Cookie cookie : request.getCookies()) {
			if (cookie.getName().equals(name) && valid(token, cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

	private boolean valid(String token, String value) {
		String[] parts = value.split("\\.", -1);
		if (parts.length != 3 || parts[0].length() > 19 || parts[1].length() > 19) {
			return false;
		}
		long period;
		long expires;
		try {
			period = Long.parseLong(parts[0]);
			expires = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException e) {
			return false;
		}
		if (expires <= clock.instant().getEpochSecond()) {
			return false;
		}
		Optional<SharedSecrets.Secret> key = secrets.find(keys, period);
		return key.isPresent() && MessageDigest.isEqual(mac(key.get().bytes(), token, expires).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII));
	}

	private ResponseCookie cookie(String token, String value, long maxAge) {
		return ResponseCookie.from(name, value)
			.path("/request/status/" + token)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

	private static String mac(byte[] key, String token, long expires) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(Secrets.hmacSha256(key, StatusLinks.linkDigest(token) + "|" + expires));
	}

}
