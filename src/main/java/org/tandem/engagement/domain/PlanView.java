package org.tandem.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.Side;

/**
 * An engagement's plan as its participants see it: the items, their totals set against the means the organization
 * stated (does it fit, and by how much not), and what changed since the organization approved it.
 *
 * @param approvedBy the account that approved, if any
 * @param changes what changed since the approved revision; {@code null} when nothing was approved yet
 */
public record PlanView(UUID engagementId, long revision, @Nullable Long approvedRevision, @Nullable Instant approvedAt,
		@Nullable UUID approvedBy, Means means, List<PlanItem> items, Totals totals, List<Fit> fits,
		@Nullable PlanChanges changes) {

	/** A month, for the staff hours the organization has until its deadline. */
	public static final int DAYS_A_MONTH = 30;

	/**
	 * The plan's sums over the items that still count (not dropped).
	 *
	 * @param costMinor their cost, in minor units of the plan's currency
	 * @param organizationHours the hours of the organization's own items
	 * @param providerHours the hours of the provider's items
	 * @param organizationHoursLeft the hours of the organization's items not done yet
	 * @param done how many items are done
	 */
	public record Totals(long costMinor, long organizationHours, long providerHours, long organizationHoursLeft,
			int live, int done) {
	}

	/** What is set against the means. */
	public enum Measure {

		BUDGET, STAFF_TIME, DEADLINE;

		public String messageKey() {
			return "engagement.plan.fit." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
		}

	}

	/**
	 * One measure of the plan against the means.
	 *
	 * @param fits whether it fits; {@code null} when the organization has not stated that means
	 * @param need what the plan needs: its cost, the organization's hours left, or the items due after the deadline
	 * @param have what the organization has: its budget, its staff hours until the deadline (0 for the deadline)
	 */
	public record Fit(Measure measure, @Nullable Boolean fits, long need, long have) {

		/** How far it does not fit: what is needed beyond what there is. */
		public long over() {
			return Math.max(0, need - have);
		}

		public boolean known() {
			return fits != null;
		}

		public boolean fitting() {
			return Boolean.TRUE.equals(fits);
		}

	}

	public boolean approved() {
		return approvedRevision != null;
	}

	/** Whether the current revision is the approved one. */
	public boolean approvedAsIs() {
		return approvedRevision != null && approvedRevision == revision;
	}

	/** Whether any measure does not fit. */
	public boolean anyMisfit() {
		return fits.stream().anyMatch(f -> f.known() && !f.fitting());
	}

	/**
	 * The view of an engagement's stored plan and items, as of {@code today}. Checks nobody: for a caller that already
	 * knows who may read the engagement (the export); participants go through {@link Plans#view}.
	 *
	 * @param plan the stored plan, or {@code null} while nothing was written in it
	 */
	public static PlanView ofRows(UUID engagementId, @Nullable Plan plan, List<PlanItem> items, LocalDate today) {
		if (plan == null) {
			return of(engagementId, 0, null, null, null, Means.NONE, items, today, null);
		}
		Means means = plan.means();
		String snapshot = plan.approvedSnapshot();
		return of(engagementId, plan.revision(), plan.approvedRevision(), plan.approvedAt(), plan.approvedBy(), means,
				items, today, snapshot == null ? null : PlanChanges.since(snapshot, means, items));
	}

	static PlanView of(UUID engagementId, long revision, @Nullable Long approvedRevision, @Nullable Instant approvedAt,
			@Nullable UUID approvedBy, Means means, List<PlanItem> items, LocalDate today,
			@Nullable PlanChanges changes) {
		long cost = 0;
		long organizationHours = 0;
		long providerHours = 0;
		long organizationLeft = 0;
		int live = 0;
		int done = 0;
		int late = 0;
		for (PlanItem item : items) {
			if (!item.status().live()) {
				continue;
			}
			live++;
			cost += item.costMinor();
			if (item.owner() == Side.ORGANIZATION) {
				organizationHours += item.effortHours();
				if (item.status().open()) {
					organizationLeft += item.effortHours();
				}
			}
			else {
				providerHours += item.effortHours();
			}
			if (item.status().open() && means.deadline() != null && item.dueOn().isAfter(means.deadline())) {
				late++;
			}
			if (!item.status().open()) {
				done++;
			}
		}
		Long budget = means.budgetMinor();
		Fit budgetFit = new Fit(Measure.BUDGET, budget == null ? null : cost <= budget, cost, budget == null ? 0 : budget);
		Fit timeFit;
		if (means.hoursPerMonth() == null || means.deadline() == null) {
			timeFit = new Fit(Measure.STAFF_TIME, null, organizationLeft, 0);
		}
		else {
			long days = Math.max(0, ChronoUnit.DAYS.between(today, means.deadline()));
			long available = means.hoursPerMonth() * days / DAYS_A_MONTH;
			timeFit = new Fit(Measure.STAFF_TIME, organizationLeft <= available, organizationLeft, available);
		}
		Fit deadlineFit = new Fit(Measure.DEADLINE, means.deadline() == null ? null : late == 0, late, 0);
		return new PlanView(engagementId, revision, approvedRevision, approvedAt, approvedBy, means, items,
				new Totals(cost, organizationHours, providerHours, organizationLeft, live, done),
				List.of(budgetFit, timeFit, deadlineFit), changes);
	}

}
