package org.tandem.intake.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.tandem.intake.RequesterLinks;
import org.tandem.intake.domain.RequesterService;

/** Intake's side of {@link RequesterLinks}: the status cookie, then the link itself. */
@Component
class StatusLinkAccess implements RequesterLinks {

	private final StatusCookies cookies;

	private final RequesterService requesters;

	StatusLinkAccess(StatusCookies cookies, RequesterService requesters) {
		this.cookies = cookies;
		this.requesters = requesters;
	}

	@Override
	public Optional<UUID> unlocked(String token, HttpServletRequest request) {
		if (!cookies.vouchesFor(token, request)) {
			return Optional.empty();
		}
		return Optional.ofNullable(requesters.reopen(token).requestId());
	}

}
