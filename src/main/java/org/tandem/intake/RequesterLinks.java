package org.tandem.intake;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Pages of other modules under a request's status link ({@code /request/status/{token}/…}) ask here which request the
 * link opens: only when this browser gave the link's code (the status cookie vouches for it) and the request exists.
 */
public interface RequesterLinks {

	Optional<UUID> unlocked(String token, HttpServletRequest request);

}
