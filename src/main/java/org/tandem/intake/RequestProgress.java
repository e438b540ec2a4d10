package org.tandem.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The extension point through which the module holding a handed-over request says where it stands: for the triage
 * queue, the staff request page and the requester's status page. Intake owns a request until it is handed over; the
 * module that then does the work (the handoff today; cohorts and engagements next) declares one bean of this type and
 * answers for the requests it holds. Intake depends on no such module: they depend on intake.
 */
public interface RequestProgress {

	/** Where each of these requests stands, for those this module holds; the others are left out. */
	Map<UUID, Progress> progress(Collection<UUID> requestIds);

	/** What this module adds to the requester's status page for a request it holds, in order. */
	List<StatusPageSection> sectionsFor(UUID requestId);

	/**
	 * The provider holding a slot for each request this module holds that has one and is not yet an engagement (an
	 * offer open or accepted), so that matching does not overbook them.
	 */
	Map<UUID, UUID> heldSlots();

	/**
	 * The requests this module is done with (nothing left to do, in contact or not) since before this instant: intake
	 * destroys them under its retention rule for finished requests.
	 */
	List<UUID> finishedBefore(Instant cutoff);

	/**
	 * Anonymous requests whose contact this module confirmed: each was to be purged at once, and intake finishes the
	 * promise if the instance stopped between the two.
	 */
	List<UUID> anonymousInContact();

	/**
	 * Where a handed-over request stands.
	 *
	 * @param milestone the step of the requester's journey it has reached
	 * @param labelKey the message key naming the holder's own stage, for staff ("Offered to a provider")
	 * @param since when it reached that stage
	 * @param rechoosable whether staff may still choose other providers (nothing is accepted yet): the holder takes
	 * back what it offered
	 * @param staffPath the holder's page for staff about this request, or null
	 */
	record Progress(Milestone milestone, String labelKey, Instant since, boolean rechoosable,
			@Nullable String staffPath) {
	}

	/** The steps of the requester's journey after the hand-over, in order. */
	enum Milestone {

		/** Providers are being asked; none has been introduced yet. */
		LOOKING("matched"),
		/** The organization is choosing what to share with the provider who accepted, or has been introduced. */
		INTRODUCTION("introduced"),
		/** Contact is confirmed; the work goes on between them, with follow-ups. */
		CONTACT("contact_confirmed"),
		/** Nothing is left to do. */
		FINISHED("closed");

		private final String key;

		Milestone(String key) {
			this.key = key;
		}

		/** The message key naming this step for the requester. */
		public String messageKey() {
			return "intake.status." + key;
		}

		public String explanationKey() {
			return messageKey() + ".explained";
		}

		/** The sentence on what happens next, on the requester's journey. */
		public String nextKey() {
			return "intake.journey.next." + key;
		}

		/** Whether the requester has something to do. */
		public boolean asks() {
			return this == INTRODUCTION;
		}

	}

}
