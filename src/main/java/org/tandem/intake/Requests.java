package org.tandem.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.organization.OrganizationKind;

/**
 * Intake's door: what other modules may read of requests and the commands they may give. Matching reads requests to
 * match and hands a request over when staff choose its providers; the module holding a handed-over request reads
 * what it needs to do its work, sends it back to assessment when nobody took it, has an anonymous request purged once
 * contact is confirmed, and has the requester told that their status page has news. A null actor means the requester
 * or the system.
 */
public interface Requests {

	Optional<RequestSummary> find(UUID id);

	/** The requests that still exist among these, in the order given. */
	List<RequestSummary> findAll(List<UUID> ids);

	/**
	 * Requests being assessed that have a needs assessment, oldest first: a batch's queue.
	 *
	 * @param approach only those asking for this approach, or all
	 */
	List<RequestSummary> awaitingMatch(@Nullable Approach approach, int limit);

	/** The references of these requests (those that still exist), read without opening anything. */
	Map<UUID, String> references(Collection<UUID> ids);

	/** Where a handed-over request stands, as its holder says; empty before the hand-over or if nobody holds it. */
	Optional<RequestProgress.Progress> progress(UUID id);

	/** The provider holding a slot for each handed-over request that has one, by request (see RequestProgress). */
	Map<UUID, UUID> heldSlots();

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
	 * destroyed). Empty if the request is gone.
	 */
	Optional<Countable> countable(UUID id);

	/** Someone acted on the request: its inactivity period starts again (see {@code docs/intake.md#inactivity}). */
	void acted(UUID id);

	/** The requester says, on a follow-up survey, whether their answers may be counted anonymously. */
	void countAnswers(UUID id, boolean counted);

	/**
	 * Hands a request being assessed over to the module that does the work, recording who did it; a request already
	 * handed over stays so. Refuses any other status.
	 */
	void handOver(UUID id, UUID actor);

	/**
	 * Hands the request over only if it is still being assessed, and says whether it did: a batch applied after staff
	 * chose for the request by hand leaves it alone.
	 */
	boolean handOverIfAssessing(UUID id, UUID actor);

	/** Sends a handed-over request back to assessment (nobody took it); one back already stays so. */
	void backToAssessment(UUID id, @Nullable UUID actor);

	/**
	 * The holder confirmed contact: an anonymous request is purged, as its requester was promised. Call it outside
	 * any transaction, once the confirmation is committed; calling it again does nothing.
	 *
	 * @return whether the request was purged
	 */
	boolean purgeIfAnonymous(UUID id);

	/** Mails the requester the content-free notice that their status page has news, if they asked for notices. */
	void noticeToRequester(UUID id);

	/**
	 * A request as other modules see it.
	 *
	 * @param organizationName the organization's name, for conflicts of interest; null if not given
	 * @param sector the organization's kind, if given
	 * @param services the assessed services, as the directory's taxonomy codes (empty until assessed)
	 * @param languages the assessed languages, or the requester's working languages until assessed
	 * @param contacts the ways the requester gave to be reached (email, Signal, phone, and an OpenPGP key)
	 */
	record RequestSummary(UUID id, String reference, RequestStatus status, boolean anonymous, String language,
			@Nullable String organizationName, @Nullable OrganizationKind sector, @Nullable String country,
			Urgency urgency, Timeframe timeframe, Approach approach, boolean assessed, Set<String> services,
			List<String> languages, Set<Revealable.Kind> contacts, Instant submittedAt) {
	}

	/**
	 * A request's facts that may be counted.
	 *
	 * @param services the assessed service codes (empty if not assessed)
	 * @param counted whether the requester lets its answers be counted anonymously
	 */
	record Countable(Approach approach, @Nullable String country, Set<String> services, boolean counted) {
	}

	/**
	 * An item the requester gave that they may reveal to a provider.
	 *
	 * @param preferred whether it is the way to reach them that they chose on the request form
	 */
	record Revealable(Kind kind, String value, boolean preferred) {

		/** What an item is. */
		public enum Kind {

			ORGANIZATION, REGION, EMAIL, SIGNAL, PHONE, OPENPGP;

			/** Whether it is a way to reach the requester. */
			public boolean isChannel() {
				return this == EMAIL || this == SIGNAL || this == PHONE;
			}

		}

	}

}
