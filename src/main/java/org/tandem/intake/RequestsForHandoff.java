package org.tandem.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the handoff may read of a request and the moves it makes: introduced, contact confirmed (which purges an
 * anonymous request at once), closed, or back to assessment when no provider took it; and the requester's consent to
 * be counted. A null actor means the
 * requester or the system.
 */
public interface RequestsForHandoff {

	/** The request as matching sees it (services, languages, country, urgency, timeframe, approach). */
	Optional<RequestsForMatching.Request> find(UUID id);

	/** The references of these requests (those that still exist), read without opening anything. */
	Map<UUID, String> references(Collection<UUID> ids);

	/** What the requester gave that they may choose to reveal to a provider, opened; empty if the request is gone. */
	List<Revealable> revealable(UUID id);

	/**
	 * The assessment's "what a provider should know", opened with the request's key: only to show it to a provider
	 * the request is offered to, on their offer page. Empty when staff wrote none or the request is gone.
	 */
	Optional<String> providerNote(UUID id);

	/** Whether the assessment holds a note for providers, read without opening it (for mail, which never holds it). */
	boolean hasProviderNote(UUID id);

	/**
	 * What may be counted of a request before its purge, read from clear columns only (its keys may already be
	 * destroyed): the approach, the country, the assessed services, and whether the requester lets its answers be
	 * counted anonymously. Empty if the request is gone.
	 */
	Optional<Countable> countable(UUID id);

	/** The requester says, on a follow-up survey, whether their answers may be counted anonymously. */
	void countAnswers(UUID id, boolean counted);

	/** Moves a matched request to introduced. */
	void introduced(UUID id);

	/** Moves an introduced request to contact confirmed, in the caller's transaction. */
	void contactConfirmed(UUID id, @Nullable UUID actor);

	/**
	 * Purges an anonymous request whose contact is confirmed, as its requester was promised; call it outside any
	 * transaction, once the confirmation is committed.
	 *
	 * @return whether the request was purged
	 */
	boolean purgeIfAnonymous(UUID id);

	/** Closes a request whose contact is confirmed; a request already closed stays so. */
	void close(UUID id, @Nullable UUID actor);

	/** Sends a matched or introduced request back to assessment (no provider took it, or contact failed). */
	void backToAssessment(UUID id, @Nullable UUID actor);

	/** Mails the requester the content-free notice that their status page has news, if they asked for notices. */
	void noticeToRequester(UUID id);

	/**
	 * A request's facts that may be counted.
	 *
	 * @param approach an {@code Approach} name
	 * @param services the assessed service codes (empty if not assessed)
	 * @param counted whether the requester lets its answers be counted anonymously
	 */
	record Countable(String approach, @Nullable String country, Set<String> services, boolean counted) {
	}

	/**
	 * An item the requester gave: its kind ({@code ORGANIZATION}, {@code REGION}, {@code EMAIL}, {@code SIGNAL},
	 * {@code PHONE}, {@code OPENPGP}), its value, and whether it is the way to reach them that they chose on the
	 * request form.
	 */
	record Revealable(String kind, String value, boolean preferred) {
	}

}
