package org.tandem.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What matching may read of requests, and the one move it may make: a request whose provider staff chose is matched.
 * Codes are the names of intake's enums (urgency, timeframe, approach, services).
 */
public interface RequestsForMatching {

	Optional<Request> find(UUID id);

	/** The requests that still exist among these, in the order given. */
	List<Request> findAll(List<UUID> ids);

	/**
	 * Requests being assessed that have a needs assessment, oldest first: a batch's queue.
	 *
	 * @param approach only those asking for this approach (an {@code Approach} name), or all
	 */
	List<Request> awaitingMatch(@Nullable String approach, int limit);

	/** The requests whose providers are chosen and not yet introduced. */
	List<UUID> matchedIds();

	/**
	 * Moves a request being assessed to matched, recording who did it; a request already matched stays so. Refuses
	 * any other status.
	 */
	void matched(UUID id, UUID actor);

	/**
	 * Moves the request to matched only if it is still being assessed, and says whether it did: a batch applied
	 * after staff matched the request by hand leaves it alone.
	 */
	boolean matchIfAssessing(UUID id, UUID actor);

	/**
	 * A request as matching sees it.
	 *
	 * @param organizationName the organization's name, for conflicts of interest; null if not given
	 * @param sector the organization's kind, if given
	 * @param services the assessed services (empty until assessed)
	 * @param languages the assessed languages, or the requester's working languages until assessed
	 * @param contacts the ways the requester gave to be reached: EMAIL, SIGNAL, PHONE, and OPENPGP with a key
	 */
	record Request(UUID id, String reference, RequestStatus status, boolean anonymous, String language,
			@Nullable String organizationName, @Nullable String sector, @Nullable String country, String urgency,
			String timeframe, String approach, boolean assessed, Set<String> services, List<String> languages,
			Set<String> contacts, Instant submittedAt) {
	}

}
