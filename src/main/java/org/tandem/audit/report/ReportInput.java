package org.tandem.audit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.audit.ActivityStatus;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.Priority;
import org.tandem.audit.RecommendationStatus;

/**
 * Everything a report of one audit shows, opened and already authorized: the organization's name, the language of the
 * report, the context, the activities used, the findings, the recommendations, the next steps, when and by whom it is
 * issued. What people typed is here in the clear; it never reaches a log ({@link #toString()} shows ids and counts).
 */
public record ReportInput(UUID auditId, String organizationName, Locale language, Context context,
		List<Activity> activities, List<Finding> findings, List<Recommendation> recommendations,
		@Nullable LocalDate recheckOn, Instant issuedAt, String auditorName) {

	public ReportInput {
		activities = List.copyOf(activities);
		findings = List.copyOf(findings);
		recommendations = List.copyOf(recommendations);
	}

	@Override
	public String toString() {
		return "ReportInput[" + auditId + ", " + activities.size() + " activities, " + findings.size() + " findings, "
				+ recommendations.size() + " recommendations]";
	}

	/** What the audit covered and the organization's circumstances. */
	public record Context(String scope, @Nullable String threats, int organizationSize, @Nullable String country,
			AuditSetting setting, int minutesAvailable) {

		@Override
		public String toString() {
			return "Context[" + setting + "]";
		}

	}

	/** An activity of the plan, with the titles of its methods; a skipped one says why. */
	public record Activity(String title, List<String> methods, ActivityStatus status, @Nullable String skipReason,
			int minutes) {

		public Activity {
			methods = List.copyOf(methods);
		}

		@Override
		public String toString() {
			return "Activity[" + status + "]";
		}

	}

	/**
	 * A finding: likelihood and impact from 1 to 5; its weight is their product. Evidence is what the auditor wrote
	 * and the labels of the evidence files (never their content); {@code seenBy}, who saw it.
	 */
	public record Finding(String title, String categoryKey, List<String> assets, int likelihood, int impact,
			@Nullable String evidence, List<String> evidenceFiles, @Nullable String seenBy) {

		public Finding {
			assets = List.copyOf(assets);
			evidenceFiles = List.copyOf(evidenceFiles);
			if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
				throw new IllegalArgumentException("likelihood and impact run from 1 to 5");
			}
		}

		public int weight() {
			return likelihood * impact;
		}

		@Override
		public String toString() {
			return "Finding[" + likelihood + "x" + impact + "]";
		}

	}

	/**
	 * A recommendation: what to do (Markdown), the titles of the findings it answers, effort and cost as written, its
	 * priority, and what the organization decided with its reason.
	 */
	public record Recommendation(String title, String whatToDo, List<String> findings, @Nullable String effort,
			@Nullable String cost, Priority priority, RecommendationStatus status, @Nullable String reason) {

		public Recommendation {
			findings = List.copyOf(findings);
		}

		@Override
		public String toString() {
			return "Recommendation[" + priority + ", " + status + "]";
		}

	}

}
