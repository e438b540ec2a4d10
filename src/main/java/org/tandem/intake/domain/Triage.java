package org.tandem.intake.domain;

import org.tandem.intake.Approach;
import org.tandem.intake.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.RequestStatus;
import org.tandem.organization.OrganizationKind;

/** The triage queue's read model: filters, rows and counts, none of which needs a key to read. */
public final class Triage {

	private Triage() {
	}

	/** How the queue is ordered. */
	public enum Sort {
		/** Emergencies first, then the oldest. */
		URGENCY,
		OLDEST, NEWEST,
		/** Recently changed or answered first. */
		UPDATED
	}

	/** Who a request is assigned to, as a filter. */
	public enum Assignee {
		ANYONE, ME, NOBODY
	}

	/**
	 * A filter on the queue. A null status shows every open request; {@code olderThanDays} keeps requests submitted
	 * at least that many days ago; a reference (in its stored form, {@code R-7K3Q9M}) finds that one request,
	 * whatever its status.
	 */
	public record Filter(@Nullable RequestStatus status, @Nullable Urgency urgency, @Nullable String language,
			@Nullable String country, @Nullable Approach approach, @Nullable Integer olderThanDays, Assignee assignee,
			Sort sort, int page, @Nullable String reference) {

		public static final int PAGE_SIZE = 50;

		public Filter(@Nullable RequestStatus status, @Nullable Urgency urgency, @Nullable String language,
				@Nullable String country, @Nullable Approach approach, @Nullable Integer olderThanDays,
				Assignee assignee, Sort sort, int page) {
			this(status, urgency, language, country, approach, olderThanDays, assignee, sort, page, null);
		}

		public static Filter open() {
			return new Filter(null, null, null, null, null, null, Assignee.ANYONE, Sort.URGENCY, 0);
		}

		/** The one request with this reference (stored form), whatever its status. */
		public static Filter reference(String reference) {
			return new Filter(null, null, null, null, null, null, Assignee.ANYONE, Sort.URGENCY, 0, reference);
		}

	}

	/** One line of the queue. */
	public record Row(UUID id, String reference, RequestStatus status, Urgency urgency, Approach approach,
			@Nullable OrganizationKind organizationKind, @Nullable String country, List<String> workLanguages,
			boolean anonymous, @Nullable UUID assignedTo, boolean awaitingStaff, Instant submittedAt,
			Instant updatedAt) {
	}

	/** A page of rows and whether another follows. */
	public record Page(List<Row> rows, boolean hasMore, int page) {
	}

	/** The counts at the top of the queue. */
	public record Counts(Map<RequestStatus, Long> byStatus, long open, long unassigned, long emergencies,
			long awaitingStaff) {
	}

}
