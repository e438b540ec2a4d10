package org.tandem.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.audit.report.ReportInput.Finding;
import org.tandem.audit.Priority;
import org.tandem.audit.report.ReportInput.Recommendation;
import org.tandem.audit.RecommendationStatus;

/** The summary's selection rules, each with a worked example (see {@link ReportSelection}). */
class ReportSelectionTests {

	static Finding finding(String title, int likelihood, int impact) {
		return new Finding(title, "audit.approach.technical", List.of(), likelihood, impact, null, List.of(), null);
	}

	static Recommendation recommendation(String title, Priority priority, RecommendationStatus status,
			String... findings) {
		return new Recommendation(title, "Do it.", List.of(findings), null, null, priority, status, null);
	}

	@Test
	void topFindingsAreTheWeightiestThenTheGreaterImpactThenAsListedAtMostFive() {
		// weights: A 2×2=4, B 5×5=25, C 3×4=12, D 4×3=12, E 1×1=1, F 2×5=10, G 4×3=12
		List<Finding> findings = List.of(finding("A", 2, 2), finding("B", 5, 5), finding("C", 3, 4),
				finding("D", 4, 3), finding("E", 1, 1), finding("F", 2, 5), finding("G", 4, 3));
		// B (25); then C, D, G weigh 12: C has the greater impact (4), D and G (impact 3) stay as listed; then F (10)
		assertThat(ReportSelection.topFindings(findings)).extracting(Finding::title)
			.containsExactly("B", "C", "D", "G", "F");
		assertThat(ReportSelection.byWeight(findings)).extracting(Finding::title)
			.containsExactly("B", "C", "D", "G", "F", "A", "E");
		assertThat(ReportSelection.topFindings(List.of())).isEmpty();
	}

	@Test
	void topRecommendationsGoByPriorityThenByTheirWeightiestFindingLeavingDeclinedOnesOut() {
		List<Finding> findings = List.of(finding("phishing", 4, 4), finding("laptop", 2, 5), finding("wifi", 1, 2));
		List<Recommendation> recommendations = List.of(
				recommendation("low but weighty", Priority.LOW, RecommendationStatus.ACCEPTED, "phishing"),
				recommendation("high, laptop", Priority.HIGH, RecommendationStatus.PROPOSED, "laptop"),
				recommendation("high, declined", Priority.HIGH, RecommendationStatus.DECLINED, "phishing"),
				recommendation("high, phishing and wifi", Priority.HIGH, RecommendationStatus.POSTPONED, "wifi",
						"phishing"),
				recommendation("medium, none", Priority.MEDIUM, RecommendationStatus.ACCEPTED),
				recommendation("medium, wifi", Priority.MEDIUM, RecommendationStatus.PROPOSED, "wifi"),
				recommendation("high, unknown finding", Priority.HIGH, RecommendationStatus.ACCEPTED, "gone"));
		// HIGH: phishing+wifi weighs 16 (its weightiest), laptop 10, unknown 0; then MEDIUM: wifi 2, none 0; the LOW
		// one falls past five; the declined one is never there
		assertThat(ReportSelection.topRecommendations(recommendations, findings)).extracting(Recommendation::title)
			.containsExactly("high, phishing and wifi", "high, laptop", "high, unknown finding", "medium, wifi",
					"medium, none");
		assertThat(ReportSelection.weight(recommendations.get(3), findings)).isEqualTo(16);
	}

	@Test
	void whatToDoFirstIsTheTopThreeHighPriorityAcceptedOrProposed() {
		List<Finding> findings = List.of(finding("accounts", 5, 4), finding("backups", 3, 3),
				finding("office", 2, 2));
		List<Recommendation> recommendations = List.of(
				recommendation("postponed", Priority.HIGH, RecommendationStatus.POSTPONED, "accounts"),
				recommendation("proposed backups", Priority.HIGH, RecommendationStatus.PROPOSED, "backups"),
				recommendation("medium accounts", Priority.MEDIUM, RecommendationStatus.ACCEPTED, "accounts"),
				recommendation("accepted backups", Priority.HIGH, RecommendationStatus.ACCEPTED, "backups"),
				recommendation("accepted office", Priority.HIGH, RecommendationStatus.ACCEPTED, "office"),
				recommendation("proposed accounts", Priority.HIGH, RecommendationStatus.PROPOSED, "accounts"),
				recommendation("declined accounts", Priority.HIGH, RecommendationStatus.DECLINED, "accounts"));
		// accounts (20) first; backups (9): accepted before proposed; office (4) is the fourth and left out
		assertThat(ReportSelection.firstSteps(recommendations, findings)).extracting(Recommendation::title)
			.containsExactly("proposed accounts", "accepted backups", "proposed backups");
		assertThat(ReportSelection.firstSteps(List.of(recommendations.get(2)), findings)).isEmpty();
	}

}
