package org.tandem.audit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.tandem.audit.AuditSetting;
import org.tandem.audit.report.ReportInput.Activity;
import org.tandem.audit.ActivityStatus;
import org.tandem.audit.report.ReportInput.Finding;
import org.tandem.audit.Priority;
import org.tandem.audit.report.ReportInput.Recommendation;
import org.tandem.audit.RecommendationStatus;
import org.tandem.audit.domain.Audit;

/** Report inputs built by hand (input data, as the audit's parts will give it) and audit contexts. */
final class AuditReportFixtures {

	/** A category key that exists in every language (the findings' categories come with their part). */
	static final String CATEGORY = "audit.approach.technical";

	private AuditReportFixtures() {
	}

	static Audit.Context context(String scope, String language) {
		return new Audit.Context(scope, "canary-Trolls on the radio’s page", 12, "MX", AuditSetting.REMOTE_WITH_SUPPORT,
				600, Set.of(), language);
	}

	/** A small audit: two activities (one skipped), three findings, four recommendations. */
	static ReportInput input(Locale language, String organization, String findingTitle, String recommendationTitle) {
		return new ReportInput(UUID.randomUUID(), organization, language,
				new ReportInput.Context("canary-The newsroom’s accounts and laptops", "canary-Phishing and trolls", 12,
						"MX", AuditSetting.REMOTE_WITH_SUPPORT, 600),
				List.of(new Activity("canary-Account inventory", List.of("canary-Online accounts"), ActivityStatus.DONE,
						null, 90),
						new Activity("canary-Office walk-through", List.of("canary-Physical security"),
								ActivityStatus.SKIPPED, "canary-Nobody could travel", 60)),
				List.of(new Finding(findingTitle, CATEGORY, List.of("canary-Shared mailbox"), 5, 4,
						"canary-Password reused on three accounts", List.of("canary-screenshot-1.png"),
						"canary-Ana and the auditor"),
						new Finding("canary-No backups of the archive", CATEGORY, List.of(), 3, 5, null, List.of(),
								null),
						new Finding("canary-Wi-Fi shared with neighbours", CATEGORY, List.of(), 2, 2, null, List.of(),
								null)),
				List.of(new Recommendation(recommendationTitle, "canary-Turn on **two-step sign-in**", List.of(findingTitle),
						"canary-Two afternoons", "canary-Nothing", Priority.HIGH, RecommendationStatus.ACCEPTED, null),
						new Recommendation("canary-Weekly backups", "canary-Buy two disks", List.of(
								"canary-No backups of the archive"), null, "canary-200 USD", Priority.HIGH,
								RecommendationStatus.PROPOSED, null),
						new Recommendation("canary-Separate guest Wi-Fi", "canary-Ask the landlord",
								List.of("canary-Wi-Fi shared with neighbours"), null, null, Priority.LOW,
								RecommendationStatus.DECLINED, "canary-The landlord refuses"),
						new Recommendation("canary-Password manager", "canary-Pick one for the team",
								List.of(findingTitle), null, null, Priority.MEDIUM, RecommendationStatus.POSTPONED,
								"canary-After the elections")),
				LocalDate.of(2031, 3, 1), Instant.parse("2030-11-05T10:15:00Z"), "canary-Auditor Name");
	}

	/** An audit with much to say: 60 long findings, 60 long recommendations, the longest scope. */
	static ReportInput large(Locale language) {
		String long200 = "canary-" + "Long words that go on and on ".repeat(7);
		List<Finding> findings = new ArrayList<>();
		List<Recommendation> recommendations = new ArrayList<>();
		IntStream.range(0, 60).forEach(i -> {
			findings.add(new Finding(i + " " + long200, CATEGORY, List.of(long200), 1 + i % 5, 1 + (i / 5) % 5,
					long200.repeat(10), List.of("file.png"), long200));
			recommendations.add(new Recommendation(i + " " + long200, long200.repeat(20), List.of(i + " " + long200),
					long200, long200, Priority.values()[i % 3], RecommendationStatus.values()[i % 4], long200));
		});
		List<Activity> activities = IntStream.range(0, 40)
			.mapToObj(i -> new Activity(long200, List.of(long200), ActivityStatus.DONE, null, 60))
			.toList();
		return new ReportInput(UUID.randomUUID(), long200, language,
				new ReportInput.Context("canary-scope ".repeat(300), "canary-threats ".repeat(250), 1_000_000, "BR",
						AuditSetting.IN_PLACE, 100_000),
				activities, findings, recommendations, null, Instant.parse("2030-11-05T10:15:00Z"), long200);
	}

}
