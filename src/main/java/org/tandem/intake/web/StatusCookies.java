package org.tandem.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.tandem.intake.IntakeProperties;
import org.tandem.intake.domain.StatusLinks;
import org.tandem.platform.Secrets;
import org.tandem.platform.TandemProperties;

/**
 * Remembers, for a while, that this browser gave the code for one status link: a cookie scoped to that link's path,
 * holding an expiry and a MAC over the link's digest. The MAC key lives in memory only, so after a restart (or on
 * another instance) the requester is simply asked for the code again; nothing about the requester is kept.
 */
@Component
class StatusCookies {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key = new byte[32];

	private final String name;

	private final boolean secure;

	private final IntakeProperties intake;

	private final Clock clock;

	StatusCookies(TandemProperties properties, IntakeProperties intake, Clock clock) {
		RANDOM.nextBytes(key);
		this.secure = properties.secure();
		this.name = (secure ? "__Secure-" : "") + "TANDEM_STATUS";
		this.intake = intake;
		this.clock = clock;
	}

	void issue(String token, HttpServletResponse response) {
		long expires = clock.instant().plus(intake.statusSession()).getEpochSecond();
		String value = expires + "." + mac(token, expires);
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
		int dot = value.indexOf('.');
		if (dot < 1) {
			return false;
		}
		long expires;
		try {
			expires = Long.parseLong(value.substring(0, dot));
		}
		catch (NumberFormatException e) {
			return false;
		}
		return expires > clock.instant().getEpochSecond() && MessageDigest.isEqual(
				mac(token, expires).getBytes(StandardCharsets.US_ASCII),
				value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
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

	private String mac(String token, long expires) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(Secrets.hmacSha256(key, StatusLinks.linkDigest(token) + "|" + expires));
	}

}
