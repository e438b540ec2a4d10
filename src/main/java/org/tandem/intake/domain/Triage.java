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
	 * whatever its status. {@code after} and {@code before} are cursors from a {@link Page}: the page after or before
	 * the row they name, in the filter's sort; one that cannot be read, or was made for another sort, is ignored.
	 */
	public record Filter(@Nullable RequestStatus status, @Nullable Urgency urgency, @Nullable String language,
			@Nullable String country, @Nullable Approach approach, @Nullable Integer olderThanDays, Assignee assignee,
			Sort sort, @Nullable String after, @Nullable String before, @Nullable String reference) {

		public static final int PAGE_SIZE = 50;

		public Filter {
			after = after == null || after.isBlank() ? null : after;
			before = after != null || before == null || before.isBlank() ? null : before;
		}

		public Filter(@Nullable RequestStatus status, @Nullable Urgency urgency, @Nullable String language,
				@Nullable String country, @Nullable Approach approach, @Nullable Integer olderThanDays,
				Assignee assignee, Sort sort, @Nullable String after, @Nullable String before) {
			this(status, urgency, language, country, approach, olderThanDays, assignee, sort, after, before, null);
		}

		public static Filter open() {
			return new Filter(null, null, null, null, null, null, Assignee.ANYONE, Sort.URGENCY, null, null);
		}

		/** The one request with this reference (stored form), whatever its status. */
		public static Filter reference(String reference) {
			return new Filter(null, null, null, null, null, null, Assignee.ANYONE, Sort.URGENCY, null, null, reference);
		}

		/** The same filter from its first page. */
		public Filter first() {
			return new Filter(status, urgency, language, country, approach, olderThanDays, assignee, sort, null, null,
					reference);
		}

	}

	/** One line of the queue. */
	public record Row(UUID id, String reference, RequestStatus status, Urgency urgency, Approach approach,
			@Nullable OrganizationKind organizationKind, @Nullable String country, List<String> workLanguages,
			boolean anonymous, @Nullable UUID assignedTo, boolean awaitingStaff, Instant submittedAt,
			Instant updatedAt) {
	}

	/**
	 * A page of rows, with the cursors of the pages after and before it (null where there is none): paging follows
	 * the sort's index from a row, so a page costs the same at the end of 100,000 requests as at their start.
	 */
	public record Page(List<Row> rows, @Nullable String next, @Nullable String previous) {

		public boolean hasMore() {
			return next != null;
		}

	}

	/** The counts at the top of the queue. */
	public record Counts(Map<RequestStatus, Long> byStatus, long open, long unassigned, long emergencies,
			long awaitingStaff) {
	}

}
